#!/bin/sh
# Text pages of eleven layouts written for the tests (portal with a
# breadcrumb, 原创/阅读 lines, Q&A with a best answer, a government notice,
# title/summary/date related entries, a hospital menu one entry a line, a
# blog byline, a forum thread, a news-app dump with ranks, numbered related
# entries, a knowledge page without a date): --extract gives each page's
# title, date, first paragraph and related titles as NAME.expect says, and
# the whole output equals NAME.golden (JSON lines).
: "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${YIDU_DATA_DIR:?}"
. "$top_srcdir/tests/lib.sh"
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
tp=$top_srcdir/tests/data/textpages
# Regions and topics are the tagging subsystem's (tested there): the golden
# files hold the rest of each line.
untagged() {
	python3 -c 'import json, sys
for l in sys.stdin:
    o = json.loads(l); o.pop("regions", None); o.pop("topics", None)
    print(json.dumps(o, ensure_ascii=False, separators=(",", ":")))'
}
for f in "$tp"/*.txt; do
	k=$(basename "$f" .txt)
	"$YIDU_IMPORT" --extract --format page "$f" >"$d/$k.out" 2>"$d/$k.err"
	check "$k: exit status" $? 0
	r=$(python3 - "$tp/$k.expect" "$d/$k.out" <<'PY'
import json, re, sys
exp = json.load(open(sys.argv[1], encoding='utf-8'))
lines = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8') if l.strip()]
m = lines[0] if lines else {}
rel = [l['title'] for l in lines[1:] if l.get('excerpt')]
def first(b):
    for p in re.split(r'\n\s*\n', b or ''):
        if p.strip():
            return re.sub(r'\\(.)', r'\1', p.strip())
    return ''
bad = []
if m.get('title') != exp['title']: bad.append('title %r' % m.get('title'))
if (m.get('date') or None) != exp['date']: bad.append('date %r' % m.get('date'))
if first(m.get('body')) != exp['first_paragraph']: bad.append('first paragraph %r' % first(m.get('body'))[:30])
if rel != exp['related']: bad.append('related %r' % rel)
print('; '.join(bad) or 'ok')
PY
)
	check "$k: title, date, first paragraph, related" "$r" ok
	untagged <"$d/$k.out" >"$d/$k.untagged"
	if cmp -s "$d/$k.untagged" "$tp/$k.golden"; then
		ok "$k: --extract output as expected"
	else
		no "$k: --extract output differs: $(diff "$tp/$k.golden" "$d/$k.untagged" | head -4)"
	fi
done
# Pages of one site imported together: the lines they share are template.
mkdir "$d/site"
for i in 1 2 3; do
	{ echo "同城健康网 首页 资讯 问答 专题"; echo "本站内容仅供参考 转载请注明出处"
	  echo "第${i}篇文章的标题在这里"; echo "2024-0${i}-1${i} 来源：同城健康网"
	  echo "这是第${i}篇文章的第一段正文，说明一件和医保有关的事情，内容各不相同。"
	  echo "热门文章"; echo "· 全站热门的一篇文章"; echo "· 另一篇全站热门文章"; } >"$d/site/p$i.txt"
done
"$YIDU_IMPORT" --extract --format page "$d/site" >"$d/site.out" 2>/dev/null
check "site: pages" "$(grep -vc '"excerpt":true' "$d/site.out")" 3
check "site: the site-wide hot list is nobody's related list" "$(grep -c '"excerpt":true' "$d/site.out")" 0
"$YIDU_IMPORT" --extract --format page "$d/site/p1.txt" >"$d/one.out" 2>/dev/null
check "site: one page alone keeps its list" "$(grep -c '"excerpt":true' "$d/one.out")" 2
exit $((fails > 0))
