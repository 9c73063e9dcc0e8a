#!/bin/sh
# The README's commands, as written, from the build tree: no make install,
# no YIDU_DATA_DIR or YIDU_CORPUS (yidu and yidu-import find data/ beside
# their build). Each command is first looked up in README.md word for word,
# so a README that changes its examples fails here until this test follows.
: "${top_srcdir:?}" "${top_builddir:?}"
. "$top_srcdir/tests/lib.sh"
unset YIDU_DATA_DIR YIDU_CORPUS
readme=$top_srcdir/README.md
run() {   # run "COMMAND AS IN README": exit status 0, nothing on stderr
	grep -qF -- "$1" "$readme" || { no "README no longer shows: $1"; return; }
	(cd "$top_builddir" && eval "$1") >"$d/out" 2>"$d/err"
	rc=$?
	if [ $rc -eq 0 ] && [ ! -s "$d/err" ]; then ok "$1"; else no "$1: status $rc: $(head -3 "$d/err")"; fi
}
shows() {   # shows "COMMAND AS IN README": as run, and it prints something
	run "$1"
	[ -s "$d/out" ] || no "$1: prints nothing on the sample corpus"
}
shows "./tui/yidu --tree regions"
shows "./tui/yidu --list --region 451100 --topic 医保/缴费 --limit 20"
shows "./tui/yidu --show 42"
shows "./tui/yidu --dump 42 --width 60"
shows "./tui/yidu --search '异地就医 -备案' --region 220000"
shows "echo '2025四川甘孜医保住院才可以报销吗' | ./import/yidu-import --tag"
shows "echo '久治不愈的咳嗽，在保定住院' | ./import/yidu-import --tag --explain"
shows "./tui/yidu --qr 42"
shows "./tui/yidu --check data/sample.db"
# The import example with inputs of each kind it names, in a scratch
# folder holding the same relative names.
mkdir -p "$d/w/pages" "$d/w/import" "$d/w/tui"
printf '门诊慢特病怎么申请\n\n参保人可以向定点医院提出认定申请，认定后按规定报销。\n' >"$d/w/pages/a.txt"
printf -- '---\ntitle: 医保卡丢了怎么办\n---\n\n可以到经办窗口或手机上补办。\n' >"$d/w/articles.md"
printf '{"title": "异地就医怎么备案", "body": "在手机上就能办理。"}\n' >"$d/w/feed.jsonl"
ln -s "$top_builddir/import/yidu-import" "$d/w/import/yidu-import"
cmd="./import/yidu-import -o my.db pages/ articles.md feed.jsonl"
if grep -qF -- "$cmd" "$readme" && (cd "$d/w" && eval "$cmd") 2>"$d/err"; then
	check "README import: articles" "$(sqlite3 -batch -noheader "$d/w/my.db" 'SELECT count(*) FROM article')" 3
else
	no "$cmd: $(head -3 "$d/err")"
fi
# The examples that name a file of the reader's: the same names in the
# scratch folder.
ln -s "$top_builddir/tui/yidu" "$d/w/tui/yidu"
printf '# 标题\n\n门诊费用可以**报销**。\n' >"$d/w/notes.md"
printf '<!doctype html><html><head><meta charset="utf-8"><title>异地就医备案指南_某某网</title></head><body><article><h1>异地就医备案指南</h1><p>参保人员在外地住院前，可以通过手机办理异地就医备案，备案后直接结算。</p></article></body></html>\n' >"$d/w/page.html"
for cmd in "./tui/yidu --dump-file notes.md" "./import/yidu-import --extract page.html"; do
	if grep -qF -- "$cmd" "$readme" && (cd "$d/w" && eval "$cmd") >"$d/out" 2>"$d/err" && [ -s "$d/out" ]; then
		ok "$cmd"
	else
		no "$cmd: $(head -3 "$d/err")"
	fi
done
grep -q '异地就医备案指南' "$d/out" || no "--extract page.html: no title in $(head -c 200 "$d/out")"
exit $((fails > 0))
