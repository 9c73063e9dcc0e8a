#!/bin/sh
# The state file is yidu's own: the corpus (named with --state, or
# state.db a link to it), any other yidu corpus, another program's SQLite
# file or a file that is not SQLite are refused and left unchanged; a new
# state file is 0600 in a 0700 folder; a read-only state (as another
# user) or a full disk leaves the browser reading, with bookmarks and read
# marks not saved and a note on the status line.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
sum() { cksum < "$1"; }
corpus_sum=$(sum "$CORPUS")

# refused PATH WORDS [yidu arguments]: yidu exits 1 before the screen is
# set up, naming why.
refused() {
	local what=$1 words=$2
	shift 2
	timeout 10 "$YIDU" "$@" </dev/null >"$T/out" 2>"$T/err"
	local rc=$?
	if [ $rc = 1 ] && grep -q "$words" "$T/err"; then
		ok "$what refused: $(cat "$T/err")"
	else
		fail "$what: exit $rc: $(cat "$T/err")"
	fi
}
refused "--state CORPUS" "is the corpus itself" --state "$CORPUS" "$CORPUS"
mkdir -p "$XDG_DATA_HOME/yidu"
ln -s "$CORPUS" "$XDG_DATA_HOME/yidu/state.db"
refused "state.db a link to the corpus" "is the corpus itself" "$CORPUS"
rm -r "$XDG_DATA_HOME"
cp "$CORPUS" "$T/other.db"
other_sum=$(sum "$T/other.db")
refused "another yidu corpus as the state" "is a yidu corpus" --state "$T/other.db" "$CORPUS"
sqlite3 "$T/foreign.db" "CREATE TABLE notes(x); INSERT INTO notes VALUES ('mine')"
foreign_sum=$(sum "$T/foreign.db")
refused "another program's SQLite file" "that is not yidu's" --state "$T/foreign.db" "$CORPUS"
echo "plain text, not a database at all, long enough to have a header" >"$T/text"
refused "a text file" "not a SQLite file" --state "$T/text" "$CORPUS"
refused "a character device" "is a character device" --state /dev/null "$CORPUS"
[ "$(sum "$CORPUS")" = "$corpus_sum" ] || fail "the corpus changed"
[ "$(sum "$T/other.db")" = "$other_sum" ] || fail "the other corpus changed"
[ "$(sum "$T/foreign.db")" = "$foreign_sum" ] || fail "the foreign database changed"
[ -e "$T/foreign.db-wal" ] && fail "a -wal file was made beside the foreign database"

# A new state file: 0600 in a 0700 folder.
start 132 43 "$CORPUS"
wait_for "All regions" || { fail "no start screen"; finish; }
keys 3 End Enter
wait_for "鄂尔多斯看口腔溃疡去哪家医院" || fail "no article"
keys B
wait_for "Bookmarked." || fail "no bookmark message"
keys Q
[ "$(exit_status)" = 0 ] || fail "q did not quit"
st=$XDG_DATA_HOME/yidu/state.db
[ "$(stat -c %a "$st")" = 600 ] && ok "state.db is 0600" || fail "state.db mode $(stat -c %a "$st")"
[ "$(stat -c %a "$XDG_DATA_HOME/yidu")" = 700 ] && ok "its folder is 0700" ||
	fail "folder mode $(stat -c %a "$XDG_DATA_HOME/yidu")"
[ "$(stat -c %a "$XDG_DATA_HOME")" = 700 ] || fail "XDG_DATA_HOME made with mode $(stat -c %a "$XDG_DATA_HOME")"

# A read-only state: as another user, the file and folder not theirs.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
   setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
	chmod 755 "$T" "$XDG_DATA_HOME" "$XDG_DATA_HOME/yidu"
	chmod 644 "$st" "$CORPUS"
	state_sum=$(sum "$st")
	ls -a "$XDG_DATA_HOME/yidu" >"$T/before"
	real=$YIDU
	YIDU="setpriv --reuid=nobody --regid=nogroup --clear-groups $real"
	start 132 43 "$CORPUS"
	YIDU=$real
	if wait_for "not saved" 10; then
		ok "read-only state: a note on the status line"
	else
		fail "read-only state: no note ($(cat "$T/stderr"))"
	fi
	screen | grep -q "All regions" || fail "read-only state: the browser is not shown"
	keys "'"
	wait_for "Bookmarks · 1" 5 && ok "read-only state: the bookmark is read" ||
		fail "read-only state: bookmarks not read"
	keys Enter
	wait_for "鄂尔多斯看口腔溃疡去哪家医院" 5 || fail "read-only state: cannot open an article"
	keys B
	wait_for "not saved" 5 || fail "read-only state: a bookmark did not say it is not saved"
	keys Q
	[ "$(exit_status)" = 0 ] && ok "read-only state: yidu ran and quit with 0" ||
		fail "read-only state: exit $(cat "$T/status" 2>/dev/null) $(cat "$T/stderr")"
	[ "$(sum "$st")" = "$state_sum" ] || fail "read-only state: the file changed"
	ls -a "$XDG_DATA_HOME/yidu" >"$T/after"
	cmp -s "$T/before" "$T/after" && ok "read-only state: nothing created beside it" ||
		fail "read-only state: files appeared: $(cat "$T/after")"
else
	echo "read-only state as another user: skipped (not root or no setpriv)"
fi

# A full disk: every write to the state file fails; the browser goes on.
shim=$top_builddir/tests/faultinject.so
if [ -f "$shim" ]; then
	rm -rf "$XDG_DATA_HOME"
	real=$YIDU
	YIDU="FAULT_MATCH=state.db FAULT_LOG=$T/fault.log LD_PRELOAD=$shim ASAN_OPTIONS=verify_asan_link_order=0${ASAN_OPTIONS:+:$ASAN_OPTIONS} $real"
	start 132 43 "$CORPUS"
	YIDU=$real
	wait_for "All regions" || fail "full disk: no start screen"
	keys 3 End Enter
	wait_for "鄂尔多斯看口腔溃疡去哪家医院" || fail "full disk: no article"
	if wait_for "not saved" 5; then
		ok "full disk: a note on the status line"
	else
		fail "full disk: no note"
	fi
	keys B
	wait_for "not saved" 5 || fail "full disk: a bookmark did not say it is not saved"
	screen | grep -q "Bookmarked" && fail "full disk: said Bookmarked."
	[ -s "$T/fault.log" ] || fail "full disk: no fault was injected"
	keys Escape Up Enter
	settle
	keys Q
	[ "$(exit_status)" = 0 ] && ok "full disk: yidu went on and quit with 0" ||
		fail "full disk: exit $(cat "$T/status" 2>/dev/null) $(cat "$T/stderr")"
fi
finish
