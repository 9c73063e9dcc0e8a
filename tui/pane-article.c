/* The article pane: a header (title, date, source, address, regions,
 * topics) and the Markdown body as display lines (article-doc.c). The layout is
 * redone whenever the pane's width changes; the reader's place is kept by
 * source position, not by line number. Left/Right select links, Enter
 * follows one: a corpus link opens its article, another is only shown. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/grow.h"
#include "yidu/search.h"
#include "yidu/text.h"
#include "article-doc.h"
#include "draw.h"
#include "i18n.h"
#include "app.h"

#define MARGIN 1

typedef struct article_pane {
	pane base;
	const yd_full_article *art;   /* the app's open article, or NULL */
	yd_doc *doc;          /* header and body, laid out at `width` */
	article_layout *lay;  /* the rest of doc still to lay out, or NULL */
	int width;
	size_t top;           /* first line shown */
	uint32_t anchor_line, anchor_off;  /* source position of `top` */
	int sel_link;         /* 0: none */
	long match_line;      /* line of the current search match, -1: none */
	long match_k;         /* which match of that line */
} article_pane;

/* Lays the document out to at least `lines` lines (SIZE_MAX: all). */
static void more(article_pane *ap, size_t lines)
{
	if (ap->lay && (!ap->doc || ap->doc->nlines < lines) &&
	    article_layout_step(ap->lay, lines) != 0) {
		article_layout_free(ap->lay);   /* complete (or out of memory) */
		ap->lay = NULL;
	}
}

static void forget_layout(article_pane *ap)
{
	article_layout_free(ap->lay);
	ap->lay = NULL;
	yd_doc_free(ap->doc);
	ap->doc = NULL;
}

/* A new layout at `width`: `lines` lines of it now (the rest while idle,
 * or when something needs it), all of it if the reader's place is further
 * on (a resize, back to the article). */
static void relayout(article_pane *ap, app *a, int width, size_t lines)
{
	bool bm = yd_state_is_bookmarked(a->state, ap->art->slug);
	forget_layout(ap);
	ap->lay = article_layout_begin(a->corpus, ap->art, bm, width,
				       (a->opt.text_flags & YD_AMBIGUOUS_WIDE) ? YD_RENDER_AMBIGUOUS_WIDE : 0);
	ap->doc = ap->lay ? article_layout_doc(ap->lay) : NULL;
	ap->width = width;
	more(ap, ap->anchor_line || ap->anchor_off ? SIZE_MAX : lines);
	ap->top = ap->doc ? yd_doc_locate(ap->doc, ap->anchor_line, ap->anchor_off) : 0;
}

static void set_anchor(article_pane *ap)
{
	if (ap->doc && ap->top < ap->doc->nlines) {
		ap->anchor_line = ap->doc->lines[ap->top].src_line;
		ap->anchor_off = ap->doc->lines[ap->top].src_off;
	}
}

static void article_changed(pane *p, app *a, unsigned what)
{
	article_pane *ap = (article_pane *)p;
	if (what & CH_STATE)
		ap->width = 0;   /* the header says whether it is bookmarked */
	if (!(what & CH_ARTICLE))
		return;
	forget_layout(ap);
	ap->top = 0;
	ap->anchor_line = ap->anchor_off = 0;
	ap->sel_link = 0;
	ap->match_line = -1;
	ap->match_k = 0;
	ap->width = 0;
	ap->art = a->have_art ? &a->art : NULL;
	a->link_target[0] = '\0';
}

static void scroll_to(article_pane *ap, long line, int h)
{
	more(ap, line < 0 ? 0 : (size_t)line + (size_t)(h > 0 ? h : 0) + 1);
	long max = ap->doc ? (long)ap->doc->nlines - h : 0;
	if (line > max)
		line = max;
	if (line < 0)
		line = 0;
	ap->top = (size_t)line;
	set_anchor(ap);
}

/* Marks the search's matches on a drawn line; match `cur` (n/N's
 * current one, -1: none) in reverse. */
static void draw_matches(int y, int x, int w, const yd_dline *l, const char *query,
			 long cur, int text_flags)
{
	yd_range *rg = NULL;
	long n = yd_search_highlight(l->text, l->len, query, &rg);
	for (long i = 0; i < n; i++) {
		if (rg[i].end > l->len || rg[i].start >= rg[i].end)
			continue;
		int col = yd_text_width(l->text, rg[i].start, text_flags);
		if (col < w)
			draw_text(y, x + col, w - col, l->text + rg[i].start,
				  rg[i].end - rg[i].start,
				  theme_attr(ROLE_MATCH) | (i == cur ? A_REVERSE : 0));
	}
	free(rg);
}

static long line_matches(const yd_dline *l, const char *query)
{
	yd_range *rg = NULL;
	long n = yd_search_highlight(l->text, l->len, query, &rg);
	free(rg);
	return n > 0 ? n : 0;
}

/* Lays the article out at the pane's width (outside draw): what is shown
 * and a page more; the rest of a long article while idle. */
static void article_prepare(pane *p, app *a)
{
	article_pane *ap = (article_pane *)p;
	int width = p->body.w - 2 * MARGIN;
	size_t h = p->body.h > 0 ? (size_t)p->body.h : 1;
	if (ap->art && width >= 1 && (width != ap->width || !ap->doc))
		relayout(ap, a, width, ap->top + 2 * h + 1);
	more(ap, ap->top + 2 * h + 1);
}

/* Idle time: the rest of the layout, a few hundred lines at a time (a
 * key waiting is read in between). At the end a frame shows the pane
 * title's position ("37 %"), which needs the line count. */
static bool article_idle(pane *p, app *a)
{
	article_pane *ap = (article_pane *)p;
	if (!ap->lay)
		return false;
	more(ap, ap->doc ? ap->doc->nlines + 400 : 0);
	if (!ap->lay)
		a->dirty = true;
	return true;
}

static void article_draw(pane *p, app *a)
{
	article_pane *ap = (article_pane *)p;
	rect r = p->body;
	int width = r.w - 2 * MARGIN;

	for (int row = 0; row < r.h; row++)
		draw_fill(r.y + row, r.x, r.w, A_NORMAL);
	if (!ap->art) {
		if (r.h > 0)
			draw_fit(r.y, r.x + MARGIN, width, _("Choose an article from the list."),
				 theme_attr(ROLE_DIM), a->opt.text_flags);
		return;
	}
	if (width < 1 || !ap->doc || ap->width != width)
		return;
	for (int row = 0; row < r.h; row++) {
		size_t i = ap->top + (size_t)row;
		if (i >= ap->doc->nlines)
			break;
		draw_dline(r.y + row, r.x + MARGIN, width, &ap->doc->lines[i], ap->sel_link, A_NORMAL);
		if (a->searching && a->query[0])
			draw_matches(r.y + row, r.x + MARGIN, width, &ap->doc->lines[i], a->query,
				     (long)i == ap->match_line ? ap->match_k : -1,
				     a->opt.text_flags);
	}
}

/* First line showing link number k, or -1. */
static long line_of_link(article_pane *ap, int k)
{
	more(ap, SIZE_MAX);
	for (size_t i = 0; i < ap->doc->nlines; i++)
		for (uint32_t s = 0; s < ap->doc->lines[i].nspans; s++)
			if (ap->doc->lines[i].spans[s].link == k)
				return (long)i;
	return -1;
}

/* Says where the selected link goes, as w3m and lynx do on selection:
 * the title of a corpus article, or the address. */
static void show_target(article_pane *ap, app *a)
{
	const yd_link *ln = &ap->doc->links[ap->sel_link - 1];
	snprintf(a->link_target, sizeof a->link_target, "%s", ln->target);
	if (ln->article) {
		yd_full_article t;
		yd_error err = { 0 };
		int64_t id = yd_corpus_article_by_slug(a->corpus, ln->article);
		if (id >= 0 && yd_corpus_article(a->corpus, id, &t, &err) == 0) {
			app_message(a, false, _("Link → %s (Enter opens it)"), t.title);
			yd_full_article_free(&t);
		} else {
			app_message(a, false, _("Link → %s (not in this corpus)"), ln->article);
		}
		return;
	}
	app_message(a, false, _("Link → %s"), ln->target);
}

static bool select_link(article_pane *ap, app *a, int delta, int h)
{
	more(ap, SIZE_MAX);   /* links are numbered to the end */
	if (!ap->doc || ap->doc->nlinks == 0)
		return false;
	int k = ap->sel_link + delta;
	if (k < 1 || k > (int)ap->doc->nlinks) {
		/* Past the last (or first) link the focus moves on: no link
		 * stays looking selected, so Enter cannot surprise. */
		ap->sel_link = 0;
		a->link_target[0] = '\0';
		return false;
	}
	ap->sel_link = k;
	long line = line_of_link(ap, k);
	if (line >= 0 && (line < (long)ap->top || line >= (long)ap->top + h))
		scroll_to(ap, line - h / 3, h);
	show_target(ap, a);
	return true;
}

static void follow_link(article_pane *ap, app *a)
{
	if (!ap->doc || ap->sel_link < 1 || ap->sel_link > (int)ap->doc->nlinks)
		return;
	const yd_link *ln = &ap->doc->links[ap->sel_link - 1];
	if (ln->article) {
		int64_t id = yd_corpus_article_by_slug(a->corpus, ln->article);
		if (id >= 0)
			app_open_article(a, id);
		else
			app_message(a, true, _("That article is not in this corpus: %s"), ln->article);
		return;
	}
	/* Never start a browser or any other program: just show the address. */
	app_message(a, false, _("Link: %s"), ln->target);
}

/* Moves to the next (dir 1) or previous (dir -1) match, from the current
 * one if it is on screen, else from the screen's edge, and says which it
 * is: "Match 3/12". */
static bool jump_match(article_pane *ap, app *a, int dir, int h)
{
	if (!a->searching || !a->query[0]) {
		app_message(a, false, "%s", _("No search to jump through: press / to search."));
		return true;
	}
	more(ap, SIZE_MAX);
	long nl = (long)ap->doc->nlines;
	long *count = malloc((size_t)(nl > 0 ? nl : 1) * sizeof *count);
	if (!count)
		return true;
	long total = 0;
	for (long i = 0; i < nl; i++)
		total += count[i] = line_matches(&ap->doc->lines[i], a->query);
	long line = ap->match_line, k = ap->match_k;
	if (line < (long)ap->top || line >= (long)ap->top + h || line >= nl) {
		line = dir > 0 ? (long)ap->top - 1 : (long)ap->top + h;
		k = dir > 0 ? LONG_MAX - 1 : 0;
	}
	/* the next match after (line, k) in direction dir */
	bool found = false;
	if (line >= 0 && line < nl && k + dir >= 0 && k + dir < count[line]) {
		k += dir;
		found = true;
	}
	for (long i = line + dir; !found && i >= 0 && i < nl; i += dir)
		if (count[i] > 0) {
			line = i;
			k = dir > 0 ? 0 : count[i] - 1;
			found = true;
		}
	if (!found) {
		free(count);
		app_message(a, false, "%s", total == 0 ? _("No match in this article.")
			    : dir > 0 ? _("No more matches below.") : _("No more matches above."));
		return true;
	}
	long ord = k + 1;
	for (long i = 0; i < line; i++)
		ord += count[i];
	free(count);
	ap->match_line = line;
	ap->match_k = k;
	if (line < (long)ap->top || line >= (long)ap->top + h)
		scroll_to(ap, line - h / 3, h);
	app_message(a, false, _("Match %ld/%ld"), ord, total);
	return true;
}

static bool article_key(pane *p, app *a, action act)
{
	article_pane *ap = (article_pane *)p;
	int h = p->body.h;
	long page = h > 2 ? h - 2 : 1;

	if (!ap->art || !ap->doc)
		return false;
	switch (act) {
	case ACT_UP: scroll_to(ap, (long)ap->top - 1, h); return true;
	case ACT_DOWN: scroll_to(ap, (long)ap->top + 1, h); return true;
	case ACT_PAGE_UP: scroll_to(ap, (long)ap->top - page, h); return true;
	case ACT_PAGE_DOWN: scroll_to(ap, (long)ap->top + page, h); return true;
	case ACT_HOME: scroll_to(ap, 0, h); return true;
	case ACT_END:
		more(ap, SIZE_MAX);
		scroll_to(ap, (long)ap->doc->nlines, h);
		return true;
	case ACT_NEXT_MATCH: return jump_match(ap, a, 1, h);
	case ACT_PREV_MATCH: return jump_match(ap, a, -1, h);
	case ACT_RIGHT: return select_link(ap, a, 1, h);
	case ACT_LEFT: return select_link(ap, a, -1, h);
	case ACT_ENTER:
		if (ap->sel_link) {
			follow_link(ap, a);
			return true;
		}
		return false;
	default:
		return false;
	}
}

static void article_click(pane *p, app *a, int row)
{
	article_pane *ap = (article_pane *)p;
	size_t i = ap->top + (size_t)row;
	if (!ap->doc || i >= ap->doc->nlines)
		return;
	for (uint32_t s = 0; s < ap->doc->lines[i].nspans; s++) {
		int k = ap->doc->lines[i].spans[s].link;
		if (k) {
			if (ap->sel_link == k) {
				follow_link(ap, a);
				return;
			}
			ap->sel_link = k;
			show_target(ap, a);
			return;
		}
	}
}

static void article_free(pane *p)
{
	article_pane *ap = (article_pane *)p;
	forget_layout(ap);
	free(ap);
}

static void article_wheel(pane *p, app *a, int n)
{
	(void)a;
	article_pane *ap = (article_pane *)p;
	if (ap->doc)
		scroll_to(ap, (long)ap->top + n, p->body.h);
}

/* "37 %" down the article, "All" when it fits, "End" at its end. */
static void article_info(pane *p, app *a, char *buf, size_t n)
{
	(void)a;
	article_pane *ap = (article_pane *)p;
	buf[0] = '\0';
	if (!ap->doc || ap->doc->nlines == 0)
		return;
	size_t h = p->body.h > 0 ? (size_t)p->body.h : 1;
	if (ap->lay) {
		/* Not all laid out yet: the line count estimated from the share
		 * of the source done (exact once the idle layout is through). */
		double f = article_layout_progress(ap->lay);
		double total = f > 0 ? (double)ap->doc->nlines / f : 0;
		int pc = total > 0 ? (int)((double)(ap->top + h) * 100 / total) : 0;
		snprintf(buf, n, "%d %%", pc < 99 ? pc : 99);
		return;
	}
	if (ap->doc->nlines <= h)
		snprintf(buf, n, "%s", _("All"));
	else if (ap->top + h >= ap->doc->nlines)
		snprintf(buf, n, "%s", _("End"));
	else
		snprintf(buf, n, "%d %%", (int)((ap->top + h) * 100 / ap->doc->nlines));
}

static const char *article_hints(pane *p, app *a)
{
	(void)p;
	if (a->searching)
		return _("↑↓ scroll · ←→ links · n/N next/previous match · B bookmark · Esc back");
	return _("↑↓ scroll · ←→ links · Enter follow · B bookmark · z full screen · Esc back");
}

static void article_save(pane *p, pane_pos *pos)
{
	article_pane *ap = (article_pane *)p;
	if (!ap->art)
		return;
	pos->v[0] = ap->anchor_line;
	pos->v[1] = ap->anchor_off;
	pos->v[2] = ap->sel_link;
	pos->set = true;
}

/* Back to an article: where the reader was in it, with the same link
 * selected (by source position: the width may have changed since). */
static void article_restore(pane *p, app *a, const pane_pos *pos)
{
	article_pane *ap = (article_pane *)p;
	ap->anchor_line = (uint32_t)pos->v[0];
	ap->anchor_off = (uint32_t)pos->v[1];
	ap->sel_link = (int)pos->v[2];
	ap->width = 0;   /* relayout, then locate the anchor */
	article_prepare(p, a);
	if (ap->doc && ap->sel_link > 0 && ap->sel_link <= (int)ap->doc->nlinks)
		snprintf(a->link_target, sizeof a->link_target, "%s",
			 ap->doc->links[ap->sel_link - 1].target);
	else
		ap->sel_link = 0;
}

static const pane_ops article_ops = {
	.prepare = article_prepare,
	.draw = article_draw,
	.idle = article_idle,
	.key = article_key,
	.click = article_click,
	.wheel = article_wheel,
	.changed = article_changed,
	.info = article_info,
	.hints = article_hints,
	.save = article_save,
	.restore = article_restore,
	.free = article_free,
};

pane *article_pane_new(void)
{
	article_pane *ap = calloc(1, sizeof *ap);
	if (!ap)
		return NULL;
	ap->base.ops = &article_ops;
	ap->base.id = PANE_ARTICLE;
	ap->base.scope = SC_ARTICLE;
	ap->base.title = N_("Article");
	return &ap->base;
}

