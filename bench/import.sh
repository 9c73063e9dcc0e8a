#!/bin/sh
# bench-import: generates synthetic corpora (100,000 articles by default;
# BENCH_SIZES overrides), imports them with the search index, and loads the
# same JSON lines into a plain SQLite table side by side (bench/
# plain-load.sh); prints wall and CPU time, peak memory and the load
# average of each, then times the browser's first screen on the result.
# Run through `make bench-import`.
set -e
: "${top_builddir:?}" "${YIDU_DATA_DIR:?}"
work=${BENCH_DIR:-$top_builddir/bench/work}
here=$(dirname "$0")
mkdir -p "$work"
load() { cut -d' ' -f1-3 /proc/loadavg; }
for n in ${BENCH_SIZES:-100000}; do
	json=$work/gen-$n.jsonl db=$work/import-$n.db
	start=$(date +%s.%N)
	[ -s "$json" ] || "$top_builddir/bench/gen-corpus" "$n" "$json"
	gen=$(echo "$(date +%s.%N) - $start" | bc)
	rm -f "$db"
	before=$(load)
	/usr/bin/time -f '%e %U %S %M' -o "$work/time" \
		"$top_builddir/import/yidu-import" --quiet -o "$db" "$json"
	read -r wall user sys rss <"$work/time"
	printf '%s articles (%s MB of JSON, ready in %.1f s): imported in %.1f s wall = %.0f articles/s; CPU %.1f s (user %.1f + sys %.1f) = %.0f articles/s; peak %d MB; corpus %s MB; load average %s before, %s after\n' \
		"$n" "$(($(stat -c %s "$json") / 1048576))" "$gen" "$wall" \
		"$(echo "$n / $wall" | bc -l)" "$(echo "$user + $sys" | bc)" "$user" "$sys" \
		"$(echo "$n / ($user + $sys)" | bc -l)" "$((rss / 1024))" \
		"$(($(stat -c %s "$db") / 1048576))" "$before" "$(load)"
	$SHELL "$here/plain-load.sh" "$json" "$work/plain-$n.db"
	rm -f "$work/plain-$n.db" "$work/time"
	"$top_builddir/bench/open-bench" "$db"
	"$top_builddir/bench/open-bench" "$db" | tail -4   # warm cache
	[ -n "$BENCH_KEEP" ] || rm -f "$json" "$db"
done
