#!/bin/sh
# kill -9 in the middle of an import: the previous corpus stays
# byte-for-byte intact, and the next import cleans the stale temporary
# file up.
set -u
: "${YIDU_IMPORT:?}" "${top_srcdir:?}"
d=$(mktemp -d) || exit 99
trap 'rm -rf "$d"' EXIT
"$YIDU_IMPORT" -q -o "$d/c.db" "$top_srcdir/tests/data/seeds" || exit 1
cp "$d/c.db" "$d/before.db"
# a big input: 40,000 generated articles
awk 'BEGIN { for (i = 1; i <= 40000; i++) {
	printf "{\"title\": \"第%d篇合成文章：南宁住院报销\", \"date\": \"2024-%02d-%02d\", \"body\": \"", i, 1 + i % 12, 1 + i % 28
	for (j = 0; j < 40; j++) printf "医保报销比例与医院等级有关。"
	print "\"}" } }' >"$d/big.jsonl"
"$YIDU_IMPORT" -q -o "$d/c.db" "$d/big.jsonl" 2>/dev/null &
pid=$!
# wait until the temporary file exists and has grown
i=0
while [ $i -lt 100 ]; do
	t=$(ls -A "$d" | grep '\.tmp-' | head -1)
	[ -n "$t" ] && [ "$(stat -c %s "$d/$t")" -gt 200000 ] && break
	sleep 0.1; i=$((i + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
[ -n "$t" ] || { echo "FAIL: the import never started writing"; exit 1; }
if ! kill -0 $pid 2>/dev/null && cmp -s "$d/before.db" "$d/c.db"; then
	echo "ok: corpus byte-for-byte intact after kill -9"
else
	echo "FAIL: corpus changed by a killed import"; exit 1
fi
[ -e "$d/$t" ] && echo "ok: the stale temporary file is there ($t)"
# the next import removes the dead build's temporary file
"$YIDU_IMPORT" -q -o "$d/c.db" "$top_srcdir/tests/data/seeds" || exit 1
if [ -e "$d/$t" ]; then echo "FAIL: stale $t not cleaned"; exit 1; fi
echo "ok: stale temporary file cleaned by the next import"
