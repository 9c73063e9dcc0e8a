#!/bin/sh
# fuzz-run.sh TARGET SECONDS: runs tests/fuzz/fuzz-TARGET for SECONDS in
# all (restarting it after each crash, so one finding does not end the
# run), keeps the growing corpus in tests/fuzz/TARGET-corpus, writes
# crashing inputs to $top_srcdir/tests/fuzz/regress/TARGET/ and prints
# "TARGET: N execs, M findings". Status 1 if anything was found.
set -u
: "${top_srcdir:?}" "${top_builddir:?}"
t=$1 secs=$2
fuzzer="$top_builddir/tests/fuzz/fuzz-$t"
[ -x "$fuzzer" ] || { echo "$t: $fuzzer not built"; exit 1; }
work="$top_builddir/tests/fuzz/$t-corpus"
regress="$top_srcdir/tests/fuzz/regress/$t"
mkdir -p "$work" "$regress"
seeds=""
case $t in
text) seeds="$top_srcdir/tests/fuzz/corpus-text"; maxlen=4096 ;;
render) seeds="$top_srcdir/tests/golden"; maxlen=8192 ;;
parse) seeds="$top_srcdir/tests/fuzz/corpus-parse"; maxlen=65536 ;;
corpus) seeds="$top_srcdir/tests/fuzz/seeds-corpus"; maxlen=4096 ;;
query) maxlen=4096
	i=0
	for q in '医保' '"异地 就医" -备案' 'yibao' 'NEAR(a b)' '醫保 app*' '-' '"' '2025年'; do
		i=$((i + 1)); printf '%s' "$q" >"$work/seed-$i"
	done ;;
esac
log="$top_builddir/tests/fuzz/$t-run.log"
: >"$log"
execs=0 found=0
start=$(date +%s)
while :; do
	left=$((secs - ($(date +%s) - start)))
	[ $left -gt 0 ] || break
	before=$(ls "$regress" | wc -l)
	"$fuzzer" -max_total_time=$left -max_len=$maxlen -timeout=20 -error_exitcode=1 -timeout_exitcode=1 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$regress/" "$work" $seeds >>"$log" 2>&1
	rc=$?
	n=$(grep 'stat::number_of_executed_units' "$log" | tail -1 | awk '{ print $2 }')
	# after a crash no final stats: the last status line says how far it got
	[ $rc = 0 ] || n=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
	execs=$((execs + ${n:-0}))
	after=$(ls "$regress" | wc -l)
	found=$((found + after - before))
	[ $rc = 0 ] && break
	[ $after -gt $before ] || { echo "$t: the fuzzer failed (status $rc) without a finding; see $log"; break; }
	[ $found -lt 20 ] || break
	echo >>"$log" "=== restarted after a finding"
done
echo "$t: $execs execs, $found findings"
[ $found = 0 ]
