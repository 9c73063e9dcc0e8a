/* Pane geometry for the screen size: wide terminals (>= 120 columns) show
 * trees, list and article side by side; medium ones a navigation pane
 * beside the article; narrow ones (< 60) one pane at a time; below the
 * minimum, only a notice. Row 0 is the location line, the last row the
 * status line. */
#include "app.h"

#define MIN_COLS 20
#define MIN_ROWS 6
#define WIDE_COLS 120
#define NARROW_COLS 60

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
	int rel = h >= 14 ? h / 4 + 1 : 0;
	if (rel && rel < 4)
		rel = 4;
	if (rel == 0) {
		/* Too short for both: the focused one of the two gets the room. */
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

	hide_all(a);
	if (a->cols < MIN_COLS || a->rows < MIN_ROWS) {
		a->mode = LAYOUT_TINY;
		return;
	}
	if (a->cols < NARROW_COLS) {
		a->mode = LAYOUT_NARROW;
		place(a->panes[a->focus], top, 0, h, a->cols);
		return;
	}
	if (a->cols < WIDE_COLS) {
		a->mode = LAYOUT_MEDIUM;
		int left = a->cols * 2 / 5;
		place(a->panes[a->nav], top, 0, h, left);
		place_reading(a, top, left + 1, h, a->cols - left - 1);
		return;
	}
	a->mode = LAYOUT_WIDE;
	int c1 = a->cols / 6 > 24 ? a->cols / 6 : 24;
	int c2 = a->cols * 3 / 10;
	int c3 = a->cols - c1 - c2 - 2;
	int rh = h / 2;
	place(a->panes[PANE_REGIONS], top, 0, rh, c1);
	place(a->panes[PANE_TOPICS], top + rh, 0, h - rh, c1);
	place(a->panes[PANE_LIST], top, c1 + 1, h, c2);
	place_reading(a, top, c1 + c2 + 2, h, c3);
}
