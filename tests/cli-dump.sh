#!/bin/sh
# yidu --dump: the browser's header (one renderer): the source address,
# labels in the interface's language, and the links list naming the
# corpus articles the links lead to.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
"$YIDU" --lang en --dump t-hezhou-yue --width 70 "$CORPUS" > "$T/en" || fail "--dump failed"
grep -q "^Source: https://example.org/hezhou/yue" "$T/en" || fail "--dump: no source address"
grep -q "^Regions: 贺州市" "$T/en" || fail "--dump --lang en: regions label not in English"
grep -q "地区：\|主题：\|链接" "$T/en" && fail "--dump --lang en: Chinese labels in the English interface"
grep -q "^Links" "$T/en" || fail "--dump: no Links heading"
grep -q "\[1\] 贺州医保断缴会影响报销吗 (yidu:t-hezhou-duanjiao)" "$T/en" ||
	fail "--dump: the links list does not name the linked article"
"$YIDU" --lang zh_CN --dump t-hezhou-yue --width 70 "$CORPUS" > "$T/zh" || fail "--dump (zh_CN) failed"
grep -q "^地区：贺州市" "$T/zh" || fail "--dump --lang zh_CN: regions label not in Chinese"
grep -q "^链接" "$T/zh" || fail "--dump --lang zh_CN: links heading not in Chinese"
grep -q "Regions\|Links" "$T/zh" && fail "--dump --lang zh_CN: English labels"
# --tree is tab-separated like --list: key, count, indented name.
"$YIDU" --tree regions "$CORPUS" > "$T/tree"
[ "$(awk -F '\t' 'NF != 3' "$T/tree" | wc -l)" = 0 ] || fail "--tree: not three tab-separated fields"
grep -q "^451100	2	    贺州市$" "$T/tree" || fail "--tree: no line for 贺州市 (code, count, indented name)"
# --search '' is a usage error.
"$YIDU" --search '' "$CORPUS" 2>"$T/err"
[ $? = 2 ] || fail "--search '' did not exit 2"
grep -q "Try 'yidu --help'" "$T/err" || fail "--search '': no usage hint"
finish
