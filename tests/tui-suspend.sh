#!/bin/sh
# End to end: Ctrl-Z suspends yidu from an interactive shell and gives the
# shell a usable terminal (the browser's screen gone, line editing and echo
# back); `fg` resumes it with the same frame, and the keys work again.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
command -v bash >/dev/null 2>&1 || { echo "SKIP: no bash for job control"; exit 77; }

tmx kill-session -t yd >/dev/null 2>&1
tmx new-session -d -s yd -x 80 -y 24 \
	"env -i PATH='$PATH' HOME='$T' TERM=screen LC_ALL=C.UTF-8 XDG_DATA_HOME='$XDG_DATA_HOME' PS1='sh> ' bash --norc --noprofile -i"
COLS=80 ROWS=24
wait_for "sh>" || fail "no shell prompt"
keys "stty -g > '$T/stty.before'; '$YIDU' '$CORPUS'" Enter
wait_for "All regions" || fail "no start screen"
keys Down Down Enter
settle
screen > "$T/before"

keys C-z
wait_for "Stopped" 5 || fail "Ctrl-Z did not stop yidu"
settle
screen | grep -q "All regions" && fail "the browser's screen is still shown while suspended"
# The shell has its terminal back: what it types is echoed and runs. (The
# marker is split in the command line, so that only the command's output
# shows it whole, after the modes were written.)
keys "stty -g > '$T/stty.stopped'; echo typed-while-\"\"stopped" Enter
wait_for "typed-while-stopped" 5 || fail "the shell's input is not echoed"
wait_for "sh>" 5
if cmp -s "$T/stty.before" "$T/stty.stopped"; then
	ok "suspended: terminal modes restored"
else
	fail "terminal modes differ while suspended: $(cat "$T/stty.before") / $(cat "$T/stty.stopped")"
fi

keys "fg" Enter
wait_for "All regions" 5 || fail "fg did not bring the browser back"
settle
screen > "$T/after"
if diff -u "$T/before" "$T/after" >"$T/diff"; then
	ok "resumed with the same frame"
else
	cat "$T/diff"
	fail "the frame after fg differs from the one before Ctrl-Z"
fi
keys "?"
wait_for "Help: keys and actions" 5 || fail "keys do not work after resuming"
keys Escape Q
wait_for "sh>" 5
keys 'echo "status=$?"' Enter     # fg's status is the job's
wait_for "status=0" 5 || fail "yidu did not quit with status 0 after resuming"
check_fits "after resume"
finish
