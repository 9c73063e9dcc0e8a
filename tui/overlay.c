/* The help screen and the menu. Both list the action table: the help shows
 * every action with its keys; the menu lets a keypad user run any action
 * with the arrows and Enter. */
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "keymap.h"
#include "overlay.h"
#include "overlay-map.h"
#include "overlay-qr.h"

/* Actions offered in the menu: the ones that are not plain movement. */
static const action menu_items[] = {
	ACT_BACK, ACT_FORWARD, ACT_PANE_1, ACT_PANE_2, ACT_PANE_3, ACT_PANE_4,
	ACT_PANE_5, ACT_BOOKMARK, ACT_BOOKMARKS, ACT_SORT, ACT_CLEAR, ACT_MAP, ACT_QR, ACT_HELP,
	ACT_REDRAW, ACT_QUIT,
};
#define N_MENU (int)(sizeof menu_items / sizeof menu_items[0])

static int item_count(const app *a)
{
	return a->overlay == OVERLAY_MENU ? N_MENU : ACT_COUNT - 1;
}

static action item_action(const app *a, int i)
{
	return a->overlay == OVERLAY_MENU ? menu_items[i] : (action)(i + 1);
}

void overlay_draw(app *a)
{
	int w = a->cols - 4 < 78 ? a->cols - 4 : 78;
	int h = a->rows - 4;
	int x = (a->cols - w) / 2, y = 2;
	int n = item_count(a);
	char keys[64];

	if (a->overlay == OVERLAY_MAP || a->overlay == OVERLAY_QR) {
		(a->overlay == OVERLAY_MAP ? map_overlay_draw : qr_overlay_draw)(a);
		return;
	}
	if (w < 10 || h < 3)
		return;
	if (a->overlay_sel < a->overlay_top)
		a->overlay_top = a->overlay_sel;
	if (a->overlay_sel >= a->overlay_top + h - 2)
		a->overlay_top = a->overlay_sel - (h - 3);
	draw_fit(y, x, w, a->overlay == OVERLAY_MENU ? _(" Menu: arrows to choose, Enter to run, Esc to close")
		 : _(" Help: keys and actions (Esc to close)"), theme_attr(ROLE_PANE_TITLE_FOCUS),
		 a->opt.text_flags);
	int keys_w = a->overlay == OVERLAY_MENU ? 0 : (w > 50 ? 22 : w / 3);
	for (int row = 0; row < h - 2; row++) {
		int i = a->overlay_top + row;
		int yy = y + 1 + row;
		attr_t base = i == a->overlay_sel ? theme_attr(ROLE_SELECTED) : A_NORMAL;
		draw_fill(yy, x, w, base);
		if (i >= n)
			continue;
		action act = item_action(a, i);
		if (keys_w) {
			draw_fit(yy, x + 1, keys_w - 1, action_keys(act, keys, sizeof keys),
				 base | theme_attr(ROLE_MARKER), a->opt.text_flags);
		}
		draw_fit(yy, x + 1 + keys_w, w - keys_w - 2, action_help(act), base, a->opt.text_flags);
	}
	draw_fill(y + h - 1, x, w, theme_attr(ROLE_PANE_TITLE_FOCUS));
}

action overlay_key(app *a, action act)
{
	int n = item_count(a);
	int page = a->rows - 7 > 1 ? a->rows - 7 : 1;
	if (a->overlay == OVERLAY_MAP || a->overlay == OVERLAY_QR)
		return (a->overlay == OVERLAY_MAP ? map_overlay_key : qr_overlay_key)(a, act);
	switch (act) {
	case ACT_UP: a->overlay_sel--; break;
	case ACT_DOWN: a->overlay_sel++; break;
	case ACT_PAGE_UP: a->overlay_sel -= page; break;
	case ACT_PAGE_DOWN: a->overlay_sel += page; break;
	case ACT_HOME: a->overlay_sel = 0; break;
	case ACT_END: a->overlay_sel = n - 1; break;
	case ACT_ENTER:
		if (a->overlay == OVERLAY_MENU) {
			action run = item_action(a, a->overlay_sel);
			a->overlay = OVERLAY_NONE;
			return run;
		}
		a->overlay = OVERLAY_NONE;
		break;
	case ACT_QUIT:
		a->overlay = OVERLAY_NONE;
		return ACT_QUIT;
	default:
		/* Esc, Backspace, ? and anything else close it. */
		a->overlay = OVERLAY_NONE;
		break;
	}
	if (a->overlay_sel < 0)
		a->overlay_sel = 0;
	if (a->overlay_sel >= n)
		a->overlay_sel = n - 1;
	a->dirty = true;
	return ACT_NONE;
}

void overlay_open(app *a, overlay_kind which)
{
	a->overlay = which;
	a->overlay_sel = a->overlay_top = 0;
	a->dirty = true;
}
