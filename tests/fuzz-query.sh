#!/bin/sh
# A short libFuzzer run of the query translator (make fuzz-query for a
# long one). Skips (77) when clang could not build the harness.
: "${top_srcdir:?}" "${top_builddir:?}"
fuzzer="$top_builddir/tests/fuzz/fuzz-query"
[ -x "$fuzzer" ] || { echo "fuzz-query: not built (no clang)"; exit 77; }
work=$(mktemp -d) || exit 99
trap 'rm -rf "$work"' EXIT
mkdir "$work/seed" "$work/new"
i=0
for q in '医保' '"异地 就医" -备案' 'yibao' 'yb' 'NEAR(a b)' '醫保 app*' '-' '"' '2025年'; do
	i=$((i + 1))
	printf '%s' "$q" > "$work/seed/$i"
done
# A finding must fail the test: libFuzzer's own error status, 77, is
# automake's "skipped".
"$fuzzer" -max_total_time=10 -max_len=4096 -timeout=10 -error_exitcode=1 -timeout_exitcode=1 -rss_limit_mb=2048 \
	"$work/new" "$work/seed" >"$work/log" 2>&1
rc=$?
tail -20 "$work/log"
exit $rc
