#!/bin/sh
# valgrind.sh UNIT-TEST...: `make check-valgrind`. Runs the unit test
# programs, then the command-line modes of yidu and yidu-import, under
# valgrind memcheck; any error or definite leak fails. With
# VALGRIND_TUI=1 it also runs one end-to-end tmux test with yidu under
# valgrind. A sanitizer build cannot run under valgrind: it is skipped.
set -u
: "${YIDU:?}" "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${top_builddir:?}"
command -v valgrind >/dev/null 2>&1 || { echo "check-valgrind: valgrind is not installed"; exit 77; }
if grep -q __asan_init "$YIDU" 2>/dev/null; then
	echo "check-valgrind: this is a sanitizer build; configure without --enable-sanitizers"
	exit 77
fi
export LC_ALL=C.UTF-8
unset YIDU_CORPUS
T=$(mktemp -d "${TMPDIR:-/tmp}/yidu-vg.XXXXXX")
trap 'rm -rf "$T"' EXIT
export XDG_DATA_HOME="$T/xdg"
VG="valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99"
runs=0 fails=0

# vg NAME COMMAND...: the command must not make valgrind complain (its exit
# status otherwise is not judged: some runs test a refusal).
vg() {
	name=$1
	shift
	runs=$((runs + 1))
	start=$(date +%s)
	$VG --log-file="$T/vg.log" "$@" >"$T/out" 2>"$T/err"
	st=$?
	if [ $st -eq 99 ] || [ -s "$T/vg.log" ]; then
		fails=$((fails + 1))
		echo "FAIL: $name (valgrind)"
		head -60 "$T/vg.log"
	else
		echo "ok: $name (status $st, $(($(date +%s) - start)) s)"
	fi
}

for t in "$@"; do
	vg "$t" "$top_builddir/$t"
done

CORPUS="$top_builddir/data/sample.db"
vg "yidu-import data/sample" "$YIDU_IMPORT" --quiet --data "$top_srcdir/data" -o "$T/s.db" "$top_srcdir/data/sample"
[ -s "$T/s.db" ] || { echo "FAIL: the import wrote no corpus"; cat "$T/err"; fails=$((fails + 1)); }
printf '%s\n' '{"title":"测试","body":"医保报销\u0000","url":"https://example.org/1"}' 'not json' > "$T/bad.jsonl"
vg "yidu-import a bad JSON line" "$YIDU_IMPORT" --quiet --data "$top_srcdir/data" -o "$T/j.db" "$T/bad.jsonl"
vg "yidu --tree regions" "$YIDU" --tree regions "$CORPUS"
vg "yidu --tree topics --region" "$YIDU" --tree topics --region 430000 "$CORPUS"
vg "yidu --list" "$YIDU" --list "$CORPUS"
vg "yidu --list --topic --limit" "$YIDU" --list --topic 医保 --limit 5 "$CORPUS"
id=$("$YIDU" --list --limit 1 "$CORPUS" | cut -f1)
slug=$("$YIDU" --show "$id" "$CORPUS" | sed -n 's/^slug: *//p' | head -1)
vg "yidu --show ID" "$YIDU" --show "$id" "$CORPUS"
[ -n "$slug" ] && vg "yidu --show SLUG" "$YIDU" --show "$slug" "$CORPUS"
vg "yidu --show (no such id)" "$YIDU" --show 999999999 "$CORPUS"
vg "yidu --dump" "$YIDU" --dump "$id" --width 40 "$CORPUS"
vg "yidu --dump --color" "$YIDU" --dump "$id" --color --width 100 "$CORPUS"
vg "yidu --dump-file" "$YIDU" --dump-file "$top_srcdir/README.md" --width 60
vg "yidu --search 医保" "$YIDU" --search 医保 "$CORPUS"
vg "yidu --search pinyin, phrase" "$YIDU" --search '"yibao" 异地 OR 报销' --limit 50 "$CORPUS"
vg "yidu --search NEAR(" "$YIDU" --search 'NEAR( * "' "$CORPUS"
vg "yidu (not a corpus)" "$YIDU" --list "$top_srcdir/README.md"
vg "yidu --help" "$YIDU" --help

if [ "${VALGRIND_TUI:-}" = 1 ]; then
	# The browser under valgrind in one end-to-end test: a wrapper as $YIDU.
	cat > "$T/yidu-vg" <<EOF
#!/bin/sh
exec $VG --log-file="$T/vg-tui.%p" "$YIDU" "\$@"
EOF
	chmod +x "$T/yidu-vg"
	runs=$((runs + 1))
	if YIDU="$T/yidu-vg" sh "$top_srcdir/tests/tui-browse.sh" > "$T/tui.log" 2>&1; then
		echo "ok: tests/tui-browse.sh with yidu under valgrind"
	else
		echo "note: tests/tui-browse.sh failed under valgrind (timing?):"
		tail -5 "$T/tui.log"
	fi
	for f in "$T"/vg-tui.*; do
		[ -s "$f" ] || continue
		fails=$((fails + 1))
		echo "FAIL: valgrind on the browser ($f)"
		head -60 "$f"
	done
fi

echo "check-valgrind: $runs runs, $fails with valgrind errors"
[ $fails -eq 0 ]
