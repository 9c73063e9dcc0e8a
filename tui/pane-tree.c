/* The region tree and the topic tree: one implementation, two instances.
 * Each node shows its article count under the other tree's choice;
 * nodes expand and collapse; Enter chooses a node as the filter. */
#include <stdlib.h>
#include <string.h>

#include "yidu/grow.h"
#include "draw.h"
#include "i18n.h"
#include "listview.h"
#include "app.h"

#define CACHE_SLOTS 4

typedef struct tree_pane {
	pane base;
	yd_node_list nodes;      /* whole tree, depth first */
	bool *expanded;          /* per node */
	size_t *visible;         /* indices into nodes */
	size_t nvisible;
	listview lv;             /* rows: indices into visible */
	int64_t cursor_id;       /* keeps the cursor across reloads */
	int64_t *open_ids;       /* expanded node ids, kept across reloads */
	size_t nopen, capopen;
	bool loaded;             /* nodes hold the counts under loaded_other */
	int64_t loaded_other;
	/* A filter change while the pane was off screen: its counts are
	 * refreshed while idle, or when it is next drawn or used if that
	 * comes first (tree_fresh), not in the key that changed the filter. */
	bool stale;
	/* Counts under the last few choices of the other tree (the corpus is
	 * read-only, so they stay true): going back to one is a copy, not a
	 * query (~3,000 look-ups for the region tree on a large corpus). */
	struct {
		int64_t other;
		int64_t *counts;  /* per node, NULL: unused */
	} cache[CACHE_SLOTS];
	unsigned cache_next;
} tree_pane;

static bool is_regions(const tree_pane *t)
{
	return t->base.id == PANE_REGIONS;
}

static int64_t current_id(const tree_pane *t, const app *a)
{
	return is_regions(t) ? a->region : a->topic;
}

static bool has_children(const tree_pane *t, size_t i)
{
	return i + 1 < t->nodes.n && t->nodes.v[i + 1].parent == t->nodes.v[i].id;
}

/* Whether node i has a child that would be shown (one with articles, or
 * the chosen node): a prefecture whose counties have no articles gets no
 * "+" that would open onto nothing. */
static bool has_shown_children(const tree_pane *t, size_t i, int64_t cur)
{
	const yd_node *nd = &t->nodes.v[i];
	for (size_t k = i + 1; k < t->nodes.n && t->nodes.v[k].level > nd->level; k++) {
		const yd_node *c = &t->nodes.v[k];
		if (c->parent == nd->id && (c->count > 0 || c->id == cur))
			return true;
	}
	return false;
}

static bool id_open(const tree_pane *t, int64_t id)
{
	for (size_t i = 0; i < t->nopen; i++)
		if (t->open_ids[i] == id)
			return true;
	return false;
}

static void set_open(tree_pane *t, int64_t id, bool open)
{
	for (size_t i = 0; i < t->nopen; i++) {
		if (t->open_ids[i] == id) {
			if (!open)
				t->open_ids[i] = t->open_ids[--t->nopen];
			return;
		}
	}
	if (!open)
		return;
	if (YD_GROW(t->open_ids, t->capopen, t->nopen + 1))
		t->open_ids[t->nopen++] = id;
}

/* Recomputes which nodes show: children of expanded nodes, without the
 * empty ones (except the chosen node, so the user still sees where they
 * are). */
static void rebuild_visible(tree_pane *t, const app *a)
{
	int64_t cur = current_id(t, a);
	size_t n = 0;
	int skip_level = -1;
	for (size_t i = 0; i < t->nodes.n; i++) {
		const yd_node *nd = &t->nodes.v[i];
		if (skip_level >= 0 && nd->level > skip_level)
			continue;
		skip_level = -1;
		if (nd->count == 0 && nd->id != cur && nd->level > 0) {
			skip_level = nd->level;
			continue;
		}
		t->visible[n++] = i;
		t->expanded[i] = id_open(t, nd->id);
		if (has_children(t, i) && !t->expanded[i])
			skip_level = nd->level;
	}
	t->nvisible = n;
	/* Keep the cursor on the same node if it is still shown. */
	size_t c = 0;
	for (size_t v = 0; v < n; v++)
		if (t->nodes.v[t->visible[v]].id == t->cursor_id)
			c = v;
	listview_set_count(&t->lv, (int64_t)n);
	listview_move_to(&t->lv, (int64_t)c);
}

static void cache_clear(tree_pane *t)
{
	for (unsigned i = 0; i < CACHE_SLOTS; i++) {
		free(t->cache[i].counts);
		t->cache[i].counts = NULL;
	}
}

/* Keeps the nodes' current counts as those under `other`. */
static void cache_put(tree_pane *t, int64_t other)
{
	unsigned slot = t->cache_next++ % CACHE_SLOTS;
	int64_t *v = t->cache[slot].counts;
	if (!v)
		v = malloc((t->nodes.n + 1) * sizeof *v);
	t->cache[slot].counts = v;
	if (!v)
		return;
	t->cache[slot].other = other;
	for (size_t i = 0; i < t->nodes.n; i++)
		v[i] = t->nodes.v[i].count;
}

static bool cache_get(tree_pane *t, int64_t other)
{
	for (unsigned i = 0; i < CACHE_SLOTS; i++) {
		if (t->cache[i].counts && t->cache[i].other == other) {
			for (size_t k = 0; k < t->nodes.n; k++)
				t->nodes.v[k].count = t->cache[i].counts[k];
			return true;
		}
	}
	return false;
}

/* Opens the ancestors of the chosen node so that it is visible. */
static void open_path_to(tree_pane *t, int64_t id)
{
	for (size_t guard = 0; guard < 16; guard++) {
		size_t i;
		for (i = 0; i < t->nodes.n && t->nodes.v[i].id != id; i++)
			;
		if (i == t->nodes.n || t->nodes.v[i].parent < 0)
			return;
		id = t->nodes.v[i].parent;
		set_open(t, id, true);
	}
}

static void tree_reload(pane *p, app *a)
{
	tree_pane *t = (tree_pane *)p;
	yd_error err = { 0 };
	int rc;
	int64_t other = is_regions(t) ? a->topic : a->region;

	/* The counts depend only on the other tree's choice: choosing a node
	 * in this tree needs no new query. The tree itself (3,214 regions with
	 * their names) is read once; another choice there refreshes counts. */
	if (t->loaded && t->loaded_other != other) {
		if (cache_get(t, other)) {
			rc = 0;
		} else {
			rc = is_regions(t) ? yd_corpus_region_counts(a->corpus, other, &t->nodes, &err)
				: yd_corpus_topic_counts(a->corpus, other, &t->nodes, &err);
			if (rc == 0)
				cache_put(t, other);
		}
		if (rc == 0)
			t->loaded_other = other;
		else
			t->loaded = false;   /* read it all again below */
	}
	if (!t->loaded || t->loaded_other != other) {
		yd_node_list_free(&t->nodes);
		if (is_regions(t))
			rc = yd_corpus_regions(a->corpus, other, true, &t->nodes, &err);
		else
			rc = yd_corpus_topics(a->corpus, other, true, &t->nodes, &err);
		t->loaded = rc == 0;
		t->loaded_other = other;
		cache_clear(t);   /* sized for the old nodes */
		if (t->loaded)
			cache_put(t, other);
		if (rc != 0) {
			app_message(a, true, "%s", err.msg);
			t->nodes.n = 0;
		}
		free(t->expanded);
		free(t->visible);
		t->expanded = calloc(t->nodes.n + 1, sizeof *t->expanded);
		t->visible = calloc(t->nodes.n + 1, sizeof *t->visible);
		if (!t->expanded || !t->visible) {
			t->nodes.n = 0;
			t->loaded = false;
			return;
		}
	}
	if (t->nodes.n)
		set_open(t, t->nodes.v[0].id, true);
	open_path_to(t, current_id(t, a));
	if (t->cursor_id < 0)
		t->cursor_id = current_id(t, a);
	rebuild_visible(t, a);
}

/* The first reading (names the location line needs) happens at once; a
 * refresh of the counts of a tree that is not on screen (the region
 * tree's ~3,000 look-ups when a topic is chosen at 80x24) waits for idle
 * time or until the tree is shown. */
static void tree_changed(pane *p, app *a, unsigned what)
{
	tree_pane *t = (tree_pane *)p;
	if (!(what & CH_FILTER))
		return;
	t->stale = false;
	if (t->loaded && !p->shown)
		t->stale = true;
	else
		tree_reload(p, a);
}

static void tree_fresh(tree_pane *t, app *a)
{
	if (t->stale) {
		t->stale = false;
		tree_reload(&t->base, a);
	}
}

static void tree_prepare(pane *p, app *a)
{
	tree_fresh((tree_pane *)p, a);
}

/* Idle time (no key waiting): the refresh put off, so that showing the
 * tree later costs nothing either. */
static bool tree_idle(pane *p, app *a)
{
	tree_pane *t = (tree_pane *)p;
	if (!t->stale)
		return false;
	tree_fresh(t, a);
	return true;
}

static const yd_node *cursor_node(const tree_pane *t)
{
	return t->nvisible ? &t->nodes.v[t->visible[t->lv.cursor]] : NULL;
}

static void move_cursor(tree_pane *t, long delta)
{
	if (!t->nvisible)
		return;
	listview_move_to(&t->lv, t->lv.cursor + delta);
	t->cursor_id = cursor_node(t)->id;
}

typedef struct tree_ctx {
	tree_pane *t;
	app *a;
	int64_t cur;
} tree_ctx;

static bool tree_is_current(void *ctx, int64_t v)
{
	tree_ctx *c = ctx;
	return c->t->nodes.v[c->t->visible[v]].id == c->cur;
}

static void tree_row(void *ctx, const lv_row *row)
{
	tree_ctx *c = ctx;
	tree_pane *t = c->t;
	size_t i = t->visible[row->i];
	const yd_node *nd = &t->nodes.v[i];
	char count[24];
	int cw = snprintf(count, sizeof count, " %lld", (long long)nd->count);
	int indent = 2 * nd->level;
	if (indent > row->w / 3)
		indent = row->w / 3;
	const char *mark = has_shown_children(t, i, c->cur) ? (t->expanded[i] ? "- " : "+ ") : "  ";
	int x = row->x + indent;
	int room = row->w - indent;
	x += draw_str(row->y, x, room, mark, lv_attr(row, ROLE_MARKER));
	room -= 2;
	const char *name = nd->level > 0 && nd->short_name ? nd->short_name : nd->name;
	if (nd->level == 0)
		name = is_regions(t) ? _("All regions") : _("All topics");
	int name_w = room - cw;
	if (name_w > 0)
		draw_fit(row->y, x, name_w, name, row->base, c->a->opt.text_flags);
	if (room >= cw)
		draw_str(row->y, row->x + row->w - cw, cw, count, lv_attr(row, ROLE_COUNT_NUM));
}

static void tree_draw(pane *p, app *a)
{
	tree_pane *t = (tree_pane *)p;
	rect r = p->body;
	tree_ctx c = { t, a, current_id(t, a) };
	listview_draw(&t->lv, r.y, r.x, r.h, r.w, a->focus == p->id, false, tree_row,
		      tree_is_current, &c);
}

static void choose(tree_pane *t, app *a)
{
	const yd_node *nd = cursor_node(t);
	if (!nd)
		return;
	if (nd->id == current_id(t, a)) {
		/* Choosing the chosen node again moves on to the list. */
		app_focus(a, PANE_LIST);
		return;
	}
	size_t i = t->visible[t->lv.cursor];
	if (has_children(t, i))
		set_open(t, nd->id, true);
	if (is_regions(t))
		app_set_filter(a, nd->id, a->topic);
	else
		app_set_filter(a, a->region, nd->id);
}

static bool tree_key(pane *p, app *a, action act)
{
	tree_pane *t = (tree_pane *)p;
	tree_fresh(t, a);
	const yd_node *nd = cursor_node(t);

	if (listview_key(&t->lv, act, p->body.h)) {
		if (nd)
			t->cursor_id = cursor_node(t)->id;
		return true;
	}
	switch (act) {
	case ACT_ENTER: choose(t, a); return true;
	case ACT_RIGHT:
		if (!nd || !has_shown_children(t, t->visible[t->lv.cursor], current_id(t, a)))
			return false;
		if (!t->expanded[t->visible[t->lv.cursor]]) {
			set_open(t, nd->id, true);
			rebuild_visible(t, a);
		} else {
			move_cursor(t, 1);
		}
		return true;
	case ACT_LEFT:
		if (!nd)
			return false;
		if (t->expanded[t->visible[t->lv.cursor]] && nd->level > 0) {
			set_open(t, nd->id, false);
			rebuild_visible(t, a);
			return true;
		}
		if (nd->parent < 0)
			return false;
		t->cursor_id = nd->parent;
		rebuild_visible(t, a);
		return true;
	default:
		return false;
	}
}

static void tree_click(pane *p, app *a, int row)
{
	tree_pane *t = (tree_pane *)p;
	tree_fresh(t, a);
	int64_t v = listview_at(&t->lv, row);
	if (v < 0)
		return;
	if (v == t->lv.cursor) {
		choose(t, a);
		return;
	}
	listview_move_to(&t->lv, v);
	t->cursor_id = cursor_node(t)->id;
}

static void tree_wheel(pane *p, app *a, int n)
{
	tree_fresh((tree_pane *)p, a);
	move_cursor((tree_pane *)p, n);
}

static const char *tree_hints(pane *p, app *a)
{
	(void)p;
	(void)a;
	return _("↑↓ move · → open · Enter choose · Tab next pane · 0 menu · ? help");
}

static char *tree_label(pane *p, app *a);
static void tree_reveal(pane *p, app *a, int64_t id);

static void tree_free(pane *p)
{
	tree_pane *t = (tree_pane *)p;
	yd_node_list_free(&t->nodes);
	cache_clear(t);
	free(t->expanded);
	free(t->visible);
	free(t->open_ids);
	free(t);
}

static const pane_ops tree_ops = {
	.prepare = tree_prepare,
	.idle = tree_idle,
	.draw = tree_draw,
	.key = tree_key,
	.click = tree_click,
	.wheel = tree_wheel,
	.changed = tree_changed,
	.hints = tree_hints,
	.label = tree_label,
	.reveal = tree_reveal,
	.free = tree_free,
};

pane *tree_pane_new(pane_id id)
{
	tree_pane *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->base.ops = &tree_ops;
	t->base.id = id;
	t->base.scope = SC_TREE;
	t->base.title = id == PANE_REGIONS ? N_("Regions") : N_("Topics");
	t->cursor_id = -1;
	return &t->base;
}

static void tree_reveal(pane *p, app *a, int64_t id)
{
	tree_pane *t = (tree_pane *)p;
	tree_fresh(t, a);
	set_open(t, id, true);
	t->cursor_id = id;
	rebuild_visible(t, a);
}

/* "广西 › 贺州" for the chosen node: the short names from the top of the
 * tree down (the root's name alone when the root is chosen). malloc'd. */
static char *tree_label(pane *p, app *a)
{
	tree_pane *t = (tree_pane *)p;
	int64_t id = current_id(t, a);
	const char *parts[16];
	int n = 0;
	for (int guard = 0; guard < 16 && id >= 0; guard++) {
		size_t i;
		for (i = 0; i < t->nodes.n && t->nodes.v[i].id != id; i++)
			;
		if (i == t->nodes.n)
			break;
		const yd_node *nd = &t->nodes.v[i];
		if (nd->level == 0) {
			if (n == 0)
				parts[n++] = is_regions(t) ? _("All regions") : _("All topics");
			break;
		}
		parts[n++] = nd->short_name ? nd->short_name : nd->name;
		id = nd->parent;
	}
	size_t len = 1;
	for (int i = 0; i < n; i++)
		len += strlen(parts[i]) + 5;
	char *s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (int i = n - 1; i >= 0; i--) {
		strcat(s, parts[i]);
		if (i)
			strcat(s, " › ");
	}
	return s;
}
