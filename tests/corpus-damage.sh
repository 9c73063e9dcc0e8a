#!/bin/sh
# Damaged trees and oversized text: a region or topic parent loop (a node
# its own parent, two nodes each other's, a chain running into a loop) is
# refused when the corpus is opened, naming a node on it, with no
# sanitizer report; a body over 2 MB is cut at import with a warning and a
# note in the article; --search's memory stays bounded on a corpus whose
# article body was blown up to 30 MB by hand.
: "${YIDU:?}" "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${top_builddir:?}"
. "$top_srcdir/tests/lib.sh"
sample=$top_builddir/data/sample.db

# 1. Parent loops.
loop() {   # NAME SQL WORDS: the corpus edited by SQL is refused naming WORDS
	cp "$sample" "$d/$1.db"
	sqlite3 "$d/$1.db" "$2" || { no "$1: cannot edit"; return; }
	for m in "--list" "--tree regions" "--tree topics" "--search 医保" "--show 1"; do
		# shellcheck disable=SC2086
		"$YIDU" $m "$d/$1.db" >"$d/out" 2>"$d/err"
		rc=$?
		if [ $rc != 1 ] || ! grep -q "parent loop at $3" "$d/err"; then
			no "$1 ($m): exit $rc: $(head -c 300 "$d/err")"
			return
		fi
		if grep -q "Sanitizer\|runtime error" "$d/err"; then
			no "$1 ($m): a sanitizer report"
			return
		fi
	done
	ok "$1 refused: $(cat "$d/err")"
}
loop topic-pair "UPDATE topic SET parent = (SELECT id FROM topic WHERE path = '医保/个人账户/家庭共济') WHERE path = '医保/个人账户'" "topic"
loop topic-self "UPDATE topic SET parent = id WHERE path = '医保'" 'topic 2 "医保"'
loop region-pair "UPDATE region SET parent = 451100 WHERE code = 450000" "region"
loop region-self "UPDATE region SET parent = code WHERE code = 110000" 'region 110000 "北京市"'
loop region-root "UPDATE region SET parent = 451100 WHERE code = 0" "region"
loop region-chain "UPDATE region SET parent = 110101 WHERE code = 110000" "region"
# A chain of 70 regions, each the parent of the next: no loop, but deeper
# than any real tree (64 links), refused as one.
loop region-deep "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 70) INSERT INTO region(code, parent, level, name, short_name) SELECT 900000 + i, CASE i WHEN 1 THEN 0 ELSE 900000 + i - 1 END, 3, 'deep' || i, 'deep' || i FROM c" 'region 900064 "deep64"'
cp "$sample" "$d/fine.db"
"$YIDU" --list --limit 1 "$d/fine.db" >/dev/null 2>&1 || no "an intact corpus refused"

# 2. A body over 2 MB is cut at import, with a warning and a note.
mkdir "$d/big"
{
	printf -- '---\ntitle: 江门超长正文\n---\n'
	yes '江门市职工医保门诊报销比例与医院等级有关，社区医院高一些。' | head -n 60000
} >"$d/big/big.md"
printf -- '---\ntitle: 江门短文\n---\n短正文。\n' >"$d/big/small.md"
size=$(stat -c %s "$d/big/big.md")
[ "$size" -gt 3000000 ] || no "the big input is only $size bytes"
"$YIDU_IMPORT" -o "$d/big.db" "$d/big" 2>"$d/err"
check "big body: exit status" $? 0
stored=$(sqlite3 "$d/big.db" "SELECT length(CAST(body AS BLOB)) FROM article WHERE title = '江门超长正文'")
[ "$stored" -le $((2097152 + 512)) ] && [ "$stored" -gt 2000000 ] &&
	ok "big body: $size bytes stored as $stored" || no "big body: stored $stored bytes"
check "big body: a note in the article" \
	"$(sqlite3 "$d/big.db" "SELECT count(*) FROM article WHERE title = '江门超长正文' AND body LIKE '%导入时已截断%' AND body LIKE '%bytes kept%'")" 1
check "big body: it ends at a whole line" \
	"$(sqlite3 "$d/big.db" "SELECT count(*) FROM article WHERE title = '江门超长正文' AND instr(body, '高一些。' || char(10) || char(10) || char(10) || '> （正文过长') > 0")" 1
grep -q "big.md.*over 2 MB: cut" "$d/err" && ok "big body: warned: $(grep 'over 2 MB' "$d/err")" ||
	no "big body: no warning: $(cat "$d/err")"
check "small body kept whole" "$(sqlite3 "$d/big.db" "SELECT body FROM article WHERE title = '江门短文'")" "短正文。"

# 3. --search on a corpus with a 30 MB body (hand-edited): peak memory
#    stays within 100 MB of the same search on the intact sample.
if [ -x /usr/bin/time ]; then
	cp "$sample" "$d/huge.db"
	sqlite3 "$d/huge.db" "UPDATE article SET body = body || replace(printf('%.*c', 2000000, 'x'), 'x', '长沙医保。') WHERE id = 1"
	/usr/bin/time -f %M -o "$d/rss0" "$YIDU" --search 长沙 "$sample" >/dev/null 2>&1
	/usr/bin/time -f %M -o "$d/rss1" "$YIDU" --search 长沙 "$d/huge.db" >"$d/out" 2>"$d/err"
	check "search on a 30 MB body: exit status" $? 0
	r0=$(tail -n 1 "$d/rss0") r1=$(tail -n 1 "$d/rss1")
	[ "$r1" -le $((r0 + 102400)) ] && ok "search on a 30 MB body: ${r1} KB peak (intact: ${r0} KB)" ||
		no "search on a 30 MB body: ${r1} KB peak, intact ${r0} KB"
	grep -q "^1	" "$d/out" || no "search on a 30 MB body: the article is not among the results"
fi
[ $fails = 0 ] || { echo "$fails check(s) failed"; exit 1; }
