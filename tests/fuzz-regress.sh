#!/bin/sh
# Replays every input in tests/fuzz/regress/TARGET/ (crashes found by
# `make fuzz`, and pathological inputs kept on purpose) through TARGET's
# harness built without libFuzzer (tests/fuzz/regress-main.c), with the
# sanitisers when clang is available. Any abort, sanitiser report or an
# input taking over 20 s fails the test.
set -u
: "${top_srcdir:?}" "${top_builddir:?}"
FAILS=0
total=0
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"
for dir in "$top_srcdir"/tests/fuzz/regress/*/; do
	t=$(basename "$dir")
	prog="$top_builddir/tests/fuzz/regress-$t"
	[ -x "$prog" ] || { echo "FAIL: $prog not built"; FAILS=$((FAILS + 1)); continue; }
	n=$(find "$dir" -type f ! -name '.*' | wc -l)
	[ "$n" -gt 0 ] || continue
	log=$(mktemp) || exit 99
	if timeout 120 "$prog" "$dir" >"$log" 2>&1 && grep -q "^$n inputs replayed" "$log"; then
		echo "ok: $t: $n inputs"
	else
		echo "FAIL: $t: a regression input fails:"
		grep -v '^replay ' "$log" | tail -30
		grep '^replay ' "$log" | tail -1
		FAILS=$((FAILS + 1))
	fi
	rm -f "$log"
	total=$((total + n))
done
[ "$total" -gt 0 ] || { echo "FAIL: no regression inputs found"; exit 1; }
[ $FAILS = 0 ] || { echo "$FAILS target(s) failed"; exit 1; }
