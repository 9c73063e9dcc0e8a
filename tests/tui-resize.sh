#!/bin/sh
# End to end: scrolling, and a resize (and a storm of them) keeping the
# reader's place in the article.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
start 80 24 "$CORPUS"
wait_for "All regions" || { fail "no start screen"; finish; }
keys 3 Enter
wait_for "异地就医备案的完整步骤" || { fail "no article"; finish; }
keys NPage NPage NPage
settle
# The topmost paragraph number shown now is the reader's place.
place=$(screen | grep -o '第[0-9]*段' | head -1)
[ -n "$place" ] || { fail "scrolling showed no paragraph"; finish; }
[ "$place" = "第1段" ] && fail "PgDn did not scroll"
for size in "60 20" "120 40" "100 30" "70 24"; do
	set -- $size
	tmx resize-window -t yd -x "$1" -y "$2"
	COLS=$1
	settle
	screen | grep -q "$place" || fail "after resizing to $1x$2, $place is not shown"
	check_fits "$1x$2"
done
# A storm: twenty sizes in quick succession, down to 1x1; then it must
# still answer and keep the place.
for i in 1 2 3 4 5 6 7 8 9 10; do
	tmx resize-window -t yd -x $((i * 13 % 90 + 1)) -y $((i * 7 % 30 + 1))
	tmx resize-window -t yd -x 1 -y 1
done
tmx resize-window -t yd -x 80 -y 24
COLS=80
wait_for " 4 Article" || fail "no article pane after the storm"
settle
screen | grep -q "$place" || fail "after the resize storm, $place is not shown"
kill -0 "$(pane_pid)" 2>/dev/null || fail "yidu died in the resize storm"
check_fits "after the storm"
finish
