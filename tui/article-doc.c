/* article_doc: see article-doc.h. */
#include <stdint.h>
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

struct article_layout {
	yd_render_job *job;
	titles t;
};

article_layout *article_layout_begin(yd_corpus *c, const yd_full_article *a, bool bookmarked,
				     int width, int render_flags)
{
	yd_header_labels l = {
		.regions = _("Regions: "),
		.topics = _("Topics: "),
		.url = _("Source: "),
		.bookmarked = bookmarked ? _("Bookmarked") : NULL,
		.excerpt = _("Excerpt: only the summary of this article is in the corpus."),
	};
	article_layout *lay = calloc(1, sizeof *lay);
	char *md = lay ? yd_article_markdown(a, &l) : NULL;
	if (!md) {
		free(lay);
		return NULL;
	}
	lay->t.c = c;
	/* the job keeps a copy of the options; their ctx is lay->t */
	yd_render_opts o = { _("Links"), link_text, &lay->t };
	lay->job = yd_render_begin(md, strlen(md), width, render_flags, &o);
	free(md);
	if (!lay->job) {
		free(lay);
		return NULL;
	}
	return lay;
}

yd_doc *article_layout_doc(const article_layout *lay)
{
	return yd_render_job_doc(lay->job);
}

int article_layout_step(article_layout *lay, size_t lines)
{
	return yd_render_step(lay->job, lines);
}

double article_layout_progress(const article_layout *lay)
{
	return yd_render_job_progress(lay->job);
}

void article_layout_free(article_layout *lay)
{
	if (!lay)
		return;
	yd_render_job_free(lay->job);
	free(lay->t.last);
	free(lay);
}

yd_doc *article_doc(yd_corpus *c, const yd_full_article *a, bool bookmarked, int width,
		    int render_flags)
{
	article_layout *lay = article_layout_begin(c, a, bookmarked, width, render_flags);
	if (!lay)
		return NULL;
	yd_doc *d = article_layout_doc(lay);
	if (article_layout_step(lay, SIZE_MAX) < 0) {
		yd_doc_free(d);
		d = NULL;
	}
	article_layout_free(lay);
	return d;
}
