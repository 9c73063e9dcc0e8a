#!/bin/sh
# yidu-import on inputs of odd encodings and shapes: GB18030 and UTF-16
# (both byte orders, with a BOM) as Markdown and JSON lines are decoded
# (the stored titles checked); NUL bytes, empty files, lone surrogates and
# random bytes are refused with a message naming the file; 1 MB lines are
# stored whole, and a big file ($YIDU_BIG_MB, 10 MB here, 100 MB in `make
# check-slow`) imported with its body cut to 2 MB, a warning and a note. Nothing stored anywhere is invalid text: every TEXT column
# of every table is valid UTF-8 without NUL bytes.
set -u
: "${YIDU_IMPORT:?}" "${top_srcdir:?}"
command -v sqlite3 >/dev/null 2>&1 || { echo "SKIP: sqlite3 not installed"; exit 77; }
command -v iconv >/dev/null 2>&1 || { echo "SKIP: iconv not installed"; exit 77; }
T=$(mktemp -d "${TMPDIR:-/tmp}/yidu-inputs.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
FAILS=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
sql() { sqlite3 -batch -noheader "$1" "$2"; }
big=${YIDU_BIG_MB:-10}

# valid_text DB: every TEXT column of every ordinary table.
valid_text() {
	for t in $(sql "$1" "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'"); do
		for c in $(sql "$1" "SELECT name FROM pragma_table_info('$t') WHERE type LIKE 'TEXT%'"); do
			n=$(sql "$1" "SELECT count(*) FROM \"$t\" WHERE instr(CAST(\"$c\" AS BLOB), x'00') > 0")
			[ "$n" = 0 ] || fail "$1: $t.$c: $n values with NUL bytes"
			sql "$1" "SELECT \"$c\" FROM \"$t\"" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 ||
				fail "$1: $t.$c holds invalid UTF-8"
			cols=$((cols + 1))
		done
	done
}

# 1. Encodings: each title names its form.
mkdir "$T/enc"
md() { printf -- '---\ntitle: %s\ndate: 2025-01-02\n---\n\n%s的正文，医保报销。\n' "$1" "$1"; }
jl() { printf '{"title": "%s", "body": "%s的正文，医保报销。"}\n' "$1" "$1"; }
md "佛山GB18030文档" | iconv -f UTF-8 -t GB18030 >"$T/enc/gb.md"
jl "江门GB18030行" | iconv -f UTF-8 -t GB18030 >"$T/enc/gb.jsonl"
{ printf '\377\376'; md "肇庆UTF16LE文档" | iconv -f UTF-8 -t UTF-16LE; } >"$T/enc/le.md"
{ printf '\376\377'; md "茂名UTF16BE文档" | iconv -f UTF-8 -t UTF-16BE; } >"$T/enc/be.md"
{ printf '\377\376'; jl "湛江UTF16LE行" | iconv -f UTF-8 -t UTF-16LE; } >"$T/enc/le.jsonl"
{ printf '\376\377'; jl "阳江UTF16BE行" | iconv -f UTF-8 -t UTF-16BE; } >"$T/enc/be.jsonl"
{ printf '\357\273\277'; md "云浮UTF8带BOM"; } >"$T/enc/bom.md"
# UTF-8 with a few damaged bytes: kept, the damage replaced
# (one bad byte per twenty good characters at most, else it is refused)
{ md "汕尾UTF8损坏"; printf '坏字节\377在这里。\n'
  printf '汕尾市职工医保门诊报销比例与医院等级有关，三级医院比例低一些。\n'; } >"$T/enc/damaged.md"
"$YIDU_IMPORT" -o "$T/enc.db" "$T/enc" 2>"$T/enc.err" || fail "encodings: import failed: $(cat "$T/enc.err")"
for title in 佛山GB18030文档 江门GB18030行 肇庆UTF16LE文档 茂名UTF16BE文档 湛江UTF16LE行 阳江UTF16BE行 云浮UTF8带BOM 汕尾UTF8损坏; do
	[ "$(sql "$T/enc.db" "SELECT count(*) FROM article WHERE title = '$title' AND body LIKE '%医保报销%'")" = 1 ] ||
		fail "encodings: '$title' not stored decoded"
done
[ "$(sql "$T/enc.db" "SELECT count(*) FROM article WHERE body LIKE '%坏字节' || char(65533) || '%'")" = 1 ] ||
	fail "encodings: damaged bytes not replaced by U+FFFD"
echo "ok: GB18030, UTF-16LE/BE with BOM, UTF-8 with BOM and damaged UTF-8 decoded"

# 2. Refused, each with a message naming the file.
mkdir "$T/bad"
{ md "韶关空字节"; printf '正\000文\n'; } >"$T/bad/nul.md"
printf '{"title": "清远空字节", "body": "正\000文"}\n' >"$T/bad/nul.jsonl"
: >"$T/bad/empty.md"
: >"$T/bad/empty.txt"
{ printf '\377\376'; md "揭阳" | iconv -f UTF-8 -t UTF-16LE; printf '\000\330'; } >"$T/bad/lone-surrogate.md"
head -c 4096 /dev/urandom >"$T/bad/random.md"
: >"$T/bad/empty.jsonl"   # no lines: nothing to import, nothing to say
"$YIDU_IMPORT" --allow-empty -o "$T/bad.db" "$T/bad" 2>"$T/bad.err" || fail "bad inputs: import failed"
for f in nul.md nul.jsonl empty.md empty.txt lone-surrogate.md random.md; do
	grep -q "$T/bad/$f[:0-9]*: .*(skipped)" "$T/bad.err" || fail "bad inputs: no message for $f"
done
[ "$(sql "$T/bad.db" "SELECT count(*) FROM article")" = 0 ] || fail "bad inputs: something was stored"
echo "ok: NUL bytes, empty files, a lone surrogate and random bytes refused with messages"

# 3. 1 MB lines, in Markdown and in JSON lines.
mkdir "$T/long"
line=$(awk 'BEGIN { s = "医保报销比例与医院等级有关，"; while (length(s) < 1048576) s = s s; print substr(s, 1, 1048576 - 1048576 % 42) }')
{ md "潮州长行文档"; printf '%s\n' "$line"; } >"$T/long/long.md"
printf '{"title": "梅州长行", "body": "%s"}\n' "$line" >"$T/long/long.jsonl"
"$YIDU_IMPORT" -q -o "$T/long.db" "$T/long" 2>"$T/long.err" || fail "1 MB lines: import failed: $(cat "$T/long.err")"
n=$(sql "$T/long.db" "SELECT count(*) FROM article WHERE length(CAST(body AS BLOB)) >= 1000000")
[ "$n" = 2 ] || fail "1 MB lines: $n of 2 articles stored whole"
echo "ok: 1 MB lines stored whole"

# 4. A big file: one Markdown article of $big MB.
mkdir "$T/big"
para='阳江市职工医保住院报销比例与医院等级有关，三级医院比例低一些。'
bytes=$(printf '%s\n' "$para" | wc -c)
{ md "阳江大文件"; yes "$para" | head -n $((big * 1048576 / bytes)); } >"$T/big/big.md"
size=$(stat -c %s "$T/big/big.md")
start=$(date +%s)
"$YIDU_IMPORT" -o "$T/big.db" "$T/big" 2>"$T/big.err" || fail "$big MB: import failed: $(cat "$T/big.err")"
secs=$(($(date +%s) - start))
# Bodies over 2 MB are cut at import, with a warning and a note at the end.
stored=$(sql "$T/big.db" "SELECT length(CAST(body AS BLOB)) FROM article WHERE title = '阳江大文件'")
[ "${stored:-0}" -gt $((2097152 - 65536)) ] && [ "${stored:-0}" -le $((2097152 + 512)) ] ||
	fail "$big MB: body stored with ${stored:-0} bytes, not cut to 2 MB"
[ "$(sql "$T/big.db" "SELECT count(*) FROM article WHERE title = '阳江大文件' AND body LIKE '%导入时已截断%'")" = 1 ] ||
	fail "$big MB: no note in the cut article"
grep -q "big.md.*over 2 MB: cut" "$T/big.err" || fail "$big MB: no warning: $(cat "$T/big.err")"
rm -f "$T/big/big.md"
echo "ok: a $size-byte file imported in ${secs} s, its body cut to $stored bytes with a note"

# 5. Nothing invalid anywhere.
cols=0
for db in enc bad long big; do
	[ -f "$T/$db.db" ] && valid_text "$T/$db.db"
done
[ $cols -gt 10 ] || fail "only $cols text columns checked"
echo "ok: $cols text columns checked for invalid UTF-8 and NUL"
[ $FAILS = 0 ] || { echo "$FAILS check(s) failed"; exit 1; }
