/* Related articles of the open article: the ones its source listed first,
 * then computed ones. Enter opens one. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "app.h"

typedef struct related_pane {
	pane base;
	yd_rel *v;            /* borrowed from the article pane's article */
	size_t n;
	size_t cursor, top;
} related_pane;

void related_pane_load(pane *p, app *a)
{
	related_pane *rp = (related_pane *)p;
	const yd_full_article *art = article_pane_article(a->panes[PANE_ARTICLE]);
	rp->v = art ? art->related : NULL;
	rp->n = art ? art->nrelated : 0;
	rp->cursor = rp->top = 0;
}

static void related_draw(pane *p, app *a)
{
	related_pane *rp = (related_pane *)p;
	rect r = p->body;
	bool focused = a->focus == p->id;

	if (rp->cursor < rp->top)
		rp->top = rp->cursor;
	if (r.h > 0 && rp->cursor >= rp->top + (size_t)r.h)
		rp->top = rp->cursor - (size_t)r.h + 1;
	for (int row = 0; row < r.h; row++) {
		size_t i = rp->top + (size_t)row;
		int y = r.y + row;
		draw_fill(y, r.x, r.w, A_NORMAL);
		if (i >= rp->n) {
			if (i == 0)
				draw_fit(y, r.x, r.w, _("No related articles."), theme_attr(ROLE_DIM),
					 a->opt.text_flags);
			continue;
		}
		attr_t base = A_NORMAL;
		if (i == rp->cursor)
			base = theme_attr(focused ? ROLE_SELECTED : ROLE_SELECTED_DIM);
		draw_fill(y, r.x, r.w, base);
		int date_w = r.w >= 40 ? 10 : 0;
		int title_w = r.w - 2 - (date_w ? date_w + 1 : 0);
		draw_str(y, r.x, 1, rp->v[i].listed ? ">" : "~", base | theme_attr(ROLE_MARKER));
		draw_fit(y, r.x + 2, title_w, rp->v[i].title, base, a->opt.text_flags);
		if (date_w)
			draw_fit(y, r.x + r.w - date_w, date_w, rp->v[i].date,
				 base | theme_attr(ROLE_DIM), a->opt.text_flags);
	}
}

static void move_cursor(related_pane *rp, long delta)
{
	long c = (long)rp->cursor + delta;
	if (c >= (long)rp->n)
		c = (long)rp->n - 1;
	if (c < 0)
		c = 0;
	rp->cursor = (size_t)c;
}

static bool related_key(pane *p, app *a, action act)
{
	related_pane *rp = (related_pane *)p;
	long page = p->body.h > 1 ? p->body.h - 1 : 1;
	switch (act) {
	case ACT_UP: move_cursor(rp, -1); return true;
	case ACT_DOWN: move_cursor(rp, 1); return true;
	case ACT_PAGE_UP: move_cursor(rp, -page); return true;
	case ACT_PAGE_DOWN: move_cursor(rp, page); return true;
	case ACT_HOME: move_cursor(rp, -(long)rp->n); return true;
	case ACT_END: move_cursor(rp, (long)rp->n); return true;
	case ACT_ENTER:
		if (rp->cursor < rp->n)
			app_open_article(a, rp->v[rp->cursor].id);
		return true;
	default:
		return false;
	}
}

static void related_click(pane *p, app *a, int row)
{
	related_pane *rp = (related_pane *)p;
	size_t i = rp->top + (size_t)row;
	if (i >= rp->n)
		return;
	if (i == rp->cursor)
		app_open_article(a, rp->v[i].id);
	else
		rp->cursor = i;
}

static void related_free(pane *p)
{
	free(p);
}

static const pane_ops related_ops = {
	.draw = related_draw,
	.key = related_key,
	.click = related_click,
	.free = related_free,
};

pane *related_pane_new(void)
{
	related_pane *rp = calloc(1, sizeof *rp);
	if (!rp)
		return NULL;
	rp->base.ops = &related_ops;
	rp->base.id = PANE_RELATED;
	rp->base.title = N_("Related");
	return &rp->base;
}
