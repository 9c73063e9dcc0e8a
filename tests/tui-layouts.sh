#!/bin/sh
# End to end: the layout at 80×24 (two panes) and 50×20 (one pane and a
# back stack), and a tiny 10×4 terminal that recovers when enlarged.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture

start 80 24 "$CORPUS"
wait_for "All regions" || { fail "no start screen at 80x24"; finish; }
settle
expect_screen medium-start
check_fits "80x24 start"
# List then article: the list takes the left, the article the right.
keys 3 Enter
wait_for "异地就医备案的完整步骤" || fail "80x24: no article"
screen | grep -q "Articles" || fail "80x24: the list should stay on the left"
check_fits "80x24 article"

start 50 20 "$CORPUS"
wait_for "All regions" || fail "no start screen at 50x20"
settle
expect_screen narrow-start
check_fits "50x20 start"
# The list first; 1 goes to the regions: 内蒙古 → Enter chooses it; Enter
# again moves on to the list; Enter opens.
keys 1 Down Enter
wait_for " 内蒙古 · All topics · 1 article" || fail "50x20: choosing 内蒙古"
keys Enter
wait_for " 3 Articles" || fail "50x20: second Enter should show the list"
keys Enter
wait_for "鄂尔多斯看口腔溃疡去哪家医院" || fail "50x20: the article"
screen | grep -q " 4 Article" || fail "50x20: the article pane should fill the screen"
check_fits "50x20 article"
keys Escape
wait_for " 3 Articles" || fail "50x20: Esc should return to the list"

start 10 4 "$CORPUS"
sleep 0.5
settle
screen | grep -q "Window" || fail "10x4: no notice"
check_fits "10x4"
tmx resize-window -t yd -x 80 -y 24
COLS=80
wait_for "All regions" || fail "10x4 → 80x24: no recovery"
check_fits "after enlarging"

# The interface in Chinese (the zh_CN catalogue), whatever the locale.
start 80 24 --lang zh_CN "$CORPUS"
wait_for " 全国 · 全部主题 · 5 篇" || fail "--lang zh_CN: no Chinese location line"
screen | grep -q "1 地区" || fail "--lang zh_CN: pane titles not translated"
check_fits "zh_CN"
finish
