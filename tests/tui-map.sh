#!/bin/sh
# End to end: the province map. Golden screens of the map at 80×24 and
# 132×43 (the overlay only, rows 1 to the end: the location line above it
# belongs to the browser's layout); arrows that match the eye; Enter
# chooses the province and the region tree opens on its prefectures; Esc
# closes; the menu entry and the mouse; NO_COLOR patterns; a window too
# small; the kiosk's idle wipe.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture

# expect_overlay NAME: rows 1.. of the screen equal tests/screens/NAME.
expect_overlay() {
	local want="$top_srcdir/tests/screens/$1"
	tmx capture-pane -p -t yd -S 1 | sed 's/[[:space:]]*$//' > "$T/got"
	if [ "${YIDU_UPDATE_SCREENS:-}" = 1 ]; then
		cp "$T/got" "$want"
		echo "updated $want"
	elif ! diff -u "$want" "$T/got"; then
		fail "screen $1 differs"
	else
		ok "screen $1"
	fi
}

# title: the map's title row (the selected tile and its count).
title() { tmx capture-pane -p -t yd -S 1 -E 1; }

# expect_sel NAME COUNT [what]: the title names the selected tile.
expect_sel() {
	local i=0
	while [ $i -lt 40 ]; do
		title | grep -qF "Province map · $1 $2 ·" && { ok "${3:-selected $1}"; return 0; }
		sleep 0.05
		i=$((i + 1))
	done
	fail "${3:-selected $1}: title is '$(title)'"
}

# click ROW COL: a press and release of button 1 at a screen cell (the X10
# mouse protocol that TERM=screen declares).
oct() { printf "\\$(printf %03o "$1")"; }
click() {
	keys -l "$(printf '\033[M '; oct $((33 + $2)); oct $((33 + $1)))"
	sleep 0.1
	keys -l "$(printf '\033[M#'; oct $((33 + $2)); oct $((33 + $1)))"
	sleep 0.1
}

# cell TEXT: "row col" of TEXT on the screen (columns counted as the
# terminal draws them: Chinese characters are two wide).
cell() {
	screen | python3 -c '
import sys, unicodedata
want = sys.argv[1]
for y, line in enumerate(sys.stdin):
    i = line.find(want)
    if i >= 0:
        x = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:i])
        print(y, x)
        break' "$1"
}

start 80 24 "$CORPUS"
wait_for "All regions" || { fail "no start screen"; finish; }
keys p
wait_for "Province map" || { fail "p does not open the map"; finish; }
settle
expect_overlay map-80x24
check_fits "map 80x24"
# It opens where the articles are (广西, 2); arrows as the eye expects.
expect_sel 广西 2 "starts on the province with most articles"
keys Right
expect_sel 广东 0 "Right from 广西"
keys Left
expect_sel 广西 2 "Left from 广东 goes to 广西"
keys Right Up
expect_sel 湖南 0 "Up from 广东"
keys Down Down
expect_sel 澳门 0 "Down from 广东"
keys Escape
sleep 0.3
settle
screen | grep -q "Province map" && fail "Esc did not close the map"
screen | grep -q "1 Regions" || fail "the panes are not back after Esc"

# Enter on 广西: chosen, and the region tree shows its prefectures.
keys p
wait_for "Province map" || fail "p again"
keys Enter
wait_for " 广西 · All topics · 2 articles" || fail "Enter did not choose 广西"
screen | grep -q "贺州 *2" || fail "the region tree does not show 广西's prefectures"
screen | grep -q "Province map" && fail "the map stayed open after Enter"
check_fits "after choosing"

# From the menu: the entry is found by its text, wherever it is.
keys c
wait_for " All regions · All topics" || fail "c did not clear the filter"
keys 0
wait_for "Province map: choose a region" || fail "no map entry in the menu"
first=$(screen | grep -n "Search: type words" | cut -d: -f1)   # the first item
entry=$(screen | grep -n "Province map: choose a region" | cut -d: -f1)
i=$first
while [ "$i" -lt "$entry" ]; do keys Down; i=$((i + 1)); done
keys Enter
wait_for "Province map ·" || fail "the menu entry did not open the map"

# The mouse: a click selects a tile, a second click chooses it.
settle
set -- $(cell 四川)
click "$1" "$2"
expect_sel 四川 1 "a click selects 四川"
click "$1" "$2"
wait_for " 四川 · All topics · 1 article" || fail "a second click did not choose 四川"
screen | grep -q "甘孜 *1" || fail "the region tree does not show 四川's prefectures"

# The topic filter: counts under it.
keys c 2 Down Enter
wait_for "医保 ·" || fail "choosing a topic"
keys p
wait_for "Province map" || fail "the map under a topic"
screen | grep -q "Articles under 医保" || fail "the legend does not name the topic"
keys Escape

start 132 43 "$CORPUS"
wait_for "All regions" || fail "no start screen at 132x43"
keys p
wait_for "Province map" || fail "no map at 132x43"
settle
expect_overlay map-132x43
check_fits "map 132x43"

# Monochrome: patterns carry the shading, and the legend shows them.
start 80 24 --no-color "$CORPUS"
wait_for "All regions" || fail "no start screen (no colour)"
keys p
wait_for "Province map" || fail "no map (no colour)"
settle
screen | grep -q "░.*内蒙古" || fail "no pattern on a tile (no colour)"
screen | grep -q "Articles under All topics: ·· 0  ░░ 1+  ▓▓ 2+" || fail "no pattern legend (no colour)"
check_fits "map without colour"

# Too small: says so instead of a broken map.
start 40 12 "$CORPUS"
wait_for "All regions" || fail "no start screen at 40x12"
keys p
wait_for "larger window" || fail "no notice in a small window"
check_fits "map 40x12"
tmx resize-window -t yd -x 60 -y 20
COLS=60
wait_for "粤" || fail "no compact map at 60x20"
check_fits "map 60x20"

# Kiosk: the map works, and the idle wipe closes it.
cat > "$T/kiosk.conf" <<CONF
kiosk = true
corpus = $CORPUS
idle = 2s
quit = 9 9 9
CONF
start 80 24 --config "$T/kiosk.conf"
wait_for "All regions" || fail "no kiosk start screen"
keys p
wait_for "Province map" || fail "no map in the kiosk"
sleep 3
i=0
while screen | grep -q "Province map" && [ $i -lt 80 ]; do sleep 0.05; i=$((i + 1)); done
wait_for " 3 Articles  1/" 4 || fail "no idle wipe"
screen | grep -q "Province map" && fail "the idle wipe left the map open"
keys 9 9 9
finish
