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
	memset(&e, 0, sizeof e);   /* entries are compared with memcmp */
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

/* The entry being left remembers the pane the reader was in, so that back
 * returns there (from an article to the list it was opened from). */
static void remember_focus(app *a)
{
	if (a->hist_len > 0)
		a->hist[a->hist_pos].focus = a->focus;
}

static void record(app *a)
{
	history_entry e = snapshot(a);
	if (a->hist_len > 0) {
		history_entry *cur = &a->hist[a->hist_pos];
		if (memcmp(cur, &e, sizeof e) == 0)
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

static void reload_filter(app *a)
{
	tree_pane_reload(a->panes[PANE_REGIONS], a);
	tree_pane_reload(a->panes[PANE_TOPICS], a);
	list_pane_reload(a->panes[PANE_LIST], a);
	/* The article's search highlights follow the filter and search too. */
	app_touch_all(a);
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
	article_pane_load(a->panes[PANE_ARTICLE], a, id);
	related_pane_load(a->panes[PANE_RELATED], a);
	const yd_full_article *art = article_pane_article(a->panes[PANE_ARTICLE]);
	if (art) {
		/* The list shows it read at once; the state file is written
		 * after the frame (app_flush_state). */
		a->pending_read = strdup(art->slug);
		if (!a->pending_read)
			app_message(a, true, "%s", "out of memory");
		list_pane_mark_read(a->panes[PANE_LIST], id);
	}
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
	list_pane_reload(a->panes[PANE_LIST], a);
	app_touch_all(a);
	app_focus(a, PANE_LIST);
	record(a);
}

void app_show_bookmarks(app *a, bool on)
{
	remember_focus(a);
	a->bookmarks = on;
	a->searching = false;
	list_pane_reload(a->panes[PANE_LIST], a);
	app_touch_all(a);
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
	app_focus(a, e->focus);
}

void app_back(app *a)
{
	if (a->hist_pos <= 0)
		return;
	a->hist_pos--;
	restore(a, &a->hist[a->hist_pos]);
}

void app_forward(app *a)
{
	if (a->hist_pos + 1 >= a->hist_len)
		return;
	a->hist_pos++;
	restore(a, &a->hist[a->hist_pos]);
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
	pane *fresh[PANE_COUNT] = {
		tree_pane_new(PANE_REGIONS), tree_pane_new(PANE_TOPICS),
		list_pane_new(), article_pane_new(), related_pane_new(),
	};
	for (int i = 0; i < PANE_COUNT; i++) {
		if (!fresh[i]) {
			for (int j = 0; j < PANE_COUNT; j++)
				if (fresh[j])
					fresh[j]->ops->free(fresh[j]);
			a->quit = true;
			return;
		}
	}
	for (int i = 0; i < PANE_COUNT; i++) {
		a->panes[i]->ops->free(a->panes[i]);
		a->panes[i] = fresh[i];
	}
	a->hist_len = a->hist_pos = 0;
	a->article = -1;
	a->bookmarks = false;
	a->searching = a->editing = false;
	a->query[0] = '\0';
	memset(&a->input, 0, sizeof a->input);
	a->overlay = OVERLAY_NONE;
	a->message[0] = '\0';
	a->focus = a->nav = PANE_REGIONS;
	a->region = -1;   /* forces the reload below */
	app_touch_all(a);
	app_set_filter(a, 0, 1);
	layout_apply(a);
}
