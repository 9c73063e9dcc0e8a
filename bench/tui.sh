#!/bin/sh
# bench-tui: the browser's own frame times (--trace-frames) in tmux, on a
# synthetic corpus of BENCH_TUI_N articles (bench/gen-corpus, default
# 100,000; built once and kept under BENCH_DIR, default /tmp/yidu-bench-tui)
# and on the sample corpus, at 80x24 and 160x50:
#   start-up   process start to the first complete frame, median of
#              BENCH_TUI_RUNS runs (default 11);
#   keys       key read to finished frame for a scripted session of
#              navigation keys (trees, long list runs, articles, related,
#              history, resize): p50/p90/p99/max;
#   RSS        peak resident set (VmHWM) at the end of the session.
# Targets (issue 4): start <= 50 ms median, keys <= 5 ms p99, RSS <= 20 MB.
# Run through `make bench-tui`; BENCH_TUI_CORPORA="a.db b.db" measures
# given corpora instead, BENCH_TUI_SIZES="160x50" other sizes; each
# session's trace is kept as BENCH_DIR/trace-CORPUS-SIZE.
set -eu
: "${top_builddir:?}" "${YIDU_DATA_DIR:?}"
export YIDU_DATA_DIR
command -v tmux >/dev/null 2>&1 || { echo "bench-tui: tmux is not installed"; exit 1; }
N=${BENCH_TUI_N:-100000}
RUNS=${BENCH_TUI_RUNS:-11}
work=${BENCH_DIR:-/tmp/yidu-bench-tui}
YIDU=$top_builddir/tui/yidu
mkdir -p "$work"
out=$work/run.$$
mkdir -p "$out"
SOCK=yidu-bench-$$
tmx() { tmux -L "$SOCK" -f "$out/tmux.conf" "$@"; }
cleanup() {
	tmx kill-server >/dev/null 2>&1 || true
	rm -rf "$out"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
cat > "$out/tmux.conf" <<'CONF'
set -g default-terminal screen
set -g status off
set -g history-limit 0
set -s exit-empty off
CONF

# The synthetic corpus, built once: 100,000 articles are ~570 MB of JSON
# (deleted after the import) and a ~1 GB corpus.
gen_corpus() {
	db=$work/gen-$N.db
	if [ ! -s "$db" ]; then
		echo "bench-tui: generating and importing $N articles into $db ..." >&2
		"$top_builddir/bench/gen-corpus" "$N" "$work/gen-$N.jsonl"
		start=$(date +%s.%N)
		"$top_builddir/import/yidu-import" --quiet -o "$db" "$work/gen-$N.jsonl"
		printf 'bench-tui: imported in %.0f s\n' "$(echo "$(date +%s.%N) - $start" | bc)" >&2
		rm -f "$work/gen-$N.jsonl"
	fi
	echo "$db"
}

# launch CORPUS COLS ROWS TRACE: yidu in a fresh session "yd"; waits for
# its first frame.
launch() {
	tmx kill-session -t yd >/dev/null 2>&1 || true
	rm -f "$4"
	tmx new-session -d -s yd -x "$2" -y "$3" \
		"env LC_ALL=C.UTF-8 TERM=screen '$YIDU' --no-mouse --state '$out/state.db' --trace-frames '$4' '$1'"
	i=0
	until grep -q '^start' "$4" 2>/dev/null; do
		i=$((i + 1))
		[ $i -lt 3000 ] || { echo "bench-tui: no first frame from yidu" >&2; tmx capture-pane -p -t yd >&2; exit 1; }
		sleep 0.01
	done
}

quit_yidu() {
	tmx send-keys -t yd Q
	i=0
	while tmx has-session -t yd 2>/dev/null && [ $i -lt 200 ]; do
		sleep 0.01
		i=$((i + 1))
	done
	tmx kill-session -t yd >/dev/null 2>&1 || true
}

# key KEY [COUNT]: sends a key COUNT times, each after the previous one's
# frame is finished (so no frame is cut short by typeahead). A key that
# changes nothing writes no frame: give up on it after 0.3 s.
frames() { grep -c '^frame' "$trace" 2>/dev/null || true; }
key() {
	k=$1 n=${2:-1}
	while [ "$n" -gt 0 ]; do
		before=$(frames)
		tmx send-keys -t yd "$k"
		i=0
		while [ "$(frames)" = "$before" ] && [ $i -lt 60 ]; do
			sleep 0.005
			i=$((i + 1))
		done
		n=$((n - 1))
	done
}
resize() {
	before=$(frames)
	tmx resize-window -t yd -x "$1" -y "$2"
	i=0
	while [ "$(frames)" = "$before" ] && [ $i -lt 60 ]; do
		sleep 0.005
		i=$((i + 1))
	done
}
# Says where the browser is (its top line), to check the script's path.
where() { tmx capture-pane -p -t yd | head -1 | sed 's/^ *//'; }

# The scripted session. The trees list provinces by code, so Down x19
# from 全国 is 广东 when every province has articles.
session() {
	cols=$1 rows=$2
	key 1
	key Down 30; key Up 10; key End; key Home
	key Down 19; key Enter                       # 广东
	echo "    region: $(where)" >&2
	key Right; key Down; key Enter               # its first city
	key Right; key Down 2; key Enter             # a county: a small region
	echo "    region: $(where)" >&2
	key 2
	key Home; key Down; key Enter                # 医保
	key Down 3; key Enter                        # a small topic
	echo "    topic:  $(where)" >&2
	key 3
	key Down 20; key PgDn 10; key End; key PgUp 3; key Home
	key Enter                                    # open an article
	key Down 10; key PgDn 5; key End; key Home
	key 5; key Down 2; key Enter                 # a related article
	key Escape 3; key f 2                        # history
	key 1; key Home; key Down 19; key Enter      # back to 广东, all topics
	key 2; key Home; key Down; key Enter         # 广东 × 医保
	echo "    both:   $(where)" >&2
	key 3; key PgDn 40; key End; key Up 5; key Home
	key c                                        # everything
	key 3; key Down 20; key PgDn 60; key End; key PgUp 5; key Home
	key Enter; key PgDn 3; key Tab; key Tab
	key o; key o                                 # other orders
	key 3; key PgDn 20; key End; key Home
	resize $((cols + 20)) $((rows + 6)); resize "$cols" "$rows"
	resize 50 20; resize "$cols" "$rows"
}

# stats LABEL FILE: percentiles of column 2 (nearest rank).
stats() {
	sort -n "$2" | awk -v label="$1" '
		{ v[NR] = $1 }
		function pct(p,  r) { r = int(p * NR + 0.999999); if (r < 1) r = 1; return v[r] }
		END { printf "%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f", label, NR, pct(.5), pct(.9), pct(.99), v[NR] }'
}

load0=$(cut -d' ' -f1-3 /proc/loadavg)
corpora=${BENCH_TUI_CORPORA:-"$(gen_corpus) $top_builddir/data/sample.db"}
table=$out/table
: > "$table"
for corpus in $corpora; do
	name=$(basename "$corpus" .db)
	articles=$(sqlite3 -readonly "$corpus" 'SELECT count(*) FROM article' 2>/dev/null || echo '?')
	mb=$(($(stat -c %s "$corpus") / 1048576))
	for size in ${BENCH_TUI_SIZES:-80x24 160x50}; do
		cols=${size%x*} rows=${size#*x}
		echo "bench-tui: $name ($articles articles, $mb MB) at $size" >&2
		: > "$out/start"
		r=0
		while [ $r -lt "$RUNS" ]; do
			launch "$corpus" "$cols" "$rows" "$out/trace"
			awk '$1 == "start" { print $2 }' "$out/trace" >> "$out/start"
			quit_yidu
			r=$((r + 1))
		done
		start_med=$(sort -n "$out/start" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
		trace=$out/trace
		# A reader who has used yidu before: the state file exists (its
		# creation on the first article ever opened is a one-off).
		rm -f "$out"/state.db*
		launch "$corpus" "$cols" "$rows" "$trace"
		key 3; key Enter
		quit_yidu
		launch "$corpus" "$cols" "$rows" "$trace"
		pid=$(pgrep -n -P "$(tmx display -p -t yd '#{pane_pid}')" yidu || tmx display -p -t yd '#{pane_pid}')
		session "$cols" "$rows"
		rss=$(awk '/^VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
		quit_yidu
		# Key frames only: a frame drawn after idle work (the rest of a long
		# article laid out, "-") answers no key.
		awk '$1 == "frame" && $3 != "-" { print $2, $3 }' "$trace" > "$out/frames"
		cp "$trace" "$work/trace-$name-$size"
		printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$articles" "$size" "$start_med" \
			"$(stats keys "$out/frames" | cut -f2-)" "$rss" >> "$table"
		# The slowest actions, to see where the time goes: the means of
		# the key's action, drawing and refresh (see tui/loop.c).
		awk '$1 == "frame" { a = $3; n[a]++; if ($2 > m[a]) m[a] = $2; s[a] += $2
		       k[a] += $5; d[a] += $7; r[a] += $9 }
		     END { for (a in n) printf "%s %d %.2f %.2f %.2f %.2f %.2f\n", a, n[a], s[a] / n[a], m[a],
		           k[a] / n[a], d[a] / n[a], r[a] / n[a] }' "$trace" |
			sort -k4 -rn | head -6 |
			awk '{ printf "      %-12s n=%-4d mean %6.2f ms  max %6.2f ms  (key %.2f draw %.2f refresh %.2f)\n",
			       $1, $2, $3, $4, $5, $6, $7 }' >&2
	done
done

echo
printf '%-14s %9s %7s %9s %6s %7s %7s %7s %7s %8s\n' corpus articles size 'start ms' keys \
	'p50 ms' 'p90 ms' 'p99 ms' 'max ms' 'RSS MB'
awk -F '\t' '{ printf "%-14s %9s %7s %9.1f %6s %7s %7s %7s %7s %8s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 }' "$table"
echo "targets: start <= 50 ms (median of $RUNS), keys <= 5 ms at p99, RSS <= 20 MB"
echo "load average at the start: $load0; at the end: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
