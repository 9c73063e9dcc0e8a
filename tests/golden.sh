#!/bin/sh
# Golden layout files: every tests/golden/NAME.md rendered at widths 10, 20,
# 40 and 80 must equal tests/golden/NAME.wWIDTH.txt; a few fixtures also
# with ambiguous-width characters drawn wide (.wide) and with SGR (.sgr).
# `golden.sh update` (make update-golden) rewrites the expectations; read
# the diff before committing them.
: "${top_srcdir:?}" "${top_builddir:?}"
export LC_ALL=C.UTF-8
prog="$top_builddir/tests/unit/render-golden"
dir="$top_srcdir/tests/golden"
mode=${1:-check}
[ -x "$prog" ] || { echo "golden: $prog not built" >&2; exit 99; }

tmp=$(mktemp) || exit 99
trap 'rm -f "$tmp"' EXIT
fail=0 count=0

one() { # FIXTURE WIDTH [VARIANT]
	name=$(basename "$1" .md)
	exp="$dir/$name.w$2${3:+.$3}.txt"
	"$prog" "$1" "$2" $3 >"$tmp" || { echo "FAIL: $name at $2 $3: exit $?"; fail=1; return; }
	count=$((count + 1))
	if [ "$mode" = update ]; then
		cp "$tmp" "$exp"
	elif ! cmp -s "$tmp" "$exp"; then
		echo "FAIL: $name at width $2 ${3:-}"
		diff -u "$exp" "$tmp" | head -40
		fail=1
	fi
}

for f in "$dir"/*.md; do
	for w in 10 20 40 80; do
		one "$f" $w
	done
done
one "$dir/mixed.md" 40 wide
one "$dir/table.md" 40 wide
one "$dir/mixed.md" 40 sgr
echo "golden: $count layouts compared"
exit $fail
