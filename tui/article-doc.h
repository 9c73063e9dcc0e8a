/* An article laid out for reading: the browser's article pane and --dump
 * both use it, so they show the same header (lib's yd_article_markdown)
 * and the same list of links, with the corpus articles' titles and the
 * labels in the interface's language. */
#ifndef YIDU_TUI_ARTICLE_DOC_H
#define YIDU_TUI_ARTICLE_DOC_H

#include <stdbool.h>
#include "yidu/corpus.h"
#include "yidu/render.h"

/* NULL when out of memory. render_flags: YD_RENDER_*. */
yd_doc *article_doc(yd_corpus *c, const yd_full_article *a, bool bookmarked, int width,
		    int render_flags);

/* The same, laid out a part at a time (yd_render_step): the article pane
 * shows the top of a long article before the rest is laid out. The
 * document belongs to the caller and outlives the layout. */
typedef struct article_layout article_layout;
article_layout *article_layout_begin(yd_corpus *c, const yd_full_article *a, bool bookmarked,
				     int width, int render_flags);
yd_doc *article_layout_doc(const article_layout *lay);
/* Lays out until `lines` lines or the end: 1 at the end, 0 before, -1
 * out of memory. */
int article_layout_step(article_layout *lay, size_t lines);
/* The share of the source laid out so far, 0 to 1. */
double article_layout_progress(const article_layout *lay);
void article_layout_free(article_layout *lay);

#endif
