#!/bin/sh
# End to end: taking an article away. y copies the article's or the
# selected link's address through OSC 52 (only with --clipboard, never in
# a kiosk; tmux turns it into a paste buffer); s saves the article as
# --dump writes it, never over a file; --resume reopens where the last
# session left off.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
echo "set -g set-clipboard on" >> "$T/tmux.conf"
mkdir -p "$T/work"
cd "$T/work" || exit 1

buffer() { tmx show-buffer 2>/dev/null; }
no_buffers() { while tmx delete-buffer >/dev/null 2>&1; do :; done; }

start 132 43 --clipboard "$CORPUS"
wait_for "All regions" || { fail "no start screen"; finish; }
keys Down Enter
wait_for "2025-03-19 · 测试编辑部" || fail "no article"
keys y
wait_for "Copied: https://example.org/hezhou/yue" || fail "y did not say what it copied"
[ "$(buffer)" = "https://example.org/hezhou/yue" ] || fail "the clipboard does not hold the address: '$(buffer)'"
keys 4 Right y
wait_for "Copied: yidu:t-hezhou-duanjiao" || fail "y did not copy the selected link"
[ "$(buffer)" = "yidu:t-hezhou-duanjiao" ] || fail "the clipboard does not hold the link: '$(buffer)'"

# s: the article as --dump writes it (80 columns), twice: a second file.
keys s
wait_for "Saved as t-hezhou-yue.txt" || fail "s did not save"
keys s
wait_for "Saved as t-hezhou-yue-2.txt" || fail "a second s overwrote the first file"
"$YIDU" --dump t-hezhou-yue --width 80 "$CORPUS" > "$T/dump"
cmp -s "$T/dump" "$T/work/t-hezhou-yue.txt" && ok "the saved article equals --dump" ||
	fail "the saved article differs from --dump"
keys Q
exit_status >/dev/null

# Without --clipboard, y only says how to turn it on.
no_buffers
start 100 30 "$CORPUS"
wait_for "All regions" || fail "no start screen"
keys Down Enter y
wait_for "Copying is off" || fail "y without --clipboard did not say it is off"
[ -z "$(buffer)" ] || fail "y without --clipboard copied"
keys Q

# A kiosk never copies or saves, even with --clipboard.
printf 'kiosk = true\ncorpus = %s\nquit = 9 9 9\n' "$CORPUS" > "$T/kiosk.conf"
no_buffers
start 100 30 --clipboard --config "$T/kiosk.conf"
wait_for "All regions" || fail "kiosk: no start screen"
keys Down Enter y s
sleep 0.5
[ -z "$(buffer)" ] || fail "the kiosk copied"
[ -e "$T/work/t-hezhou-yue-3.txt" ] && fail "the kiosk saved a file"
keys 9 9 9
exit_status >/dev/null

# --resume: the long article, scrolled; quit; the next run is there.
start 132 43 --resume "$CORPUS"
wait_for "All regions" || fail "resume: no start screen"
keys Enter
wait_for "异地就医备案的完整步骤" || fail "resume: no article"
keys 4 PgDn PgDn
settle
before=$(screen | cut -c66- | sed -n 3,8p)
keys Q
[ "$(exit_status)" = 0 ] || fail "resume: Q did not quit"
start 132 43 --resume "$CORPUS"
wait_for "2025-06-01" || fail "--resume did not reopen the article"
settle
after=$(screen | cut -c66- | sed -n 3,8p)
[ "$before" = "$after" ] && ok "--resume reopened the article at its place" ||
	{ fail "--resume lost the place"; echo "before: $before"; echo "after: $after"; }
keys Q
exit_status >/dev/null
start 132 43 "$CORPUS"
wait_for "Choose an article from the list." || fail "without --resume the last article was reopened"
keys Q
finish
