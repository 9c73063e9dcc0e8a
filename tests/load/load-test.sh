#!/bin/sh
# load-test.sh: many yidu sessions at once on one corpus (`make load-test`).
#
# Starts LOAD_SESSIONS (50) browsers in one private tmux server, at sizes
# from 20x6 to 160x50, every LOAD_KIOSK_EVERY-th (5th) one a kiosk, and
# drives them for at most LOAD_SECONDS (120) with random keys, search text
# (Chinese, pinyin, FTS syntax), raw bytes (invalid UTF-8 too) and resizes
# (tests/load/gen-keys.awk). Then it checks that every session is alive,
# reports each one's RSS and PSS, quits them all (status 0 expected), and
# checks the corpus checksum and the sanitizer logs (ASAN_OPTIONS and
# UBSAN_OPTIONS log_path, for an --enable-sanitizers build).
#
# Environment: YIDU, top_srcdir (required); LOAD_CORPUS (default
# $top_builddir/data/sample.db), LOAD_SESSIONS, LOAD_SECONDS, LOAD_TICK
# (seconds between rounds, 0.2), LOAD_SEED, LOAD_README (a file to write
# the summary into under "## Load test"; empty: do not write).
set -u
: "${YIDU:?}" "${top_srcdir:?}"
top_builddir=${top_builddir:-.}
command -v tmux >/dev/null 2>&1 || { echo "load-test: tmux is not installed"; exit 77; }

CORPUS=${LOAD_CORPUS:-$top_builddir/data/sample.db}
N=${LOAD_SESSIONS:-50}
SECONDS_MAX=${LOAD_SECONDS:-120}
TICK=${LOAD_TICK:-0.2}
KIOSK_EVERY=${LOAD_KIOSK_EVERY:-5}
SEED=${LOAD_SEED:-$(date +%s)}
README=${LOAD_README-}
[ -r "$CORPUS" ] || { echo "load-test: no corpus at $CORPUS"; exit 1; }
CORPUS=$(cd "$(dirname "$CORPUS")" && pwd)/$(basename "$CORPUS")

W=$(mktemp -d "${TMPDIR:-/tmp}/yidu-load.XXXXXX")
SOCK="yidu-load-$$"
FAILS=0
tmx() { tmux -L "$SOCK" -f "$W/tmux.conf" "$@"; }
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
cleanup() {
	tmx kill-server >/dev/null 2>&1
	# anything of ours still running after the server is gone
	for p in $(cat "$W/pids" 2>/dev/null); do
		kill -9 "$p" 2>/dev/null
	done
	[ -n "${LOAD_KEEP:-}" ] || rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

cat > "$W/tmux.conf" <<'CONF'
set -g remain-on-exit on
set -g status off
set -g history-limit 0
set -g default-terminal screen
CONF

mkdir -p "$W/rounds" "$W/san" "$W/err" "$W/xdg" "$W/pid" "$W/status"
sum_before=$(sha256sum < "$CORPUS")
asan=no
grep -q __asan_init "$YIDU" 2>/dev/null && asan=yes

cat > "$W/kiosk.conf" <<CONF
kiosk = true
corpus = $CORPUS
idle = 2s
quit = 9 9 9
CONF

# Session NN: size, TERM and options, so the layouts, colour modes and
# languages all get their share.
session_size() {
	set -- "$1" 20x6 24x8 40x12 60x20 80x24 100x30 120x40 132x43 160x50 90x28 \
		70x22 150x45 30x10 110x35 50x16
	_n=$(($1 % 15)); shift; shift $_n
	echo "$1"
}
session_term() {
	set -- "$1" screen xterm-256color tmux-256color vt100 screen-256color xterm linux
	_n=$(($1 % 7)); shift; shift $_n
	echo "$1"
}
session_opts() {
	set -- "$1" "" "--lang zh_CN" "--no-color" "--lang en --ambiguous-wide" "--no-mouse" "--lang zh_CN --no-color"
	_n=$(($1 % 6)); shift; shift $_n
	echo "$1"
}
# TERM=linux: ncurses loads libgpm, whose one allocation lsan.supp
# suppresses; the stack only reaches mousemask() with the slow unwinder.
slow_unwind() { [ "$(session_term $1)" = linux ] && echo ":fast_unwind_on_malloc=0"; }
is_kiosk() { [ "$KIOSK_EVERY" -gt 0 ] && [ $(($1 % KIOSK_EVERY)) -eq 0 ]; }

echo "load-test: $N sessions on $CORPUS ($(($(stat -c %s "$CORPUS") / 1024)) KB), seed $SEED, asan $asan"
s=1
while [ $s -le "$N" ]; do
	nn=$(printf %02d $s)
	wh=$(session_size $s)
	mkdir -p "$W/xdg/$nn"
	if is_kiosk $s; then
		args="--config $W/kiosk.conf"
	else
		args="$(session_opts $s) $CORPUS"
	fi
	# A shell per pane keeps yidu's exit status in $W/status/NN (tmux may
	# not reap a sanitizer build that exits slowly) and its pid in pid/NN.
	# (fd 3: an asynchronous command's standard input is /dev/null.)
	tmx new-session -d -s "s$nn" -x "${wh%x*}" -y "${wh#*x}" \
		"exec 3<&0; env LC_ALL=C.UTF-8 TERM=$(session_term $s) XDG_DATA_HOME='$W/xdg/$nn' \
		ASAN_OPTIONS='detect_leaks=1:log_path=$W/san/asan-$nn$(slow_unwind $s)' \
		UBSAN_OPTIONS='print_stacktrace=1:log_path=$W/san/ubsan-$nn' \
		LSAN_OPTIONS='suppressions=$top_srcdir/tests/load/lsan.supp' \
		$YIDU $args <&3 3<&- 2>'$W/err/$nn' & echo \$! > '$W/pid/$nn'; wait \$!; echo \$? > '$W/status/$nn'" ||
		fail "cannot start session $nn"
	s=$((s + 1))
done
sleep 2
cat "$W"/pid/* > "$W/pids" 2>/dev/null
tmx has-session 2>/dev/null || { echo "load-test: the tmux server is gone"; exit 1; }

rounds=$(awk -v s="$SECONDS_MAX" -v t="$TICK" 'BEGIN { print int(s / t) }')
awk -v seed="$SEED" -v rounds="$rounds" -v sessions="$N" -v kiosk_every="$KIOSK_EVERY" \
	-v dir="$W/rounds" -f "$top_srcdir/tests/load/gen-keys.awk" /dev/null ||
	{ echo "load-test: cannot generate the input"; exit 1; }

# The input phase: a round every TICK seconds, until the rounds or the time
# run out.
start=$(date +%s)
r=1
while [ $r -le "$rounds" ]; do
	f=$(printf '%s/rounds/r%05d' "$W" $r)
	tmx source-file "$f" 2>>"$W/tmux-errors" ||
		{ tmx has-session 2>/dev/null || { fail "the tmux server died"; break; }; }
	r=$((r + 1))
	[ $(($(date +%s) - start)) -ge "$SECONDS_MAX" ] && break
	sleep "$TICK"
done
ran=$((r - 1))
input_s=$(($(date +%s) - start))
echo "load-test: $ran rounds of input in $input_s s"
i=1
while [ $i -le $ran ]; do
	cat "$(printf '%s/rounds/r%05d' "$W" $i)"
	i=$((i + 1))
done | sed -n 's/.*#k \([0-9]*\) \([0-9]*\)$/\1 \2/p' |
	awk '{ k[$1] += $2 } END { for (s in k) print s, k[s] }' | sort > "$W/keys"

# Wait until the sessions have worked through their input: their CPU
# time almost stops growing (kiosks wake for their idle timer; at most 60 s).
cpu_total() {
	for p in $(cat "$W/pids"); do
		[ -r "/proc/$p/stat" ] && echo "/proc/$p/stat"
	done | xargs awk '{ t += $14 + $15 } END { print t + 0 }' 2>/dev/null
}
prev=-1 i=0
while [ $i -lt 60 ]; do
	cur=$(cpu_total)
	[ "$prev" -ge 0 ] && [ $((cur - prev)) -le $((2 + N / 10)) ] && break
	prev=$cur
	sleep 1
	i=$((i + 1))
done

# Alive, and the memory of each.
pane() { tmx display -p -t "s$1" "$2"; }
mapped_kb() {   # Shared_Clean and Rss of the corpus mapping in process $1
	awk -v f="$CORPUS" '
		/^[0-9a-f]+-[0-9a-f]+ / { inmap = ($NF == f) }
		inmap && /^Rss:/ { rss += $2 }
		inmap && /^Shared_Clean:/ { sc += $2 }
		END { print sc + 0, rss + 0 }' "/proc/$1/smaps" 2>/dev/null
}
printf '%-4s %-7s %-15s %-6s %6s %8s %8s %8s %8s %7s\n' session size term mode keys "RSS kB" "PSS kB" "ShClean" "Private" "corpus" > "$W/table"
s=1
while [ $s -le "$N" ]; do
	nn=$(printf %02d $s)
	pid=$(cat "$W/pid/$nn" 2>/dev/null)
	size=$(pane "$nn" '#{window_width}x#{window_height}')
	if [ -s "$W/status/$nn" ] || ! kill -0 "$pid" 2>/dev/null; then
		fail "session $nn died (status $(cat "$W/status/$nn"))"
		tmx capture-pane -p -t "s$nn" | tail -5
		cat "$W/err/$nn"
	else
		set -- $(awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } /^Shared_Clean:/ { sc = $2 }
			/^Private_(Clean|Dirty):/ { pv += $2 }
			END { print r + 0, p + 0, sc + 0, pv + 0 }' "/proc/$pid/smaps_rollup")
		rss=$1 pss=$2 shc=$3 priv=$4
		set -- $(mapped_kb "$pid")
		mode=browse
		is_kiosk $s && mode=kiosk
		printf '%-4s %-7s %-15s %-6s %6s %8s %8s %8s %8s %7s\n' "s$nn" "$size" "$(session_term $s)" "$mode" \
			"$(awk -v s="$nn" '$1 == s { print $2 }' "$W/keys")" "$rss" "$pss" "$shc" "$priv" "$1" >> "$W/table"
	fi
	s=$((s + 1))
done

# Quit: Escape closes a search line or an overlay; q quits from anywhere
# else (from the menu Esc may open, too). Kiosks take their sequence.
s=1
while [ $s -le "$N" ]; do
	nn=$(printf %02d $s)
	tries=0
	while [ ! -s "$W/status/$nn" ] && [ $tries -lt 5 ]; do
		tmx send-keys -t "s$nn" Escape
		sleep 0.2
		if is_kiosk $s; then
			tmx send-keys -t "s$nn" 9 9 9
		else
			tmx send-keys -t "s$nn" Q
		fi
		# (a sanitizer build takes a while to exit: it checks for leaks)
		j=0
		while [ ! -s "$W/status/$nn" ] && [ $j -lt 40 ]; do
			sleep 0.1
			j=$((j + 1))
		done
		tries=$((tries + 1))
	done
	if [ ! -s "$W/status/$nn" ]; then
		fail "session $nn did not quit"
		tmx capture-pane -p -t "s$nn" | head -8
	else
		st=$(cat "$W/status/$nn")
		[ "$st" = 0 ] || { fail "session $nn quit with status $st"; cat "$W/err/$nn"; }
	fi
	s=$((s + 1))
done
tmx kill-server >/dev/null 2>&1
for p in $(cat "$W/pids"); do
	i=0
	while kill -0 "$p" 2>/dev/null && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -0 "$p" 2>/dev/null && fail "process $p is still running"
done

# Sanitizer reports, state files, the corpus.
for f in "$W"/san/*; do
	# (a file that only lists the suppressions used is no report)
	grep -q 'ERROR\|runtime error' "$f" 2>/dev/null || continue
	fail "sanitizer report $(basename "$f")"
	head -30 "$f"
done
# UBSan in an ASan build may still write to standard error.
for f in "$W"/err/*; do
	grep -q 'runtime error\|Sanitizer' "$f" || continue
	fail "sanitizer report on the standard error of session $(basename "$f")"
	head -20 "$f"
done
[ "$(sha256sum < "$CORPUS")" = "$sum_before" ] || fail "the corpus changed"
[ -s "$W/tmux-errors" ] && { echo "tmux said:"; sort "$W/tmux-errors" | uniq -c | head; }

total=$(awk 'NR > 1 { k += $5; r += $6; p += $7; sc += $8; pv += $9; c += $10; n++ }
	END { printf "%d sessions, %d keys; RSS %d MB in all (%.1f MB each), PSS %d MB in all (%.1f MB each); Shared_Clean %d MB, private %d MB; corpus file mapped: %d kB in all", n, k, r / 1024, n ? r / 1024 / n : 0, p / 1024, n ? p / 1024 / n : 0, sc / 1024, pv / 1024, c }' "$W/table")
cat "$W/table"
echo "$total"
echo "input: $ran rounds in $input_s s; failures: $FAILS"

if [ -n "$README" ]; then
	tag=plain
	[ $asan = yes ] && tag=sanitizers
	tag="$tag, $(basename "$CORPUS")"
	{
		echo "<!-- load-test:$tag -->"
		echo "### Build: $tag ($(date -u +%Y-%m-%d), seed $SEED)"
		echo
		echo "Corpus $(basename "$CORPUS") ($(($(stat -c %s "$CORPUS") / 1024)) KB); $ran rounds of input in $input_s s; $FAILS failure(s)."
		echo "$total."
		echo
		echo '```'
		cat "$W/table"
		echo '```'
		echo "<!-- /load-test:$tag -->"
	} > "$W/section"
	touch "$README"
	# Replace this build's block; else put it before the first block, or
	# under the heading; else add the heading at the end.
	has=0 any=0
	grep -qx "<!-- load-test:$tag -->" "$README" && has=1
	grep -q "^<!-- load-test:" "$README" && any=1
	awk -v tag="$tag" -v sec="$W/section" -v has=$has -v any=$any '
		function put() { while ((getline l < sec) > 0) print l; close(sec); done = 1 }
		$0 == "<!-- load-test:" tag " -->" { skip = 1; put(); next }
		$0 == "<!-- /load-test:" tag " -->" { skip = 0; next }
		skip { next }
		!has && any && !done && /^<!-- load-test:/ { put(); print "" }
		{ print }
		$0 == "## Load test" && !has && !any { print ""; put() }
		END {
			if (!done) { print ""; print "## Load test"; print ""; put() }
		}' "$README" > "$W/readme.new" && cat "$W/readme.new" > "$README"
	echo "load-test: summary written to $README"
fi
[ $FAILS -eq 0 ]
