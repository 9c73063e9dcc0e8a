/* Pane geometry for the screen size. Row 0 is the location line, the last
 * row the status line. Wide terminals (>= 120 columns) show trees, list
 * and article side by side, each pane under its numbered title; the
 * others show a tab row (row 1) naming all five panes, and a navigation
 * pane beside the article (medium) or one pane at a time (narrow, < 60,
 * or full screen). Below the minimum, only a notice.
 *
 * Width goes where there is something to read: until an article is open
 * the list takes what the empty article pane does not need. No curses
 * here: tests/unit/test-layout.c checks the geometry without a terminal. */
#include "app.h"

#define MIN_COLS 20
#define MIN_ROWS 6
#define WIDE_COLS 120
#define NARROW_COLS 60
#define EMPTY_ARTICLE_COLS 34   /* "Choose an article from the list." */

static void place(pane *p, int y, int x, int h, int w)
{
	p->shown = h >= 2 && w >= 4;
	p->frame = (rect){ y, x, h, w };
	p->body = (rect){ y + 1, x, h - 1, w };
}

static void hide_all(app *a)
{
	for (int i = 0; i < PANE_COUNT; i++)
		a->panes[i]->shown = false;
}

/* Article above, related list below, in the given column. */
static void place_reading(app *a, int y, int x, int h, int w)
{
	int rel = h >= 14 && a->article >= 0 ? h / 4 + 1 : 0;
	if (rel && rel < 4)
		rel = 4;
	if (rel == 0) {
		/* Too short for both, or nothing open: one of the two. */
		pane_id show = a->focus == PANE_RELATED ? PANE_RELATED : PANE_ARTICLE;
		place(a->panes[show], y, x, h, w);
		return;
	}
	place(a->panes[PANE_ARTICLE], y, x, h - rel, w);
	place(a->panes[PANE_RELATED], y + h - rel, x, rel, w);
}

void layout_apply(app *a)
{
	int top = 1, h = a->rows - 2;
	bool open = a->article >= 0;

	hide_all(a);
	a->tab_row = false;
	if (a->cols < MIN_COLS || a->rows < MIN_ROWS) {
		a->mode = LAYOUT_TINY;
		return;
	}
	if (a->cols < WIDE_COLS || a->zoom) {
		/* The tab row: where the panes not on screen are. */
		a->tab_row = true;
		top = 2;
		h = a->rows - 3;
	}
	if (a->cols < NARROW_COLS || a->zoom) {
		a->mode = a->zoom ? LAYOUT_ZOOM : LAYOUT_NARROW;
		place(a->panes[a->focus], top, 0, h, a->cols);
		return;
	}
	if (a->cols < WIDE_COLS) {
		a->mode = LAYOUT_MEDIUM;
		int left = open ? a->cols * 2 / 5 : a->cols - EMPTY_ARTICLE_COLS - 1;
		if (!open && left < a->cols / 2)
			left = a->cols / 2;
		place(a->panes[a->nav], top, 0, h, left);
		place_reading(a, top, left + 1, h, a->cols - left - 1);
		return;
	}
	a->mode = LAYOUT_WIDE;
	int c1 = a->cols / 6 > 24 ? a->cols / 6 : 24;
	int c3 = open ? a->cols - c1 - a->cols * 3 / 10 - 2 : EMPTY_ARTICLE_COLS + 2;
	int c2 = a->cols - c1 - c3 - 2;
	int rh = h / 2;
	place(a->panes[PANE_REGIONS], top, 0, rh, c1);
	place(a->panes[PANE_TOPICS], top + rh, 0, h - rh, c1);
	place(a->panes[PANE_LIST], top, c1 + 1, h, c2);
	place_reading(a, top, c1 + c2 + 2, h, c3);
}
