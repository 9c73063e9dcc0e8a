/* Full-text search over a corpus: Chinese words of any length, Latin
 * words, Traditional characters (醫保 finds 医保) and titles by pinyin
 * (yibao, yi bao, yb).
 *
 * Queries are plain text, never search syntax: a question as typed
 * (住院怎么报销) is cut into words, question words need not match, a
 * place named is a region preference; "quoted phrases" must match as
 * written, -word excludes. Any input, including invalid UTF-8, gives
 * results or none, never an error about the query.
 */
#ifndef YIDU_SEARCH_H
#define YIDU_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "yidu/corpus.h"
#include "yidu/error.h"

/* A match: bytes [start, end) of some text. */
typedef struct yd_range {
	size_t start, end;
} yd_range;

typedef struct yd_search_hit {
	int64_t id;
	char *title;
	char date[11];        /* YYYY-MM-DD or "" */
	char *snippet;        /* one line of the text around the first match */
	yd_range *ranges;     /* matches inside snippet, in order */
	size_t nranges;
	yd_range *title_ranges;   /* matches inside title (pinyin included) */
	size_t ntitle_ranges;
	bool title_match;     /* the query matched the title or its pinyin */
	double score;         /* higher is better */
} yd_search_hit;

typedef struct yd_search_results {
	yd_search_hit *v;     /* the requested page */
	size_t n;
	size_t count;         /* matches ranked (at most YD_SEARCH_MAX_RANKED);
			       * for a lone character's first pages, which
			       * read only the newest matches, a bound that
			       * is never below the true count */
	bool more;            /* there are more matches than were ranked */
} yd_search_results;

/* For very common words only this many matches (the most recently
 * added) are ranked, so the first page stays fast; when not every word
 * of a question is in them, fewer (500) from articles with fewer of the
 * words. */
#define YD_SEARCH_MAX_RANKED 2000

/* Searches region subtree × topic subtree (region 0 and topic 1, the
 * roots, or -1: no filter). Results come in bands of age (the newest
 * 32,768 articles, then twice as many, …; for a lone character 128,
 * 256, …; a filter of at most 2,000 articles is one band) so that a page
 * reads no further than its band; within a band they are ordered by the
 * region the query names (its articles first), how many of the query's
 * words they have (all first; an article of a specific topic a word
 * names counts that word), words in the title, words close together, a
 * topic the query names, then relevance (BM25 over title, summary and
 * body); a
 * page of up to `limit` starts at `offset`. An empty or unmatchable query
 * gives no results. Returns 0, or -1 with err set on a database
 * failure. */
int yd_search(yd_corpus *c, const char *query, int64_t region, int64_t topic,
	      size_t offset, size_t limit, yd_search_results *out,
	      yd_error *err);
void yd_search_results_free(yd_search_results *r);

/* Matches of the query's words and phrases (not the excluded ones) inside
 * any text, e.g. an article being read, sorted and not overlapping.
 * Pinyin words match the Han characters they spell. *out is malloc'd (free
 * it); returns the count, or -1 when out of memory. */
long yd_search_highlight(const char *text, size_t n, const char *query,
			 yd_range **out);

/* Markdown → the plain text that is indexed and that snippets and
 * highlights refer to. malloc'd. */
char *yd_search_plain_text(const char *markdown);

#endif
