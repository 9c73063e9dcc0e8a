#!/bin/sh
# yidu-import on real-world inputs: HTML pages in GB2312, Big5 and UTF-8
# (--extract compared with golden output), a WARC written by wget from a
# local web server, CSV with quoted fields and bad rows, damaged bytes
# (warning, or fatal with --strict), and --extract output imported again.
: "${YIDU_IMPORT:?}" "${YIDU:?}" "${top_srcdir:?}" "${YIDU_DATA_DIR:?}"
. "$top_srcdir/tests/lib.sh"
sql() { sqlite3 -batch -noheader "$1" "$2"; }
html=$top_srcdir/tests/data/html
# Regions and topics are the tagging subsystem's (tested there): the golden
# files hold the rest of each line.
untagged() {
	python3 -c 'import json, sys
for l in sys.stdin:
    o = json.loads(l); o.pop("regions", None); o.pop("topics", None)
    print(json.dumps(o, ensure_ascii=False, separators=(",", ":")))'
}
field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.readline()).get(sys.argv[1]) or "")' "$1"; }

# 1. Pages in the encodings Chinese sites use; the GB2312 one declares it,
#    the Big5 one declares nothing.
mkdir "$d/site"
iconv -f UTF-8 -t GB2312 "$html/portal-notice.html" >"$d/site/portal-notice.html"
iconv -f UTF-8 -t BIG5 "$html/forum-big5.utf8.html" >"$d/site/forum-big5.html"
cp "$html/blog-en.html" "$d/site/blog-en.html"
for f in portal-notice forum-big5 blog-en; do
	"$YIDU_IMPORT" --extract "$d/site/$f.html" >"$d/$f.jsonl" 2>"$d/$f.err"
	check "$f: exit status" $? 0
	untagged <"$d/$f.jsonl" >"$d/$f.untagged"
	if cmp -s "$d/$f.untagged" "$html/$f.expected"; then
		ok "$f: --extract output as expected"
	else
		no "$f: --extract output differs: $(diff "$html/$f.expected" "$d/$f.untagged" | head -5)"
	fi
done
grep -q "read as GB18030" "$d/portal-notice.err" && ok "gb2312 declared: read as GB18030" || no "no GB18030 note"
grep -q "read as BIG5" "$d/forum-big5.err" && ok "undeclared Big5 detected" || no "Big5 not detected: $(cat "$d/forum-big5.err")"
check "GB page: title" "$(head -1 "$d/portal-notice.jsonl" | field title)" "城乡居民医保集中缴费期开始"
check "GB page: date from the byline" "$(head -1 "$d/portal-notice.jsonl" | field date)" "2025-09-01"
check "GB page: related entries as excerpts" "$(grep -c '"excerpt":true' "$d/portal-notice.jsonl")" 2
head -1 "$d/portal-notice.jsonl" | field body | grep -q "分享到\|热点排行\|版权所有\|当前位置" &&
	no "GB page: furniture in the body" || ok "GB page: no furniture in the body"
check "English page: date from the byline" "$(head -1 "$d/blog-en.jsonl" | field date)" "2024-06-12"
head -1 "$d/blog-en.jsonl" | field body | grep -q "Great post" &&
	no "English page: a comment in the body" || ok "English page: comments left out"

# 2. --extract output imports unchanged.
cat "$d/portal-notice.jsonl" "$d/blog-en.jsonl" "$d/forum-big5.jsonl" >"$d/all.jsonl"
"$YIDU_IMPORT" -q -o "$d/re.db" "$d/all.jsonl" 2>"$d/re.err"
check "re-import: exit status" $? 0
check "re-import: articles" "$(sql "$d/re.db" "SELECT count(*) FROM article WHERE NOT excerpt")" 3
check "re-import: excerpts" "$(sql "$d/re.db" "SELECT count(*) FROM article WHERE excerpt")" 2
[ -s "$d/re.err" ] && no "re-import: messages: $(cat "$d/re.err")" || ok "re-import: no warnings"

# 3. A WARC written by wget from a local server; the charset comes from the
#    HTTP header or the page.
if command -v wget >/dev/null && command -v python3 >/dev/null; then
	printf '<html><body><a href="portal-notice.html">a</a> <a href="forum-big5.html">b</a> <a href="blog-en.html">c</a></body></html>' >"$d/site/index.html"
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	(cd "$d/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
	srv=$!
	for i in 1 2 3 4 5 6 7 8 9 10; do
		wget -q -O /dev/null "http://127.0.0.1:$port/index.html" 2>/dev/null && break
		sleep 0.3
	done
	(cd "$d" && wget -q -r -l1 --warc-file=crawl -P dl "http://127.0.0.1:$port/index.html")
	kill "$srv" 2>/dev/null
	wait "$srv" 2>/dev/null
	"$YIDU_IMPORT" --extract "$d/crawl.warc.gz" >"$d/warc.jsonl" 2>"$d/warc.err"
	check "WARC: exit status" $? 0
	grep -q '"title":"城乡居民医保集中缴费期开始"' "$d/warc.jsonl" && ok "WARC: GB page read" || no "WARC: GB page missing: $(cat "$d/warc.err")"
	grep -q '"title":"門診看病要帶什麼證件"' "$d/warc.jsonl" && ok "WARC: Big5 page read" || no "WARC: Big5 page missing"
	grep -q "\"url\":\"http://127.0.0.1:$port/forum-big5.html\"" "$d/warc.jsonl" && ok "WARC: URL from WARC-Target-URI" || no "WARC: no target URI"
	"$YIDU_IMPORT" -q -o "$d/warc.db" "$d/crawl.warc.gz" 2>/dev/null
	check "WARC: imported pages" "$(sql "$d/warc.db" "SELECT count(*) FROM article WHERE NOT excerpt")" 3
	gzip -dc "$d/crawl.warc.gz" >"$d/crawl.warc"
	"$YIDU_IMPORT" --extract "$d/crawl.warc" | grep -c '"body"' >"$d/n"
	check "WARC: uncompressed too" "$(cat "$d/n")" 3
else
	echo "wget or python3 missing: WARC checks skipped"
fi

# 4. CSV: a header in Chinese, quoted fields with commas, quotes and
#    newlines, a question column, Markdown characters kept literally, a bad row.
printf '科室,问题标题,提问,回答,日期\n' >"$d/qa.csv"
printf '内科,"高血压*门诊*能报销吗","我爸有高血压，""慢病""\n门诊能报吗？","可以。\n1. 先办认定\n_2_ 再去定点医院",2024/3/5\n' >>"$d/qa.csv"
printf '外科,只有三列,坏行\n' >>"$d/qa.csv"
printf '儿科,发烧怎么办,孩子发烧,多喝水,2024-01-02\n' >>"$d/qa.csv"
iconv -f UTF-8 -t GB18030 "$d/qa.csv" >"$d/qa-gb.csv"
"$YIDU_IMPORT" --extract "$d/qa-gb.csv" >"$d/qa.jsonl" 2>"$d/qa.err"
check "CSV: exit status" $? 0
check "CSV: rows read" "$(wc -l <"$d/qa.jsonl")" 2
grep -q "qa-gb.csv:6: 3 fields" "$d/qa.err" && ok "CSV: bad row reported with its line" || no "CSV: $(cat "$d/qa.err")"
check "CSV: title" "$(head -1 "$d/qa.jsonl" | field title)" "高血压*门诊*能报销吗"
check "CSV: category" "$(head -1 "$d/qa.jsonl" | field category)" "内科"
check "CSV: date" "$(head -1 "$d/qa.jsonl" | field date)" "2024-03-05"
head -1 "$d/qa.jsonl" | field body | head -1 | grep -q '^> 我爸有高血压，"慢病"' && ok "CSV: question quoted above the answer" || no "CSV: no quote: $(head -1 "$d/qa.jsonl" | field body)"
"$YIDU_IMPORT" -q -o "$d/qa.db" "$d/qa-gb.csv" 2>/dev/null
"$YIDU" --dump "$(sql "$d/qa.db" "SELECT id FROM article WHERE title LIKE '高血压%'")" "$d/qa.db" >"$d/qa.dump" 2>&1
grep -q "_2_ 再去定点医院" "$d/qa.dump" && ok "CSV: plain text kept literally" || no "CSV: text changed: $(cat "$d/qa.dump")"
"$YIDU_IMPORT" --extract --columns body=提问,title=科室 "$d/qa.csv" 2>/dev/null | head -1 | field title >"$d/t"
check "CSV: --columns" "$(cat "$d/t")" "内科"
"$YIDU_IMPORT" --extract --columns body=nosuch "$d/qa.csv" >/dev/null 2>"$d/col.err"
grep -q "no column 'nosuch'" "$d/col.err" && ok "CSV: unknown --columns name reported" || no "CSV: $(cat "$d/col.err")"

# 5. Damaged bytes: the article stays, a warning names file and line;
#    --strict makes it fatal; binary data is still refused.
printf '医保个人账户\n\n个人账户的钱可以用于配偶看病。\n第三行有坏字节\377在这里。\n' >"$d/damaged.txt"
"$YIDU_IMPORT" -o "$d/dmg.db" "$d/damaged.txt" 2>"$d/dmg.err"
check "damaged: exit status" $? 0
grep -q "warning: $d/damaged.txt:4: 1 invalid byte" "$d/dmg.err" && ok "damaged: warning names file and line" || no "damaged: $(cat "$d/dmg.err")"
check "damaged: article kept" "$(sql "$d/dmg.db" "SELECT count(*) FROM article WHERE body LIKE '%坏字节�在这里%'")" 1
"$YIDU_IMPORT" --strict -o "$d/dmg2.db" "$d/damaged.txt" 2>/dev/null
check "damaged --strict: fatal" $? 1
head -c 3000 /dev/urandom >"$d/noise.html"
"$YIDU_IMPORT" --extract "$d/noise.html" >/dev/null 2>"$d/noise.err"
grep -q "not text" "$d/noise.err" && ok "binary data refused" || no "binary: $(cat "$d/noise.err")"

exit $((fails > 0))
