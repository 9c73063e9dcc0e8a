#!/bin/sh
# Natural questions on the sample corpus: the answering article must be in
# the first five results for at least SEARCH_EVAL_FLOOR (default 90) % of
# tests/data/search/sample-questions.tsv.
: "${top_builddir:?}" "${top_srcdir:=.}"
db=$top_builddir/data/sample.db
[ -s "$db" ] || { echo "no sample corpus"; exit 99; }
floor=${SEARCH_EVAL_FLOOR:-90}
out=$("$top_builddir/tests/eval/search-eval" "$db" \
	"$top_srcdir/tests/data/search/sample-questions.tsv" -v) || {
	echo "FAIL: search-eval exited $?"; printf '%s\n' "$out"; exit 1; }
printf '%s\n' "$out" | grep -v '^[1-5]	'
at5=$(printf '%s\n' "$out" | sed -n 's/.*success@5 \([0-9.]*\).*/\1/p')
[ -n "$at5" ] || { echo "FAIL: no success@5 figure"; exit 1; }
awk -v a="$at5" -v f="$floor" 'BEGIN { exit !(a * 100 >= f) }' ||
	{ echo "FAIL: success@5 $at5 below $floor %"; exit 1; }
echo ok
