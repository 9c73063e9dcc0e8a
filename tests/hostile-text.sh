#!/bin/sh
# Article text carrying terminal escape sequences (CSI, OSC 52 clipboard,
# OSC 8 hyperlinks, title setting, DCS), raw C1 controls, entities that
# cmark decodes into controls, CR, BS, bidi and zero-width characters:
# nothing of it may reach the terminal raw. Checked on the bytes yidu
# writes to a pty (browser) and to a pipe (--dump, --show), and on what
# the importer stored.
set -u
T=$(mktemp -d "${TMPDIR:-/tmp}/yidu-hostile.XXXXXX")
trap 'rm -rf "$T"' EXIT
FAILS=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }

mkdir "$T/in"
{
	printf -- '---\ntitle: 恶意\033]0;PWNED-TITLE\007标题\033[31m红字\nslug: hostile\ndate: 2025-01-01\n---\n\n'
	printf '回车\r覆盖，退格\bX，删除\177字。\n\n'
	printf '剪贴板\033]52;c;UFdORUQtQ0xJUA==\007注入。链接\033]8;;http://evil.example/\033\\点我\033]8;;\033\\结束。\n\n'
	printf 'C1 控制\302\23331m字符，DCS\033P1;2|PWNED-DCS\033\\。\n\n'
	printf '实体 &#27;[32m绿 &#155;33m黄 &#x202E;反向 &#7; &#8; 结束。\n\n'
	printf '双向\342\200\256esrever\342\200\254 和 \342\200\217RLM \342\201\246隔离\342\201\251 零宽\342\200\213空格。\n\n'
	printf '| 列 | 值 |\n|---|---|\n| \033[1m粗 | \033]0;T\007值 |\n'
} > "$T/in/hostile.md"

"$YIDU_IMPORT" --quiet -o "$T/c.db" "$T/in" || { echo "FAIL: import"; exit 1; }

# 1. Nothing hostile was stored.
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$T/c.db" "SELECT title || summary || coalesce(body,'') FROM article" > "$T/stored"
	LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$T/stored" && fail "control characters were stored"
	grep -q "$(printf '\302\233')" "$T/stored" && fail "a C1 control was stored"
fi

# check FILE WHAT: no escape-introduced string the program did not make.
check_bytes() {
	f=$1 what=$2
	LC_ALL=C grep -q "$(printf '\033]')" "$f" && fail "$what: an OSC sequence reached the terminal"
	LC_ALL=C grep -q "$(printf '\033P')" "$f" && fail "$what: a DCS sequence reached the terminal"
	LC_ALL=C grep -q "$(printf '\302\233')" "$f" && fail "$what: a C1 CSI reached the terminal"
	LC_ALL=C grep -q "$(printf '\342\200\256')" "$f" && fail "$what: RIGHT-TO-LEFT OVERRIDE reached the terminal"
	LC_ALL=C grep -q "$(printf '\342\201[\246-\251]')" "$f" && fail "$what: a bidi isolate reached the terminal"
	LC_ALL=C grep -q "$(printf '\342\200\217')" "$f" && fail "$what: RLM reached the terminal"
	LC_ALL=C grep -q "PWNED" "$f" && fail "$what: the payload of an escape string is visible"
	LC_ALL=C grep -q "UFdORUQtQ0xJUA" "$f" && fail "$what: the clipboard payload is visible"
}

# 2. --dump and --show write plain text: no ESC at all.
"$YIDU" "$T/c.db" --dump hostile --width 40 > "$T/dump" || fail "--dump failed"
"$YIDU" "$T/c.db" --show hostile > "$T/show" 2>&1 || "$YIDU" "$T/c.db" --show 1 > "$T/show" 2>&1 || fail "--show failed"
for f in dump show; do
	LC_ALL=C grep -q "$(printf '[\001-\010\013\014\016-\037\177]')" "$T/$f" && fail "--$f: a control character in the output"
	check_bytes "$T/$f" "--$f"
done
grep -q "剪贴板注入" "$T/dump" || fail "--dump lost the text around the escapes"

# 3. The browser, on a pty: open the article and scroll through it.
"$top_builddir/tests/ptyrun" 100 30 "$T/pty" '3~\r~~ ~ ~q' \
	env LC_ALL=C.UTF-8 TERM=xterm XDG_DATA_HOME="$T/x" "$YIDU" --no-mouse "$T/c.db" >/dev/null 2>&1
[ -s "$T/pty" ] || fail "the browser wrote nothing"
check_bytes "$T/pty" "browser"
LC_ALL=C grep -q "剪贴板" "$T/pty" || fail "the browser did not show the article"

if [ "$FAILS" -ne 0 ]; then
	echo "$FAILS check(s) failed"
	exit 1
fi
echo "ok: no hostile byte reached the terminal"
