/* The article list: a window onto the filtered list, paged from SQLite by
 * sort key (keyset paging) as the cursor moves, so a million articles
 * cost what two hundred do. Or, on request, the reader's bookmarks, or the
 * results of a search (ranked, paged by offset: their number is bounded). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/search.h"
#include "draw.h"
#include "i18n.h"
#include "app.h"

#define PAGE_ROWS 128        /* rows fetched at a time */
#define WINDOW_MAX 4096      /* rows kept in memory */

typedef struct list_pane {
	pane base;
	yd_list_item *items;     /* whole-list positions [first, first + n) */
	bool *read;
	size_t n;
	int64_t first;
	int64_t total;
	int64_t cursor, top;     /* whole-list positions */
	bool oldest_first;
	yd_search_hit *hits;     /* search results [0, nhits) */
	size_t nhits;
	bool more_hits;
	/* What the last frame showed: when only the cursor moved within it,
	 * two rows are drawn instead of the pane. */
	bool drawn_ok;
	int64_t drawn_top, drawn_cursor, drawn_article;
	bool drawn_focused;
	rect drawn_rect;
} list_pane;

#define SEARCH_PAGE 100

static void clear_hits(list_pane *l)
{
	yd_search_results r = { l->hits, l->nhits, 0, false };
	yd_search_results_free(&r);
	l->hits = NULL;
	l->nhits = 0;
}

/* Fetches the next page of search results. */
static void fetch_hits(list_pane *l, app *a)
{
	yd_search_results r = { 0 };
	yd_error err = { 0 };
	if (yd_search(a->corpus, a->query, a->region, a->topic, l->nhits, SEARCH_PAGE,
		      &r, &err) != 0) {
		app_message(a, true, "%s", err.msg);
		l->total = (int64_t)l->nhits;
		return;
	}
	if (l->nhits == 0) {
		l->total = (int64_t)r.count;
		l->more_hits = r.more;
	}
	yd_search_hit *v = realloc(l->hits, (l->nhits + r.n + 1) * sizeof *v);
	if (!v) {
		yd_search_results_free(&r);
		return;
	}
	l->hits = v;
	if (r.n)   /* an empty page has no r.v */
		memcpy(l->hits + l->nhits, r.v, r.n * sizeof *v);
	l->nhits += r.n;
	free(r.v);
	if (r.n == 0)
		l->total = (int64_t)l->nhits;
}

static void clear_items(list_pane *l)
{
	l->drawn_ok = false;
	yd_list_page pg = { l->items, l->n };
	yd_list_page_free(&pg);
	free(l->read);
	l->items = NULL;
	l->read = NULL;
	l->n = 0;
}

/* Appends (at_end) or prepends a page of items to the window. */
static void add_items(list_pane *l, app *a, yd_list_item *v, size_t n, bool at_end)
{
	yd_list_item *items = realloc(l->items, (l->n + n) * sizeof *items);
	bool *read = realloc(l->read, (l->n + n) * sizeof *read);
	if (items)
		l->items = items;
	if (read)
		l->read = read;
	if (!items || !read) {
		yd_list_page pg = { v, n };
		yd_list_page_free(&pg);
		return;
	}
	if (!at_end) {
		memmove(l->items + n, l->items, l->n * sizeof *items);
		memmove(l->read + n, l->read, l->n * sizeof *read);
		l->first -= (int64_t)n;
	}
	l->drawn_ok = false;
	size_t at = at_end ? l->n : 0;
	for (size_t i = 0; i < n; i++) {
		l->items[at + i] = v[i];
		l->read[at + i] = yd_state_is_read(a->state, v[i].slug);
	}
	l->n += n;
	free(v);
}

/* Fetches up to `limit` items after (forward) or before the key, in the
 * pane's order. */
static void fetch(list_pane *l, app *a, int64_t key, bool forward, bool at_end,
		  size_t limit)
{
	yd_list_page pg = { 0 };
	yd_error err = { 0 };
	bool asc = l->oldest_first == forward;
	if (yd_corpus_list(a->corpus, a->region, a->topic, key, asc, limit,
			   &pg, &err) != 0) {
		app_message(a, true, "%s", err.msg);
		return;
	}
	if (!forward) {
		for (size_t i = 0; i < pg.n / 2; i++) {
			yd_list_item t = pg.v[i];
			pg.v[i] = pg.v[pg.n - 1 - i];
			pg.v[pg.n - 1 - i] = t;
		}
	}
	add_items(l, a, pg.v, pg.n, at_end);
}

/* Whether positions [from, to) are better reached from an end of the list
 * than by paging on from the window: End after a run of Page Down in a
 * list of 5,000 rows was 25 pages walked, it is now one from the end. */
static bool far_jump(const list_pane *l, int64_t from, int64_t to)
{
	if (l->n == 0)
		return true;
	int64_t last = l->first + (int64_t)l->n;
	int64_t gap = from > last ? from - last : to < l->first ? l->first - to : 0;
	if (gap == 0)
		return false;
	if (gap > WINDOW_MAX)
		return true;
	int64_t from_start = to, from_end = l->total - from;
	return (from_start < from_end ? from_start : from_end) + PAGE_ROWS < gap;
}

/* Makes positions [from, to) available, fetching pages as needed and
 * dropping rows far from them. */
static void ensure(list_pane *l, app *a, int64_t from, int64_t to)
{
	if (a->bookmarks)
		return;
	if (a->searching) {
		while ((int64_t)l->nhits < to && (int64_t)l->nhits < l->total) {
			size_t before = l->nhits;
			fetch_hits(l, a);
			if (l->nhits == before)
				break;
		}
		return;
	}
	if (from < 0)
		from = 0;
	if (to > l->total)
		to = l->total;
	/* A far jump: start a new window at the nearer end of the list,
	 * with the rows the screen needs (and a few): the rest of a page
	 * comes while idle (list_pane_prefetch). */
	if (far_jump(l, from, to)) {
		clear_items(l);
		bool at_end = to > l->total / 2 && from > PAGE_ROWS;
		int64_t want = (at_end ? l->total - from : to) + 16;
		size_t limit = want < PAGE_ROWS ? (size_t)want : PAGE_ROWS;
		if (at_end) {
			l->first = l->total;
			fetch(l, a, l->oldest_first ? INT64_MAX : INT64_MIN, false, false, limit);
		} else {
			l->first = 0;
			fetch(l, a, l->oldest_first ? INT64_MIN : INT64_MAX, true, true, limit);
		}
	}
	while (l->n && to > l->first + (int64_t)l->n) {
		size_t before = l->n;
		fetch(l, a, l->items[l->n - 1].key, true, true, PAGE_ROWS);
		if (l->n == before)
			break;
	}
	while (l->n && from < l->first) {
		size_t before = l->n;
		fetch(l, a, l->items[0].key, false, false, PAGE_ROWS);
		if (l->n == before)
			break;
	}
}

static void load_bookmarks(list_pane *l, app *a)
{
	yd_bookmark *bm;
	size_t n;
	yd_error err = { 0 };
	if (yd_state_bookmarks(a->state, &bm, &n, &err) != 0) {
		app_message(a, true, "%s", err.msg);
		return;
	}
	yd_list_item *v = calloc(n ? n : 1, sizeof *v);
	size_t m = 0;
	for (size_t i = 0; v && i < n; i++) {
		int64_t id = yd_corpus_article_by_slug(a->corpus, bm[i].slug);
		if (id < 0)
			continue;   /* not in this corpus */
		v[m].id = id;
		v[m].title = bm[i].title;
		v[m].slug = bm[i].slug;
		bm[i].title = bm[i].slug = NULL;
		m++;
	}
	yd_bookmarks_free(bm, n);
	l->first = 0;
	if (v)
		add_items(l, a, v, m, true);
	l->total = (int64_t)l->n;
}

void list_pane_reload(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	clear_items(l);
	clear_hits(l);
	l->drawn_ok = false;
	l->cursor = l->top = l->first = 0;
	if (a->searching) {
		l->total = 0;
		fetch_hits(l, a);
		return;
	}
	if (a->bookmarks) {
		load_bookmarks(l, a);
		return;
	}
	l->total = yd_corpus_count(a->corpus, a->region, a->topic);
	if (l->total < 0)
		l->total = 0;
	/* The screen's rows now (before the first layout: a tall screen's). */
	ensure(l, a, 0, p->body.h > 0 ? p->body.h : 64);
}

bool list_pane_prefetch(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	int64_t h = p->body.h > 0 ? p->body.h : 1;
	if (a->bookmarks || a->searching || l->n == 0 || l->n >= WINDOW_MAX)
		return false;
	int64_t last = l->first + (int64_t)l->n;
	size_t before = l->n;
	bool drawn_ok = l->drawn_ok;   /* the rows on screen stay as they are */
	/* Two screens of margin: a Page Down and the one after it. */
	if (l->top + 3 * h > last && last < l->total)
		fetch(l, a, l->items[l->n - 1].key, true, true, PAGE_ROWS);
	else if (l->top - 2 * h < l->first && l->first > 0)
		fetch(l, a, l->items[0].key, false, false, PAGE_ROWS);
	l->drawn_ok = drawn_ok;
	return l->n > before;
}

void list_pane_mark_read(pane *p, int64_t id)
{
	list_pane *l = (list_pane *)p;
	l->drawn_ok = false;
	for (size_t i = 0; i < l->n; i++)
		if (l->items[i].id == id)
			l->read[i] = true;
}

static const yd_list_item *item_at(list_pane *l, int64_t pos, bool *read)
{
	if (pos < l->first || pos >= l->first + (int64_t)l->n)
		return NULL;
	if (read)
		*read = l->read[pos - l->first];
	return &l->items[pos - l->first];
}

/* Draws text with its matched ranges highlighted; returns columns used. */
static int draw_marked(int y, int x, int w, const char *s, const yd_range *rg,
		       size_t nrg, attr_t base)
{
	size_t pos = 0, n = strlen(s);
	int col = 0;
	for (size_t i = 0; i <= nrg && col < w; i++) {
		size_t start = i < nrg ? rg[i].start : n;
		if (start > n)
			start = n;
		if (start > pos)
			col += draw_text(y, x + col, w - col, s + pos, start - pos, base);
		if (i == nrg)
			break;
		size_t end = rg[i].end < n ? rg[i].end : n;
		if (end > start)
			col += draw_text(y, x + col, w - col, s + start, end - start,
					 base | theme_attr(ROLE_MATCH));
		pos = end > pos ? end : pos;
	}
	return col;
}

/* A result: the title (matches marked), then the snippet, dimmed. */
static void draw_hits(list_pane *l, app *a, bool focused)
{
	rect r = l->base.body;
	for (int row = 0; row < r.h; row++) {
		int64_t pos = l->top + row;
		int y = r.y + row;
		attr_t base = A_NORMAL;
		if (pos == l->cursor)
			base = theme_attr(focused ? ROLE_SELECTED : ROLE_SELECTED_DIM);
		draw_fill(y, r.x, r.w, base);
		if (pos >= (int64_t)l->nhits)
			continue;
		const yd_search_hit *h = &l->hits[pos];
		int date_w = r.w >= 50 ? 10 : 0;
		int w = r.w - (date_w ? date_w + 1 : 0);
		int col = draw_marked(y, r.x, w, h->title, h->title_ranges, h->ntitle_ranges, base);
		if (col + 3 < w && h->snippet && *h->snippet) {
			col += draw_str(y, r.x + col, w - col, " · ", base | theme_attr(ROLE_DIM));
			draw_marked(y, r.x + col, w - col, h->snippet, h->ranges, h->nranges,
				    base | theme_attr(ROLE_DIM));
		}
		if (date_w)
			draw_fit(y, r.x + r.w - date_w, date_w, h->date, base | theme_attr(ROLE_DIM),
				 a->opt.text_flags);
	}
}

/* Row `row` of the body (nothing outside it). Columns: read mark, title,
 * region, date; the last two give way on narrow panes. */
static void draw_row(list_pane *l, app *a, bool focused, int row)
{
	rect r = l->base.body;
	int date_w = r.w >= 34 ? 10 : 0;
	int region_w = r.w >= 48 ? 6 : 0;
	if (row < 0 || row >= r.h)
		return;
	int64_t pos = l->top + row;
	int y = r.y + row;
	bool read = false;
	const yd_list_item *it = item_at(l, pos, &read);
	attr_t base = A_NORMAL;
	if (pos == l->cursor)
		base = theme_attr(focused ? ROLE_SELECTED : ROLE_SELECTED_DIM);
	if (it && it->id == a->article)
		base |= theme_attr(ROLE_CURRENT);
	draw_fill(y, r.x, r.w, base);
	if (!it)
		return;
	int x = r.x;
	draw_str(y, x, 1, read ? " " : "*", base | theme_attr(ROLE_UNREAD));
	x += 2;
	int title_w = r.w - 2 - (date_w ? date_w + 1 : 0) - (region_w ? region_w + 1 : 0);
	if (it->excerpt)
		title_w -= 0;
	draw_fit(y, x, title_w, it->title, base, a->opt.text_flags);
	x += title_w + 1;
	if (region_w) {
		draw_fit(y, x, region_w, it->region ? it->region : "", base | theme_attr(ROLE_DIM),
			 a->opt.text_flags);
		x += region_w + 1;
	}
	if (date_w)
		draw_fit(y, x, date_w, it->date, base | theme_attr(ROLE_DIM), a->opt.text_flags);
}

static void list_draw(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	rect r = p->body;
	bool focused = a->focus == p->id;

	if (l->cursor < l->top)
		l->top = l->cursor;
	if (r.h > 0 && l->cursor >= l->top + r.h)
		l->top = l->cursor - r.h + 1;
	/* Page Up at the top moves top above the first row: draw_hits would
	 * index the results with a negative position. */
	if (l->top < 0)
		l->top = 0;
	ensure(l, a, l->top, l->top + r.h);
	if (l->total == 0) {
		for (int row = 0; row < r.h; row++)
			draw_fill(r.y + row, r.x, r.w, A_NORMAL);
		if (r.h > 0)
			draw_fit(r.y, r.x, r.w, a->searching ? _("No results.")
				 : a->bookmarks ? _("No bookmarks yet.")
				 : _("No articles here."), theme_attr(ROLE_DIM), a->opt.text_flags);
		l->drawn_ok = false;
		return;
	}
	if (a->searching) {
		draw_hits(l, a, focused);
		l->drawn_ok = false;
		return;
	}
	bool cursor_only = !p->whole && l->drawn_ok && l->top == l->drawn_top &&
		focused == l->drawn_focused && a->article == l->drawn_article &&
		memcmp(&r, &l->drawn_rect, sizeof r) == 0;
	if (cursor_only) {
		if (l->drawn_cursor != l->cursor)
			draw_row(l, a, focused, (int)(l->drawn_cursor - l->top));
		draw_row(l, a, focused, (int)(l->cursor - l->top));
	} else {
		for (int row = 0; row < r.h; row++)
			draw_row(l, a, focused, row);
	}
	l->drawn_ok = true;
	l->drawn_top = l->top;
	l->drawn_cursor = l->cursor;
	l->drawn_article = a->article;
	l->drawn_focused = focused;
	l->drawn_rect = r;
}


static void move_to(list_pane *l, int64_t pos)
{
	if (pos >= l->total)
		pos = l->total - 1;
	if (pos < 0)
		pos = 0;
	l->cursor = pos;
}

static void open_cursor(list_pane *l, app *a)
{
	ensure(l, a, l->cursor, l->cursor + 1);
	if (a->searching) {
		if (l->cursor < (int64_t)l->nhits)
			app_open_article(a, l->hits[l->cursor].id);
		return;
	}
	const yd_list_item *it = item_at(l, l->cursor, NULL);
	if (it)
		app_open_article(a, it->id);
}

int64_t list_pane_cursor_id(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	if (a->searching)
		return l->cursor < (int64_t)l->nhits ? l->hits[l->cursor].id : -1;
	const yd_list_item *it = l->n ? item_at(l, l->cursor, NULL) : NULL;
	return it ? it->id : -1;
}

static bool list_key(pane *p, app *a, action act)
{
	list_pane *l = (list_pane *)p;
	int64_t page = p->body.h > 1 ? p->body.h - 1 : 1;

	switch (act) {
	case ACT_UP: move_to(l, l->cursor - 1); return true;
	case ACT_DOWN: move_to(l, l->cursor + 1); return true;
	case ACT_PAGE_UP: move_to(l, l->cursor - page); l->top -= page; return true;
	case ACT_PAGE_DOWN: move_to(l, l->cursor + page); l->top += page; return true;
	case ACT_HOME: move_to(l, 0); return true;
	case ACT_END: move_to(l, l->total - 1); return true;
	case ACT_ENTER: open_cursor(l, a); return true;
	case ACT_SORT:
		if (a->bookmarks || a->searching)
			return false;
		l->oldest_first = !l->oldest_first;
		list_pane_reload(p, a);
		app_message(a, false, "%s", l->oldest_first ? _("Oldest first") : _("Newest first"));
		return true;
	default:
		return false;
	}
}

static void list_click(pane *p, app *a, int row)
{
	list_pane *l = (list_pane *)p;
	int64_t pos = l->top + row;
	if (pos >= l->total)
		return;
	if (pos == l->cursor)
		open_cursor(l, a);
	l->cursor = pos;
}

static void list_free(pane *p)
{
	clear_hits((list_pane *)p);
	clear_items((list_pane *)p);
	free(p);
}

static const pane_ops list_ops = {
	.draw = list_draw,
	.key = list_key,
	.click = list_click,
	.free = list_free,
};

pane *list_pane_new(void)
{
	list_pane *l = calloc(1, sizeof *l);
	if (!l)
		return NULL;
	l->base.ops = &list_ops;
	l->base.id = PANE_LIST;
	l->base.title = N_("Articles");
	return &l->base;
}

/* Position and total, for the location line. */
void list_pane_position(pane *p, int64_t *pos, int64_t *total)
{
	list_pane *l = (list_pane *)p;
	*pos = l->cursor;
	*total = l->total;
}
