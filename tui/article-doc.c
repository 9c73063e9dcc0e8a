/* article_doc: see article-doc.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/article-md.h"
#include "article-doc.h"
#include "i18n.h"

typedef struct titles {
	yd_corpus *c;
	char *last;      /* the text returned last (freed at the next call) */
} titles;

/* A corpus link shows its article's title and its address; another link
 * its address. */
static const char *link_text(void *ctx, const yd_link *l)
{
	titles *t = ctx;
	free(t->last);
	t->last = NULL;
	if (!l->article)
		return NULL;
	char *title = yd_corpus_title_by_slug(t->c, l->article);
	if (!title)
		return NULL;
	size_t n = strlen(title) + strlen(l->target) + 8;
	t->last = malloc(n);
	if (t->last)
		snprintf(t->last, n, "%s (%s)", title, l->target);
	free(title);
	return t->last;
}

yd_doc *article_doc(yd_corpus *c, const yd_full_article *a, bool bookmarked, int width,
		    int render_flags)
{
	yd_header_labels l = {
		.regions = _("Regions: "),
		.topics = _("Topics: "),
		.url = _("Source: "),
		.bookmarked = bookmarked ? _("Bookmarked") : NULL,
		.excerpt = _("Excerpt: only the summary of this article is in the corpus."),
	};
	char *md = yd_article_markdown(a, &l);
	if (!md)
		return NULL;
	titles t = { c, NULL };
	yd_render_opts o = { _("Links"), link_text, &t };
	yd_doc *d = yd_render_markdown_opts(md, strlen(md), width, render_flags, &o);
	free(t.last);
	free(md);
	return d;
}
