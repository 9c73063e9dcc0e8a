#!/bin/sh
# End to end: search in the browser. The search line edits UTF-8 text
# (wide characters, Backspace, cursor keys, pasted text); results come as
# a list with counts and marked matches; the filter applies and can be
# cleared; Enter opens, n jumps between matches, Esc returns.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
start 100 30 "$CORPUS"
wait_for "All regions" || { fail "no start screen"; finish; }

# Editing: type, delete two wide characters, type again, move the cursor.
keys /
tmx send-keys -t yd -l "医保备案"
keys BSpace BSpace
tmx send-keys -t yd -l "报销"
wait_for "Search: 医保报销" || fail "Backspace over wide characters"
keys Left Left Space
wait_for "Search: 医保 报销" || fail "cursor keys in the search line"
keys Escape
settle
screen | grep -q "^ Search " && fail "Esc should cancel the search line"

# Two "phrases" must both match: three fixture articles have both.
keys /
tmx send-keys -t yd -l '"医保" "报销"'
keys Enter
wait_for "· 3 results" || fail "search for \"医保\" \"报销\""
check_fits "results"
screen | grep -q "甘孜州医保住院报销需要什么条件" || fail "a result is missing"
screen | grep -q "鄂尔多斯" && fail "an article without the words was found"

# Within a filter: 广西 holds two of them; clearing the filter brings back three.
keys 1 Down Down Enter
wait_for "Search “\"医保\" \"报销\"” · 广西 · All topics · 2 results" || fail "the region filter did not apply"
keys c
wait_for "Search “\"医保\" \"报销\"” · All regions · All topics · 3 results" || fail "clearing the filter"

# Open a result; n jumps to a match.
keys 3 Home Enter
wait_for "2024-11-02 · 测试编辑部" || fail "Enter did not open the result"
keys n
settle
screen | grep -q "No search to jump through" && fail "n did not see the search"

# A word that is nowhere, and hostile syntax: no results, no error.
keys /
keys C-u
tmx send-keys -t yd -l '"( NEAR * ^ : OR'
keys Enter
wait_for "results" || fail "hostile query"
screen | grep -qi "error\|sqlite" && fail "hostile query gave an error"

# Esc walks back: to the previous search, then out of search.
keys Escape
wait_for "2024-11-02 · 测试编辑部" || fail "Esc did not return to the article"
keys Q
[ "$(exit_status)" = 0 ] || fail "q did not quit"
finish
