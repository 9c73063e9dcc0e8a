#!/bin/sh
# Every terminating signal (TERM HUP INT QUIT USR1 USR2 ALRM PIPE) restores
# the terminal (the modes exactly as before, the alternate screen left)
# and ends yidu within 200 ms: with the terminal reading, and with it not
# reading (Ctrl-S: output stopped, then frames queued until yidu's writes
# block). On a real pty (tests/ptyrun running a shell command line).
set -u
: "${YIDU:?}" "${top_srcdir:?}" "${top_builddir:?}"
T=$(mktemp -d "${TMPDIR:-/tmp}/yidu-sig.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
FAILS=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
ptyrun="$top_builddir/tests/ptyrun"
corpus="$top_builddir/data/sample.db"
export XDG_DATA_HOME="$T/x"
# A sanitizer build spends its exit in the leak scan: there the bound on
# the process's end is 2 s. The terminal's restore is held to 200 ms in
# the plain build; the sanitizer build's, slowed by its instrumentation
# and seen at 236 ms on a loaded machine, to 500 ms.
limit=200 restore_limit=200
grep -q '^SAN_CFLAGS = .*sanitize' "$top_builddir/Makefile" 2>/dev/null &&
	limit=2000 restore_limit=500

wait_file() {
	i=0
	while [ ! -s "$1" ] && [ $i -lt $(($2 * 20)) ]; do sleep 0.05; i=$((i + 1)); done
	[ -s "$1" ]
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# one SIG MODE [ATTEMPT]: MODE is "reading" or "stopped".
one() {
	sig=$1 mode=$2
	rm -f "$T/before" "$T/after" "$T/pid" "$T/status" "$T/pty"
	# Ctrl-S stops output; then Ctrl-L (redraw the whole screen) again and
	# again fills the pty until yidu's write blocks. "~" waits 300 ms.
	if [ "$mode" = stopped ]; then
		k='~~~~~~~\x13'
		n=0
		while [ $n -lt 60 ]; do k="$k\x0c"; n=$((n + 1)); done
		k="$k~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~"
	else
		k='~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~'
	fi
	"$ptyrun" 200 60 "$T/pty" "$k" sh -c "
		stty -g >'$T/before'
		TERM=xterm sh -c 'echo \$\$ >\"$T/pid\"; exec \"\$0\" \"\$@\"' \"$YIDU\" --no-mouse '$corpus'
		echo \$? >'$T/status'
		stty -g >'$T/after'" >/dev/null 2>&1 &
	runner=$!
	wait_file "$T/pid" 10 || { fail "SIG$sig $mode: yidu did not start"; wait $runner; return; }
	pid=$(cat "$T/pid")
	tty=$(readlink "/proc/$pid/fd/0")
	i=0
	while [ $i -lt 100 ]; do
		during=$(stty -g -F "$tty" 2>/dev/null)
		[ -n "$during" ] && [ "$during" != "$(cat "$T/before")" ] && break
		sleep 0.05; i=$((i + 1))
	done
	[ "$during" != "$(cat "$T/before")" ] || fail "SIG$sig $mode: the modes never changed (test proves nothing)"
	if [ "$mode" = stopped ]; then
		# until yidu is blocked writing to the stopped terminal
		i=0
		while [ $i -lt 100 ]; do
			grep -q "^State:.*S" "/proc/$pid/status" 2>/dev/null &&
				grep -q "tty\|wait_woken\|n_tty" "/proc/$pid/wchan" 2>/dev/null && break
			sleep 0.05; i=$((i + 1))
		done
		blocked=$(cat "/proc/$pid/wchan" 2>/dev/null)
		case $blocked in *tty*|wait_woken) ;; *)
			fail "SIG$sig stopped: yidu is not blocked writing (wchan '$blocked'): test proves nothing" ;;
		esac
	else
		sleep 0.5
	fi
	t0=$(now_ms)
	kill -s "$sig" "$pid"
	restored="" gone=""
	# until the modes are back, a look also forks stty; then kill alone
	# (built in) with short sleeps
	before=$(cat "$T/before")
	while [ -z "$gone" ] && [ $(($(now_ms) - t0)) -lt 5000 ]; do
		if [ -z "$restored" ] && [ "$(stty -g -F "$tty" 2>/dev/null)" = "$before" ]; then
			restored=$(($(now_ms) - t0))
		fi
		kill -0 "$pid" 2>/dev/null || gone=$(($(now_ms) - t0))
		[ -n "$restored" ] || continue
		sleep 0.005
	done
	# gone before a look saw the modes back: they were restored before the
	# exit (endwin, or tcsetattr before _exit), checked below by stty -g
	[ -z "$restored" ] && restored=$gone
	wait $runner
	wait_file "$T/after" 5 || { fail "SIG$sig $mode: the shell never got to the second stty -g"; return; }
	[ "$(cat "$T/status")" = 0 ] || fail "SIG$sig $mode: exit status $(cat "$T/status"), not 0"
	[ "$(cat "$T/before")" = "$(cat "$T/after")" ] ||
		fail "SIG$sig $mode: terminal modes not restored"
	[ -n "$gone" ] || fail "SIG$sig $mode: yidu still running after 5000 ms"
	slow=""
	[ -z "$gone" ] || [ "$gone" -le $limit ] ||
		slow="yidu ended after $gone ms (limit $limit)"
	[ -n "$restored" ] && [ "$restored" -le $restore_limit ] ||
		slow="${slow:+$slow; }the modes restored after ${restored:-?} ms (limit $restore_limit)"
	if [ "$mode" = reading ]; then
		LC_ALL=C grep -q "$(printf '\033\\[?1049l')" "$T/pty" ||
			fail "SIG$sig $mode: the alternate screen was not left"
		LC_ALL=C grep -q "$(printf '\033\\[?2004l')" "$T/pty" ||
			fail "SIG$sig $mode: bracketed paste was not turned off"
	fi
	# Over the limit once may be the machine (another job holding both
	# CPUs for a few tens of milliseconds); the case is run again, and
	# over it twice fails.
	if [ -n "$slow" ] && [ -n "$gone" ]; then
		if [ "${3:-1}" = 1 ]; then
			echo "slow: SIG$sig, terminal $mode: $slow; once more"
			one "$sig" "$mode" 2
			return
		fi
		fail "SIG$sig $mode, the second time too: $slow"
		return
	fi
	echo "ok: SIG$sig, terminal $mode: modes restored in ${restored:-?} ms, ended in ${gone:-?} ms"
}

for sig in TERM HUP INT QUIT USR1 USR2 ALRM PIPE; do
	one "$sig" reading
	one "$sig" stopped
done
[ $FAILS = 0 ] || { echo "$FAILS check(s) failed"; exit 1; }
