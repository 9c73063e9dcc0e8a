#!/bin/sh
# End to end: kiosk mode. Ctrl-C, Ctrl-Z, Ctrl-\ and q do nothing; only
# the configured sequence quits; nothing is written; after the idle time
# (and on "new reader") everything the last reader did is gone; no other
# corpus can be opened.
. "$top_srcdir/tests/tui-lib.sh"
build_fixture
cat > "$T/kiosk.conf" <<CONF
# a test kiosk
kiosk = true
corpus = $CORPUS
idle = 2s
quit = 9 9 9
CONF

start 100 30 --config "$T/kiosk.conf"
wait_for "All regions" || { fail "no start screen"; finish; }
pid=$(yidu_pid)
keys 3 Enter
wait_for "异地就医备案的完整步骤" || fail "no article"
keys B
wait_for "Bookmarked." || fail "no bookmark in memory"
keys C-c C-z 'C-\' Q F10
sleep 0.5
kill -0 "$pid" 2>/dev/null || fail "a control key or q ended the kiosk"
[ -s "$T/status" ] && fail "the kiosk exited"
screen | grep -q "异地就医备案的完整步骤" || fail "the kiosk lost its screen"

# Idle: after 2 s the next reader finds the home screen and no bookmark.
wait_for "Choose an article from the list." 5 || fail "no wipe after the idle time"
screen | grep -q "^ All regions · All topics" || fail "the filter was not reset"
keys "'"
wait_for "No bookmarks yet." || fail "the bookmark survived the wipe"
keys "'"
# New reader on demand.
keys 3 Down Enter
wait_for "贺州市职工医保个人账户余额怎么查" || fail "no article"
keys C-n
wait_for "Choose an article from the list." 2 || fail "new reader did not wipe"
[ -e "$XDG_DATA_HOME/yidu" ] && fail "the kiosk wrote user state to disk"

# The configured sequence quits.
keys 9 9 9
[ "$(exit_status 2)" = 0 ] || fail "the quit sequence did not quit"

# Only the configured corpus, and no file written even on request.
"$YIDU" --config "$T/kiosk.conf" "$T/other.db" 2>"$T/err" && fail "another corpus was opened"
grep -q "only the configured corpus" "$T/err" || fail "no message for another corpus"
"$YIDU" --config "$T/kiosk.conf" --trace-frames "$T/trace" 2>"$T/err" && fail "--trace-frames accepted"
[ -e "$T/trace" ] && fail "the kiosk wrote a trace file"
# A kiosk setting cannot be switched off by a later file.
printf 'kiosk = false\n' > "$T/off.conf"
"$YIDU" --kiosk --config "$T/off.conf" "$T/other.db" 2>/dev/null && fail "kiosk = false undid --kiosk"
finish
