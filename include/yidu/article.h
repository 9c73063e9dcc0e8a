/* An article as read from an input, before it enters the corpus.
 *
 * Parsers (scraped pages, Markdown with front matter, JSON lines) fill one
 * of these; the corpus builder sanitises, deduplicates and stores it. All
 * strings are malloc'd UTF-8 or NULL.
 */
#ifndef YIDU_ARTICLE_H
#define YIDU_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

/* An entry of a related list. From a scraped page's 相关推荐 list every
 * field may be set; from front matter or JSON only `title` (a title or a
 * slug of another article). */
typedef struct yd_related {
	char *title;
	char *summary;
	char *category;
	char *date;          /* YYYY-MM-DD or NULL */
} yd_related;

typedef struct yd_article {
	char *slug;          /* stable identifier; NULL: derived from the title */
	char *title;         /* required */
	char *summary;       /* short answer or lead; may be NULL */
	char *body;          /* Markdown; NULL for an excerpt */
	char *source;        /* site or publisher */
	char *url;
	char *author;
	char *date;          /* YYYY-MM-DD or NULL */
	char *category;
	bool excerpt;        /* only the summary is known */
	char **regions;      /* given by the input: codes or names; may be NULL */
	size_t nregions;
	char **topics;       /* given by the input: paths like "医保/报销" */
	size_t ntopics;
	yd_related *related;
	size_t nrelated;
	char *origin;        /* "file:line" for messages */
	size_t body_cut;     /* the body's length before the builder cut it to
				the size limit (0: kept whole) */
	char *body_text;     /* the body as the search index reads it (Markdown
				removed), made by yd_builder_prepare; NULL:
				not made */
	size_t body_text_len;
} yd_article;

void yd_article_init(yd_article *a);
/* Frees every field and re-initialises *a (the struct itself is not freed). */
void yd_article_clear(yd_article *a);

#endif
