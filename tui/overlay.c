/* The help screen and the menu, both generated from the action table.
 * The help lists every action with its keys, the text wrapped to the box,
 * and a legend of the marks; the menu lets a keypad reader run any action
 * with the arrows and Enter, each item with its keys (as htop and mc
 * show them). Both are drawn in a framed box whose inside is cleared. */
#include <stdlib.h>
#include <string.h>

#include "yidu/grow.h"
#include "yidu/text.h"
#include "commands.h"
#include "draw.h"
#include "i18n.h"
#include "keymap.h"
#include "listview.h"
#include "overlay.h"

/* The menu's order: what a reader looks for first. */
static const action menu_order[] = {
	ACT_SEARCH, ACT_KEYPAD, ACT_NEXT_MATCH, ACT_PREV_MATCH, ACT_BACK, ACT_FORWARD,
	ACT_ZOOM, ACT_PANE_1, ACT_PANE_2, ACT_PANE_3, ACT_PANE_4, ACT_PANE_5,
	ACT_BOOKMARK, ACT_BOOKMARKS, ACT_SORT, ACT_CLEAR, ACT_NEW_READER, ACT_HELP,
	ACT_REDRAW, ACT_QUIT,
};
#define N_ORDER (int)(sizeof menu_order / sizeof menu_order[0])

/* One line of the help: an action's keys on its first line, its text
 * wrapped; or a legend or heading line (act ACT_NONE). */
typedef struct help_line {
	action act;
	bool first;
	char *text;
} help_line;

static struct {
	listview lv;
	action menu[ACT_COUNT];
	int nmenu;
	help_line *help;
	size_t nhelp, caphelp;
	int help_width;
} ov;

static void help_clear(void)
{
	for (size_t i = 0; i < ov.nhelp; i++)
		free(ov.help[i].text);
	free(ov.help);
	ov.help = NULL;
	ov.nhelp = ov.caphelp = 0;
	ov.help_width = 0;
}

static void help_add(action act, bool first, const char *s, size_t n)
{
	if (!YD_GROW(ov.help, ov.caphelp, ov.nhelp + 1))
		return;
	char *t = malloc(n + 1);
	if (!t)
		return;
	memcpy(t, s, n);
	t[n] = '\0';
	ov.help[ov.nhelp++] = (help_line){ act, first, t };
}

/* Adds text wrapped to width columns. */
static void help_wrap(action act, const char *s, int width, int flags)
{
	yd_wrap_line *wl = NULL;
	size_t n = yd_text_wrap(s, strlen(s), width, flags, &wl);
	if (n == (size_t)-1)
		return;
	for (size_t i = 0; i < n; i++)
		help_add(act, i == 0, s + wl[i].start, wl[i].end - wl[i].start);
	if (n == 0)
		help_add(act, true, "", 0);
	free(wl);
}

static int keys_width(int w)
{
	return w > 60 ? 22 : w / 3;
}

/* The help's lines for a box `w` columns wide inside. */
static void help_build(const app *a, int w)
{
	help_clear();
	ov.help_width = w;
	int kw = keys_width(w);
	for (int i = 1; i < ACT_COUNT; i++) {
		action act = (action)i;
		if (action_menu(act) == M_NOKIOSK && a->opt.kiosk)
			continue;   /* a kiosk's Quit does nothing */
		help_wrap(act, action_help(act), w - kw - 1, a->opt.text_flags);
	}
	help_add(ACT_NONE, true, "", 0);
	help_wrap(ACT_NONE, _("Marks:"), w, a->opt.text_flags);
	const char *legend[] = {
		N_("*  unread article (the list)"),
		N_("B  bookmarked article (the list)"),
		N_(">  related article listed by its source; ~  related article found by yidu"),
		N_("+  a region or topic with more inside (→ opens it); -  opened (← closes it)"),
		/* xgettext:no-c-format */
		N_("37 %  how far down the article you are; All: it fits; End: its end"),
	};
	for (size_t i = 0; i < sizeof legend / sizeof legend[0]; i++)
		help_wrap(ACT_NONE, _(legend[i]), w, a->opt.text_flags);
}

static void menu_build(const app *a)
{
	ov.nmenu = 0;
	for (int i = 0; i < N_ORDER; i++)
		if (action_offered(a, menu_order[i]))
			ov.menu[ov.nmenu++] = menu_order[i];
}

void overlay_open(app *a, overlay_kind which)
{
	a->overlay = which;
	memset(&ov.lv, 0, sizeof ov.lv);
	ov.lv.no_cursor = which == OVERLAY_HELP;
	if (which == OVERLAY_MENU) {
		menu_build(a);
		listview_set_count(&ov.lv, ov.nmenu);
	} else {
		help_clear();   /* built at the box's width when drawn */
	}
	a->dirty = true;
}

typedef struct ov_ctx {
	app *a;
	int kw;
} ov_ctx;

static void menu_row(void *ctx, const lv_row *row)
{
	ov_ctx *c = ctx;
	char keys[96];
	action act = ov.menu[row->i];
	int kw = c->kw;
	draw_fit(row->y, row->x + 1, row->w - kw - 2, action_help(act), row->base,
		 c->a->opt.text_flags);
	draw_fit(row->y, row->x + row->w - kw, kw - 1, action_keys(act, keys, sizeof keys, 2),
		 lv_attr(row, ROLE_MARKER), c->a->opt.text_flags);
}

static void help_row(void *ctx, const lv_row *row)
{
	ov_ctx *c = ctx;
	const help_line *l = &ov.help[row->i];
	char keys[128];
	if (l->act == ACT_NONE) {
		draw_fit(row->y, row->x, row->w, l->text, row->base, c->a->opt.text_flags);
		return;
	}
	if (l->first)
		draw_fit(row->y, row->x, c->kw, action_keys(l->act, keys, sizeof keys, 0),
			 lv_attr(row, ROLE_MARKER), c->a->opt.text_flags);
	draw_fit(row->y, row->x + c->kw + 1, row->w - c->kw - 1, l->text, row->base,
		 c->a->opt.text_flags);
}

/* The box: a frame with the title in its top edge and a hint in the
 * bottom one. */
static void draw_box(int y, int x, int h, int w, const char *title, const char *hint,
		     int flags)
{
	attr_t b = theme_attr(ROLE_BORDER) & ~A_DIM;
	for (int r = y + 1; r < y + h - 1; r++)
		draw_fill(r, x + 1, w - 2, A_NORMAL);
	attrset(b);
	mvaddch(y, x, ACS_ULCORNER);
	mvhline(y, x + 1, ACS_HLINE, w - 2);
	mvaddch(y, x + w - 1, ACS_URCORNER);
	mvvline(y + 1, x, ACS_VLINE, h - 2);
	mvvline(y + 1, x + w - 1, ACS_VLINE, h - 2);
	mvaddch(y + h - 1, x, ACS_LLCORNER);
	mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
	mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
	attrset(A_NORMAL);
	char t[256];
	snprintf(t, sizeof t, " %s ", title);
	int tw = text_cols(t, flags);
	draw_fit(y, x + 2, tw < w - 4 ? tw : w - 4, t, theme_attr(ROLE_PANE_TITLE_FOCUS), flags);
	snprintf(t, sizeof t, " %s ", hint);
	tw = text_cols(t, flags);
	if (tw < w - 4)
		draw_fit(y + h - 1, x + w - 2 - tw, tw, t, A_NORMAL, flags);
}

void overlay_draw(app *a)
{
	bool menu = a->overlay == OVERLAY_MENU;
	int w = a->cols - 2 < 78 ? a->cols - 2 : 78;
	if (menu && w > 64)
		w = 64;
	int x = (a->cols - w) / 2, y = 1;
	int h = a->rows - 2;
	int iw = w - 4, ih = h - 2;   /* the inside, a column of margin each side */
	if (iw < 8 || ih < 1)
		return;
	if (menu && ih > ov.nmenu)
		h = ov.nmenu + 2, ih = ov.nmenu;
	if (!menu && ov.help_width != iw) {
		help_build(a, iw);
		listview_set_count(&ov.lv, (int64_t)ov.nhelp);
	}
	ov_ctx c = { a, menu ? (iw > 40 ? 16 : iw / 3) : keys_width(iw) };
	char pos[48] = "";
	if (!menu && (int64_t)ov.nhelp > ih) {
		int64_t end = ov.lv.top + ih;
		snprintf(pos, sizeof pos, "%d %%", (int)((end > (int64_t)ov.nhelp ? (int64_t)ov.nhelp : end) * 100 / (int64_t)ov.nhelp));
	}
	char hint[128];
	snprintf(hint, sizeof hint, "%s%s%s", pos, pos[0] ? " · " : "",
		 menu ? _("↑↓ choose · Enter run · Esc close") : _("↑↓ scroll · Esc close"));
	draw_box(y, x, h, w, menu ? _("Menu") : _("Help: keys and actions"), hint, a->opt.text_flags);
	ov.lv.drawn_ok = false;
	listview_draw(&ov.lv, y + 1, x + 2, ih, iw, true, false, menu ? menu_row : help_row, NULL, &c);
}

action overlay_key(app *a, action act)
{
	bool menu = a->overlay == OVERLAY_MENU;
	int h = a->rows - 4 > 1 ? a->rows - 4 : 1;
	a->dirty = true;
	if (listview_key(&ov.lv, act, h))
		return ACT_NONE;
	if (act == ACT_ENTER && menu && ov.nmenu > 0) {
		action run = ov.menu[ov.lv.cursor];
		a->overlay = OVERLAY_NONE;
		return run;
	}
	if (act == ACT_QUIT) {
		a->overlay = OVERLAY_NONE;
		return ACT_QUIT;
	}
	/* Esc, Backspace, ? and anything else close it. */
	a->overlay = OVERLAY_NONE;
	return ACT_NONE;
}
