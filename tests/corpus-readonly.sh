#!/bin/sh
# The corpus is opened so that nothing is written beside it: every mode
# (and the browser) reads a corpus in a folder it cannot write, as another
# user, creating no file; a corpus switched to WAL mode (also with a hot
# WAL whose rows must never be shown) or with a hot rollback journal is
# refused with a message saying what to do, and nothing is created.
: "${YIDU:?}" "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${top_builddir:?}"
. "$top_srcdir/tests/lib.sh"
sample=$top_builddir/data/sample.db
chmod 755 "$d"
mkdir "$d/ro"
cp "$sample" "$d/ro/c.db"
chmod 644 "$d/ro/c.db"
chmod 555 "$d/ro"
export XDG_DATA_HOME="$d/xdg"

as_nobody=""
if [ "$(id -u)" = 0 ] && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
	as_nobody="setpriv --reuid=nobody --regid=nogroup --clear-groups"
fi

# every_mode LABEL CORPUS: each non-interactive mode, status and output kept.
every_mode() {
	local label=$1 c=$2 m
	for m in "--tree regions" "--tree topics" "--list --limit 3" "--show 1" \
		 "--dump 1 --width 60" "--search 医保 --limit 3"; do
		# shellcheck disable=SC2086
		$as_nobody "$YIDU" $m "$c" >"$d/out" 2>"$d/err"
		echo "$m: $?"
	done >"$d/modes-$label"
}

# 1. A read-only folder, as another user: every mode works, nothing made.
ls -a "$d/ro" >"$d/before"
every_mode ro "$d/ro/c.db"
if grep -qv ": 0$" "$d/modes-ro"; then
	no "read-only folder: $(grep -v ': 0$' "$d/modes-ro" | tr '\n' ' ') $(cat "$d/err")"
else
	ok "read-only folder${as_nobody:+, as nobody}: every mode reads the corpus"
fi
ls -a "$d/ro" >"$d/after"
cmp -s "$d/before" "$d/after" && ok "read-only folder: nothing created beside the corpus" ||
	no "files appeared: $(cat "$d/after" | tr '\n' ' ')"

# 2. A WAL corpus: refused in a writable folder and in a read-only one,
#    with a message saying how to get it back; no -wal or -shm made.
mkdir "$d/w"
cp "$sample" "$d/w/c.db"
sqlite3 "$d/w/c.db" "PRAGMA journal_mode=WAL" >/dev/null
ls -a "$d/w" >"$d/before"
"$YIDU" --list "$d/w/c.db" >"$d/out" 2>"$d/err"
rc=$?
if [ $rc = 1 ] && grep -q "WAL mode" "$d/err" && grep -q "journal_mode=DELETE" "$d/err"; then
	ok "WAL corpus refused: $(cat "$d/err")"
else
	no "WAL corpus: exit $rc: $(cat "$d/err")"
fi
for m in "--tree regions" "--show 1" "--search 医保" "--dump 1"; do
	# shellcheck disable=SC2086
	"$YIDU" $m "$d/w/c.db" >/dev/null 2>&1 && no "WAL corpus read by $m"
done
ls -a "$d/w" >"$d/after"
cmp -s "$d/before" "$d/after" && ok "WAL corpus: no -wal or -shm created" ||
	no "WAL corpus: files appeared: $(cat "$d/after" | tr '\n' ' ')"
chmod 555 "$d/w"
$as_nobody "$YIDU" --list "$d/w/c.db" >"$d/out" 2>"$d/err"
grep -q "WAL mode" "$d/err" && ok "WAL corpus, read-only folder: the message says WAL mode" ||
	no "WAL corpus, read-only folder: $(cat "$d/err")"
chmod 755 "$d/w"

# 3. A hot WAL (a writer killed before its checkpoint): its changed rows
#    are never shown.
mkdir "$d/h"
cp "$sample" "$d/h/c.db"
python3 - "$d/h/c.db" <<'EOF'
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA wal_autocheckpoint=0")
db.execute("UPDATE article SET title = 'HOT-WAL-ROW' WHERE id = 1")
os._exit(0)
EOF
[ -s "$d/h/c.db-wal" ] || no "no hot WAL was made"
"$YIDU" --show 1 "$d/h/c.db" >"$d/out" 2>"$d/err"
rc=$?
grep -q "HOT-WAL-ROW" "$d/out" "$d/err" && no "a hot WAL's row was shown"
[ $rc = 1 ] && grep -q "WAL mode" "$d/err" && ok "hot WAL: refused, its rows not shown" ||
	no "hot WAL: exit $rc: $(cat "$d/err")"

# 4. A hot rollback journal (a writer killed mid-transaction).
mkdir "$d/j"
cp "$sample" "$d/j/c.db"
python3 - "$d/j/c.db" <<'EOF'
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size=1")
db.execute("BEGIN")
db.execute("UPDATE article SET body = body || 'HOT-JOURNAL-ROW'")
os._exit(0)
EOF
[ -s "$d/j/c.db-journal" ] || no "no hot journal was made"
chmod 555 "$d/j"
ls -a "$d/j" >"$d/before"
$as_nobody "$YIDU" --show 1 "$d/j/c.db" >"$d/out" 2>"$d/err"
rc=$?
[ $rc = 1 ] && grep -q "journal" "$d/err" && ok "hot journal: refused: $(cat "$d/err")" ||
	no "hot journal: exit $rc: $(cat "$d/err")"
ls -a "$d/j" >"$d/after"
cmp -s "$d/before" "$d/after" || no "hot journal: files changed beside it"
chmod 755 "$d/j"

# 5. A corpus the user may not read: the message says so.
if [ -n "$as_nobody" ]; then
	cp "$sample" "$d/secret.db"
	chmod 600 "$d/secret.db"
	$as_nobody "$YIDU" --list "$d/secret.db" >"$d/out" 2>"$d/err"
	rc=$?
	[ $rc = 1 ] && grep -q "Permission denied" "$d/err" && ok "unreadable corpus: $(cat "$d/err")" ||
		no "unreadable corpus: exit $rc: $(cat "$d/err")"
fi
chmod -R u+w "$d"
[ $fails = 0 ] || { echo "$fails check(s) failed"; exit 1; }
