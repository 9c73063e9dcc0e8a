/* Markdown → display lines: walks libcmark's tree and feeds the writer.
 *
 * Inline content of a block is flattened into an rd_text (sanitised after
 * cmark, which decodes entities such as &#27; into real characters), then
 * the writer wraps it under the container prefixes. Raw HTML is kept as
 * literal text; it is never interpreted.
 */
#include "config.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/text.h"
#include "render-priv.h"

/* Per-list state while its items are written. */
typedef struct list_state {
	bool ordered, tight;
	int next;            /* number of the next item */
	int digits;          /* of the largest number, for right alignment */
	char delim;          /* '.' or ')' */
	int depth;           /* bullet lists nested so far, for the glyph */
} list_state;

typedef struct walker {
	rd_writer w;
	rd_text t;           /* inline text of the current block */
	uint16_t base;       /* attribute of the block's text (heading) */
	int emph, strong, image;
	uint16_t link;
	list_state *lists;
	size_t nlists, cap_lists;
	int bullet_depth;
	const yd_render_opts *opts;
} walker;

static const char *const bullets[] = { "•", "◦", "·" };

static int clamp_width(int width)
{
	if (width < RD_MIN_WIDTH)
		return RD_MIN_WIDTH;
	if (width > RD_MAX_WIDTH)
		return RD_MAX_WIDTH;
	return width;
}

yd_doc *yd_doc_new(int width, int flags)
{
	yd_doc *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	d->width = clamp_width(width);
	d->flags = flags;
	return d;
}

void yd_doc_free(yd_doc *doc)
{
	if (!doc)
		return;
	for (size_t i = 0; i < doc->nlines; i++) {
		free(doc->lines[i].text);
		free(doc->lines[i].spans);
	}
	free(doc->lines);
	for (size_t i = 0; i < doc->nlinks; i++) {
		free(doc->links[i].target);
		free(doc->links[i].article);
	}
	free(doc->links);
	free(doc);
}

static uint16_t cur_attr(const walker *k)
{
	uint16_t a = k->base;
	if (k->emph)
		a |= YD_A_EMPH;
	if (k->strong)
		a |= YD_A_STRONG;
	if (k->link)
		a |= YD_A_LINK;
	if (k->image)
		a |= YD_A_DIM;
	return a;
}

static void add_text(walker *k, const char *s, uint16_t extra)
{
	if (!s)
		return;
	uint16_t a = cur_attr(k) | extra;
	rd_text_add(&k->t, s, strlen(s), a, (a & YD_A_LINK) ? k->link : 0, 0);
}

/* Adds a link to the document's list; returns its number, 0 if none. */
static uint16_t add_link(walker *k, const char *url)
{
	yd_doc *d = k->w.doc;
	if (!url || !*url || d->nlinks >= UINT16_MAX)
		return 0;
	yd_link *v = realloc(d->links, (d->nlinks + 1) * sizeof *v);
	if (!v) {
		k->w.oom = true;
		return 0;
	}
	d->links = v;
	yd_link *l = &v[d->nlinks];
	l->target = yd_text_sanitize(url, strlen(url), 0, NULL);
	l->article = NULL;
	if (!l->target) {
		k->w.oom = true;
		return 0;
	}
	if (strncmp(l->target, "yidu:", 5) == 0 && l->target[5])
		l->article = strdup(l->target + 5);
	d->nlinks++;
	return (uint16_t)d->nlinks;
}

static void inline_node(walker *k, cmark_node *n, cmark_event_type ev)
{
	char buf[32];
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
		add_text(k, cmark_node_get_literal(n), 0);
		break;
	case CMARK_NODE_CODE:
		add_text(k, cmark_node_get_literal(n), YD_A_CODE);
		break;
	case CMARK_NODE_HTML_INLINE:
		add_text(k, cmark_node_get_literal(n), 0);
		break;
	case CMARK_NODE_SOFTBREAK:
		rd_text_softbreak(&k->t);
		break;
	case CMARK_NODE_LINEBREAK:
		rd_text_hardbreak(&k->t);
		break;
	case CMARK_NODE_EMPH:
		k->emph += ev == CMARK_EVENT_ENTER ? 1 : -1;
		break;
	case CMARK_NODE_STRONG:
		k->strong += ev == CMARK_EVENT_ENTER ? 1 : -1;
		break;
	case CMARK_NODE_LINK:
		if (ev == CMARK_EVENT_ENTER) {
			uint16_t num = add_link(k, cmark_node_get_url(n));
			cmark_node_set_user_data(n, (void *)(uintptr_t)num);
			k->link = num;
		} else {
			uint16_t num = (uint16_t)(uintptr_t)cmark_node_get_user_data(n);
			k->link = 0;
			if (num) {
				snprintf(buf, sizeof buf, "[%u]", (unsigned)num);
				rd_text_add_clean(&k->t, buf, strlen(buf),
						  k->base | YD_A_MARKER, 0);
			}
		}
		break;
	case CMARK_NODE_IMAGE:
		if (ev == CMARK_EVENT_ENTER) {
			k->image++;
			add_text(k, "[图: ", 0);
		} else {
			add_text(k, "]", 0);
			k->image--;
		}
		break;
	default:
		break;
	}
}

/* Marker of the next item of the innermost list. */
static void item_marker(walker *k, char *buf, size_t size)
{
	list_state *ls = &k->lists[k->nlists - 1];
	if (ls->ordered)
		snprintf(buf, size, "%*d%c ", ls->digits, ls->next++, ls->delim);
	else
		snprintf(buf, size, "%s ", bullets[ls->depth % 3]);
}

static void enter_list(walker *k, cmark_node *n)
{
	if (!YD_GROW(k->lists, k->cap_lists, k->nlists + 1)) {
		k->w.oom = true;
		return;
	}
	list_state *ls = &k->lists[k->nlists++];
	memset(ls, 0, sizeof *ls);
	ls->ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
	ls->tight = cmark_node_get_list_tight(n);
	ls->delim = cmark_node_get_list_delim(n) == CMARK_PAREN_DELIM ? ')' : '.';
	ls->next = cmark_node_get_list_start(n);
	if (ls->ordered) {
		int items = 0;
		for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c))
			items++;
		long last = (long)ls->next + items - 1;
		char tmp[24];
		ls->digits = snprintf(tmp, sizeof tmp, "%ld", last);
	} else {
		ls->depth = k->bullet_depth++;
	}
}

static void exit_list(walker *k)
{
	if (k->nlists == 0)
		return;
	if (!k->lists[--k->nlists].ordered)
		k->bullet_depth--;
}

/* True if block n sits directly in an item of a tight list. */
static bool in_tight_item(cmark_node *n)
{
	cmark_node *item = cmark_node_parent(n);
	if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM)
		return false;
	cmark_node *list = cmark_node_parent(item);
	return list && cmark_node_get_list_tight(list);
}

static void code_lines(walker *k, const char *lit, uint16_t attr, bool wrap)
{
	if (!lit)
		return;
	size_t n;
	char *s = yd_text_sanitize(lit, strlen(lit), YD_SANITIZE_KEEP_NEWLINES, &n);
	if (!s) {
		k->w.oom = true;
		return;
	}
	if (n > 0 && s[n - 1] == '\n')
		n--;
	if (wrap) {
		/* raw HTML: literal lines, wrapped so nothing is lost */
		rd_text_reset(&k->t);
		rd_text_add_clean(&k->t, s, n, attr, 0);
		rd_wrap(&k->w, &k->t, true);
	} else {
		size_t a = 0;
		for (;;) {
			const char *nl = memchr(s + a, '\n', n - a);
			size_t b = nl ? (size_t)(nl - s) : n;
			rd_pre(&k->w, s + a, b - a, attr, (uint32_t)a);
			if (!nl)
				break;
			a = b + 1;
		}
	}
	free(s);
}

static void heading(walker *k, cmark_node *n)
{
	rd_writer *w = &k->w;
	int level = cmark_node_get_heading_level(n);
	w->level = (uint8_t)level;
	if (level >= 3) {
		char first[16], rest[16];
		snprintf(first, sizeof first, "%.*s ", level, "######");
		snprintf(rest, sizeof rest, "%*s", level + 1, "");
		rd_push(w, first, YD_A_HEADING | YD_A_MARKER, rest, 0);
		rd_wrap(w, &k->t, true);
		rd_pop(w);
	} else {
		size_t before = w->doc->nlines;
		rd_wrap(w, &k->t, true);
		int cols = 0;
		uint32_t off = 0;
		int pre = w->width - rd_avail(w);
		for (size_t i = before; i < w->doc->nlines; i++) {
			int c = (int)w->doc->lines[i].cols - pre;
			if (c > cols)
				cols = c;
			off = w->doc->lines[i].src_off;
		}
		if (cols < 2)
			cols = 2;
		rd_rule(w, level == 1 ? "═" : "─", cols, YD_A_HEADING | YD_A_RULE, off);
	}
	w->level = 0;
}

static void leave_leaf(walker *k, cmark_node *n)
{
	k->w.need_blank = !in_tight_item(n);
}

static void block_enter(walker *k, cmark_node *n)
{
	rd_writer *w = &k->w;
	char buf[64];
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_BLOCK_QUOTE:
		/* the blank line before a container goes outside it */
		w->src_line = (uint32_t)cmark_node_get_start_line(n);
		rd_blank(w);
		rd_push(w, "│ ", YD_A_QUOTE, "│ ", YD_A_QUOTE);
		break;
	case CMARK_NODE_LIST:
		w->src_line = (uint32_t)cmark_node_get_start_line(n);
		rd_blank(w);
		enter_list(k, n);
		break;
	case CMARK_NODE_ITEM:
		if (k->nlists == 0)
			break;
		/* no blank lines between the items of a tight list */
		if (k->lists[k->nlists - 1].tight && cmark_node_previous(n))
			w->need_blank = false;
		w->src_line = (uint32_t)cmark_node_get_start_line(n);
		rd_blank(w);
		item_marker(k, buf, sizeof buf);
		{
			char rest[64];
			int cols = rd_width(w, buf, strlen(buf));
			snprintf(rest, sizeof rest, "%*s", cols, "");
			rd_push(w, buf, YD_A_MARKER, rest, 0);
		}
		break;
	case CMARK_NODE_PARAGRAPH:
	case CMARK_NODE_HEADING:
		rd_text_reset(&k->t);
		k->base = cmark_node_get_type(n) == CMARK_NODE_HEADING ? YD_A_HEADING : 0;
		k->emph = k->strong = k->image = 0;
		k->link = 0;
		break;
	case CMARK_NODE_CODE_BLOCK:
		w->src_line = (uint32_t)cmark_node_get_start_line(n);
		rd_blank(w);
		code_lines(k, cmark_node_get_literal(n), YD_A_CODE, false);
		leave_leaf(k, n);
		break;
	case CMARK_NODE_HTML_BLOCK:
		w->src_line = (uint32_t)cmark_node_get_start_line(n);
		rd_blank(w);
		code_lines(k, cmark_node_get_literal(n), 0, true);
		leave_leaf(k, n);
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		w->src_line = (uint32_t)cmark_node_get_start_line(n);
		rd_blank(w);
		rd_rule(w, "─", rd_avail(w), YD_A_RULE, 0);
		leave_leaf(k, n);
		break;
	default:
		break;
	}
}

static void block_exit(walker *k, cmark_node *n)
{
	rd_writer *w = &k->w;
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_BLOCK_QUOTE:
		rd_pop(w);
		w->need_blank = true;
		break;
	case CMARK_NODE_LIST:
		exit_list(k);
		w->need_blank = true;
		break;
	case CMARK_NODE_ITEM:
		if (rd_top_unshown(w)) {
			/* an empty item still shows its marker */
			w->src_line = (uint32_t)cmark_node_get_start_line(n);
			rd_blank(w);
			rd_prefix_line(w);
		}
		rd_pop(w);
		break;
	case CMARK_NODE_PARAGRAPH:
		w->src_line = (uint32_t)cmark_node_get_start_line(n);
		rd_blank(w);
		if (!rd_table(w, &k->t))
			rd_wrap(w, &k->t, false);
		leave_leaf(k, n);
		break;
	case CMARK_NODE_HEADING:
		w->src_line = (uint32_t)cmark_node_get_start_line(n);
		rd_blank(w);
		heading(k, n);
		w->need_blank = true;
		break;
	default:
		break;
	}
}

static bool is_inline(cmark_node_type t)
{
	return t >= CMARK_NODE_FIRST_INLINE && t <= CMARK_NODE_LAST_INLINE;
}

/* The lynx-style list of link targets. */
static void link_list(walker *k, uint32_t src_line)
{
	rd_writer *w = &k->w;
	yd_doc *d = w->doc;
	char label[32], rest[32];
	w->src_line = src_line;
	w->need_blank = true;
	rd_blank(w);
	rd_text_reset(&k->t);
	const char *heading = k->opts && k->opts->links_label ? k->opts->links_label : "链接";
	rd_text_add_clean(&k->t, heading, strlen(heading), YD_A_DIM | YD_A_STRONG, 0);
	rd_wrap(w, &k->t, false);
	int digits = snprintf(label, sizeof label, "%zu", d->nlinks);
	uint32_t off = 0;
	for (size_t i = 0; i < d->nlinks; i++) {
		snprintf(label, sizeof label, "%*s[%zu] ", digits - snprintf(rest, sizeof rest, "%zu", i + 1), "", i + 1);
		snprintf(rest, sizeof rest, "%*s", (int)strlen(label), "");
		rd_push(w, label, YD_A_DIM | YD_A_MARKER, rest, 0);
		rd_text_reset(&k->t);
		const char *shown = k->opts && k->opts->link_text
			? k->opts->link_text(k->opts->ctx, &d->links[i]) : NULL;
		if (!shown)
			shown = d->links[i].target;
		rd_text_add_clean(&k->t, shown, strlen(shown), YD_A_DIM, 0);
		size_t before = d->nlines;
		rd_wrap(w, &k->t, true);
		for (size_t j = before; j < d->nlines; j++)
			d->lines[j].src_off += off;
		off += (uint32_t)k->t.n + 1;
		rd_pop(w);
	}
}

/* A layout in progress: the parsed tree, the walk's place in it and the
 * writer's state, so that the walk can stop when enough lines are out and
 * go on later. Lines once written are final. */
struct yd_render_job {
	yd_doc *doc;
	cmark_node *root;
	cmark_iter *it;
	walker k;
	yd_render_opts opts;
	bool has_opts, done, oom;
	int at_line, end_line;   /* source lines walked so far, in all */
};

yd_render_job *yd_render_begin(const char *md, size_t n, int width, int flags,
			       const yd_render_opts *o)
{
	yd_render_job *j = calloc(1, sizeof *j);
	if (!j)
		return NULL;
	j->doc = yd_doc_new(width, flags);
	j->root = cmark_parse_document(md ? md : "", md ? n : 0, CMARK_OPT_DEFAULT);
	j->it = j->root ? cmark_iter_new(j->root) : NULL;
	if (!j->doc || !j->it) {
		cmark_iter_free(j->it);
		if (j->root)
			cmark_node_free(j->root);
		yd_doc_free(j->doc);
		free(j);
		return NULL;
	}
	if (o) {
		j->opts = *o;
		j->has_opts = true;
	}
	j->k.opts = j->has_opts ? &j->opts : NULL;
	j->end_line = cmark_node_get_end_line(j->root);
	rd_writer_init(&j->k.w, j->doc);
	rd_text_init(&j->k.t);
	return j;
}

yd_doc *yd_render_job_doc(const yd_render_job *j)
{
	return j->doc;
}

bool yd_render_job_done(const yd_render_job *j)
{
	return j->done;
}

double yd_render_job_progress(const yd_render_job *j)
{
	if (j->done || j->end_line <= 0)
		return 1.0;
	double f = (double)j->at_line / j->end_line;
	return f < 0 ? 0 : f > 1 ? 1 : f;
}

int yd_render_step(yd_render_job *j, size_t min_lines)
{
	walker *k = &j->k;
	cmark_event_type ev;
	while (!j->done && !j->oom && j->doc->nlines < min_lines) {
		if ((ev = cmark_iter_next(j->it)) == CMARK_EVENT_DONE) {
			if (!k->w.oom && j->doc->nlinks &&
			    !(j->doc->flags & YD_RENDER_NO_LINK_LIST))
				link_list(k, (uint32_t)cmark_node_get_end_line(j->root) + 1);
			j->done = true;
		} else {
			cmark_node *node = cmark_iter_get_node(j->it);
			cmark_node_type t = cmark_node_get_type(node);
			if (!is_inline(t) && ev == CMARK_EVENT_EXIT)
				j->at_line = cmark_node_get_end_line(node);
			if (is_inline(t))
				inline_node(k, node, ev);
			else if (ev == CMARK_EVENT_ENTER)
				block_enter(k, node);
			else
				block_exit(k, node);
		}
		if (k->t.oom || k->w.oom)
			j->oom = true;
	}
	return j->oom ? -1 : j->done ? 1 : 0;
}

void yd_render_job_free(yd_render_job *j)
{
	if (!j)
		return;
	cmark_iter_free(j->it);
	cmark_node_free(j->root);
	rd_text_free(&j->k.t);
	rd_writer_free(&j->k.w);
	free(j->k.lists);
	free(j);
}

yd_doc *yd_render_markdown(const char *md, size_t n, int width, int flags)
{
	return yd_render_markdown_opts(md, n, width, flags, NULL);
}

yd_doc *yd_render_markdown_opts(const char *md, size_t n, int width, int flags,
				const yd_render_opts *o)
{
	yd_render_job *j = yd_render_begin(md, n, width, flags, o);
	if (!j)
		return NULL;
	yd_doc *doc = j->doc;
	int rc = yd_render_step(j, SIZE_MAX);
	yd_render_job_free(j);
	if (rc < 0) {
		yd_doc_free(doc);
		return NULL;
	}
	return doc;
}

int yd_doc_add_text(yd_doc *doc, const char *s, size_t n, uint16_t attr)
{
	rd_writer w;
	rd_text t;
	rd_writer_init(&w, doc);
	rd_text_init(&t);
	rd_text_add(&t, s, n, attr, 0, 0);
	rd_wrap(&w, &t, true);
	bool oom = w.oom || t.oom;
	rd_text_free(&t);
	rd_writer_free(&w);
	return oom ? -1 : 0;
}

int yd_doc_add_rule(yd_doc *doc)
{
	rd_writer w;
	rd_writer_init(&w, doc);
	rd_rule(&w, "─", doc->width, YD_A_RULE, 0);
	bool oom = w.oom;
	rd_writer_free(&w);
	return oom ? -1 : 0;
}

size_t yd_doc_locate(const yd_doc *doc, uint32_t src_line, uint32_t src_off)
{
	size_t best = (size_t)-1;
	for (size_t i = 0; i < doc->nlines; i++) {
		const yd_dline *l = &doc->lines[i];
		/* Several lines can share a position (a heading and its rule, a
		 * blank line): take the first, so the view does not creep. */
		if (l->src_line == src_line && l->src_off <= src_off &&
		    (best == (size_t)-1 || l->src_off > doc->lines[best].src_off))
			best = i;
	}
	if (best != (size_t)-1)
		return best;
	for (size_t i = 0; i < doc->nlines; i++) {
		const yd_dline *l = &doc->lines[i];
		if (l->src_line > src_line ||
		    (l->src_line == src_line && l->src_off > src_off))
			return i;
	}
	return doc->nlines ? doc->nlines - 1 : 0;
}
