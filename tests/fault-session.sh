#!/bin/sh
# The corpus under an open browser:
#  1. damaged in place (data pages overwritten with dd conv=notrunc, the
#     header's change counter bumped as any writer would): navigating shows
#     the error on the status line, yidu keeps running and answering keys,
#     and quitting restores the terminal;
#  2. replaced by a new import (renamed over it): the browser keeps reading
#     the file it opened.
. "$top_srcdir/tests/tui-lib.sh"
command -v sqlite3 >/dev/null 2>&1 || { echo "SKIP: sqlite3 not installed"; exit 77; }
sample="$top_builddir/data/sample.db"

# --- 1. SQLITE_CORRUPT in the middle of a session
cp "$sample" "$T/c.db"
start 100 30 "$T/c.db"
wait_for "All regions" || { fail "no start screen"; finish; }
settle
pid=$(yidu_pid) || { fail "no yidu process"; finish; }
ps=$(sqlite3 "$T/c.db" "PRAGMA page_size")
pages=$(($(stat -c %s "$T/c.db") / ps))
# keep page 1 and the schema's pages, so only reading data fails
keep=",1,$(sqlite3 "$T/c.db" "SELECT group_concat(pageno) FROM dbstat WHERE name = 'sqlite_schema'" 2>/dev/null),"
p=2
while [ $p -le $pages ]; do
	case $keep in *",$p,"*) ;; *)
		head -c "$ps" /dev/urandom | dd of="$T/c.db" bs="$ps" seek=$((p - 1)) conv=notrunc status=none ;;
	esac
	p=$((p + 1))
done
# the change counter (offset 24) and version-valid-for (92): SQLite then
# drops its page cache at the next read
printf '\000\001\002\003' | dd of="$T/c.db" bs=1 seek=24 conv=notrunc status=none
printf '\000\001\002\003' | dd of="$T/c.db" bs=1 seek=92 conv=notrunc status=none
keys Down Down Enter
wait_for "malformed" 5 || fail "no message on the status line after the corpus was damaged"
screen | tail -1 | grep -q "malformed" || fail "the message is not on the status line"
keys 3 Enter 2 Down Enter
sleep 0.5
kill -0 "$pid" 2>/dev/null || fail "yidu died after the corpus was damaged"
keys "?"
wait_for "Help: keys and actions" 3 || fail "yidu does not answer keys after the damage"
keys Escape Q
st=$(exit_status 3)
[ "$st" = 0 ] || fail "quitting after the damage: status '$st', not 0"
settle
screen | grep -q "Regions\|Help: keys" && fail "the terminal was not restored after quitting"
grep -q "AddressSanitizer\|runtime error" "$T/stderr" && fail "sanitiser report: $(head -5 "$T/stderr")"
[ $FAILS = 0 ] && ok "corrupt data pages under the browser: message, alive, terminal restored"

# --- 2. the corpus replaced by a new import while the browser is open
cp "$sample" "$T/r.db"
before=$(stat -c %i "$T/r.db")
start 100 30 "$T/r.db"
wait_for "All regions" || { fail "no start screen"; finish; }
keys 1     # the region tree (the list has the focus at the start)
settle
total=$(screen | sed -n 's/^- All regions *\([0-9]*\)│.*/\1/p')
"$YIDU_IMPORT" --quiet -o "$T/r.db" "$top_srcdir/tests/data/tui" >"$T/imp.log" 2>&1 ||
	{ cat "$T/imp.log"; fail "the new import failed"; }
[ "$(stat -c %i "$T/r.db")" != "$before" ] || fail "the import did not replace the file (same inode)"
new=$("$YIDU" --list "$T/r.db" | wc -l)
# navigate: a region, then the list, then an article
keys Down Down Enter
wait_for "articles" 5 || fail "no filtered list after the rename"
settle
# still the old corpus's counts (230-odd articles), not the new one's
screen | grep -q "All regions *$total│" || fail "the tree no longer shows the opened corpus's $total articles"
keys 3 Enter
settle
screen > "$T/after"
grep -q "Choose an article from the list" "$T/after" && fail "no article opened after the rename"
grep -q "malformed\|error\|damaged" "$T/after" && fail "an error after the rename: $(tail -1 "$T/after")"
[ "$new" -lt "$total" ] || fail "the new import is not smaller ($new vs $total), the check proves nothing"
keys Q
[ "$(exit_status 3)" = 0 ] || fail "quitting after the rename: status not 0"
[ $FAILS = 0 ] && ok "corpus renamed over under the browser: old file still read ($total articles; new $new)"
finish
