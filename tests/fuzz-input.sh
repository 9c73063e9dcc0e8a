#!/bin/sh
# A short libFuzzer run of the HTML, CSV, WARC, encoding and site-template
# readers (make fuzz-input, or make fuzz, for a long one). Skips (77) when
# clang could not build the harness.
: "${top_srcdir:?}" "${top_builddir:?}"
fuzzer="$top_builddir/tests/fuzz/fuzz-input"
[ -x "$fuzzer" ] || { echo "fuzz-input: not built (no clang)"; exit 77; }
work=$(mktemp -d) || exit 99
trap 'rm -rf "$work"' EXIT
cp "$top_srcdir"/tests/fuzz/corpus-input/* "$work"/
mkdir "$work/new"
"$fuzzer" -max_total_time=10 -max_len=16384 -timeout=10 -error_exitcode=1 -timeout_exitcode=1 -rss_limit_mb=2048 \
	"$work/new" "$work" >"$work/log" 2>&1
rc=$?
tail -20 "$work/log"
exit $rc
