/* HTML pages: which blocks are the article. Each text block gets a value
 * from what it is made of, the way text-density extractors score (CETD,
 * boilerpipe, jusText): long text with sentence punctuation (CJK 。，；
 * or ". ") and few link characters counts for it; link lists, short
 * fragments and navigation words against it; class/id names such as
 * "content" or "comment" scale the value (evidence, never the decision).
 * The container is the element whose blocks add up to the most; inside it
 * short blocks are kept when they sit among content (jusText's context
 * rule), and a related-list heading ends the article. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "page.h"

enum { CL_BAD, CL_SHORT, CL_GOOD };

/* A size in which one Han character weighs about as much as two Latin
 * letters: Chinese says in 100 characters what English says in 200. */
static double block_size(const hblock *b)
{
	return (double)(b->chars - b->cjk) + 2.0 * (double)b->cjk;
}

static bool meta_line(const hblock *b)
{
	if (b->chars > 80)
		return false;
	yd_article tmp;
	yd_article_init(&tmp);
	bool m = yd_page_meta(b->plain, strlen(b->plain), true, &tmp);
	yd_article_clear(&tmp);
	return m;
}

/* A copyright or reprint notice: 【版权声明】…未经授权不得转载, All rights
 * reserved. */
static bool rights_line(const hblock *b)
{
	static const char *const w[] = { "版权声明", "未经授权不得转载", "未经许可不得转载",
					 "版权归", "All rights reserved", "all rights reserved", NULL };
	if (b->chars > 200)
		return false;
	for (int k = 0; w[k]; k++)
		if (strstr(b->plain, w[k]))
			return true;
	return false;
}

static int classify(hblock *b)
{
	double size = block_size(b);
	double ld = b->chars ? (double)b->link_chars / (double)b->chars : 0.0;
	size_t n = strlen(b->plain);
	double v;
	int cl;

	if (yd_page_is_nav(b->plain, n) || yd_page_is_nav_words(b->plain, n) ||
	    yd_page_is_disclaimer(b->plain, n) || rights_line(b)) {
		v = -size - 10;
		cl = CL_BAD;
	} else if (ld > 0.5) {
		v = -size * ld - 5;
		cl = CL_BAD;
	} else if (b->kind == BK_HEAD && size < 200) {
		v = 0;
		cl = CL_SHORT;
	} else if (size >= 50 && (b->punct >= 1 || size >= 200)) {
		v = size * (1 - ld) * (1 - ld) + 15.0 * (double)(b->punct < 20 ? b->punct : 20);
		cl = CL_GOOD;
	} else if (size < 16 && b->punct == 0) {
		v = -4;
		cl = CL_SHORT;
	} else {
		v = b->punct ? size * 0.3 : -size * 0.1;
		cl = CL_SHORT;
	}
	if (cl != CL_BAD && meta_line(b)) {
		v = -5;
		cl = CL_SHORT;
	}
	if (b->hint == HINT_BAD) {
		v = v > 0 ? v * 0.15 - 5 : v * 2 - 10;
		if (cl == CL_GOOD && size < 400)
			cl = CL_SHORT;
	} else if (b->hint == HINT_GOOD) {
		v = v > 0 ? v * 1.4 : v * 0.5;
	}
	b->value = v;
	return cl;
}

/* A heading over further answers or comments: the article (a question
 * and its best answer, a post) ends there. */
static const char *const more_words[] = {
	"其他回答", "其它回答", "更多回答", "全部回答", "网友回答", "网友评论", "全部评论",
	"评论", "热门评论", "最新评论", "发表评论", "留言", "精彩评论",
	"other answers", "more answers", "comments", "leave a reply", "leave a comment",
	"responses", "replies", "discussion", NULL
};

static bool more_answers(const char *s)
{
	size_t n = strlen(s);
	/* "其他回答（3）", "12 Comments" */
	while (n > 0 && (s[0] == ' ' || (s[0] >= '0' && s[0] <= '9')))
		s++, n--;
	for (int k = 0; more_words[k]; k++) {
		size_t w = strlen(more_words[k]);
		if (n >= w && strncasecmp(s, more_words[k], w) == 0) {
			const char *r = s + w;
			/* nothing after but a count */
			while (*r && strchr(" ()（）0-9:：", *r))
				r++;
			while (strncmp(r, "（", 3) == 0 || strncmp(r, "）", 3) == 0 || strncmp(r, "：", 3) == 0 ||
			       (*r >= '0' && *r <= '9') || *r == ' ' || *r == '(' || *r == ')')
				r += (*r & 0x80) ? 3 : 1;
			if (*r == '\0')
				return true;
		}
	}
	return false;
}

static bool has_date_line(const hpage *p, const hnode *n)
{
	for (size_t i = n->first_block; i < n->end_block; i++) {
		const hblock *b = &p->blocks[i];
		char d[11];
		size_t s, e;
		if (b->chars <= 80 && (yd_pu_find_date(b->plain, strlen(b->plain), d, &s, &e) ||
				       yd_html_english_date(b->plain, strlen(b->plain), d)))
			return true;
	}
	return false;
}

static bool same_shape(const GumboNode *a, const GumboNode *b)
{
	if (a->v.element.tag != b->v.element.tag)
		return false;
	const char *ca = yd_html_attr(a, "class"), *cb = yd_html_attr(b, "class");
	return (!ca && !cb) || (ca && cb && strcmp(ca, cb) == 0);
}

/* A thread (a forum topic, a post with its comments): the container's
 * text comes in three or more siblings of one shape, each with its own
 * date line. The article is the first of them that has content; the
 * others are replies. A node only matters with blocks, so children are
 * found among the nodes that follow the container. */
static int first_post(const hpage *p, int c, const int *cl)
{
	int kids[64];
	size_t nk = 0;
	for (size_t k = (size_t)c + 1; k < p->nnodes && nk < 64; k++) {
		const hnode *n = &p->nodes[k];
		if (n->first_block >= p->nodes[c].end_block)
			break;
		if (n->parent == c && n->end_block > n->first_block)
			kids[nk++] = (int)k;
	}
	for (size_t i = 0; i < nk; i++) {
		const hnode *a = &p->nodes[kids[i]];
		size_t same = 1;
		for (size_t j = i + 1; j < nk; j++)
			same += same_shape(a->g, p->nodes[kids[j]].g) && has_date_line(p, &p->nodes[kids[j]]);
		if (same < 3 || !has_date_line(p, a))
			continue;
		/* the first one holds the article only when it is the big one
		 * (a topic's first post); a short question above long answers
		 * is not a thread's opening */
		double first = 0, most = 0;
		for (size_t j = i; j < nk; j++) {
			const hnode *o = &p->nodes[kids[j]];
			if (j > i && !same_shape(a->g, o->g))
				continue;
			double v = 0;
			for (size_t b = o->first_block; b < o->end_block; b++)
				if (p->blocks[b].value > 0)
					v += p->blocks[b].value;
			if (j == i)
				first = v;
			else if (v > most)
				most = v;
		}
		if (first * 2 < most)
			return c;
		for (size_t b = a->first_block; b < a->end_block; b++)
			if (cl[b] == CL_GOOD)
				return kids[i];
		return c;
	}
	return c;
}

void yd_html_content(hpage *p, const char *title)
{
	size_t nb = p->nblocks;
	p->main_node = -1;
	if (nb == 0)
		return;
	int *cl = yd_pu_xmalloc(nb * sizeof *cl);
	for (size_t i = 0; i < nb; i++)
		cl[i] = classify(&p->blocks[i]);
	/* prefix sums of the values */
	double *sum = yd_pu_xmalloc((nb + 1) * sizeof *sum);
	sum[0] = 0;
	for (size_t i = 0; i < nb; i++)
		sum[i + 1] = sum[i] + p->blocks[i].value;
	double best = -1e300;
	int bn = 0;
	for (size_t k = 0; k < p->nnodes; k++) {
		const hnode *n = &p->nodes[k];
		if (n->end_block <= n->first_block)
			continue;
		double s = sum[n->end_block] - sum[n->first_block];
		if (s >= best) {
			best = s;
			bn = (int)k;
		}
	}
	/* The deepest node with that score came last; an ancestor that adds
	 * only a little more is the same article with a stray block, so the
	 * chosen node stays. */
	bn = first_post(p, bn, cl);
	p->main_node = bn;
	size_t from = p->nodes[bn].first_block, to = p->nodes[bn].end_block;

	/* The title inside the container: what comes before it is furniture
	 * (breadcrumbs, channel names), the title itself is not body. */
	if (title && *title) {
		for (size_t i = from; i < to && i < from + 30; i++) {
			const hblock *b = &p->blocks[i];
			if (b->kind == BK_HEAD && cl[i] != CL_GOOD && strcmp(b->plain, title) == 0) {
				for (size_t j = from; j <= i; j++)
					cl[j] = CL_BAD;
				break;
			}
		}
	}
	/* A related-list heading after content ends the article. */
	bool seen_good = false;
	for (size_t i = from; i < to; i++) {
		const hblock *b = &p->blocks[i];
		if (cl[i] == CL_GOOD)
			seen_good = true;
		if (!seen_good || b->chars > 24)
			continue;
		if (more_answers(b->plain)) {
			to = i;
			break;
		}
		if (yd_html_is_related_heading(b->plain, strlen(b->plain))) {
			/* a related box inside the text: the article goes on
			 * after it when content follows */
			bool more = false;
			/* the box the heading heads: its own block element, or
			 * the element around a heading tag */
			int box = b->owner;
			if (b->kind == BK_HEAD && p->nodes[box].parent >= 0)
				box = p->nodes[box].parent;
			size_t box_end = p->nodes[box].end_block;
			for (size_t j = box_end; j < to && !more; j++)
				more = cl[j] == CL_GOOD && p->blocks[j].hint != HINT_BAD;
			if (more) {
				for (size_t j = i; j < box_end; j++)
					cl[j] = CL_BAD;
				i = box_end - 1;
				continue;
			}
			to = i;
			break;
		}
	}
	for (size_t i = from; i < to; i++) {
		hblock *b = &p->blocks[i];
		if (cl[i] == CL_GOOD) {
			b->keep = true;
			continue;
		}
		if (cl[i] == CL_BAD)
			continue;
		/* a short block: kept among content */
		bool before = false, after = false;
		for (size_t j = i; j-- > from;) {
			if (cl[j] == CL_GOOD) { before = true; break; }
			if (cl[j] == CL_BAD && p->blocks[j].value < -20) break;
		}
		for (size_t j = i + 1; j < to; j++) {
			if (cl[j] == CL_GOOD) { after = true; break; }
			if (cl[j] == CL_BAD && p->blocks[j].value < -20) break;
		}
		bool sentence = b->punct > 0 && !meta_line(b) && b->hint != HINT_BAD;
		/* a table or list right after the text, without links */
		bool data = (b->kind == BK_CELL || b->kind == BK_ITEM) && b->link_chars == 0 &&
			b->hint != HINT_BAD && before;
		if (b->hint == HINT_BAD)
			continue;   /* a newsletter box, a caption: never kept short */
		if ((before && after) || (sentence && (before || after)) || data ||
		    (after && b->kind == BK_HEAD))
			b->keep = b->value > -20 || (before && after && b->link_chars * 2 < b->chars);
	}
	/* a teaser (导读, a standfirst cut with …) repeating the start of a
	 * later paragraph is said twice: the paragraph stays */
	for (size_t i = from; i < to; i++) {
		hblock *b = &p->blocks[i];
		if (!b->keep)
			continue;
		const char *t = b->plain;
		size_t tn = strlen(t);
		/* its text without a label in brackets and a trailing ellipsis */
		const char *close = strstr(t, "]");
		if (!close)
			close = strstr(t, "】");
		if (close && close - t < 16)
			t = close + (*close == ']' ? 1 : 3), tn = strlen(t);
		while (tn > 0 && *t == ' ')
			t++, tn--;
		while (tn >= 3 && (memcmp(t + tn - 3, "…", 3) == 0 || memcmp(t + tn - 3, "⋯", 3) == 0))
			tn -= 3;
		while (tn > 0 && t[tn - 1] == '.')
			tn--;
		if (tn < 30)
			continue;
		for (size_t j = i + 1; j < to && j < i + 8; j++)
			if (p->blocks[j].keep && strlen(p->blocks[j].plain) > tn &&
			    strncmp(p->blocks[j].plain, t, tn) == 0) {
				b->keep = false;
				break;
			}
	}
	/* a heading over kept blocks (a list, a table) is kept with them */
	for (size_t i = to; i-- > from;) {
		hblock *b = &p->blocks[i];
		if (b->keep || b->kind != BK_HEAD || cl[i] == CL_BAD || b->hint == HINT_BAD)
			continue;
		if (i + 1 < to && p->blocks[i + 1].keep && i > from)
			b->keep = true;
	}
	/* nothing read as content in the container: its positive blocks */
	bool any = false;
	for (size_t i = from; i < to; i++)
		any |= p->blocks[i].keep;
	for (size_t i = from; i < to && !any; i++)
		if (p->blocks[i].value > 0)
			p->blocks[i].keep = true;
	free(sum);
	free(cl);
}
