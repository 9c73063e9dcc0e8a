/* The article list: a window onto the filtered list, paged from SQLite by
 * sort key (keyset paging) as the cursor moves, so a million articles
 * cost what two hundred do. Or, on request, the reader's bookmarks, or the
 * results of a search (ranked, paged by offset: their number is bounded). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/grow.h"
#include "yidu/search.h"
#include "yidu/text.h"
#include "yidu/keypad.h"
#include "draw.h"
#include "i18n.h"
#include "listview.h"
#include "app.h"

#define PAGE_ROWS 128        /* rows fetched at a time */
#define WINDOW_MAX 4096      /* rows kept in memory */

typedef struct list_pane {
	pane base;
	yd_list_item *items;     /* whole-list positions [first, first + n) */
	unsigned char *marks;    /* per item: MARK_READ | MARK_BOOKMARK */
	size_t n, cap_items, cap_marks;
	int64_t first;
	int64_t total;
	listview lv;             /* whole-list positions */
	bool oldest_first;
	yd_search_hit *hits;     /* search results [0, nhits) */
	size_t nhits, cap_hits;
	bool more_hits;
	size_t elsewhere;        /* no results: how many without the filter */
	bool elsewhere_more;
	/* The rows' data unchanged since the last frame: only the cursor
	 * rows need drawing when only the cursor moved. */
	bool drawn_ok;
	int64_t drawn_article;
} list_pane;

enum { MARK_READ = 1, MARK_BOOKMARK = 2 };

/* Results fetched at a time: each comes with its snippet (the article's
 * text made plain and searched for the words), which at 100 was most of
 * a search's time (100,000 gen-corpus articles: 27 ms against 10 for
 * 20); a screen shows fewer than 40, the next ones come while idle. */
#define SEARCH_PAGE 40

static void clear_hits(list_pane *l)
{
	yd_search_results r = { l->hits, l->nhits, 0, false };
	yd_search_results_free(&r);
	l->hits = NULL;
	l->nhits = l->cap_hits = 0;
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
		l->elsewhere = 0;
		l->elsewhere_more = false;
		if (r.count == 0 && (a->region > 0 || a->topic > 1)) {
			/* what the same search finds in all regions and topics */
			yd_search_results all = { 0 };
			if (yd_search(a->corpus, a->query, 0, 1, 0, 0, &all, &err) == 0) {
				l->elsewhere = all.count;
				l->elsewhere_more = all.more;
			}
			yd_search_results_free(&all);
		}
	}
	if (!YD_GROW(l->hits, l->cap_hits, l->nhits + r.n + 1)) {
		yd_search_results_free(&r);
		return;
	}
	if (r.n)   /* an empty page has no r.v */
		memcpy(l->hits + l->nhits, r.v, r.n * sizeof *l->hits);
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
	free(l->marks);
	l->items = NULL;
	l->marks = NULL;
	l->n = l->cap_items = l->cap_marks = 0;
}

static unsigned char marks_of(app *a, const char *slug)
{
	return (yd_state_is_read(a->state, slug) ? MARK_READ : 0) |
	       (yd_state_is_bookmarked(a->state, slug) ? MARK_BOOKMARK : 0);
}

/* Appends (at_end) or prepends a page of items to the window. */
static void add_items(list_pane *l, app *a, yd_list_item *v, size_t n, bool at_end)
{
	if (!YD_GROW(l->items, l->cap_items, l->n + n) ||
	    !YD_GROW(l->marks, l->cap_marks, l->n + n)) {
		yd_list_page pg = { v, n };
		yd_list_page_free(&pg);
		return;
	}
	if (!at_end) {
		memmove(l->items + n, l->items, l->n * sizeof *l->items);
		memmove(l->marks + n, l->marks, l->n * sizeof *l->marks);
		l->first -= (int64_t)n;
	}
	l->drawn_ok = false;
	size_t at = at_end ? l->n : 0;
	for (size_t i = 0; i < n; i++) {
		l->items[at + i] = v[i];
		l->marks[at + i] = marks_of(a, v[i].slug);
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
	if (a->bookmarks || a->keypad)
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

/* Keypad search: the titles under the filter whose pinyin initials the
 * digits spell, newest first. A scan of the filter's list (bounded: a
 * kiosk's corpus is small; a huge one is searched in its newest part). */
#define KEYPAD_SCAN 50000
#define KEYPAD_MAX 500

static void load_keypad(list_pane *l, app *a)
{
	yd_list_item *v = NULL;
	size_t m = 0, cap = 0, scanned = 0;
	int64_t before = INT64_MAX;
	l->first = 0;
	while (scanned < KEYPAD_SCAN && m < KEYPAD_MAX) {
		yd_list_page pg = { 0 };
		yd_error err = { 0 };
		if (yd_corpus_list(a->corpus, a->region, a->topic, before, false, 1000, &pg, &err) != 0) {
			app_message(a, true, "%s", err.msg);
			break;
		}
		size_t got = pg.n;
		for (size_t i = 0; i < pg.n; i++) {
			before = pg.v[i].key;
			if (m < KEYPAD_MAX && yd_keypad_match(pg.v[i].title, a->digits)) {
				if (!YD_GROW(v, cap, m + 1))
					break;
				v[m++] = pg.v[i];
				memset(&pg.v[i], 0, sizeof pg.v[i]);
			}
		}
		yd_list_page_free(&pg);
		scanned += got;
		if (got < 1000)
			break;
	}
	if (m)
		add_items(l, a, v, m, true);
	else
		free(v);
	l->total = (int64_t)l->n;
}

static void list_reload(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	clear_items(l);
	clear_hits(l);
	l->drawn_ok = false;
	l->lv.cursor = l->lv.top = l->first = 0;
	if (a->keypad) {
		load_keypad(l, a);
	} else if (a->searching) {
		l->total = 0;
		fetch_hits(l, a);
	} else if (a->bookmarks) {
		load_bookmarks(l, a);
	} else {
		l->total = yd_corpus_count(a->corpus, a->region, a->topic);
		if (l->total < 0)
			l->total = 0;
		/* The screen's rows now (before the first layout: a tall screen's). */
		ensure(l, a, 0, p->body.h > 0 ? p->body.h : 64);
	}
	listview_set_count(&l->lv, l->total);
	a->list_total = l->total;
}

static void list_changed(pane *p, app *a, unsigned what)
{
	list_pane *l = (list_pane *)p;
	if (what & CH_FILTER)
		list_reload(p, a);
	if ((what & (CH_ARTICLE | CH_STATE)) && a->have_art) {
		/* Only the open article's row changes: it is read now, and B
		 * toggles its bookmark. One look-up, not one per row. */
		bool bm = yd_state_is_bookmarked(a->state, a->art.slug);
		for (size_t i = 0; i < l->n; i++) {
			if (l->items[i].id != a->article)
				continue;
			l->marks[i] = (unsigned char)(MARK_READ | (bm ? MARK_BOOKMARK : 0));
		}
		l->drawn_ok = false;
	}
}

/* Search results take two lines each where there is room: the title
 * and date, then a whole line of the snippet to read. */
static void set_row_height(list_pane *l, app *a, const pane *p)
{
	l->lv.row_h = a->searching && !a->keypad && p->body.w >= 24 && p->body.h >= 6 ? 2 : 1;
}

/* The rows the screen shows are in memory before draw (which reads
 * nothing). */
static void list_prepare(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	set_row_height(l, a, p);
	listview_scroll(&l->lv, p->body.h);
	ensure(l, a, l->lv.top, l->lv.top + p->body.h);
	if (a->searching) {
		listview_set_count(&l->lv, l->total);
		a->list_total = l->total;
	}
}

static bool list_idle(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	int64_t h = p->body.h > 0 ? p->body.h : 1;
	if (!p->shown || a->bookmarks || a->searching || a->keypad || l->n == 0 ||
	    l->n >= WINDOW_MAX)
		return false;
	int64_t last = l->first + (int64_t)l->n;
	size_t before = l->n;
	bool drawn_ok = l->drawn_ok;   /* the rows on screen stay as they are */
	/* Two screens of margin: a Page Down and the one after it. */
	if (l->lv.top + 3 * h > last && last < l->total)
		fetch(l, a, l->items[l->n - 1].key, true, true, PAGE_ROWS);
	else if (l->lv.top - 2 * h < l->first && l->first > 0)
		fetch(l, a, l->items[0].key, false, false, PAGE_ROWS);
	l->drawn_ok = drawn_ok;
	return l->n > before;
}

static const yd_list_item *item_at(list_pane *l, int64_t pos, unsigned *marks)
{
	if (pos < l->first || pos >= l->first + (int64_t)l->n)
		return NULL;
	if (marks)
		*marks = l->marks[pos - l->first];
	return &l->items[pos - l->first];
}

/* Draws text with its matched ranges highlighted; returns columns used. */
static int draw_marked(int y, int x, int w, const char *s, const yd_range *rg,
		       size_t nrg, attr_t base, attr_t match)
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
			col += draw_text(y, x + col, w - col, s + start, end - start, match);
		pos = end > pos ? end : pos;
	}
	return col;
}

typedef struct list_ctx {
	list_pane *l;
	app *a;
} list_ctx;

/* The snippet in the w columns the title leaves: when its longest match
 * (the words of the question together) would not show, from a few
 * characters before that match, after an ellipsis. */
static void draw_snippet(int y, int x, int w, const yd_search_hit *h, attr_t dim,
			 attr_t match, int text_flags)
{
	const char *s = h->snippet;
	size_t best = 0;
	for (size_t i = 1; i < h->nranges; i++)
		if (h->ranges[i].end - h->ranges[i].start >
		    h->ranges[best].end - h->ranges[best].start)
			best = i;
	if (h->nranges == 0 || yd_text_width(s, h->ranges[best].end, text_flags) <= w ||
	    w < 8) {
		draw_marked(y, x, w, s, h->ranges, h->nranges, dim, match);
		return;
	}
	size_t from = h->ranges[best].start;
	for (int k = 0; k < 4 && from > 0; k++) {
		from--;
		while (from > 0 && ((unsigned char)s[from] & 0xC0) == 0x80)
			from--;
	}
	yd_range *rg = malloc((h->nranges + 1) * sizeof *rg);
	if (!rg)
		return;
	size_t n = 0;
	for (size_t i = 0; i < h->nranges; i++)
		if (h->ranges[i].start >= from)
			rg[n++] = (yd_range){ h->ranges[i].start - from, h->ranges[i].end - from };
	int col = draw_str(y, x, w, "…", dim);
	draw_marked(y, x + col, w - col, s + from, rg, n, dim, match);
	free(rg);
}

/* A result: the title (matches marked) and its date, then the snippet,
 * dimmed: on a line of its own when the row has two, else after the
 * title. */
static void hit_row(list_pane *l, app *a, const lv_row *row)
{
	if (row->i >= (int64_t)l->nhits)
		return;
	const yd_search_hit *h = &l->hits[row->i];
	int date_w = row->w >= (row->h > 1 ? 30 : 50) ? 10 : 0;
	int w = row->w - (date_w ? date_w + 1 : 0);
	attr_t match = lv_attr(row, ROLE_MATCH);
	int col = draw_marked(row->y, row->x, w, h->title, h->title_ranges, h->ntitle_ranges,
			      row->base, match);
	if (row->h > 1) {
		if (h->snippet && *h->snippet)
			draw_snippet(row->y + 1, row->x + 2, row->w - 2, h, lv_attr(row, ROLE_DIM),
				     match, a->opt.text_flags);
	} else if (col + 3 < w && h->snippet && *h->snippet) {
		attr_t dim = lv_attr(row, ROLE_DIM);
		col += draw_str(row->y, row->x + col, w - col, " · ", dim);
		draw_snippet(row->y, row->x + col, w - col, h, dim, match, a->opt.text_flags);
	}
	if (date_w)
		draw_fit(row->y, row->x + row->w - date_w, date_w, h->date, lv_attr(row, ROLE_DIM),
			 a->opt.text_flags);
}

/* Columns: marks (unread, bookmarked), title, region, date; the last two
 * give way on narrow panes, the title keeps at least half. */
static void item_row(list_pane *l, app *a, const lv_row *row)
{
	unsigned marks = 0;
	const yd_list_item *it = item_at(l, row->i, &marks);
	if (!it)
		return;
	int date_w = row->w >= 30 ? 10 : 0;
	int region_w = row->w >= 56 ? 6 : 0;
	int x = row->x;
	draw_str(row->y, x, 1, marks & MARK_READ ? " " : "*", lv_attr(row, ROLE_UNREAD));
	draw_str(row->y, x + 1, 1, marks & MARK_BOOKMARK ? "B" : " ", lv_attr(row, ROLE_MARKER));
	x += 3;
	int title_w = row->w - 3 - (date_w ? date_w + 1 : 0) - (region_w ? region_w + 1 : 0);
	draw_fit(row->y, x, title_w, it->title, row->base, a->opt.text_flags);
	x += title_w + 1;
	if (region_w) {
		draw_fit(row->y, x, region_w, it->region ? it->region : "", lv_attr(row, ROLE_DIM),
			 a->opt.text_flags);
		x += region_w + 1;
	}
	if (date_w)
		draw_fit(row->y, x, date_w, it->date, lv_attr(row, ROLE_DIM), a->opt.text_flags);
}

static void list_row(void *ctx, const lv_row *row)
{
	list_ctx *c = ctx;
	if (c->a->searching && !c->a->keypad)
		hit_row(c->l, c->a, row);
	else
		item_row(c->l, c->a, row);
}

static bool list_is_current(void *ctx, int64_t i)
{
	list_ctx *c = ctx;
	if (c->a->searching && !c->a->keypad)
		return i < (int64_t)c->l->nhits && c->l->hits[i].id == c->a->article;
	const yd_list_item *it = item_at(c->l, i, NULL);
	return it && it->id == c->a->article;
}

/* A search that found nothing says what to try: the same search in all
 * regions and topics when a filter is on (and how many it finds there),
 * fewer or other words. */
static void no_results(const list_pane *l, app *a, rect r)
{
	char line[512];
	int y = r.y;
	attr_t dim = theme_attr(ROLE_DIM);
	draw_fit(y++, r.x, r.w, _("No results."), dim, a->opt.text_flags);
	if (a->region > 0 || a->topic > 1) {
		/* short: the list pane may be narrow */
		if (l->elsewhere > 0)
			snprintf(line, sizeof line, _("c: all regions and topics (%zu%s found)"),
				 l->elsewhere, l->elsewhere_more ? "+" : "");
		else
			snprintf(line, sizeof line, "%s", _("c: all regions and topics"));
		if (y < r.y + r.h)
			draw_fit(y++, r.x, r.w, line, dim, a->opt.text_flags);
	}
	if (y < r.y + r.h)
		draw_fit(y++, r.x, r.w, _("/: fewer or other words"),
			 dim, a->opt.text_flags);
}

static void list_draw(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	rect r = p->body;
	if (l->total == 0) {
		for (int row = 0; row < r.h; row++)
			draw_fill(r.y + row, r.x, r.w, A_NORMAL);
		if (r.h > 0 && a->searching && !a->keypad)
			no_results(l, a, r);
		else if (r.h > 0)
			draw_fit(r.y, r.x, r.w, a->keypad ? _("No title has these initials.")
				 : a->bookmarks ? _("No bookmarks yet.")
				 : _("No articles here."), theme_attr(ROLE_DIM), a->opt.text_flags);
		l->lv.drawn_ok = false;
		return;
	}
	set_row_height(l, a, p);
	list_ctx c = { l, a };
	bool partial = !p->whole && l->drawn_ok && !a->searching && a->article == l->drawn_article;
	listview_draw(&l->lv, r.y, r.x, r.h, r.w, a->focus == p->id, partial, list_row,
		      list_is_current, &c);
	l->drawn_ok = true;
	l->drawn_article = a->article;
}

static void open_cursor(list_pane *l, app *a)
{
	int64_t c = l->lv.cursor;
	ensure(l, a, c, c + 1);
	if (a->searching && !a->keypad) {
		if (c < (int64_t)l->nhits)
			app_open_article(a, l->hits[c].id);
		return;
	}
	const yd_list_item *it = item_at(l, c, NULL);
	if (it)
		app_open_article(a, it->id);
}

static int64_t list_cursor_article(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	int64_t c = l->lv.cursor;
	if (!p->shown)
		return -1;
	if (a->searching && !a->keypad)
		return c < (int64_t)l->nhits ? l->hits[c].id : -1;
	const yd_list_item *it = l->n ? item_at(l, c, NULL) : NULL;
	return it ? it->id : -1;
}

static void list_sort(pane *p, app *a);

static bool list_key(pane *p, app *a, action act)
{
	list_pane *l = (list_pane *)p;
	set_row_height(l, a, p);
	if (listview_key(&l->lv, act, p->body.h))
		return true;
	switch (act) {
	case ACT_ENTER: open_cursor(l, a); return true;
	case ACT_SORT: list_sort(p, a); return true;
	default:
		return false;
	}
}

/* The list's order: newest or oldest first (the filtered list only). */
static void list_sort(pane *p, app *a)
{
	list_pane *l = (list_pane *)p;
	if (a->bookmarks || a->searching || a->keypad) {
		app_message(a, false, "%s", _("Only the list of a region and topic can be reordered."));
		return;
	}
	l->oldest_first = !l->oldest_first;
	list_reload(p, a);
	app_touch(a, p->id);
	app_message(a, false, "%s", l->oldest_first ? _("Oldest first") : _("Newest first"));
}

static void list_click(pane *p, app *a, int row)
{
	list_pane *l = (list_pane *)p;
	set_row_height(l, a, p);
	int64_t pos = listview_at(&l->lv, row);
	if (pos < 0)
		return;
	if (pos == l->lv.cursor)
		open_cursor(l, a);
	else
		listview_move_to(&l->lv, pos);
}

static void list_wheel(pane *p, app *a, int n)
{
	(void)a;
	list_pane *l = (list_pane *)p;
	listview_move_to(&l->lv, l->lv.cursor + n);
}

static void list_info(pane *p, app *a, char *buf, size_t n)
{
	(void)a;
	list_pane *l = (list_pane *)p;
	if (l->total > 0)
		snprintf(buf, n, "%lld/%lld", (long long)l->lv.cursor + 1, (long long)l->total);
	else
		buf[0] = '\0';
}

static const char *list_hints(pane *p, app *a)
{
	(void)p;
	if (a->keypad)
		return _("Keypad: digits spell initials · Backspace deletes · Enter open · Esc leave");
	return _("↑↓ move · Enter read · z full screen · / search · 0 menu · ? help");
}

static void list_save(pane *p, pane_pos *pos)
{
	list_pane *l = (list_pane *)p;
	pos->v[0] = l->lv.cursor;
	pos->v[1] = l->lv.top;
	pos->set = true;
}

static void list_restore(pane *p, app *a, const pane_pos *pos)
{
	(void)a;
	list_pane *l = (list_pane *)p;
	listview_move_to(&l->lv, pos->v[0]);
	l->lv.top = pos->v[1];
	l->drawn_ok = false;
}

static void list_free(pane *p)
{
	clear_hits((list_pane *)p);
	clear_items((list_pane *)p);
	free(p);
}

static const pane_ops list_ops = {
	.prepare = list_prepare,
	.draw = list_draw,
	.key = list_key,
	.click = list_click,
	.wheel = list_wheel,
	.changed = list_changed,
	.info = list_info,
	.hints = list_hints,
	.idle = list_idle,
	.cursor_article = list_cursor_article,
	.save = list_save,
	.restore = list_restore,
	.free = list_free,
};

pane *list_pane_new(void)
{
	list_pane *l = calloc(1, sizeof *l);
	if (!l)
		return NULL;
	l->base.ops = &list_ops;
	l->base.id = PANE_LIST;
	l->base.scope = SC_LIST;
	l->base.title = N_("Articles");
	return &l->base;
}

