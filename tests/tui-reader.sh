#!/bin/sh
# End to end, at the sizes readers have (80×24, 100×30, 132×43): the first
# screen (golden), framed overlays that hide what is under them, the menu
# with its keys, the kiosk's menu, keypad search, q and Q, Back restoring
# the place in an article and its selected link, link targets shown on
# selection, the browser opened on a filter, full screen, and the marks.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture

# in_box: the text strictly inside the overlay's frame (rows between ┌
# and └, columns between the two │), measured in terminal columns.
in_box() {
	screen | python3 -c '
import sys, unicodedata
def cols(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
def cut(line, a, b):
    out, c = "", 0
    for ch in line:
        if a <= c < b:
            out += ch
        c += cols(ch)
    return out
rows = sys.stdin.read().split("\n")
top = next((i for i, r in enumerate(rows) if "┌" in r), None)
if top is None:
    sys.exit(0)
left = sum(cols(ch) for ch in rows[top][:rows[top].index("┌")])
right = left + sum(cols(ch) for ch in rows[top][rows[top].index("┌"):rows[top].index("┐") + 1])
for r in rows[top + 1:]:
    if "└" in r:
        break
    print(cut(r, left + 1, right - 1))
'
}

for size in 80x24 100x30 132x43; do
	cols=${size%x*} rows=${size#*x}
	rm -rf "$XDG_DATA_HOME"
	start "$cols" "$rows" "$CORPUS"
	wait_for "All regions" || { fail "$size: no start screen"; continue; }
	settle
	expect_screen "first-$size"
	check_fits "$size first screen"
	# The list is on the first screen, with whole titles and dates.
	screen | grep -q "异地就医备案的完整步骤 .*2025-06-01" || fail "$size: no list with titles and dates"
	screen | grep -q "贺州医保断缴会影响报销吗 .*2025-02-11" || fail "$size: list titles cut"
	# Every pane is named somewhere on the screen.
	for name in "1 Regions" "2 Topics" "3 Articles" "4 Article"; do
		screen | grep -q "$name" || fail "$size: '$name' is not named on the first screen"
	done

	# Help: a frame, nothing of the list showing through, no line cut
	# with an ellipsis, a legend at its end.
	keys "?"
	wait_for "Help: keys and actions" || fail "$size: no help"
	screen | grep -q "┌" && screen | grep -q "└" || fail "$size: the help has no frame"
	in_box | grep -q "2025-0" && fail "$size: the list shows through the help"
	in_box | grep -q "…[ │]*$" && fail "$size: a help line ends in an ellipsis"
	# Page through the whole help.
	: > "$T/help"
	i=0
	while [ $i -lt 12 ]; do
		in_box >> "$T/help"
		grep -q "Marks:" "$T/help" && break
		keys PgDn
		settle
		i=$((i + 1))
	done
	grep -q "Shift-Tab" "$T/help" || fail "$size: help does not name Shift-Tab"
	grep -q "Ctrl-B" "$T/help" || fail "$size: help does not name Ctrl-B"
	grep -q "BTab\|C-b" "$T/help" && fail "$size: help shows curses key names"
	grep -q "Marks:" "$T/help" || fail "$size: no legend at the end of the help"
	keys End
	screen | grep -q "bookmarked" || fail "$size: the legend lacks the bookmark mark"
	check_fits "$size help"
	keys Escape
	settle
	screen | grep -q "┌" && fail "$size: Esc left the help's frame on screen"

	# The menu: every item with its keys; Search, keypad search, n/N;
	# Quit but no New reader outside a kiosk.
	keys 0
	wait_for "Menu" || fail "$size: no menu"
	in_box | grep -q "Search: type words.* /" || fail "$size: the menu lacks Search with its key"
	in_box | grep -q "Keypad search" || fail "$size: the menu lacks keypad search"
	in_box | grep -q "Next search match.* n" || fail "$size: the menu lacks n"
	in_box | grep -q "Previous search match.* N" || fail "$size: the menu lacks N"
	in_box | grep -q "New reader" && fail "$size: New reader offered outside a kiosk"
	keys End
	settle
	in_box | grep -q "Quit.* Q" || fail "$size: the menu lacks Quit with its key"
	in_box | grep -q "2025-0" && fail "$size: the list shows through the menu"
	check_fits "$size menu"
	keys Escape
	settle

	# Read, full screen and back; q steps back rather than quitting.
	keys Enter
	wait_for "2025-06-01 · 测试编辑部" || fail "$size: Enter did not open the article"
	screen | grep -q " 4 Article  [0-9]* %" || fail "$size: no position in the article's title"
	keys z
	settle
	screen | grep -q "^ 4 Article" || fail "$size: z did not give the article the whole width"
	check_fits "$size full screen"
	keys z
	settle
	keys q
	wait_for " 3 Articles" || fail "$size: q did not step back"
	settle
	screen | grep -q "2025-06-01 · 测试编辑部" && fail "$size: q did not close the article"
	pane_dead && fail "$size: q quit with history to go back to"
	keys q
	[ "$(exit_status)" = 0 ] || fail "$size: q at the start did not quit"
done

# Back restores the place in an article: scroll the long one, open
# another, come back.
start 132 43 "$CORPUS"
wait_for "All regions" || { fail "no start screen"; finish; }
keys Enter
wait_for "异地就医备案的完整步骤" || fail "no long article"
keys 4 PgDn PgDn
settle
before=$(screen | cut -c66- | sed -n 3,6p)
keys 3 Down Enter
wait_for "2025-03-19 · 测试编辑部" || fail "the second article did not open"
keys Escape
wait_for "异地就医备案的完整步骤" || fail "back did not return to the long article"
settle
after=$(screen | cut -c66- | sed -n 3,6p)
[ "$before" = "$after" ] && ok "back restored the scroll position" ||
	{ fail "back lost the scroll position"; echo "before: $before"; echo "after: $after"; }

# A link shows its target when selected; Back restores the selected link.
keys 3 Home Down Enter
wait_for "2025-03-19 · 测试编辑部" || fail "no article with a link"
# The status line follows the focused pane: the article's keys here.
screen | tail -1 | grep -q "←→ links" || fail "the status line does not follow the article pane"
keys Right
wait_for "Link → 贺州医保断缴会影响报销吗" || fail "selecting a link does not show its target's title"
# Right past the last link goes on to Related with no link left selected
# (else Enter would seem to open the link and open a related article).
keys Right
settle
screen | grep -q "Link →" && fail "Right past the last link left the link selected"
screen | tail -1 | grep -q "listed by the source" || fail "Right past the last link did not move to Related"
keys 4 Right
wait_for "Link → 贺州医保断缴会影响报销吗" || fail "4 then Right does not select the link again"
keys Enter
wait_for "2025-02-11 · 测试编辑部" || fail "the link did not open its article"
keys Escape
wait_for "2025-03-19 · 测试编辑部" || fail "back did not return to the linking article"
keys Enter
wait_for "2025-02-11 · 测试编辑部" || fail "back did not restore the selected link"
# B from any pane bookmarks the open article; the list shows its mark.
keys 3
settle
screen | tail -1 | grep -q "Enter read" || fail "the status line does not follow the list pane"
keys B
wait_for "Bookmarked." || fail "B with the focus in the list did not bookmark the open article"
screen | grep -q "│ B 贺州医保断缴会影响报销吗" || fail "no bookmark mark in the list"

# No "+" on a prefecture whose counties have no articles.
keys 1 Home Down Down Enter
wait_for "广西 · " || fail "choosing 广西"
screen | grep -q "^ *[+] *贺州" && fail "贺州 shows + with no county that has articles"
screen | grep -q "^ *贺州 " || fail "贺州 not shown under 广西"
keys Q
[ "$(exit_status)" = 0 ] || fail "Q did not quit"

# The cursor is always the one most visible row: on the chosen region
# (bold, current) it keeps the cursor's cyan background (SGR 46) across
# the whole row, marks included.
attrs() { tmx capture-pane -e -p -t yd; }
start 132 43 "$CORPUS"
wait_for "All regions" || fail "no start screen"
keys 1 Down Down Enter
wait_for "广西 · All topics" || fail "choosing 广西 (cursor check)"
settle
attrs | grep "广西" | grep -v "·" | head -1 > "$T/row"
grep -q "46m\|46;" "$T/row" || { fail "the chosen region under the cursor lost the cursor's background"; cat -v "$T/row"; }
keys 3
settle
attrs | grep "贺州市职工" | head -1 > "$T/row"
grep -q "46m\|46;" "$T/row" || { fail "the list's cursor row has no cursor background"; cat -v "$T/row"; }
keys Q
# Under NO_COLOR the cursor is reverse video and a search match is not.
run_in_pane 100 30 screen "--no-color $CORPUS"
wait_for "All regions" || fail "no start screen (NO_COLOR)"
keys /
tmx send-keys -t yd -l "医保"
keys Enter
wait_for "results" || fail "NO_COLOR: no results"
settle
attrs | sed -n 4p > "$T/cur"
attrs | sed -n 6p > "$T/other"   # a result is two lines: title, snippet
grep -q "7m\|7;" "$T/cur" || { fail "NO_COLOR: the cursor row is not reverse video"; cat -v "$T/cur"; }
grep -q "\[7m\|;7m\|\[7;" "$T/other" && { fail "NO_COLOR: a match looks like the cursor (reverse)"; cat -v "$T/other"; }
grep -q "4m\|;4;\|\[4;" "$T/other" || { fail "NO_COLOR: the match on a row off the cursor is not marked"; cat -v "$T/other"; }
keys Q

# The browser opened on a filter and on a search.
start 100 30 --region 451100 --topic 医保 "$CORPUS"
wait_for "贺州 · 医保 · 2 articles" || fail "--region/--topic did not open the browser filtered"
keys Q
start 100 30 --search 断缴 "$CORPUS"
wait_for "Search “断缴”" || fail "--search did not open the browser on the search"
screen | grep -q "贺州医保断缴会影响报销吗" || fail "--search: the result is not listed"
keys Q
"$YIDU" --search '' "$CORPUS" >/dev/null 2>"$T/err"
[ $? = 2 ] || fail "--search '' is not a usage error"

# A kiosk: New reader in the menu, no Quit anywhere; keypad search.
cat > "$T/kiosk.conf" <<CONF
kiosk = true
corpus = $CORPUS
quit = 9 9 9
CONF
for size in 80x24 132x43; do
	cols=${size%x*} rows=${size#*x}
	start "$cols" "$rows" --config "$T/kiosk.conf"
	wait_for "All regions" || { fail "kiosk $size: no start screen"; continue; }
	screen | tail -1 | grep -qi "quit" && fail "kiosk $size: the status line offers quit"
	keys 0
	wait_for "Menu" || fail "kiosk $size: no menu"
	keys End
	settle
	in_box | grep -q "New reader" || fail "kiosk $size: no New reader in the menu"
	in_box | grep -q "Quit" && fail "kiosk $size: Quit in the menu"
	keys Escape "?"
	wait_for "Help: keys" || fail "kiosk $size: no help"
	in_box | grep -q "Quit" && fail "kiosk $size: Quit in the help"
	keys Escape
	# Keypad search from the menu (second item): 9 2 is y b (医保, 医备).
	keys 0 Down Enter
	wait_for "Keypad" || fail "kiosk $size: keypad search did not start"
	keys 9 2
	wait_for "Keypad 92" || fail "kiosk $size: digits not taken"
	wait_for "4 titles" || fail "kiosk $size: 92 should match four titles"
	screen | grep -q "鄂尔多斯" && fail "kiosk $size: a title without y-b initials matched 92"
	# 医保个人 is y b g r: one title.
	keys 4 7
	wait_for "1 title" || fail "kiosk $size: 9247 should narrow to one title"
	screen | grep -q "贺州市职工医保个人账户" || fail "kiosk $size: 9247 (医保个人) not found"
	keys BSpace BSpace BSpace BSpace 9 3 5 9
	wait_for "Keypad 9359" || fail "kiosk $size: Backspace did not delete digits"
	screen | grep -q "异地就医备案的完整步骤" || fail "kiosk $size: 9359 (异地就医) not found"
	check_fits "kiosk $size keypad"
	keys Enter
	wait_for "2025-06-01 · 测试编辑部" || fail "kiosk $size: Enter did not open the keypad result"
	keys 9 9 9
	[ "$(exit_status 3)" = 0 ] || fail "kiosk $size: the quit sequence did not quit"
done
finish
