#!/bin/sh
# A short libFuzzer run of the text module (make fuzz-text for a long one).
# Skips (77) when clang could not build the harness.
: "${top_srcdir:?}" "${top_builddir:?}"
fuzzer="$top_builddir/tests/fuzz/fuzz-text"
[ -x "$fuzzer" ] || { echo "fuzz-text: not built (no clang)"; exit 77; }
work=$(mktemp -d) || exit 99
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
cp "$top_srcdir"/tests/fuzz/corpus-text/* "$work/corpus"/
# A finding must fail the test: libFuzzer's own error status, 77, is
# automake's "skipped".
"$fuzzer" -max_total_time="${FUZZ_SECONDS:-10}" -max_len=4096 -timeout=10 -error_exitcode=1 -timeout_exitcode=1 \
	-rss_limit_mb=2048 -artifact_prefix="$top_builddir/tests/fuzz/text-" \
	"$work/corpus" >"$work/log" 2>&1
rc=$?
tail -20 "$work/log"
exit $rc
