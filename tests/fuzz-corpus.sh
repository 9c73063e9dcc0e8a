#!/bin/sh
# A short libFuzzer run of the corpus-tampering harness (make fuzz runs it
# for FUZZ_SECONDS). Skips (77) when clang could not build it.
: "${top_srcdir:?}" "${top_builddir:?}"
fuzzer="$top_builddir/tests/fuzz/fuzz-corpus"
[ -x "$fuzzer" ] || { echo "fuzz-corpus: not built (no clang)"; exit 77; }
work=$(mktemp -d) || exit 99
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
cp "$top_srcdir"/tests/fuzz/seeds-corpus/* "$work/corpus"/
# A finding must fail the test: libFuzzer's own error status, 77, is
# automake's "skipped".
"$fuzzer" -max_total_time="${FUZZ_SECONDS:-10}" -max_len=4096 -timeout=20 -error_exitcode=1 \
	-timeout_exitcode=1 -rss_limit_mb=2048 -artifact_prefix="$top_builddir/tests/fuzz/corpus-" \
	"$work/corpus" >"$work/log" 2>&1
rc=$?
tail -5 "$work/log"
exit $rc
