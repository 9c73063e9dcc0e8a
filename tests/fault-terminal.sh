#!/bin/sh
# The terminal, on a real pty (tests/ptyrun running a shell command line):
#  - SIGTERM and SIGINT: the terminal modes are exactly restored (`stty -g`
#    the same before and after yidu, and different while it ran);
#  - LANG=C and a locale that is not installed: yidu falls back to
#    C.UTF-8 and draws Chinese as UTF-8 (or refuses with a message when no
#    UTF-8 locale exists at all; then the test skips that check).
# (TERM unset, dumb or unknown: tests/tui-signals.sh.)
set -u
: "${YIDU:?}" "${top_srcdir:?}" "${top_builddir:?}"
T=$(mktemp -d "${TMPDIR:-/tmp}/yidu-term.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
FAILS=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
ptyrun="$top_builddir/tests/ptyrun"
corpus="$top_builddir/data/sample.db"
export XDG_DATA_HOME="$T/x"

# wait_file FILE SECONDS
wait_file() {
	i=0
	while [ ! -s "$1" ] && [ $i -lt $(($2 * 20)) ]; do sleep 0.05; i=$((i + 1)); done
	[ -s "$1" ]
}

for sig in TERM INT; do
	rm -f "$T/before" "$T/after" "$T/pid" "$T/status"
	# The shell records the modes, runs yidu (its pid in $T/pid) and records
	# them again, all on the same pty. "~" keys keep ptyrun waiting 300 ms.
	"$ptyrun" 80 24 "$T/pty" "~~~~~~~~~~~~~~~~~~~~" sh -c "
		stty -g >'$T/before'
		TERM=xterm sh -c 'echo \$\$ >\"$T/pid\"; exec \"\$0\" \"\$@\"' \"$YIDU\" --no-mouse '$corpus'
		echo \$? >'$T/status'
		stty -g >'$T/after'" >/dev/null 2>&1 &
	runner=$!
	wait_file "$T/pid" 10 || { fail "SIG$sig: yidu did not start"; wait $runner; continue; }
	pid=$(cat "$T/pid")
	# wait for curses to take the terminal: the pty leaves canonical mode
	tty=$(readlink "/proc/$pid/fd/0")
	i=0
	while [ $i -lt 100 ]; do
		during=$(stty -g -F "$tty" 2>/dev/null)
		[ -n "$during" ] && [ "$during" != "$(cat "$T/before")" ] && break
		sleep 0.05; i=$((i + 1))
	done
	[ "$during" != "$(cat "$T/before")" ] || fail "SIG$sig: the modes never changed (test proves nothing)"
	sleep 0.3
	kill -s "$sig" "$pid"
	wait $runner
	wait_file "$T/after" 5 || { fail "SIG$sig: the shell never got to the second stty -g"; continue; }
	[ "$(cat "$T/status")" = 0 ] || fail "SIG$sig: yidu exit status $(cat "$T/status"), not 0"
	if [ "$(cat "$T/before")" = "$(cat "$T/after")" ]; then
		echo "ok: SIG$sig: stty -g identical before and after ($(cat "$T/after" | cut -c1-40)...)"
	else
		fail "SIG$sig: terminal modes not restored: before $(cat "$T/before"), after $(cat "$T/after")"
	fi
	LC_ALL=C grep -q "$(printf '\033\\[?1049l')" "$T/pty" || fail "SIG$sig: the alternate screen was not left"
done

# Locales: LANG=C and one that does not exist (LC_ALL unset).
if locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$'; then
	for loc in C xx_YY.UTF-8; do
		"$ptyrun" 80 24 "$T/pty" "~~~q" env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES LANG=$loc \
			TERM=xterm "$YIDU" --no-mouse "$corpus" >/dev/null 2>&1
		st=$?
		[ $st = 0 ] || fail "LANG=$loc: status $st, not 0: $(tr -d '\033' <"$T/pty" | head -c 300)"
		LC_ALL=C grep -q "$(printf '\033\\[?1049h')" "$T/pty" || fail "LANG=$loc: the browser did not start"
		grep -q "北京" "$T/pty" || fail "LANG=$loc: no UTF-8 Chinese on the screen (no C.UTF-8 fallback)"
		grep -q "???" "$T/pty" && fail "LANG=$loc: characters drawn as question marks"
		echo "ok: LANG=$loc: C.UTF-8 used, the browser draws Chinese"
	done
else
	echo "no C.UTF-8 locale here: the fallback checks skipped"
fi
[ $FAILS = 0 ] || { echo "$FAILS check(s) failed"; exit 1; }
