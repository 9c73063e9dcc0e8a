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

#endif
