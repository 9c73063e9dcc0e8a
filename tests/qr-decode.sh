#!/bin/sh
# yidu --qr: the printed code scans. Each code is rendered to an image
# (tests/qr-image.py) and decoded by zbarimg; the payload must be the
# article's address, or its title and summary (Chinese text, UTF-8).
. "$top_srcdir/tests/lib.sh"
command -v zbarimg >/dev/null || { echo "zbarimg not installed (zbar-tools): skipped"; exit 77; }
command -v python3 >/dev/null || { echo "python3 not installed: skipped"; exit 77; }

"$YIDU_IMPORT" --quiet -o "$d/qr.db" "$top_srcdir/tests/data/qr" || { echo "FAIL: fixture"; exit 1; }

# decode ARGS...: yidu --qr ARGS, rendered and decoded (stdout).
decode() {
	"$YIDU" "$@" "$d/qr.db" > "$d/code.txt" || return 1
	python3 "$top_srcdir/tests/qr-image.py" < "$d/code.txt" > "$d/code.pbm" || return 1
	zbarimg --raw -q "$d/code.pbm" 2>/dev/null
}

check "the address" "$(decode --qr q-changsha-manbing)" \
	"https://example.org/yibao/changsha/menzhen-manbing?id=2025-0508"
LC_ALL=C.UTF-8 grep -q -v '^[ ▀▄█]*$' "$d/code.txt" && no "the output holds more than half blocks"
[ "$(wc -l < "$d/code.txt")" -ge 15 ] || no "the code is too short"

title="甘孜州住院报销需要哪些材料"
summary="身份证、医保电子凭证、出院小结和费用清单；异地住院还要备案回执。报销款一般在二十个工作日内打到社保卡的银行账户。"
check "Chinese title and summary" "$(decode --qr 2)" "$title
$summary"

# Narrower: the summary is shortened to fit, and says so.
got=$(decode --qr 2 --width 50)
case $got in
"$title
"*…) ok "shortened to 50 columns" ;;
*) no "shortened to 50 columns: got '$got'" ;;
esac
cut=${got#"$title
"}
cut=${cut%…}
case $summary in "$cut"*) ok "a prefix of the summary" ;; *) no "not a prefix: '$cut'" ;; esac
[ "$(LC_ALL=C.UTF-8 wc -L < "$d/code.txt")" -le 50 ] ||
	no "a line is wider than --width 50"

# Too long for the width: a plain message, nothing on stdout.
"$YIDU" --qr q-long-url --width 60 "$d/qr.db" > "$d/out" 2> "$d/err"
check "too wide: status" "$?" 1
grep -q "needs [0-9]* columns" "$d/err" || no "too wide: no message ($(cat "$d/err"))"
[ -s "$d/out" ] && no "too wide: something on stdout"
check "the long address without a limit" "$(decode --qr q-long-url)" \
	"$(sed -n 's/^url: //p' "$top_srcdir/tests/data/qr/q3.md")"

# Hostile text in the corpus (written behind the importer's back, which
# would have cleaned it): the code holds the text without its escapes, an
# address with a control is no address, and nothing reaches the terminal.
cp "$d/qr.db" "$d/hostile.db"
sqlite3 "$d/hostile.db" "UPDATE article SET
	title = '恶意' || char(27) || ']0;PWNED' || char(7) || '标题',
	summary = '摘要' || char(27) || '[31m红' || char(155) || '字',
	url = 'https://example.org/' || char(27) || '[2J' WHERE id = 2" ||
	no "cannot write the hostile corpus"
"$YIDU" --qr 2 "$d/hostile.db" > "$d/code.txt" || no "--qr on hostile text failed"
LC_ALL=C grep -q "$(printf '\033')" "$d/code.txt" && no "--qr wrote an escape"
python3 "$top_srcdir/tests/qr-image.py" < "$d/code.txt" > "$d/code.pbm"
check "hostile text: the code holds it clean" "$(zbarimg --raw -q "$d/code.pbm" 2>/dev/null)" "恶意标题
摘要红字"
"$top_builddir/tests/ptyrun" 100 30 "$d/pty" '3~\x1b[B~\r~r~~\x1b[C~~' \
	env LC_ALL=C.UTF-8 TERM=xterm XDG_DATA_HOME="$d/x" "$YIDU" --no-mouse "$d/hostile.db" >/dev/null 2>&1
grep -q "$(printf '\342\226\200')" "$d/pty" || no "the browser drew no code (hostile text)"
# (The payload of the OSC string, PWNED, is not checked here: the list
# pane shows titles as the importer left them, and this corpus bypassed
# the importer.)
LC_ALL=C grep -q "$(printf '\033]')" "$d/pty" && no "an OSC sequence reached the terminal"
LC_ALL=C grep -q "$(printf '\302\233')" "$d/pty" && no "a C1 CSI reached the terminal"

"$YIDU" --qr 99 "$d/qr.db" 2> "$d/err" >/dev/null && no "an unknown id succeeded"
grep -q "no article" "$d/err" || no "unknown id: no message"
"$YIDU" --qr 1 --dump 1 "$d/qr.db" 2>/dev/null && no "--qr with --dump accepted"

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
