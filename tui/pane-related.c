/* Related articles of the open article: the ones its source listed first
 * (">"), then computed ones ("~"). Enter opens one. The pane keeps its
 * own copy of the rows: it borrows nothing from another pane. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "listview.h"
#include "app.h"

typedef struct rel_row {
	int64_t id;
	bool listed;
	char date[11];
	char *title;
} rel_row;

typedef struct related_pane {
	pane base;
	rel_row *v;
	size_t n;
	listview lv;
} related_pane;

static void clear_rows(related_pane *rp)
{
	for (size_t i = 0; i < rp->n; i++)
		free(rp->v[i].title);
	free(rp->v);
	rp->v = NULL;
	rp->n = 0;
}

static void related_changed(pane *p, app *a, unsigned what)
{
	related_pane *rp = (related_pane *)p;
	if (!(what & CH_ARTICLE))
		return;
	clear_rows(rp);
	size_t n = a->have_art ? a->art.nrelated : 0;
	rp->v = n ? calloc(n, sizeof *rp->v) : NULL;
	for (size_t i = 0; rp->v && i < n; i++) {
		const yd_rel *r = &a->art.related[i];
		rp->v[rp->n].id = r->id;
		rp->v[rp->n].listed = r->listed;
		snprintf(rp->v[rp->n].date, sizeof rp->v[rp->n].date, "%s", r->date);
		rp->v[rp->n].title = strdup(r->title ? r->title : "");
		if (rp->v[rp->n].title)
			rp->n++;
	}
	rp->lv.cursor = rp->lv.top = 0;
	listview_set_count(&rp->lv, (int64_t)rp->n);
}

typedef struct rel_ctx {
	related_pane *rp;
	app *a;
} rel_ctx;

static void related_row(void *ctx, const lv_row *row)
{
	rel_ctx *c = ctx;
	const rel_row *r = &c->rp->v[row->i];
	int date_w = row->w >= 40 ? 10 : 0;
	int title_w = row->w - 2 - (date_w ? date_w + 1 : 0);
	draw_str(row->y, row->x, 1, r->listed ? ">" : "~", lv_attr(row, ROLE_MARKER));
	draw_fit(row->y, row->x + 2, title_w, r->title, row->base, c->a->opt.text_flags);
	if (date_w)
		draw_fit(row->y, row->x + row->w - date_w, date_w, r->date, lv_attr(row, ROLE_DIM),
			 c->a->opt.text_flags);
}

static void related_draw(pane *p, app *a)
{
	related_pane *rp = (related_pane *)p;
	rect r = p->body;
	if (rp->n == 0) {
		for (int row = 0; row < r.h; row++)
			draw_fill(r.y + row, r.x, r.w, A_NORMAL);
		if (r.h > 0)
			draw_fit(r.y, r.x, r.w, _("No related articles."), theme_attr(ROLE_DIM),
				 a->opt.text_flags);
		return;
	}
	rel_ctx c = { rp, a };
	listview_draw(&rp->lv, r.y, r.x, r.h, r.w, a->focus == p->id, false, related_row, NULL, &c);
}

static bool related_key(pane *p, app *a, action act)
{
	related_pane *rp = (related_pane *)p;
	if (listview_key(&rp->lv, act, p->body.h))
		return true;
	if (act == ACT_ENTER) {
		if ((size_t)rp->lv.cursor < rp->n)
			app_open_article(a, rp->v[rp->lv.cursor].id);
		return true;
	}
	return false;
}

static void related_click(pane *p, app *a, int row)
{
	related_pane *rp = (related_pane *)p;
	int64_t i = listview_at(&rp->lv, row);
	if (i < 0)
		return;
	if (i == rp->lv.cursor)
		app_open_article(a, rp->v[i].id);
	else
		listview_move_to(&rp->lv, i);
}

static void related_wheel(pane *p, app *a, int n)
{
	(void)a;
	related_pane *rp = (related_pane *)p;
	listview_move_to(&rp->lv, rp->lv.cursor + n);
}

static int64_t related_cursor_article(pane *p, app *a)
{
	(void)a;
	related_pane *rp = (related_pane *)p;
	return p->shown && (size_t)rp->lv.cursor < rp->n ? rp->v[rp->lv.cursor].id : -1;
}

static const char *related_hints(pane *p, app *a)
{
	(void)p;
	(void)a;
	return _("↑↓ move · Enter read · > listed by the source, ~ found by yidu · Esc back");
}

static void related_free(pane *p)
{
	clear_rows((related_pane *)p);
	free(p);
}

static const pane_ops related_ops = {
	.draw = related_draw,
	.key = related_key,
	.click = related_click,
	.wheel = related_wheel,
	.changed = related_changed,
	.hints = related_hints,
	.cursor_article = related_cursor_article,
	.free = related_free,
};

pane *related_pane_new(void)
{
	related_pane *rp = calloc(1, sizeof *rp);
	if (!rp)
		return NULL;
	rp->base.ops = &related_ops;
	rp->base.id = PANE_RELATED;
	rp->base.scope = SC_RELATED;
	rp->base.title = N_("Related");
	return &rp->base;
}
