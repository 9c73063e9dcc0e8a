#!/bin/sh
# End to end: the search prompt. It opens empty; results show while
# typing (the prompt stays open) and Esc goes back to what was shown; Up
# and Down walk the earlier searches, kept in the state file but not in a
# kiosk; n in an article says "Match k/n"; a search that finds nothing
# says what to try.
. "$top_srcdir/tests/tui-lib.sh"
db=$top_builddir/data/sample.db
[ -s "$db" ] || { echo "no sample corpus"; exit 99; }
start 120 30 "$db"
wait_for "All regions" || { fail "no start screen"; finish; }

# Live results: a question, typed, not entered.
keys /
tmx send-keys -t yd -l "深圳医保电话"
wait_for "Search “深圳医保电话”" || fail "no live results while typing"
screen | grep -q "^Search: 深圳医保电话" || fail "the prompt closed during live results"
screen | sed -n 3p | grep -q "深圳医保咨询打什么电话" || fail "the answer is not the first result"
# A result is two lines: the title and date, then a line of its snippet
# (indented, with the matched words in it).
screen | sed -n 3p | grep -q "深圳医保咨询打什么电话 .*20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]" ||
	fail "no date on the result's title line"
screen | sed -n 4p | grep -q "│  .*电话" || fail "no snippet line under the first result: $(screen | sed -n 4p)"
keys Enter
settle
screen | grep -q "^Search: " && fail "Enter did not close the prompt"

# Open again: empty; Up brings the last search back, Down the typed text.
keys /
settle
screen | grep -q "^Search: *$" || fail "the prompt does not open empty"
tmx send-keys -t yd -l "住院"
keys Up
wait_for "Search: 深圳医保电话" || fail "Up did not bring back the last search"
keys Down
wait_for "Search: 住院" || fail "Down did not return to the typed text"
# Esc after live results: back to the results of before.
tmx send-keys -t yd -l "怎么报销"
wait_for "Search “住院怎么报销”" || fail "no live results for the second search"
keys Escape
wait_for "Search “深圳医保电话”" || fail "Esc did not return to the earlier results"

# n in an article: which match of how many.
keys 3 Home Enter
wait_for "深圳医保咨询打什么电话" || fail "no article"
keys n
wait_for "Match 1/" || fail "n does not say which match"
keys n
wait_for "Match 2/" || fail "the second n does not say match 2"

# Nothing found within a filter: what to try.
keys /
tmx send-keys -t yd -l '"鳄梨"'
keys Enter
wait_for "No results." || fail "no message for no results"
wait_for "/: fewer or other words" || fail "no advice for no results"
keys 1 Down Enter
keys /
tmx send-keys -t yd -l '"门诊统筹" "鄂尔多斯"'
keys Enter
wait_for "c: all regions and topics (1 found)" || fail "no count in all regions and topics"
keys Q
[ "$(exit_status)" = 0 ] || fail "Q did not quit"

# The searches were kept in the state file, for the next session ...
start 120 30 "$db"
wait_for "All regions" || fail "no start screen (second session)"
keys /
keys Up
wait_for "Search: \"门诊统筹\" \"鄂尔多斯\"" || fail "the history was not kept"
keys Escape Q
exit_status > /dev/null

# ... but not in a kiosk.
cat > "$T/kiosk.conf" <<CONF
kiosk = true
corpus = $db
quit = 9 9 9
CONF
start 120 30 --config "$T/kiosk.conf"
wait_for "All regions" || fail "no kiosk start screen"
keys /
tmx send-keys -t yd -l "医保电话"
keys Enter
settle
keys /
keys Up
settle
screen | grep -q "^Search: *$" || fail "a kiosk showed an earlier search"
keys Escape 9 9 9
exit_status > /dev/null
finish
