/* Drawing a frame: the location line, the tab row, each pane's numbered
 * title, the panes that changed, the status line and an overlay. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "frame.h"
#include "i18n.h"
#include "keymap.h"
#include "overlay.h"
#include "search-prompt.h"

static char *pane_label(app *a, pane_id id)
{
	pane *p = a->panes[id];
	return p->ops->label ? p->ops->label(p, a) : NULL;
}

static void draw_location(app *a)
{
	char line[1024], count[64];
	char *region = pane_label(a, PANE_REGIONS);
	char *topic = pane_label(a, PANE_TOPICS);
	long total = (long)a->list_total;
	if (a->keypad) {
		snprintf(count, sizeof count, ngettext("%ld title", "%ld titles", total), total);
		snprintf(line, sizeof line, " %s %s · %s · %s · %s", _("Keypad"), a->digits,
			 region ? region : "", topic ? topic : "", count);
	} else if (a->searching) {
		snprintf(count, sizeof count, ngettext("%ld result", "%ld results", total), total);
		snprintf(line, sizeof line, " %s “%s” · %s · %s · %s", _("Search"), a->query,
			 region ? region : "", topic ? topic : "", count);
	} else if (a->bookmarks) {
		snprintf(count, sizeof count, ngettext("%ld article", "%ld articles", total), total);
		snprintf(line, sizeof line, " yidu · %s · %s", _("Bookmarks"), count);
	} else {
		snprintf(count, sizeof count, ngettext("%ld article", "%ld articles", total), total);
		snprintf(line, sizeof line, " %s · %s · %s", region ? region : "",
			 topic ? topic : "", count);
	}
	free(region);
	free(topic);
	draw_fit(0, 0, a->cols, line, theme_attr(ROLE_TITLE_BAR), a->opt.text_flags);
}

/* " 1 Regions  2 Topics  3 Articles  4 Article  5 Related": the focused
 * pane in the focus colour, the ones on screen underlined. */
static void draw_tabs(app *a)
{
	int x = 0, need = 0;
	char t[96];
	for (int i = 0; i < PANE_COUNT; i++)
		need += text_cols(_(a->panes[i]->title), a->opt.text_flags) + 5;
	/* Too narrow for every name: numbers, and the focused pane's name. */
	bool names = need <= a->cols;
	draw_fill(1, 0, a->cols, A_NORMAL);
	for (int i = 0; i < PANE_COUNT && x < a->cols; i++) {
		pane *p = a->panes[i];
		if (names || a->focus == p->id)
			snprintf(t, sizeof t, " %d %s ", i + 1, _(p->title));
		else
			snprintf(t, sizeof t, " %d ", i + 1);
		attr_t at = a->focus == p->id ? theme_attr(ROLE_PANE_TITLE_FOCUS)
			: p->shown ? theme_attr(ROLE_PANE_TITLE) : theme_attr(ROLE_DIM);
		x += draw_str(1, x, a->cols - x, t, at);
		if (x < a->cols)
			x += draw_str(1, x, a->cols - x, " ", A_NORMAL);
	}
}

static void draw_status(app *a)
{
	int y = a->rows - 1;
	if (a->editing) {
		search_prompt_draw(a, y);
		return;
	}
	if (a->message[0]) {
		draw_fit(y, 0, a->cols, a->message,
			 theme_attr(a->message_error ? ROLE_ERROR : ROLE_STATUS), a->opt.text_flags);
		return;
	}
	pane *p = a->panes[a->focus];
	const char *hints = p->ops->hints ? p->ops->hints(p, a) : "";
	char line[512];
	/* A kiosk has no quit key to offer. */
	snprintf(line, sizeof line, "%s%s", hints, a->opt.kiosk ? "" : _(" · Q quit"));
	draw_fit(y, 0, a->cols, line, theme_attr(ROLE_STATUS), a->opt.text_flags);
}

static void draw_pane_title(app *a, pane *p)
{
	char t[160], info[64] = "";
	bool focused = a->focus == p->id;
	if (p->ops->info)
		p->ops->info(p, a, info, sizeof info);
	snprintf(t, sizeof t, " %d %s%s%s", (int)p->id + 1, _(p->title), info[0] ? "  " : "", info);
	draw_fit(p->frame.y, p->frame.x, p->frame.w, t,
		 theme_attr(focused ? ROLE_PANE_TITLE_FOCUS : ROLE_PANE_TITLE), a->opt.text_flags);
}

static void draw_tiny(app *a)
{
	/* Below the minimum: a short notice, as much of it as fits. */
	const char *msg = _("Window too small");
	for (int y = 0; y < a->rows; y++)
		draw_fill(y, 0, a->cols, A_NORMAL);
	draw_fit(a->rows / 2, 0, a->cols, msg, A_BOLD, a->opt.text_flags);
}

/* Whether the last frame can be drawn over: same layout, same pane
 * geometry, no overlay gone (it covered parts of several panes). */
static bool needs_full_redraw(const app *a)
{
	if (a->redraw_all || a->mode != a->drawn_mode ||
	    (a->drawn_overlay != OVERLAY_NONE && a->overlay == OVERLAY_NONE))
		return true;
	for (int i = 0; i < PANE_COUNT; i++) {
		const pane *p = a->panes[i];
		if (p->shown != p->drawn_shown ||
		    (p->shown && memcmp(&p->frame, &p->drawn, sizeof p->drawn) != 0))
			return true;
	}
	return false;
}

/* Draws the frame into stdscr. Only the panes whose content changed are
 * drawn again (the rest of stdscr still holds them), so a key that moves a
 * cursor costs one pane, and refresh has only those lines to compare; the
 * location, pane titles and status line are a line each and always drawn.
 * What a pane needs from the corpus is fetched (prepare) before any of it
 * is drawn. */
void frame_draw(app *a)
{
	bool full = needs_full_redraw(a);
	a->redraw_all = false;
	a->drawn_mode = a->mode;
	a->drawn_overlay = a->overlay;
	if (full)
		erase();
	if (a->mode == LAYOUT_TINY) {
		draw_tiny(a);
		return;
	}
	for (int i = 0; i < PANE_COUNT; i++) {
		pane *p = a->panes[i];
		if (p->shown && (full || p->dirty) && p->ops->prepare)
			p->ops->prepare(p, a);
	}
	draw_location(a);
	if (a->tab_row)
		draw_tabs(a);
	if (full)
		for (int y = a->tab_row ? 2 : 1; y < a->rows - 1; y++)
			draw_fill(y, 0, a->cols, A_NORMAL);
	for (int i = 0; i < PANE_COUNT; i++) {
		pane *p = a->panes[i];
		bool body = full || p->dirty;
		p->dirty = false;
		p->drawn_shown = p->shown;
		p->drawn = p->frame;
		if (!p->shown)
			continue;
		draw_pane_title(a, p);
		if (!body)
			continue;
		p->whole = full;
		p->ops->draw(p, a);
		/* A rule between side-by-side panes. */
		int sx = p->frame.x + p->frame.w;
		if (sx < a->cols) {
			attrset(theme_attr(ROLE_BORDER));
			mvvline(p->frame.y, sx, ACS_VLINE, p->frame.h);
			attrset(A_NORMAL);
		}
	}
	draw_status(a);
	if (a->overlay != OVERLAY_NONE)
		overlay_draw(a);
}
