# Shared by the end-to-end tests: run the real yidu in a private tmux
# server at a fixed size, send keys, read the screen back.
# Sourced by tests/tui-*.sh; needs $YIDU, $YIDU_IMPORT, $top_srcdir.

set -u
command -v tmux >/dev/null 2>&1 || { echo "SKIP: tmux is not installed"; exit 77; }

T=$(mktemp -d "${TMPDIR:-/tmp}/yidu-tui.XXXXXX")
SOCK="yidu-test-$$"
export XDG_DATA_HOME="$T/data"
FAILS=0

tmx() { tmux -L "$SOCK" -f "$T/tmux.conf" "$@"; }

# end_panes: ends every yidu still running in a pane (SIGTERM, which it
# handles like a dropped SSH link) and waits for it, before its terminal is
# taken away. A terminal torn down under a sanitizer build's exit-time leak
# scan can leave that yidu spinning for ever (see tests/tui-signals.sh).
end_panes() {
	local p i=0 running
	for p in $(tmx list-panes -a -F '#{pane_pid}' 2>/dev/null); do
		pkill -TERM -P "$p" 2>/dev/null
	done
	while [ $i -lt 100 ]; do
		running=""
		for p in $(tmx list-panes -a -F '#{pane_pid}' 2>/dev/null); do
			pgrep -P "$p" >/dev/null && running=1
		done
		[ -z "$running" ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
}

cleanup() {
	end_panes
	tmx kill-server >/dev/null 2>&1
	rm -rf "$T"
}
trap cleanup EXIT

# exit-empty off: the server stays up between sessions, so a new session
# does not race the exit of a server whose last session just ended.
cat > "$T/tmux.conf" <<'CONF'
set -g remain-on-exit on
set -g default-terminal screen
set -g status off
set -g history-limit 0
set -s exit-empty off
CONF

# The fixture corpus: a few articles of our own, so screens are stable.
build_fixture() {
	"$YIDU_IMPORT" --quiet -o "$T/fixture.db" "$top_srcdir/tests/data/tui" >"$T/import.log" 2>&1 ||
		{ cat "$T/import.log"; echo "FAIL: cannot build the fixture corpus"; exit 1; }
	CORPUS="$T/fixture.db"
}

# run_in_pane COLS ROWS TERM [yidu arguments...]: starts yidu in a new
# session "yd" under a shell that writes its exit status to $T/status and
# its standard error to $T/stderr.
run_in_pane() {
	local cols=$1 rows=$2 term=$3
	shift 3
	end_panes
	tmx kill-session -t yd >/dev/null 2>&1
	rm -f "$T/status" "$T/stderr"
	tmx new-session -d -s yd -x "$cols" -y "$rows" \
		"env LC_ALL=C.UTF-8 TERM='$term' XDG_DATA_HOME='$XDG_DATA_HOME' $YIDU $* 2>'$T/stderr'; echo \$? > '$T/status'"
	COLS=$cols
	ROWS=$rows
}

# start COLS ROWS [yidu arguments...]
start() {
	local cols=$1 rows=$2
	shift 2
	run_in_pane "$cols" "$rows" screen "$@"
}

# yidu_pid: the pid of yidu itself (the wrapper shell's child).
yidu_pid() {
	local i=0
	while [ $i -lt 40 ]; do
		pgrep -P "$(pane_pid)" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# exit_status [SECONDS]: waits for yidu to end and prints its status.
exit_status() {
	local limit=${1:-5} i=0
	while [ ! -s "$T/status" ] && [ $i -lt $((limit * 20)) ]; do
		sleep 0.05
		i=$((i + 1))
	done
	cat "$T/status" 2>/dev/null
}

screen() { tmx capture-pane -p -t yd; }

keys() { tmx send-keys -t yd "$@"; }

pane_pid() { tmx display -p -t yd '#{pane_pid}'; }

pane_dead() { [ "$(tmx display -p -t yd '#{pane_dead}')" = 1 ]; }

# wait_for TEXT [SECONDS]: until TEXT is on the screen.
wait_for() {
	local text=$1 limit=${2:-10} i=0
	while [ $i -lt $((limit * 20)) ]; do
		screen | grep -qF -- "$text" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "--- screen while waiting for '$text':"
	screen
	return 1
}

# settle: waits until the screen stops changing (the frame is finished):
# the same for four looks in a row, 50 ms apart.
settle() {
	local prev="" cur i=0 same=0
	while [ $i -lt 200 ]; do
		cur=$(screen)
		if [ "$cur" = "$prev" ]; then
			same=$((same + 1))
			[ $same -ge 4 ] && return 0
		else
			same=0
		fi
		prev=$cur
		sleep 0.05
		i=$((i + 1))
	done
}

fail() {
	echo "FAIL: $*"
	FAILS=$((FAILS + 1))
}

ok() { echo "ok: $*"; }

# check_fits: every row of the screen is at most COLS columns wide, and no
# row shows a replacement character or a broken wide character.
check_fits() {
	screen > "$T/screen.txt"
	"$top_builddir/tests/screen-check" "$COLS" < "$T/screen.txt" ||
		{ cat "$T/screen.txt"; fail "a row does not fit $COLS columns ($1)"; }
}

# expect_screen NAME: the screen equals tests/screens/NAME (trailing blanks
# ignored). YIDU_UPDATE_SCREENS=1 writes the file instead.
expect_screen() {
	local want="$top_srcdir/tests/screens/$1"
	screen | sed 's/[[:space:]]*$//' > "$T/got"
	if [ "${YIDU_UPDATE_SCREENS:-}" = 1 ]; then
		cp "$T/got" "$want"
		echo "updated $want"
	elif ! diff -u "$want" "$T/got"; then
		fail "screen $1 differs"
	else
		ok "screen $1"
	fi
}

finish() {
	if [ "$FAILS" -ne 0 ]; then
		echo "$FAILS check(s) failed"
		exit 1
	fi
	exit 0
}
