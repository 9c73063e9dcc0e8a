#!/bin/sh
# yidu-import end to end: seed pages, bad inputs reported as file:line and
# skipped, --strict leaving the target intact, other encodings, --append,
# --tag and usage errors. Facts are checked with sqlite3 on the result.
: "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${YIDU_DATA_DIR:?}"
. "$top_srcdir/tests/lib.sh"
sql() { sqlite3 -batch -noheader "$1" "$2"; }
data=$top_srcdir/tests/data

# 1. The seed pages: one article each, plus their related entries as
#    excerpts, listed in order.
"$YIDU_IMPORT" -q -o "$d/seeds.db" "$data/seeds" 2>"$d/err"
check "seeds: exit status" $? 0
check "seeds: full articles" "$(sql "$d/seeds.db" "SELECT count(*) FROM article WHERE NOT excerpt")" 3
ex=$(sql "$d/seeds.db" "SELECT count(*) FROM article WHERE excerpt")
[ "$ex" -gt 0 ] && ok "seeds: related entries became excerpts ($ex)" || no "seeds: no excerpts"
check "seeds: every excerpt is listed by a page" \
	"$(sql "$d/seeds.db" "SELECT count(*) FROM article WHERE excerpt AND id NOT IN (SELECT related FROM related WHERE kind = 'listed')")" 0
check "seeds: excerpts have no body" "$(sql "$d/seeds.db" "SELECT count(*) FROM article WHERE excerpt AND body IS NOT NULL")" 0
check "seeds: meta articles" "$(sql "$d/seeds.db" "SELECT value FROM meta WHERE key = 'articles'")" \
	"$(sql "$d/seeds.db" "SELECT count(*) FROM article")"
check "seeds: application_id" "$(sql "$d/seeds.db" "PRAGMA application_id")" 1497973845
check "seeds: hash is 16 hex digits" \
	"$(sql "$d/seeds.db" "SELECT count(*) FROM article WHERE length(hash) != 16 OR hash GLOB '*[^0-9a-f]*'")" 0

# 2. Bad inputs: reported with file:line, skipped; the rest imported.
"$YIDU_IMPORT" -o "$d/mixed.db" "$data/import" 2>"$d/err"
check "bad inputs: exit status" $? 0
grep -q "mixed.jsonl:2: " "$d/err" && ok "invalid JSON reported at line 2" || no "no mixed.jsonl:2 in: $(cat "$d/err")"
grep -q "mixed.jsonl:3: " "$d/err" && ok "missing title reported at line 3" || no "no mixed.jsonl:3"
grep -q "unclosed.md:[0-9]*: " "$d/err" && ok "unclosed front matter reported with its line" || no "no unclosed.md:LINE"
grep -q "不存在的文章" "$d/err" && ok "unresolved related entry warned about" || no "no warning for unresolved related"
grep -q "bad inputs skipped 3" "$d/err" && ok "summary counts skipped inputs" || no "summary: $(cat "$d/err")"
check "bad inputs: good articles stored" "$(sql "$d/mixed.db" "SELECT count(*) FROM article")" 4
check "related given by slug resolved" \
	"$(sql "$d/mixed.db" "SELECT b.slug FROM related r JOIN article a ON a.id = r.article JOIN article b ON b.id = r.related WHERE a.slug = 'hezhou-zhanghu-yue' AND r.kind = 'listed'")" nanning-zhuyuan
check "given region stored" "$(sql "$d/mixed.db" "SELECT region FROM article_region JOIN article ON id = article WHERE slug = 'hezhou-zhanghu-yue'")" 451100

# 3. --strict: the first bad input is fatal and the target is untouched.
cp "$d/seeds.db" "$d/strict.db"
"$YIDU_IMPORT" -q --strict -o "$d/strict.db" "$data/import" 2>"$d/err"
check "--strict: exit status" $? 1
cmp -s "$d/seeds.db" "$d/strict.db" && ok "--strict: target byte-for-byte intact" || no "--strict changed the target"
check "--strict: no temporary file left" "$(ls -A "$d" | grep -c '\.tmp-')" 0

# 4. Encodings: GB18030 and UTF-16 with a BOM are converted; a binary
#    file is refused with a message.
mkdir "$d/enc"
printf -- '---\ntitle: 贵港医保报销编码测试\ndate: 2024-02-02\n---\n\n正文。\n' >"$d/u8.md"
iconv -f UTF-8 -t GB18030 "$d/u8.md" >"$d/enc/gb.md"
{ printf '\377\376'; printf -- '---\ntitle: 梧州医保十六位编码\n---\n\n正文。\n' | iconv -f UTF-8 -t UTF-16LE; } >"$d/enc/u16.md"
head -c 3000 /dev/urandom >"$d/enc/binary.txt"
printf '\000\000' >>"$d/enc/binary.txt"
"$YIDU_IMPORT" -o "$d/enc.db" "$d/enc" 2>"$d/err"
check "encodings: exit status" $? 0
check "GB18030 decoded" "$(sql "$d/enc.db" "SELECT count(*) FROM article WHERE title = '贵港医保报销编码测试'")" 1
check "UTF-16LE decoded" "$(sql "$d/enc.db" "SELECT count(*) FROM article WHERE title = '梧州医保十六位编码'")" 1
grep -q "binary.txt" "$d/err" && ok "binary file refused with a message" || no "binary file: $(cat "$d/err")"

# 5. --append adds to the corpus and keeps what was there.
before=$(sql "$d/seeds.db" "SELECT count(*) FROM article")
cp "$d/seeds.db" "$d/app.db"
"$YIDU_IMPORT" -q --append -o "$d/app.db" "$data/import/good2.md" 2>"$d/err"
check "--append: exit status" $? 0
check "--append: one more article" "$(sql "$d/app.db" "SELECT count(*) FROM article")" $((before + 1))
check "--append: old articles kept with their ids" \
	"$(sql "$d/app.db" "SELECT group_concat(id || title, '|') FROM (SELECT id, title FROM article WHERE id <= $before ORDER BY id)")" \
	"$(sql "$d/seeds.db" "SELECT group_concat(id || title, '|') FROM (SELECT id, title FROM article ORDER BY id)")"

# 6. A file that is not a corpus is never replaced.
echo "notes" >"$d/notes.txt"
"$YIDU_IMPORT" -q -o "$d/notes.txt" "$data/import/good2.md" 2>"$d/err"
check "refuses to replace a non-corpus file" $? 1
check "non-corpus file untouched" "$(cat "$d/notes.txt")" notes

# 7. --tag: region codes, a TAB, topic paths.
out=$(printf '贺州市职工医保个人账户余额怎么查\n今天天气很好\n' | "$YIDU_IMPORT" --tag)
check "--tag: exit status" $? 0
line1=$(echo "$out" | sed -n 1p) line2=$(echo "$out" | sed -n 2p)
case "$line1" in 451100*"	"*医保/个人账户*) ok "--tag finds 贺州 and a 个人账户 topic";; *) no "--tag line 1: $line1";; esac
check "--tag: nothing found gives a bare TAB" "$line2" "	"
# --explain: the words that decided, and the names refused and why; a TAB
# separates title and body.
out=$(printf '久治不愈的咳嗽，在保定住院\t胃疼\n' | "$YIDU_IMPORT" --tag --explain)
case "$out" in 130600"	"*) ok "--tag --explain: the result line first";; *) no "--explain: $out";; esac
echo "$out" | grep -q "^#	region	title	久治	no: part of the word 久治不愈" &&
	ok "--explain: 久治 refused inside 久治不愈" || no "--explain: $out"
echo "$out" | grep -q "^#	region	title	保定	130600 保定市" &&
	ok "--explain: 保定 kept" || no "--explain: $out"
echo "$out" | grep -q "^#	topic	title	咳嗽	就医/呼吸" &&
	ok "--explain: topic word" || no "--explain: $out"

# 8. Usage errors exit 2; --help and --version exit 0.
"$YIDU_IMPORT" "$data/import" 2>/dev/null; check "no -o: exit 2" $? 2
"$YIDU_IMPORT" -o "$d/x.db" 2>/dev/null; check "no inputs: exit 2" $? 2
"$YIDU_IMPORT" --format xml -o "$d/x.db" "$data/import" 2>/dev/null; check "bad --format: exit 2" $? 2
"$YIDU_IMPORT" --help | grep -q -- "--append"; check "--help documents --append" $? 0
"$YIDU_IMPORT" --version | grep -q "^yidu-import "; check "--version" $? 0
"$YIDU_IMPORT" -q -o "$d/x.db" "$d/does-not-exist" 2>/dev/null; check "missing input: exit 1" $? 1
[ ! -e "$d/x.db" ] && ok "missing input: nothing written" || no "x.db written"

[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
