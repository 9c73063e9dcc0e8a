#!/bin/sh
# bench-import: generates synthetic corpora (100,000 articles
# by default; BENCH_SIZES overrides), imports them, and times the
# browser's first screen on the result. Run through `make bench-import`.
set -e
: "${top_builddir:?}" "${YIDU_DATA_DIR:?}"
work=${BENCH_DIR:-$top_builddir/bench/work}
mkdir -p "$work"
for n in ${BENCH_SIZES:-100000}; do
	json=$work/gen-$n.jsonl db=$work/gen-$n.db
	start=$(date +%s.%N)
	"$top_builddir/bench/gen-corpus" "$n" "$json"
	gen=$(echo "$(date +%s.%N) - $start" | bc)
	rm -f "$db"
	start=$(date +%s.%N)
	"$top_builddir/import/yidu-import" --quiet -o "$db" "$json"
	imp=$(echo "$(date +%s.%N) - $start" | bc)
	printf '%s articles: generated %s MB in %.1f s; imported in %.1f s = %.0f articles/s; corpus %s MB\n' \
		"$n" "$(($(stat -c %s "$json") / 1048576))" "$gen" "$imp" \
		"$(echo "$n / $imp" | bc -l)" "$(($(stat -c %s "$db") / 1048576))"
	"$top_builddir/bench/open-bench" "$db"
	"$top_builddir/bench/open-bench" "$db" | tail -4   # warm cache
	[ -n "$BENCH_KEEP" ] || rm -f "$json"
done
