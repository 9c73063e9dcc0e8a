/* The search prompt (/) and keypad search (F4, or # on a keypad). */
#include <curses.h>
#include <string.h>

#include "commands.h"
#include "draw.h"
#include "i18n.h"
#include "keymap.h"
#include "search-prompt.h"

void cmd_search(app *a)
{
	a->editing = true;
	input_set(&a->input, a->searching ? a->query : "");
	curs_set(1);
}

void search_prompt_key(app *a, int key)
{
	char text[4 * INPUT_MAX + 1];
	input_result r = input_key(&a->input, key);
	a->dirty = true;
	if (r == INPUT_CONTINUE)
		return;
	a->editing = false;
	curs_set(0);
	input_text(&a->input, text);
	if (r == INPUT_DONE && text[0])
		app_search(a, text);
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
