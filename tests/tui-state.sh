#!/bin/sh
# End to end: bookmarks and read marks persist across runs in
# $XDG_DATA_HOME/yidu/state.db; the corpus is never written.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
sum_before=$(cksum < "$CORPUS")

start 132 43 "$CORPUS"
wait_for "All regions" || { fail "no start screen"; finish; }
[ -e "$XDG_DATA_HOME/yidu/state.db" ] && fail "state.db created before anything was saved"
# Open the oldest article (End in the list) and bookmark it.
keys 3 End Enter
wait_for "鄂尔多斯看口腔溃疡去哪家医院" || fail "no article"
keys B
wait_for "Bookmarked." || fail "no bookmark message"
keys Q
[ "$(exit_status)" = 0 ] || fail "Q did not quit"
[ -s "$XDG_DATA_HOME/yidu/state.db" ] || fail "no state.db after bookmarking"

# A new run: the bookmark is there, and the article is marked read.
start 132 43 "$CORPUS"
wait_for "All regions" || fail "no start screen (second run)"
screen | grep -q "\*  鄂尔多斯看口腔溃疡" && fail "the article read in the first run is still unread"
screen | grep -q "\*  贺州医保断缴会影响报销吗" || fail "an unread article lost its mark"
keys "'"
wait_for "Bookmarks · 1" || fail "the bookmarks list is not shown"
screen | grep -q "│ B 鄂尔多斯看口腔溃疡" || fail "the bookmark did not persist (or lacks its B mark)"
keys Enter
wait_for "· Bookmarked" || fail "the bookmarked article does not say so"
# Remove it; the list is empty on the next look.
keys B
wait_for "Bookmark removed." || fail "no removal message"
keys "'" "'"
wait_for "No bookmarks yet." || fail "the bookmark was not removed"
keys Q
exit_status >/dev/null
[ "$(cksum < "$CORPUS")" = "$sum_before" ] || fail "the corpus file changed"
finish
