#!/bin/sh
# yidu --search end to end on the sample corpus: id<TAB>title<TAB>snippet
# lines, matches marked 【】, --limit, --region, hostile queries.
: "${YIDU:?}" "${top_builddir:?}"
db=$top_builddir/data/sample.db
[ -s "$db" ] || { echo "no sample corpus"; exit 99; }
fail() { echo "FAIL: $*"; exit 1; }
out=$("$YIDU" --search 门诊统筹 --limit 5 "$db") || fail "--search exited $?"
n=$(printf '%s\n' "$out" | grep -c .)
[ "$n" -ge 1 ] && [ "$n" -le 5 ] || fail "--limit 5 gave $n lines"
printf '%s\n' "$out" | awk -F'\t' 'NF != 3 || $1 !~ /^[0-9]+$/ { exit 1 }' ||
	fail "lines are not id<TAB>title<TAB>snippet"
printf '%s\n' "$out" | grep -q '【门诊统筹】' || fail "matches not marked"
# each id is a real article whose text has the word
for id in $(printf '%s\n' "$out" | cut -f1); do
	"$YIDU" --show "$id" "$db" | grep -q 门诊统筹 || fail "article $id lacks the word"
done
# Traditional characters and pinyin
[ -n "$("$YIDU" --search 醫保 --limit 1 "$db")" ] || fail "醫保 found nothing"
"$YIDU" --search yibao --limit 50 "$db" | cut -f2 | grep -v 医保 | grep -q . &&
	fail "yibao found a title without 医保"
[ -n "$("$YIDU" --search yb --limit 1 "$db")" ] || fail "yb found nothing"
# the region filter: every result is in the region's list
"$YIDU" --list --region 广东省 "$db" | cut -f1 | sort > "$top_builddir/search-cli.list"
"$YIDU" --search 医保 --region 广东省 --limit 500 "$db" | cut -f1 | sort > "$top_builddir/search-cli.found"
[ -s "$top_builddir/search-cli.found" ] || fail "no results in 广东省"
[ -z "$(comm -13 "$top_builddir/search-cli.list" "$top_builddir/search-cli.found")" ] ||
	fail "--region let other regions through"
rm -f "$top_builddir/search-cli.list" "$top_builddir/search-cli.found"
# hostile queries: exit 0, maybe no output, never an error
for q in '"' '*' '(' ':' '^' 'NEAR' 'AND' 'OR' 'a OR (b' "$(printf '\377\376')" '-' '医保"'; do
	"$YIDU" --search "$q" "$db" > /dev/null 2>"$top_builddir/search-cli.err" ||
		fail "query '$q' exited $?"
	[ -s "$top_builddir/search-cli.err" ] && fail "query '$q' printed: $(cat "$top_builddir/search-cli.err")"
done
rm -f "$top_builddir/search-cli.err"
echo ok
