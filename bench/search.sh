#!/bin/sh
# bench-search: imports a synthetic corpus (bench/gen-corpus; BENCH_SEARCH_N
# articles, default 100,000; bench-1m runs 1,000,000) with the search index, reports import
# throughput, then first-page times and the index size (bench/search.c).
set -e
: "${top_builddir:?}" "${YIDU_DATA_DIR:?}"
n=${BENCH_SEARCH_N:-100000}
work=${BENCH_DIR:-$top_builddir/bench/work}
mkdir -p "$work"
json=$work/search-$n.jsonl db=$work/search-$n.db
[ -s "$json" ] || "$top_builddir/bench/gen-corpus" "$n" "$json"
if [ ! -s "$db" ] || [ -n "$BENCH_REIMPORT" ]; then
	rm -f "$db"
	start=$(date +%s.%N)
	"$top_builddir/import/yidu-import" --quiet -o "$db" "$json"
	imp=$(echo "$(date +%s.%N) - $start" | bc)
	printf '%s articles (%s MB of JSON) imported with indexing in %.1f s = %.0f articles/s, %.1f MB/s; corpus %s MB\n' \
		"$n" "$(($(stat -c %s "$json") / 1048576))" "$imp" \
		"$(echo "$n / $imp" | bc -l)" \
		"$(echo "$(stat -c %s "$json") / 1048576 / $imp" | bc -l)" \
		"$(($(stat -c %s "$db") / 1048576))"
fi
"$top_builddir/bench/search-bench" "$db"
