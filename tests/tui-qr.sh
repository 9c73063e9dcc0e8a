#!/bin/sh
# End to end: the take-away QR code. The code drawn in tmux is captured,
# rendered to an image (tests/qr-image.py) and decoded by zbarimg: it must
# hold the article's address, or its title and summary in Chinese. Also:
# a payload too long for the window is said plainly and the alternatives
# offered; black on white under NO_COLOR; the menu entry; the kiosk wipe.
. "$top_srcdir/tests/tui-lib.sh"
command -v zbarimg >/dev/null || { echo "SKIP: zbarimg is not installed (zbar-tools)"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 is not installed"; exit 77; }
"$YIDU_IMPORT" --quiet -o "$T/qr.db" "$top_srcdir/tests/data/qr" >"$T/import.log" 2>&1 ||
	{ cat "$T/import.log"; echo "FAIL: cannot build the QR fixture corpus"; exit 1; }

# decoded: what zbarimg reads in the code on the screen.
decoded() {
	screen > "$T/capture.txt"
	python3 "$top_srcdir/tests/qr-image.py" < "$T/capture.txt" > "$T/capture.pbm" 2>/dev/null &&
		zbarimg --raw -q "$T/capture.pbm" 2>/dev/null
}

# expect_code WHAT TEXT: the code on the screen decodes to TEXT.
expect_code() {
	settle
	got=$(decoded)
	if [ "$got" = "$2" ]; then
		ok "$1"
	else
		cat "$T/capture.txt"
		fail "$1: decoded '$got', expected '$2'"
	fi
}

field() { sed -n "s/^$1: //p" "$top_srcdir/tests/data/qr/$2.md"; }
URL1=$(field url q1)
TITLE1=$(field title q1)
SUMMARY1=$(field summary q1)

start 80 24 "$T/qr.db"
wait_for "All regions" || { fail "no start screen"; finish; }
keys r
wait_for "Open an article to take it with you" || fail "r without an article: no message"
keys 3 Enter
wait_for "$TITLE1" || fail "no article"
keys r
wait_for "Take this article with you" || { fail "r does not show the code"; finish; }
screen | grep -q "It holds the article's web" || fail "no label for the address"
expect_code "80x24: the address" "$URL1"
check_fits "the code at 80x24"

# → the title and a summary shortened to fit; → the title alone.
keys Right
wait_for "It holds the title and a short" || fail "Right: no title and summary"
got=$(settle; decoded)
case $got in
"$TITLE1
"*…) cut=${got#"$TITLE1
"}
	cut=${cut%…}
	case $SUMMARY1 in
	"$cut"*) ok "80x24: title and the start of the summary" ;;
	*) fail "80x24: '$cut' does not start the summary" ;;
	esac ;;
"$TITLE1
$SUMMARY1") ok "80x24: title and summary" ;;
*) fail "80x24: decoded '$got'" ;;
esac
keys Right
wait_for "It holds the title alone" || fail "Right again: no title alone"
expect_code "80x24: the title alone" "$TITLE1"
keys Escape
sleep 0.3
settle
screen | grep -q "Take this article" && fail "Esc did not close the code"
screen | grep -q "4 Article" || fail "the article is not back after Esc"

# An address too long for 80×24: said plainly, with the way out.
keys 3 Down Enter
wait_for "贺州医保服务电话" || fail "no long-address article"
keys r
wait_for "too long for a QR code in this window" || fail "no message for a code too big"
screen | grep -q "Enlarge the window" || fail "the message does not say what to do"
screen | grep -q "→ for the title and summary" || fail "the title and summary are not offered"
check_fits "the message"
keys Right
expect_code "80x24: instead, the title and summary" "$(field title q3)
$(field summary q3)"
keys Escape

# At 132×43: the long address fits; Chinese text whole.
start 132 43 "$T/qr.db"
wait_for "All regions" || fail "no start screen at 132x43"
keys 3 Down Enter
wait_for "贺州医保服务电话" || fail "132x43: no article"
keys r
wait_for "Take this article with you" || fail "132x43: no code"
expect_code "132x43: a 320-byte address" "$(field url q3)"
keys Escape 3 Down Down Enter
wait_for "$(field title q2)" || fail "132x43: no Chinese article"
keys r
wait_for "It holds the title and a short summary" || fail "132x43: not the text"
expect_code "132x43: Chinese title and summary" "$(field title q2)
$(field summary q2)"
check_fits "the code at 132x43"

# NO_COLOR: the code is still black on white (what a phone needs), from
# the menu entry this time.
run_in_pane 80 24 screen --no-color "$T/qr.db"
wait_for "All regions" || fail "no start screen (no colour)"
keys 3 Enter
wait_for "$TITLE1" || fail "no article (no colour)"
keys 0
wait_for "QR code of the article" || fail "no QR entry in the menu"
first=$(screen | grep -n "Search: type words" | cut -d: -f1)   # the first item
entry=$(screen | grep -n "QR code of the article" | cut -d: -f1)
i=$first
while [ "$i" -lt "$entry" ]; do keys Down; i=$((i + 1)); done
keys Enter
wait_for "Take this article with you" || fail "the menu entry did not show the code"
expect_code "no colour: the address" "$URL1"
tmx capture-pane -p -e -t yd | grep "█" > "$T/sgr.txt"
grep -q "$(printf '\033')\[[0-9;]*30[;m]" "$T/sgr.txt" && grep -q "$(printf '\033')\[[0-9;]*\(47\|107\)[;m]" "$T/sgr.txt" ||
	{ head -3 "$T/sgr.txt" | cat -v; fail "no colour: the code is not black on white"; }

# Kiosk: the code shows, nothing is written, the idle wipe clears it.
cat > "$T/kiosk.conf" <<CONF
kiosk = true
corpus = $T/qr.db
idle = 2s
quit = 9 9 9
CONF
export XDG_DATA_HOME="$T/kiosk-data"
start 80 24 --config "$T/kiosk.conf"
wait_for "All regions" || fail "no kiosk start screen"
keys 3 Enter
wait_for "$TITLE1" || fail "kiosk: no article"
keys r
wait_for "Take this article with you" || fail "kiosk: no code"
expect_code "kiosk: the address" "$URL1"
sleep 3
i=0
while screen | grep -q "Take this article" && [ $i -lt 80 ]; do sleep 0.05; i=$((i + 1)); done
wait_for " 3 Articles  1/" 4 || fail "kiosk: no idle wipe"
screen | grep -q "Take this article" && fail "kiosk: the idle wipe left the code"
[ -e "$XDG_DATA_HOME/yidu" ] && fail "kiosk: something was written"
keys 9 9 9
finish
