/* Key bindings, generated from the action table in actions.h. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keymap.h"

#define MAX_KEYS 6

typedef struct action_info {
	const char *name;
	int scope, menu;
	const char *help;
	const char *keys[MAX_KEYS];
} action_info;

#define YD_ACTION_INFO(id, name, scope, menu, fn, help, ...) \
	[ACT_##id] = { name, scope, menu, help, { __VA_ARGS__ } },
static const action_info actions[ACT_COUNT] = {
	YD_ACTIONS(YD_ACTION_INFO)
};
#undef YD_ACTION_INFO

/* Keys a name stands for; several where terminals differ (Enter is CR, LF
 * or the keypad's KEY_ENTER; Backspace is DEL, BS or KEY_BACKSPACE). */
static size_t key_codes(const char *name, int *out)
{
	static const struct { const char *name; int codes[3]; } named[] = {
		{ "Up", { KEYCODE_FN(KEY_UP) } },
		{ "Down", { KEYCODE_FN(KEY_DOWN) } },
		{ "Left", { KEYCODE_FN(KEY_LEFT) } },
		{ "Right", { KEYCODE_FN(KEY_RIGHT) } },
		/* The numeric keypad's corner keys, when it is in application mode. */
		{ "PgUp", { KEYCODE_FN(KEY_PPAGE), KEYCODE_FN(KEY_A3) } },
		{ "PgDn", { KEYCODE_FN(KEY_NPAGE), KEYCODE_FN(KEY_C3) } },
		{ "Home", { KEYCODE_FN(KEY_HOME), KEYCODE_FN(KEY_A1) } },
		{ "End", { KEYCODE_FN(KEY_END), KEYCODE_FN(KEY_C1) } },
		{ "Enter", { '\r', '\n', KEYCODE_FN(KEY_ENTER) } },
		{ "Esc", { 27 } },
		{ "Backspace", { 127, 8, KEYCODE_FN(KEY_BACKSPACE) } },
		{ "Tab", { '\t' } },
		{ "Shift-Tab", { KEYCODE_FN(KEY_BTAB) } },
		{ "Space", { ' ' } },
	};
	if (name[0] == 'F' && name[1] >= '1' && name[1] <= '9') {
		int n = atoi(name + 1);
		if (n >= 1 && n <= 12) {
			out[0] = KEYCODE_FN(KEY_F(n));
			return 1;
		}
	}
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		if (strcmp(named[i].name, name) == 0) {
			size_t n = 0;
			while (n < 3 && named[i].codes[n])
				out[n] = named[i].codes[n], n++;
			return n;
		}
	}
	/* "Ctrl-B", and the older "C-b" */
	const char *ctrl = strncmp(name, "Ctrl-", 5) == 0 ? name + 5
		: strncmp(name, "C-", 2) == 0 ? name + 2 : NULL;
	if (ctrl && ctrl[0] && !ctrl[1]) {
		out[0] = ctrl[0] & 0x1f;
		return 1;
	}
	if (name[0] && !name[1]) {
		out[0] = (unsigned char)name[0];
		return 1;
	}
	return 0;
}

int keymap_parse_key(const char *name, int *code)
{
	int codes[3];
	if (key_codes(name, codes) == 0)
		return -1;
	*code = codes[0];
	return 0;
}

/* Key → action, for ASCII and for function keys: small direct tables. */
static action ascii_map[128];
static action fn_map[KEY_MAX + 1];

void keymap_init(void)
{
	memset(ascii_map, 0, sizeof ascii_map);
	memset(fn_map, 0, sizeof fn_map);
	for (int a = 1; a < ACT_COUNT; a++) {
		for (int k = 0; k < MAX_KEYS && actions[a].keys[k]; k++) {
			int codes[3];
			size_t n = key_codes(actions[a].keys[k], codes);
			for (size_t i = 0; i < n; i++) {
				if (codes[i] >= 0 && codes[i] < 128)
					ascii_map[codes[i]] = (action)a;
				else if (codes[i] < 0 && -codes[i] <= KEY_MAX)
					fn_map[-codes[i]] = (action)a;
			}
		}
	}
}

action keymap_lookup(int key)
{
	if (key >= 0 && key < 128)
		return ascii_map[key];
	if (key < 0 && -key <= KEY_MAX)
		return fn_map[-key];
	return ACT_NONE;
}

const char *action_name(action a)
{
	return a > 0 && a < ACT_COUNT ? actions[a].name : "";
}

const char *action_help(action a)
{
	return a > 0 && a < ACT_COUNT ? _(actions[a].help) : "";
}

int action_scope(action a)
{
	return a > 0 && a < ACT_COUNT ? actions[a].scope : SC_APP;
}

int action_menu(action a)
{
	return a > 0 && a < ACT_COUNT ? actions[a].menu : M_NO;
}

/* A key name as the reader sees it: arrows as arrows, the rest in words
 * of the interface's language. */
static void key_display(const char *name, char *out, size_t n)
{
	static const struct { const char *name, *shown; } words[] = {
		{ "Up", "↑" }, { "Down", "↓" }, { "Left", "←" }, { "Right", "→" },
		{ "Space", N_("Space") }, { "Enter", N_("Enter") },
		{ "Backspace", N_("Backspace") }, { "Shift-Tab", N_("Shift-Tab") },
		{ "PgUp", N_("PgUp") }, { "PgDn", N_("PgDn") },
		{ "Home", N_("Home") }, { "End", N_("End") },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (strcmp(words[i].name, name) == 0) {
			snprintf(out, n, "%s", _(words[i].shown));
			return;
		}
	}
	if (strncmp(name, "Ctrl-", 5) == 0) {
		/* TRANSLATORS: %s is a key: Ctrl-B */
		snprintf(out, n, _("Ctrl-%s"), name + 5);
		return;
	}
	snprintf(out, n, "%s", name);
}

char *action_keys(action a, char *buf, size_t n, int max)
{
	size_t len = 0;
	buf[0] = '\0';
	if (a <= 0 || a >= ACT_COUNT)
		return buf;
	for (int k = 0; k < MAX_KEYS && actions[a].keys[k] && (max == 0 || k < max); k++) {
		char shown[64];
		key_display(actions[a].keys[k], shown, sizeof shown);
		int w = snprintf(buf + len, n - len, "%s%s", k ? ", " : "", shown);
		if (w < 0 || (size_t)w >= n - len)
			break;
		len += (size_t)w;
	}
	return buf;
}
