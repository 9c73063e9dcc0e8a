#!/bin/sh
# Every output mode against a tampered corpus: a copy of the sample edited
# with sqlite3 (the schema untouched, so yidu opens it) so that titles,
# fields, bodies, region and topic names and related titles carry OSC
# title and clipboard writes, CSI screen clears, raw C1 CSI, BEL, BS, CR,
# DEL and bidi overrides and isolates. --show, --list, --search, --tree,
# --dump (plain and --color), error messages quoting arguments, and
# yidu-import's messages quoting input names and text: no raw control
# byte, escape sequence (other than yidu's own SGR with --color) or bidi
# control may come out.
: "${YIDU:?}" "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${top_builddir:?}"
. "$top_srcdir/tests/lib.sh"
command -v python3 >/dev/null || { echo "python3 not installed: skipped"; exit 77; }
scan() { python3 "$top_srcdir/tests/raw-controls.py" "$@"; }

cp "$top_builddir/data/sample.db" "$d/c.db"
# The hostile text, as SQL: char() gives the control characters.
H="char(27)||']0;PWNED-TITLE'||char(7)||char(27)||'[2J'||char(27)||']52;c;UFdORUQ='||char(7)||char(155)||'31m'||char(8238)||char(8294)||char(7)||char(8)||char(13)||char(127)||char(27)||'P1|x'||char(27)||'\\'"
sqlite3 "$d/c.db" "
UPDATE article SET title = $H || title, summary = $H || coalesce(summary, ''),
  body = $H || body || $H, source = $H, url = 'http://x/' || $H, author = $H,
  category = $H, slug = slug || $H WHERE id IN (1, 2, 24, 77);
UPDATE region SET name = $H || name, short_name = $H || short_name WHERE code IN (430000, 430100, 0);
UPDATE topic SET name = $H || name WHERE id IN (2, 3);
" || { no "cannot tamper with the corpus"; exit 1; }
n=$(sqlite3 "$d/c.db" "SELECT count(*) FROM article WHERE instr(title, char(27)) > 0")
check "the tampered corpus holds escapes" "$n" 4

mode() {   # NAME yidu-arguments...: runs yidu, keeps stdout and stderr
	local name=$1
	shift
	"$YIDU" "$@" >"$d/$name.out" 2>"$d/$name.err"
	echo $? >"$d/$name.rc"
}
mode show1 --show 1 "$d/c.db"
mode show77 --show 77 "$d/c.db"
mode list --list "$d/c.db"
mode listr --list --region 430100 "$d/c.db"
mode search --search 长沙 "$d/c.db"
mode searchb --search 门诊 --limit 100 "$d/c.db"
mode treer --tree regions "$d/c.db"
mode treet --tree topics "$d/c.db"
mode dump --dump 1 --width 60 "$d/c.db"
mode dumpc --dump 1 --width 60 --color "$d/c.db"
mode badslug --show "$(printf 'nope\033]0;PWNED\007\302\233H\342\200\256')" "$d/c.db"
mode badregion --list --region "$(printf 'x\033[2J\342\201\246')" "$d/c.db"
mode badtopic --list --topic "$(printf 'x\033]52;c;QQ==\007')" "$d/c.db"
mode badtree --tree "$(printf 'r\033[2J')" "$d/c.db"
for m in show1 show77 list listr search searchb treer treet dump dumpc; do
	[ "$(cat "$d/$m.rc")" = 0 ] || no "$m: exit $(cat "$d/$m.rc"): $(head -c 300 "$d/$m.err")"
done
grep -q "^title: .*长沙门诊慢特病" "$d/show1.out" && ok "--show prints the text around the escapes" ||
	no "--show lost the text around the escapes"
grep -q "PWNED-TITLE" "$d/show1.out" && no "an OSC string's text was printed"
for m in badslug badregion badtopic badtree; do
	[ -s "$d/$m.err" ] || no "$m: no message"
done
for f in "$d"/*.out "$d"/*.err; do
	case $f in *dumpc.out) scan --sgr "$f" ;; *) scan "$f" ;; esac ||
		no "raw control in $(basename "$f")"
done
ok "every output mode scanned ($(ls "$d"/*.out | wc -l) outputs, $(ls "$d"/*.err | wc -l) error streams)"

# The browser on a pty: the trees (tampered region and topic names), the
# list and the tampered articles; it writes its own escapes, so what is
# looked for is what only the corpus could have put there.
"$top_builddir/tests/ptyrun" 100 30 "$d/pty" '~~3~\r~~ ~\e[B~\r~~2~\e[B~\r~~1~\e[B~\r~~q' \
	env LC_ALL=C.UTF-8 TERM=xterm XDG_DATA_HOME="$d/x" "$YIDU" --no-mouse "$d/c.db" >/dev/null 2>&1
[ -s "$d/pty" ] || no "the browser wrote nothing"
LC_ALL=C grep -q "$(printf '\033]')" "$d/pty" && no "browser: an OSC sequence reached the terminal"
LC_ALL=C grep -q "$(printf '\033P')" "$d/pty" && no "browser: a DCS sequence reached the terminal"
LC_ALL=C grep -q "$(printf '\302\233')" "$d/pty" && no "browser: a C1 CSI reached the terminal"
LC_ALL=C grep -q "$(printf '\342\200\256')" "$d/pty" && no "browser: RIGHT-TO-LEFT OVERRIDE reached the terminal"
LC_ALL=C grep -q "$(printf '\342\201\246')" "$d/pty" && no "browser: a bidi isolate reached the terminal"
LC_ALL=C grep -q "$(printf '\a')" "$d/pty" && no "browser: BEL reached the terminal"
LC_ALL=C grep -q "PWNED" "$d/pty" && no "browser: an escape string's payload is visible"
LC_ALL=C grep -q "贵阳有惠民保吗" "$d/pty" && ok "browser: the tampered corpus shown, nothing raw" ||
	no "browser: the tampered articles were not shown"

# yidu-import: messages quoting an input's name and its text.
mkdir "$d/in"
name=$(printf 'bad\033]0;PWNED\007\342\200\256name')
head -c 3000 /dev/urandom >"$d/in/$name.md"
printf -- '---\ntitle: 标题\033[2J甲\nrelated: [不存在\033]0;X\007的文章]\n---\n正文。\n' >"$d/in/ok.md"
printf '{"title": "\\u001b]0;PWNED\\u0007", "body": 1}\n{"no": "title\\u009b"}\n' >"$d/in/x.jsonl"
"$YIDU_IMPORT" -o "$d/i.db" "$d/in" >"$d/import.out" 2>"$d/import.err"
grep -q "bad" "$d/import.err" || no "the import did not report the bad file: $(cat "$d/import.err")"
scan "$d/import.out" "$d/import.err" && ok "yidu-import's messages carry no raw control" ||
	no "raw control in yidu-import's messages"
"$YIDU_IMPORT" -o "$d/$(printf 'out\033[2J.db')" "$d/nowhere$(printf '\033]0;P\007')" >"$d/import2.out" 2>"$d/import2.err"
scan "$d/import2.err" && ok "yidu-import's errors quoting arguments carry no raw control" ||
	no "raw control in yidu-import's argument errors"
[ $fails = 0 ] || { echo "$fails check(s) failed"; exit 1; }
