#!/bin/sh
# End to end: SIGHUP and SIGTERM (an SSH link dropping) and SIGINT restore
# the terminal and exit 0 with no process left behind; a terminal that goes
# away is noticed (no CPU spin); invalid bytes typed are dropped and the
# next keys still work; unusable terminals are refused cleanly.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture

for sig in HUP TERM INT; do
	start 80 24 "$CORPUS"
	wait_for "All regions" || { fail "no start screen"; continue; }
	pid=$(yidu_pid) || { fail "no yidu process"; continue; }
	kill -s "$sig" "$pid"
	st=$(exit_status 1)
	[ "$st" = 0 ] || fail "SIG$sig: exit status '$st' within 1 s, not 0"
	kill -0 "$pid" 2>/dev/null && fail "SIG$sig: yidu still running"
	# The alternate screen is left: the browser's screen is gone.
	settle
	screen | grep -q "All regions" && fail "SIG$sig: the terminal was not restored"
	ok "SIG$sig"
done

# The terminal closed under yidu: it must notice that reads fail and exit
# rather than spin.
# In sanitizer builds this one case runs without LeakSanitizer. Its scan
# at exit stops the process with PTRACE_ATTACH, whose SIGSTOP is thrown
# away if a SIGCONT arrives first; here the pane's shell, the session
# leader, is killed by the hangup, and on its exit the kernel sends
# SIGHUP+SIGCONT to the terminal's last foreground group, yidu's, which
# may be exiting already (reads failed). Landing in that window (1 run in
# 8-15), it leaves LSan's tracer waiting forever and yidu spinning in
# sched_yield inside exit(). No code of ours can prevent it (SIGCONT drops
# the SIGSTOP even when blocked or ignored); the plain build has no such
# scan, and both exit paths keep leak checks in the other cases here.
tmx kill-server >/dev/null 2>&1
saved_asan=${ASAN_OPTIONS-}
export ASAN_OPTIONS="${saved_asan:+$saved_asan:}detect_leaks=0"
start 80 24 "$CORPUS"
wait_for "All regions" || fail "no start screen"
pid=$(yidu_pid)
export ASAN_OPTIONS="$saved_asan"
tmx kill-server
# Running means alive and not a zombie: an exited yidu stays a zombie until
# the dying tmux server (its parent) has finished, which is tmux's time.
running() { case $(ps -o stat= -p "$1" 2>/dev/null) in ""|Z*) return 1;; esac; }
# The exit is timed precisely by the direct-signal checks above and the
# no-SIGHUP check below; here, with tmux tearing itself down around it, the
# bound is loose: yidu must end, not hang or spin.
i=0
while running "$pid" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
if running "$pid"; then
	fail "yidu still running 5 s after its terminal closed"
	kill -9 "$pid"
else
	ok "terminal closed"
fi

# The terminal closed while no SIGHUP arrives (the pty is not yidu's
# controlling terminal, as when SIGHUP is ignored or lost): reads fail, and
# yidu must take that as the end within a second, without spinning.
PTYRUN_NOCTTY=1 "$top_builddir/tests/ptyrun" 80 24 "$T/noctty.out" '~~!' \
	env LC_ALL=C.UTF-8 TERM=xterm XDG_DATA_HOME="$XDG_DATA_HOME" "$YIDU" "$CORPUS" \
	2>"$T/noctty.err"
st=$?
ms=$(sed -n 's/^ptyrun: exited \([0-9]*\) ms after.*/\1/p' "$T/noctty.err")
if [ "$st" != 0 ] || [ -z "$ms" ]; then
	fail "terminal closed without SIGHUP: status $st, $(cat "$T/noctty.err")"
elif [ "$ms" -gt 1000 ]; then
	fail "terminal closed without SIGHUP: exit took $ms ms"
else
	ok "terminal closed without SIGHUP: exit after $ms ms"
fi

# An invalid byte (0xFF, as a GBK client might send) must not swallow the
# keys after it; nor must a truncated UTF-8 sequence.
start 80 24 "$CORPUS"
wait_for "All regions" || fail "no start screen"
tmx send-keys -t yd -H ff
keys "?"
wait_for "Help: keys and actions" 3 || fail "the key after an invalid byte was lost"
tmx send-keys -t yd -H c3
keys Escape
sleep 0.3
keys Q
[ "$(exit_status 2)" = 0 ] || fail "keys after a truncated UTF-8 sequence were lost"

# TERM unset, dumb or unknown: a message, status 1 (newterm, not initscr).
for term in "" dumb no-such-terminal; do
	run_in_pane 80 24 "$term" "$CORPUS"
	st=$(exit_status 2)
	[ "$st" = 1 ] || fail "TERM='$term': status '$st', not 1"
	grep -q "^yidu: " "$T/stderr" || fail "TERM='$term': no message"
done
finish
