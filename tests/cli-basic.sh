#!/bin/sh
# yidu --tree, --list and --show against facts derived independently with
# sqlite3 from the same corpus (the sample corpus plus the seed pages).
: "${YIDU:?}" "${YIDU_IMPORT:?}" "${top_srcdir:?}"
. "$top_srcdir/tests/lib.sh"
db=$d/c.db
"$YIDU_IMPORT" -q -o "$db" "$top_srcdir/data/sample" "$top_srcdir/tests/data/seeds" \
	"$top_srcdir/tests/data/import/good.md" "$top_srcdir/tests/data/import/good2.md" 2>/dev/null \
	|| { echo "import failed"; exit 1; }
sql() { sqlite3 -batch -noheader "$db" "$1"; }
# articles in a region's subtree, counted from article_region and the
# region tree with recursive SQL (not from the builder's tables)
region_count() {
	sql "WITH RECURSIVE sub(code) AS (SELECT $1 UNION SELECT r.code FROM region r JOIN sub ON r.parent = sub.code)
	     SELECT count(DISTINCT article) FROM article_region WHERE region IN (SELECT code FROM sub)"
}
total=$(sql "SELECT count(*) FROM article")

# --tree regions: the root counts everything; every printed count equals
# the independent count; indentation grows by two spaces per level.
"$YIDU" --tree regions "$db" >"$d/tree" 2>"$d/err"
check "--tree regions: exit status" $? 0
check "--tree regions: root line" "$(head -1 "$d/tree")" "$(printf '0\t%s\t全国' "$total")"
bad=0 n=0
while IFS= read -r line; do
	code=$(echo "$line" | cut -f1)
	cnt=$(echo "$line" | cut -f2)
	[ "$code" = 0 ] && continue
	n=$((n + 1))
	[ "$(region_count "$code")" = "$cnt" ] || { bad=$((bad + 1)); echo "  mismatch: $line"; }
done <"$d/tree"
[ $n -gt 10 ] && [ $bad -eq 0 ] && ok "--tree regions: $n counts equal direct SQL counts" || no "--tree regions: $bad of $n counts differ"
check "--tree regions: no zero counts" "$(cut -f2 "$d/tree" | grep -c '^0$')" 0
check "--tree regions: three tab-separated fields" "$(awk -F '\t' 'NF != 3' "$d/tree" | wc -l)" 0
case "$(sed -n 2p "$d/tree" | cut -f3)" in "  "[!\ ]*) ok "province indented by two spaces";; *) no "line 2: $(sed -n 2p "$d/tree")";; esac
check "--tree regions: every region with articles printed" "$(($(wc -l <"$d/tree") - 1))" \
	"$(sql "WITH RECURSIVE anc(code) AS (SELECT region FROM article_region UNION SELECT r.parent FROM region r JOIN anc ON r.code = anc.code WHERE r.parent IS NOT NULL AND r.parent != 0) SELECT count(*) FROM anc")"

# --tree topics filtered by a region: the root equals the region's count.
gx=$(region_count 450000)
check "--tree topics --region 广西: root count" "$("$YIDU" --tree topics --region 广西壮族自治区 "$db" | head -1 | cut -f2,3)" "$(printf '%s\t全部主题' "$gx")"
leaf=$(sql "SELECT path FROM topic t WHERE id IN (SELECT topic FROM article_topic) ORDER BY (SELECT count(*) FROM article_topic WHERE topic = t.id) DESC LIMIT 1")
leafname=${leaf##*/}
leafcount=$(sql "WITH RECURSIVE sub(id) AS (SELECT id FROM topic WHERE path = '$leaf' UNION SELECT t.id FROM topic t JOIN sub ON t.parent = sub.id) SELECT count(DISTINCT article) FROM article_topic WHERE topic IN (SELECT id FROM sub)")
"$YIDU" --tree topics "$db" | grep -q "^$leaf	$leafcount	 *$leafname\$" && ok "--tree topics: $leaf ($leafcount)" || no "--tree topics: no line '$leaf	$leafcount	$leafname'"

# --list: everything, newest first, ids and titles as stored.
"$YIDU" --list "$db" >"$d/list"
check "--list: exit status" $? 0
check "--list: one line per article" "$(wc -l <"$d/list")" "$total"
cut -f2 "$d/list" | grep . >"$d/dates"
sort -r "$d/dates" | cmp -s - "$d/dates" && ok "--list: newest first" || no "--list: dates out of order"
check "--list: same ids as SQL newest-first order" "$(cut -f1 "$d/list" | head -50 | tr '\n' ' ')" \
	"$(sql "SELECT id FROM article ORDER BY coalesce(published, '') DESC, id DESC LIMIT 50" | tr '\n' ' ')"
check "--list --limit 7" "$("$YIDU" --list --limit 7 "$db" | wc -l)" 7
check "--list --region 451100" "$("$YIDU" --list --region 451100 "$db" | wc -l)" "$(region_count 451100)"
both=$(sql "WITH RECURSIVE sub(code) AS (SELECT 450000 UNION SELECT r.code FROM region r JOIN sub ON r.parent = sub.code),
	ts(id) AS (SELECT id FROM topic WHERE path = '医保' UNION SELECT t.id FROM topic t JOIN ts ON t.parent = ts.id)
	SELECT count(*) FROM article WHERE id IN (SELECT article FROM article_region WHERE region IN (SELECT code FROM sub))
	AND id IN (SELECT article FROM article_topic WHERE topic IN (SELECT id FROM ts))")
check "--list --region --topic" "$("$YIDU" --list --region 450000 --topic 医保 "$db" | wc -l)" "$both"

# --show: fields as stored, regions, topics, related.
id=$(sql "SELECT id FROM article WHERE slug = 'hezhou-zhanghu-yue'")
"$YIDU" --show "$id" "$db" >"$d/show"
check "--show: exit status" $? 0
check "--show: title" "$(grep '^title: ' "$d/show")" "title: 测试专用：贺州职工个人账户余额查询步骤"
check "--show: date" "$(grep '^date: ' "$d/show")" "date: 2025-03-19"
grep -q '^  451100 贺州市$' "$d/show" && ok "--show: region" || no "--show: region missing"
grep -q '^  医保/个人账户/余额查询$' "$d/show" && ok "--show: topic" || no "--show: topic missing"
rel=$(sql "SELECT related || '	listed	' || (SELECT title FROM article WHERE id = related) FROM related WHERE article = $id AND kind = 'listed' ORDER BY rank LIMIT 1")
grep -qF "  $rel" "$d/show" && ok "--show: listed related" || no "--show: related missing ($rel)"
check "--show: hash" "$(grep '^hash: ' "$d/show")" "hash: $(sql "SELECT hash FROM article WHERE id = $id")"
check "--show by slug" "$("$YIDU" --show hezhou-zhanghu-yue "$db" | head -1)" "id: $id"

# Unknown names and ids: a message and exit 1.
"$YIDU" --list --region 火星 "$db" 2>"$d/err"; check "unknown region: exit 1" $? 1
grep -q "unknown region" "$d/err" && ok "unknown region message" || no "message: $(cat "$d/err")"
# An ambiguous name lists its candidates; a name from the province down is
# accepted (朝阳区: in 北京 and 长春 among others).
"$YIDU" --list --region 朝阳区 "$db" >"$d/out" 2>"$d/err"; check "ambiguous region: exit 1" $? 1
grep -q "110105	北京市 › 朝阳区" "$d/err" && grep -q "220104	吉林省 › 长春市 › 朝阳区" "$d/err" &&
	ok "ambiguous region: candidates listed" || no "candidates: $(cat "$d/err")"
check "ambiguous region: nothing listed" "$(wc -c <"$d/out")" 0
check "--region 北京市朝阳区" "$("$YIDU" --list --region 北京市朝阳区 "$db" | wc -l)" "$(region_count 110105)"
"$YIDU" --list --topic 医保/不存在 "$db" 2>/dev/null; check "unknown topic: exit 1" $? 1
"$YIDU" --show 999999 "$db" 2>/dev/null; check "unknown id: exit 1" $? 1
"$YIDU" --tree nations "$db" 2>/dev/null; check "bad --tree: exit 2" $? 2

# A file that is not a corpus: refused, unchanged.
printf 'not a database at all, just text\n%.0s' $(seq 1 100) >"$d/fake.db"
sum=$(cksum <"$d/fake.db")
"$YIDU" --list "$d/fake.db" 2>"$d/err"; check "non-corpus: exit 1" $? 1
grep -q "not a database" "$d/err" && ok "non-corpus: message" || no "message: $(cat "$d/err")"
check "non-corpus: unchanged" "$(cksum <"$d/fake.db")" "$sum"

[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
