#!/bin/sh
# yidu-import under a full disk (ENOSPC) and a failing one (EIO), injected
# by tests/faultinject.so into writes to the temporary file: the import
# fails with a message and status 1, the previous corpus is byte-for-byte
# intact, and the temporary file is gone. (kill -9: tests/import-kill.sh.)
set -u
: "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${top_builddir:?}"
shim="$top_builddir/tests/faultinject.so"
[ -f "$shim" ] || { echo "SKIP: $shim not built"; exit 77; }
d=$(mktemp -d "${TMPDIR:-/tmp}/yidu-fault.XXXXXX") || exit 99
trap 'rm -rf "$d"' EXIT
FAILS=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
# The shim is not built with the sanitisers; ASan wants to come first.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
export ASAN_OPTIONS

"$YIDU_IMPORT" -q -o "$d/c.db" "$top_srcdir/tests/data/seeds" || { echo "FAIL: first import"; exit 1; }
cp "$d/c.db" "$d/before.db"
# 2,000 generated articles: a corpus of a few MB, so faults can come early,
# in the middle or near the end of writing it.
awk 'BEGIN { for (i = 1; i <= 2000; i++) {
	printf "{\"title\": \"第%d篇合成文章：柳州住院报销\", \"date\": \"2024-%02d-%02d\", \"body\": \"", i, 1 + i % 12, 1 + i % 28
	for (j = 0; j < 20; j++) printf "柳州市医保报销比例与医院等级有关。"
	print "\"}" } }' >"$d/big.jsonl"
# The size of a good build of it, to place the faults.
"$YIDU_IMPORT" -q -o "$d/full.db" "$d/big.jsonl" || { echo "FAIL: import without faults"; exit 1; }
size=$(stat -c %s "$d/full.db")

for e in ENOSPC EIO; do
	case $e in
	ENOSPC) msg="disk is full" ;;
	EIO) msg="I/O error" ;;
	esac
	for after in 0 $((size / 2)) $((size - 4096)); do
		rm -f "$d/log" "$d/err"
		FAULT_LOG="$d/log" FAULT_ERRNO=$e FAULT_AFTER=$after LD_PRELOAD="$shim" \
			"$YIDU_IMPORT" -q -o "$d/c.db" "$d/big.jsonl" 2>"$d/err"
		st=$?
		what="$e after $after of $size bytes"
		[ -s "$d/log" ] || { fail "$what: the fault was never injected"; continue; }
		[ $st = 1 ] || fail "$what: status $st, not 1"
		grep -q "$msg" "$d/err" || fail "$what: no '$msg' message: $(cat "$d/err")"
		cmp -s "$d/before.db" "$d/c.db" || fail "$what: the previous corpus changed"
		left=$(ls -A "$d" | grep '\.tmp-')
		[ -z "$left" ] || fail "$what: temporary file left behind: $left"
		echo "ok: $what: $(head -1 "$d/err")"
	done
done

# The corpus still opens and lists what the first import put there.
"$YIDU" --list "$d/c.db" >"$d/list" 2>&1 || fail "the kept corpus no longer opens: $(cat "$d/list")"

[ $FAILS = 0 ] || { echo "$FAILS check(s) failed"; exit 1; }
