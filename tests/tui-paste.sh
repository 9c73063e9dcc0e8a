#!/bin/sh
# End to end: bracketed paste. Pasted text is text for the search line,
# never keys: an Esc, q, Enter or digits inside a paste run no command
# (outside the search line the paste opens it); a 1 MB paste is taken in
# well under a second, the line keeps its first 256 characters and says
# the rest was cut, and yidu answers keys at once afterwards.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture

paste() {   # FILE: pasted into the pane as the terminal would (bracketed)
	tmx load-buffer -b p "$1"
	tmx paste-buffer -p -d -b p -t yd
}

start 100 30 "$CORPUS"
wait_for "All regions" || { fail "no start screen"; finish; }
settle
pid=$(yidu_pid)

# 1. A paste outside the search line: opens it, commands inside stay text.
printf '医保\033q3\r0报销\tq' >"$T/p1"
paste "$T/p1"
wait_for "Search: 医保q3 0报销 q" 5 && ok "a paste is text for the search line" ||
	fail "the paste did not become search text"
kill -0 "$pid" 2>/dev/null || fail "the paste's q or Esc ended yidu"
screen | grep -q "^ Help\|Menu" && fail "the paste opened a menu"
keys C-u
printf '医保' >"$T/p2"
paste "$T/p2"
wait_for "Search: 医保" 5 || fail "a second paste"
keys Enter
wait_for "Search “医保”" 5 && ok "Enter after the paste searches" || fail "no search after Enter"

# 2. A paste inside the search line with Enter and Esc in it: not
#    submitted, not cancelled.
keys /
wait_for "Search:" 5 || fail "/ did not open the search line"
keys C-u
printf '报销\r\033[A\033Oq' >"$T/p3"
paste "$T/p3"
settle
screen | tail -n 1 | grep -qF "Search: 报销 [AOq" && ok "Enter, Esc and arrows in a paste are text" ||
	fail "paste with Enter/Esc: $(screen | tail -n 1)"
keys Escape
settle
kill -0 "$pid" 2>/dev/null || fail "yidu ended"

# 3. A 1 MB paste: taken in well under a second, cut to 256 characters
#    with a note, and the next key answered at once.
python3 -c '
import sys
s = "异地就医备案后住院报销比例是多少，门诊慢特病怎么办理。" * 40000
sys.stdout.write(s[:(1 << 20) // 3])' >"$T/big"
size=$(stat -c %s "$T/big")
[ "$size" -ge 1000000 ] || fail "the big paste is only $size bytes"
t0=$(date +%s%N)
paste "$T/big"
wait_for "paste cut to 256 characters" 10 || fail "no note that the paste was cut"
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
[ $ms -lt 1000 ] && ok "a $size-byte paste taken in $ms ms" || fail "a $size-byte paste took $ms ms"
screen | tail -n 1 | grep -q "异地就医备案后住院报销" || fail "the paste's first characters are not on the line"
keys Escape
wait_for "All regions" 2 || fail "Esc after the big paste not answered"
cpu=$(ps -o cputime= -p "$pid" | awk -F: '{ print ($1 * 3600) + ($2 * 60) + $3 }')
[ "${cpu:-99}" -lt 3 ] && ok "CPU time so far ${cpu} s" || fail "CPU time ${cpu} s"
keys Q
[ "$(exit_status)" = 0 ] || fail "q did not quit"
# The terminal is given back with bracketed paste off.
finish
