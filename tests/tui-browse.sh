#!/bin/sh
# End to end, 132×43 (all panes side by side): trees with counts, region →
# topic → article → related → back and forward, help.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
start 132 43 "$CORPUS"

wait_for "All regions" || { fail "no start screen"; finish; }
settle
expect_screen wide-start
check_fits "start"
# The trees count what the fixture holds: 5 articles, 2 in 广西.
screen | grep -q "广西 *2│" || fail "region tree: 广西 should count 2"
screen | grep -q "医保 *4│" || fail "topic tree: 医保 should count 4"

# Region: 广西 (the second province by code).
keys 1 Down Down Enter
wait_for " 广西 · All topics · 2 articles" || fail "choosing 广西 did not filter"
# Topic: 医保, chosen in the topic tree; the region tree recounts under it.
keys Tab Down Enter
wait_for " 广西 · 医保 · 2 articles" || fail "choosing 医保 did not filter"
screen | grep -q "就医" && fail "就医 has no article in 广西 and should be hidden"
# Article: the newest in the list.
keys Tab Enter
wait_for "2025-03-19 · 测试编辑部 · 医保问答" || fail "the article did not open"
settle
expect_screen wide-article
check_fits "article"
# Related: the first listed one.
keys 5 Enter
wait_for "2025-02-11 · 测试编辑部" || fail "the related article did not open"
screen | grep -q "断缴之后，统筹基金的报销会暂停" || fail "related article body missing"
# Back and forward.
keys Escape
wait_for "2025-03-19 · 测试编辑部" || fail "back did not return to the first article"
keys f
wait_for "2025-02-11 · 测试编辑部" || fail "forward did not return to the related article"
# Back twice more: the article closes, then the filter returns to 广西 × all.
keys Escape Escape
wait_for "Choose an article from the list." || fail "back did not close the article"
keys Escape
wait_for " 广西 · All topics · 2 articles" || fail "back did not restore the filter"

# Help, generated from the action table.
keys "?"
wait_for "Help: keys and actions" || fail "no help"
screen | grep -q "Bookmark or unbookmark the open article" || fail "help lacks an action"
check_fits "help"
keys Escape
settle
screen | grep -q "Help: keys" && fail "Esc did not close the help"
keys Q
[ "$(exit_status)" = 0 ] || fail "q did not quit with status 0"
finish
