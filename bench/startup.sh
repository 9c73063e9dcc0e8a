#!/bin/sh
# bench-mid and bench-1m: on one corpus, the costs a reader pays before
# anything is shown, then search. Every wall figure is printed with the
# load average it was taken under (the machine is shared):
#   open-bench   opening (the checks included), trees and first list page;
#   --search     the whole `yidu --search` process, median of RUNS runs,
#                and its CPU time (user + system, from /usr/bin/time);
#   search-bench first-page times of the search queries (bench/search.c);
#   bench-tui    start-up and per-key frames of the browser (bench/tui.sh),
#                unless BENCH_NO_TUI is set.
# Usage: startup.sh CORPUS
set -eu
: "${top_builddir:?}" "${YIDU_DATA_DIR:?}"
export YIDU_DATA_DIR
db=$1
RUNS=${BENCH_RUNS:-11}
YIDU=$top_builddir/tui/yidu
load() { cut -d' ' -f1-3 /proc/loadavg; }
articles=$(sqlite3 "$db" "SELECT value FROM meta WHERE key = 'articles'" 2>/dev/null || echo '?')
echo "== $db: $articles articles, $(($(stat -c %s "$db") / 1048576)) MB"
echo "-- open-bench (load average $(load))"
"$top_builddir/bench/open-bench" "$db"
for q in 医保 异地就医 医 2025年; do
	f=$(mktemp)
	for i in $(seq "$RUNS"); do
		/usr/bin/time -f '%e %U %S' -a -o "$f" "$YIDU" --search "$q" "$db" >/dev/null
	done
	wall=$(awk '{ print $1 }' "$f" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] * 1000 }')
	cpu=$(awk '{ print $2 + $3 }' "$f" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] * 1000 }')
	printf -- '-- yidu --search %s: wall median %.0f ms, CPU median %.0f ms (%d runs, load average %s)\n' \
		"$q" "$wall" "$cpu" "$RUNS" "$(load)"
	rm -f "$f"
done
echo "-- search-bench (load average $(load))"
"$top_builddir/bench/search-bench" "$db" "$RUNS"
echo "   (load average after: $(load))"
if [ -z "${BENCH_NO_TUI:-}" ]; then
	echo "-- bench-tui (load average $(load))"
	BENCH_TUI_CORPORA=$db top_builddir=$top_builddir \
		$SHELL "$(dirname "$0")/tui.sh"
	echo "   (load average after: $(load))"
fi
