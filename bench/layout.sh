#!/bin/sh
# bench-layout: in-process layout time, then whole-process time and peak
# RSS of `yidu --dump-file` against `w3m -dump` on the same article.
: "${top_builddir:=.}" "${top_srcdir:=.}"
export LC_ALL=C.UTF-8 YIDU_DATA_DIR="${YIDU_DATA_DIR:-$top_srcdir/data}"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$top_builddir/bench/layout-bench" "$tmp" || exit 1

# Best of 20 runs of wall time; peak RSS from GNU time.
measure() { # LABEL COMMAND...
	label=$1; shift
	best=
	for i in $(seq 20); do
		s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
		ms=$(( (e - s) / 1000 ))
		[ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
	done
	rss=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1)
	printf '%-28s %8s.%03d ms %8s KB\n' "$label" $((best / 1000)) $((best % 1000)) "$rss"
}
printf '%-28s %15s %11s\n' program "wall (best/20)" "peak RSS"
if [ -x "$top_builddir/tui/yidu" ]; then
	measure "yidu --dump-file" "$top_builddir/tui/yidu" --dump-file "$tmp/article.md" --width 80
else
	echo "(tui/yidu not built: timing the same renderer through tests/unit/render-golden)"
	measure "render-golden (yidu lib)" "$top_builddir/tests/unit/render-golden" "$tmp/article.md" 80
fi
if command -v w3m >/dev/null && [ -x /usr/bin/time ]; then
	measure "w3m -dump" w3m -dump -cols 80 -T text/html "$tmp/article.html"
else
	echo "w3m or /usr/bin/time missing: no comparison (apt-get install w3m time)"
fi
