#!/bin/sh
# bench/corpus.sh N DIR: prints the path of a synthetic corpus of N articles
# (bench/gen-corpus, then yidu-import with the search index), built once in
# DIR and reused by every later run; the JSON lines are deleted after the
# import unless BENCH_KEEP is set. Progress goes to standard error.
set -eu
: "${top_builddir:?}"
n=$1 dir=$2
mkdir -p "$dir"
db=$dir/gen-$n.db
if [ ! -s "$db" ]; then
	json=$dir/gen-$n.jsonl
	echo "bench: generating $n articles into $json ..." >&2
	[ -s "$json" ] || "$top_builddir/bench/gen-corpus" "$n" "$json"
	echo "bench: importing them into $db (load average $(cut -d' ' -f1-3 /proc/loadavg)) ..." >&2
	start=$(date +%s.%N)
	"$top_builddir/import/yidu-import" --quiet -o "$db" "$json"
	printf 'bench: imported in %.1f s (load average %s)\n' \
		"$(echo "$(date +%s.%N) - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
	[ -n "${BENCH_KEEP:-}" ] || rm -f "$json"
fi
echo "$db"
