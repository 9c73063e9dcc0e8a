#!/bin/sh
# Bad corpus files given to `yidu --list` and to the browser on a pty:
# random bytes, an empty file, a truncated corpus, bytes flipped in the
# header, in the schema and in a data page, a foreign SQLite file, and
# yidu corpora whose schema carries a trigger, a view calling functions or
# a table replaced by a view. Each is refused with a clear message and
# status 1; the file is not changed (checksum) and nothing is created next
# to it; the browser writes no escape sequence (curses never started).
# Opening reads only the header and the schema (its cost must not grow with
# the corpus), so damage inside a data page (flip-data) is not refused at
# open: `--list`, which reads every row, fails on it with status 1, and
# `yidu --check` (every page) reports it; the browser meeting such damage
# is tests/fault-session.sh. `yidu --check` refuses every file here with
# status 1 and passes the sample with 0.
set -u
: "${YIDU:?}" "${top_srcdir:?}" "${top_builddir:?}"
command -v sqlite3 >/dev/null 2>&1 || { echo "SKIP: sqlite3 not installed"; exit 77; }
T=$(mktemp -d "${TMPDIR:-/tmp}/yidu-corpus.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
FAILS=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
sample="$top_builddir/data/sample.db"
[ -f "$sample" ] || { echo "FAIL: $sample not built"; exit 1; }

# flip FILE OFFSET COUNT: inverts COUNT bytes in place.
flip() {
	out=""
	for b in $(od -An -tu1 -j "$2" -N "$3" "$1"); do
		out="$out$(printf '\\%03o' $((b ^ 255)))"
	done
	printf "$out" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}
pagesize=$(sqlite3 "$sample" "PRAGMA page_size")

mkdir "$T/f"
head -c 65536 /dev/urandom >"$T/f/random.db"
: >"$T/f/empty.db"
head -c $(($(stat -c %s "$sample") / 2)) "$sample" >"$T/f/truncated.db"
# the header's page size, write versions and reserved bytes
cp "$sample" "$T/f/flip-header.db"; flip "$T/f/flip-header.db" 16 8
# sqlite_schema: the b-tree header of its first page (page 1, after the
# 100-byte file header) and of a later page if it has one
cp "$sample" "$T/f/flip-schema.db"; flip "$T/f/flip-schema.db" 100 12
# a data page in the middle of the article table: its b-tree page header
page=$(sqlite3 "$sample" "SELECT pageno FROM dbstat WHERE name = 'article' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 10" 2>/dev/null)
[ -n "$page" ] || page=$(($(stat -c %s "$sample") / pagesize / 2))
cp "$sample" "$T/f/flip-data.db"; flip "$T/f/flip-data.db" $(((page - 1) * pagesize)) 8
sqlite3 "$T/f/foreign.db" "CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO article VALUES (1, '医保')"
cp "$sample" "$T/f/trigger.db"
sqlite3 "$T/f/trigger.db" "CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM article; END"
cp "$sample" "$T/f/view.db"
sqlite3 "$T/f/view.db" "CREATE VIEW probe AS SELECT load_extension('/nonexistent') AS x, randomblob(8) AS y"
# facet_count (read on every screen) becomes a view over the renamed table;
# legacy ALTER so that SQLite does not re-parse the search triggers
cp "$sample" "$T/f/swapped.db"
sqlite3 "$T/f/swapped.db" "PRAGMA legacy_alter_table = ON; ALTER TABLE facet_count RENAME TO fc;
	CREATE VIEW facet_count AS SELECT region, topic, n + length(zeroblob(1000000)) AS n FROM fc"

# expected message for each file
want() {
	case $1 in
	random|flip-header) echo "not a database" ;;
	empty) echo "empty file, not a yidu corpus" ;;
	truncated|flip-schema) echo "the corpus is damaged" ;;
	flip-data) echo "database disk image is malformed" ;;
	foreign) echo "not a yidu corpus (application_id" ;;
	trigger) echo 'refused: the schema has a trigger "wipe"' ;;
	view) echo 'refused: the schema has a view "probe"' ;;
	swapped) echo 'differs from this yidu'"'"'s schema' ;;
	esac
}

for f in "$T"/f/*.db; do
	name=$(basename "$f" .db)
	sum=$(sha256sum <"$f")
	msg=$(want "$name")
	# --list
	"$YIDU" --list "$f" >"$T/out" 2>"$T/err"
	st=$?
	[ $st = 1 ] || fail "$name: --list status $st, not 1"
	[ -s "$T/out" ] && fail "$name: --list printed a list"
	[ "$name" = flip-data ] || grep -qF "yidu: $f: " "$T/err" ||
		fail "$name: --list message does not name the file: $(cat "$T/err")"
	grep -qF "$msg" "$T/err" || fail "$name: --list message lacks '$msg': $(cat "$T/err")"
	[ "$(wc -l <"$T/err")" = 1 ] || fail "$name: --list message is $(wc -l <"$T/err") lines long"
	# --check: status 1, the file named
	"$YIDU" --check "$f" >"$T/out" 2>&1
	st=$?
	[ $st = 1 ] || fail "$name: --check status $st, not 1: $(cat "$T/out")"
	grep -qF "$f: " "$T/out" || fail "$name: --check does not name the file: $(cat "$T/out")"
	if [ "$name" = flip-data ]; then
		grep -q "DAMAGED" "$T/out" || fail "$name: --check does not report the damage: $(cat "$T/out")"
		[ "$(sha256sum <"$f")" = "$sum" ] || fail "$name: the file was changed"
		echo "ok: $name: $(head -1 "$T/err"); --check: $(tail -1 "$T/out")"
		continue
	fi
	# the browser, on a pty
	"$top_builddir/tests/ptyrun" 80 24 "$T/pty" "" \
		env TERM=xterm XDG_DATA_HOME="$T/x" "$YIDU" "$f" >/dev/null 2>&1
	st=$?
	[ $st = 1 ] || fail "$name: browser status $st, not 1"
	grep -qF "$msg" "$T/pty" || fail "$name: browser message lacks '$msg'"
	LC_ALL=C grep -q "$(printf '\033')" "$T/pty" &&
		fail "$name: the browser wrote escape sequences (curses started): $(od -c "$T/pty" | head -3)"
	[ "$(sha256sum <"$f")" = "$sum" ] || fail "$name: the file was changed"
	extra=$(ls -A "$T/f" | grep -v '\.db$')
	[ -z "$extra" ] && [ ! -e "$T/x/yidu/state.db" ] || fail "$name: files created: $extra"
	echo "ok: $name: $(head -1 "$T/err")"
done

# The untouched sample still opens (the checks above are not refusing all).
"$YIDU" --list --limit 1 "$sample" >"$T/out" 2>&1 && [ -s "$T/out" ] ||
	fail "the sample corpus is refused: $(cat "$T/out")"
"$YIDU" --check "$sample" >"$T/out" 2>&1 && grep -q ": ok" "$T/out" ||
	fail "--check finds the sample damaged: $(cat "$T/out")"

[ $FAILS = 0 ] || { echo "$FAILS check(s) failed"; exit 1; }
