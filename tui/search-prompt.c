/* The search prompt (/) and keypad search (F4, or # on a keypad). The
 * prompt opens empty; Up/Down walk the earlier searches (kept in the
 * state file, not in a kiosk); the list shows results while typing. */
#include <curses.h>
#include <string.h>

#include "commands.h"
#include "draw.h"
#include "i18n.h"
#include "keymap.h"
#include "search-prompt.h"
#include "term.h"

/* The prompt's own state (one browser per process): the earlier
 * searches (newest first; none in a kiosk, whose readers must not see
 * each other's), where Up/Down are among them, the text typed before the
 * first Up, and the results shown before the prompt opened (Esc returns
 * to them after live results). */
static struct {
	char **past;
	size_t npast;
	long at;                       /* -1: the text being typed */
	char draft[4 * INPUT_MAX + 1];
	bool was_searching;
	char was_query[QUERY_MAX];
	bool live_due;                 /* the text changed: search when idle */
	double changed_at;
	char shown[4 * INPUT_MAX + 1]; /* what the list shows live */
} pr;

/* Live results: once the text has LIVE_MIN characters and rests for
 * LIVE_MS, the list shows its results while the prompt stays open. */
#define LIVE_MIN 2
#define LIVE_MS 150

void cmd_search(app *a)
{
	yd_error err = { 0 };
	a->editing = true;
	input_set(&a->input, "");
	curs_set(1);
	yd_state_searches_free(pr.past, pr.npast);
	pr.past = NULL;
	pr.npast = 0;
	if (!a->opt.kiosk && yd_state_searches(a->state, &pr.past, &pr.npast, &err) != 0)
		app_message(a, true, "%s", err.msg);
	pr.at = -1;
	pr.draft[0] = '\0';
	pr.was_searching = a->searching;
	snprintf(pr.was_query, sizeof pr.was_query, "%s", a->query);
	pr.live_due = false;
	pr.shown[0] = '\0';
}

/* Up (older) and Down (newer) through the earlier searches; below the
 * newest is the text that was being typed. */
static void walk_history(app *a, int dir)
{
	long to = pr.at + dir;
	if (to < -1 || to >= (long)pr.npast)
		return;
	if (pr.at == -1)
		input_text(&a->input, pr.draft);
	pr.at = to;
	input_set(&a->input, to == -1 ? pr.draft : pr.past[to]);
	pr.live_due = true;
	pr.changed_at = now_ms();
}

static void show_live(app *a, const char *text)
{
	/* The line holds more bytes than a query: cut at a character's start. */
	size_t n = strlen(text);
	if (n >= sizeof a->query) {
		n = sizeof a->query - 1;
		while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(a->query, text, n);
	a->query[n] = '\0';
	a->searching = true;
	a->bookmarks = false;
	a->keypad = false;
	app_notify(a, CH_FILTER);
	snprintf(pr.shown, sizeof pr.shown, "%s", text);
}

void search_prompt_key(app *a, int key)
{
	char text[4 * INPUT_MAX + 1];
	a->dirty = true;
	if (key == KEYCODE_FN(KEY_UP) || key == KEYCODE_FN(KEY_DOWN)) {
		walk_history(a, key == KEYCODE_FN(KEY_UP) ? 1 : -1);
		return;
	}
	input_text(&a->input, text);
	input_result r = input_key(&a->input, key);
	if (r == INPUT_CONTINUE) {
		char now[4 * INPUT_MAX + 1];
		input_text(&a->input, now);
		if (strcmp(now, text) != 0) {
			pr.live_due = true;
			pr.changed_at = now_ms();
		}
		return;
	}
	a->editing = false;
	pr.live_due = false;
	curs_set(0);
	if (r == INPUT_DONE && text[0]) {
		yd_error err = { 0 };
		if (!a->opt.kiosk && yd_state_add_search(a->state, text, &err) != 0)
			app_message(a, true, "%s", err.msg);
		/* the results shown live become a search in the history */
		if (pr.shown[0]) {
			a->searching = pr.was_searching;
			snprintf(a->query, sizeof a->query, "%s", pr.was_query);
		}
		app_search(a, text);
	} else if (pr.shown[0]) {
		/* Esc: back to what the list showed before */
		a->searching = pr.was_searching;
		snprintf(a->query, sizeof a->query, "%s", pr.was_query);
		app_notify(a, CH_FILTER);
	}
	pr.shown[0] = '\0';
}

bool search_prompt_idle(app *a)
{
	if (!a->editing || !pr.live_due || now_ms() - pr.changed_at < LIVE_MS)
		return false;
	pr.live_due = false;
	char text[4 * INPUT_MAX + 1];
	input_text(&a->input, text);
	if (a->input.len < LIVE_MIN || strcmp(text, pr.shown) == 0)
		return false;
	show_live(a, text);
	a->dirty = true;
	return true;
}

void search_prompt_draw(app *a, int y)
{
	input_draw(&a->input, _("Search: "), y, 0, a->cols, a->opt.text_flags);
}

/* Keypad search: the list shows the titles (under the filter) whose
 * pinyin initials the digits spell, narrowing as digits are typed. */
void cmd_keypad(app *a)
{
	a->keypad = true;
	a->digits[0] = '\0';
	app_notify(a, CH_FILTER);
	app_focus(a, PANE_LIST);
	app_message(a, false, "%s", _("Keypad search: type the initials as on a phone (医保: 9 2)."));
}

bool keypad_search_key(app *a, int key)
{
	size_t n = strlen(a->digits);
	if (!a->keypad || a->focus != PANE_LIST || a->overlay != OVERLAY_NONE)
		return false;
	/* 2-9 carry letters; 0 and 1 keep their meaning (menu, pane 1). */
	if (key >= '2' && key <= '9') {
		if (n + 1 < sizeof a->digits) {
			a->digits[n] = (char)key;
			a->digits[n + 1] = '\0';
		}
	} else if (n > 0 && keymap_lookup(key) == ACT_BACK && key != 27) {
		a->digits[n - 1] = '\0';
	} else {
		return false;
	}
	app_notify(a, CH_FILTER);
	return true;
}
