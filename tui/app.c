/* State changes of the browser, and history like a web browser's: every
 * filter change and every article opened is an entry; back and forward
 * move through them. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/text.h"
#include "app.h"

void app_message(app *a, bool error, const char *fmt, ...)
{
	char raw[sizeof a->message];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(raw, sizeof raw, fmt, ap);
	va_end(ap);
	/* Messages can quote corpus text (a link target): clean it as well. */
	char *clean = yd_text_sanitize(raw, strlen(raw), 0, NULL);
	snprintf(a->message, sizeof a->message, "%s", clean ? clean : "");
	free(clean);
	a->message_error = error;
	a->dirty = true;
}

void app_touch(app *a, pane_id id)
{
	a->panes[id]->dirty = true;
	a->dirty = true;
}

void app_touch_all(app *a)
{
	a->redraw_all = true;
	a->dirty = true;
}

static history_entry snapshot(const app *a)
{
	history_entry e;
	memset(&e, 0, sizeof e);
	e.region = a->region;
	e.topic = a->topic;
	e.article = a->article;
	e.focus = a->focus;
	e.bookmarks = a->bookmarks;
	e.searching = a->searching;
	if (a->searching)
		snprintf(e.query, sizeof e.query, "%s", a->query);
	return e;
}

/* Whether two entries show the same thing (places within panes aside). */
static bool same_entry(const history_entry *x, const history_entry *y)
{
	return x->region == y->region && x->topic == y->topic && x->article == y->article &&
	       x->focus == y->focus && x->bookmarks == y->bookmarks &&
	       x->searching == y->searching && strcmp(x->query, y->query) == 0;
}

/* The entry being left remembers the pane the reader was in and where
 * each pane was (the article's scroll position and selected link), so that
 * back returns there, as in a web browser. */
static void remember_focus(app *a)
{
	if (a->hist_len == 0)
		return;
	history_entry *e = &a->hist[a->hist_pos];
	e->focus = a->focus;
	for (int i = 0; i < PANE_COUNT; i++) {
		pane *p = a->panes[i];
		memset(&e->pos[i], 0, sizeof e->pos[i]);
		if (p->ops->save)
			p->ops->save(p, &e->pos[i]);
	}
}

static void record(app *a)
{
	history_entry e = snapshot(a);
	if (a->hist_len > 0) {
		history_entry *cur = &a->hist[a->hist_pos];
		if (same_entry(cur, &e))
			return;
		a->hist_len = a->hist_pos + 1;   /* drop the forward entries */
	}
	if (a->hist_len == HISTORY_MAX) {
		memmove(a->hist, a->hist + 1, (HISTORY_MAX - 1) * sizeof a->hist[0]);
		a->hist_len--;
	}
	a->hist[a->hist_len++] = e;
	a->hist_pos = a->hist_len - 1;
}

void app_notify(app *a, unsigned what)
{
	for (int i = 0; i < PANE_COUNT; i++)
		if (a->panes[i]->ops->changed)
			a->panes[i]->ops->changed(a->panes[i], a, what);
	app_touch_all(a);
}

static void reload_filter(app *a)
{
	/* The article's search highlights follow the filter and search too. */
	app_notify(a, CH_FILTER);
}

bool app_has_article(const app *a, int64_t id)
{
	return id < 0 || id == a->tried || (a->have_art && a->art.id == id);
}

bool app_read_ahead(app *a, int64_t id)
{
	yd_error err = { 0 };
	if (app_has_article(a, id))
		return false;
	if (a->have_ahead)
		yd_full_article_free(&a->ahead);
	/* a failure is not retried while idle; opening reports it */
	a->tried = id;
	a->have_ahead = yd_corpus_article(a->corpus, id, &a->ahead, &err) == 0;
	return a->have_ahead;
}

/* Reads the article into a->art (from the read-ahead copy if it is that
 * one); id -1 closes it. */
static void read_article(app *a, int64_t id)
{
	yd_error err = { 0 };
	if (a->have_art)
		yd_full_article_free(&a->art);
	a->have_art = false;
	if (id < 0)
		return;
	if (a->have_ahead && a->ahead.id == id) {
		a->art = a->ahead;
		a->have_ahead = false;
		a->tried = 0;
		a->have_art = true;
		return;
	}
	if (yd_corpus_article(a->corpus, id, &a->art, &err) != 0) {
		app_message(a, true, "%s", err.msg);
		return;
	}
	a->have_art = true;
}

void app_flush_state(app *a)
{
	yd_error err = { 0 };
	char *slug = a->pending_read;
	if (!slug)
		return;
	a->pending_read = NULL;
	if (yd_state_mark_read(a->state, slug, &err) != 0)
		app_message(a, true, "%s", err.msg);
	free(slug);
}

static void load_article(app *a, int64_t id)
{
	app_flush_state(a);
	a->article = id;
	app_touch(a, PANE_ARTICLE);
	app_touch(a, PANE_RELATED);
	app_touch(a, PANE_LIST);     /* the open article's row and read mark */
	read_article(a, id);
	if (a->have_art) {
		/* The list shows it read at once; the state file is written
		 * after the frame (app_flush_state). */
		a->pending_read = strdup(a->art.slug);
		if (!a->pending_read)
			app_message(a, true, "%s", "out of memory");
	}
	app_notify(a, CH_ARTICLE);
}

void app_focus(app *a, pane_id id)
{
	/* Both panes' cursor rows change colour. */
	app_touch(a, a->focus);
	app_touch(a, id);
	a->focus = id;
	/* The two-pane layout shows the navigation pane used last. */
	if (id <= PANE_LIST)
		a->nav = id;
	layout_apply(a);
	a->dirty = true;
}

void app_set_filter(app *a, int64_t region, int64_t topic)
{
	remember_focus(a);
	a->region = region;
	a->topic = topic;
	a->bookmarks = false;
	a->keypad = false;
	/* A search stays on, within the new filter. */
	reload_filter(a);
	record(a);
	a->dirty = true;
}

void app_search(app *a, const char *query)
{
	remember_focus(a);
	snprintf(a->query, sizeof a->query, "%s", query);
	a->searching = true;
	a->bookmarks = false;
	a->keypad = false;
	app_notify(a, CH_FILTER);
	app_focus(a, PANE_LIST);
	record(a);
}

void app_show_bookmarks(app *a, bool on)
{
	remember_focus(a);
	a->bookmarks = on;
	a->searching = false;
	a->keypad = false;
	app_notify(a, CH_FILTER);
	app_focus(a, PANE_LIST);
	record(a);
}

void app_open_article(app *a, int64_t id)
{
	remember_focus(a);
	load_article(a, id);
	app_focus(a, PANE_ARTICLE);
	record(a);
}

/* Puts the browser in the state of a history entry, reloading only what
 * differs. */
static void restore(app *a, const history_entry *e)
{
	bool filter = e->region != a->region || e->topic != a->topic ||
		      e->bookmarks != a->bookmarks || e->searching != a->searching ||
		      (e->searching && strcmp(e->query, a->query) != 0);
	a->region = e->region;
	a->topic = e->topic;
	a->bookmarks = e->bookmarks;
	a->searching = e->searching;
	snprintf(a->query, sizeof a->query, "%s", e->searching ? e->query : "");
	if (filter)
		reload_filter(a);
	app_touch_all(a);
	if (e->article != a->article)
		load_article(a, e->article);
	for (int i = 0; i < PANE_COUNT; i++) {
		pane *p = a->panes[i];
		if (e->pos[i].set && p->ops->restore)
			p->ops->restore(p, a, &e->pos[i]);
	}
	app_focus(a, e->focus);
}

bool app_can_back(const app *a)
{
	return a->hist_pos > 0;
}

void app_back(app *a)
{
	if (a->hist_pos <= 0)
		return;
	remember_focus(a);
	a->hist_pos--;
	restore(a, &a->hist[a->hist_pos]);
}

void app_forward(app *a)
{
	if (a->hist_pos + 1 >= a->hist_len)
		return;
	remember_focus(a);
	a->hist_pos++;
	restore(a, &a->hist[a->hist_pos]);
}

static int new_panes(pane **v)
{
	v[PANE_REGIONS] = tree_pane_new(PANE_REGIONS);
	v[PANE_TOPICS] = tree_pane_new(PANE_TOPICS);
	v[PANE_LIST] = list_pane_new();
	v[PANE_ARTICLE] = article_pane_new();
	v[PANE_RELATED] = related_pane_new();
	for (int i = 0; i < PANE_COUNT; i++)
		if (!v[i]) {
			for (int j = 0; j < PANE_COUNT; j++)
				if (v[j])
					v[j]->ops->free(v[j]);
			return -1;
		}
	return 0;
}

/* The start: the article list has the focus, as it is what there is to
 * read. */
static void start(app *a, int64_t region, int64_t topic)
{
	a->hist_len = a->hist_pos = 0;
	a->focus = a->nav = PANE_LIST;
	a->zoom = false;
	a->region = -1;   /* forces the reload */
	app_touch_all(a);
	app_set_filter(a, region, topic);
	layout_apply(a);
}

int app_init(app *a)
{
	if (new_panes(a->panes) != 0)
		return -1;
	a->article = -1;
	int64_t region = a->opt.region > 0 ? a->opt.region : 0;
	int64_t topic = a->opt.topic > 0 ? a->opt.topic : 1;
	start(a, region, topic);
	if (a->opt.search && a->opt.search[0])
		app_search(a, a->opt.search);
	return 0;
}

void app_free(app *a)
{
	for (int i = 0; i < PANE_COUNT; i++)
		if (a->panes[i])
			a->panes[i]->ops->free(a->panes[i]);
	if (a->have_art)
		yd_full_article_free(&a->art);
	if (a->have_ahead)
		yd_full_article_free(&a->ahead);
	a->have_art = a->have_ahead = false;
	free(a->pending_read);
	a->pending_read = NULL;
}

void app_reset(app *a)
{
	yd_error err = { 0 };
	/* The last reader's read mark is forgotten, not written after. */
	free(a->pending_read);
	a->pending_read = NULL;
	if (yd_state_clear(a->state, &err) != 0)
		app_message(a, true, "%s", err.msg);
	/* New panes: no cursor, scroll position or expanded node survives. */
	pane *fresh[PANE_COUNT];
	if (new_panes(fresh) != 0) {
		a->quit = true;
		return;
	}
	for (int i = 0; i < PANE_COUNT; i++) {
		a->panes[i]->ops->free(a->panes[i]);
		a->panes[i] = fresh[i];
	}
	if (a->have_art)
		yd_full_article_free(&a->art);
	a->have_art = false;
	a->article = -1;
	a->bookmarks = false;
	a->searching = a->editing = a->keypad = false;
	a->query[0] = '\0';
	a->digits[0] = '\0';
	memset(&a->input, 0, sizeof a->input);
	a->overlay = OVERLAY_NONE;
	a->message[0] = '\0';
	/* The kiosk's own filter (--region, --topic) is where a reader starts. */
	start(a, a->opt.region > 0 ? a->opt.region : 0, a->opt.topic > 0 ? a->opt.topic : 1);
}
