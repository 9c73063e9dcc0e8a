/* An article as one Markdown document: a header built from its fields
 * (title, date · source · category, source address, regions, topics), a
 * rule, then the body (or, for an excerpt, a note and the summary). The
 * one header renderer for the browser and --dump: both lay this text out,
 * so they show the same header. Labels come from the caller, in the
 * interface's language. */
#ifndef YIDU_ARTICLE_MD_H
#define YIDU_ARTICLE_MD_H

#include <stdbool.h>
#include "yidu/corpus.h"

typedef struct yd_header_labels {
	const char *regions;      /* "Regions: " */
	const char *topics;       /* "Topics: " */
	const char *url;          /* "Source: " (before the address) */
	const char *bookmarked;   /* added to the date line; NULL: not shown */
	const char *excerpt;      /* the note above an excerpt's summary */
} yd_header_labels;

/* malloc'd Markdown; NULL when out of memory. Header fields are escaped,
 * so a title with * or [ stays text. */
char *yd_article_markdown(const yd_full_article *a, const yd_header_labels *l);

#endif
