/* Shared between the search files; not part of the public API. */
#ifndef YIDU_SEARCH_INTERNAL_H
#define YIDU_SEARCH_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* lib/hanzi.c: tables generated from Unihan by tools/gen-unihan. */
/* Folds a code point for matching: Traditional → Simplified, full-width
 * ASCII → ASCII, letters lower-cased. */
uint32_t yd_hanzi_fold(uint32_t c);
/* Han (and other CJK scripts written without spaces): indexed as bigrams. */
bool yd_is_han(uint32_t c);
/* Toneless readings (ü as v) of a (folded) character; returns how many,
 * up to max. */
size_t yd_pinyin_readings(uint32_t c, const char **out, size_t max);
/* Whether s[0..n) is a pinyin syllable. */
bool yd_pinyin_is_syllable(const char *s, size_t n);

/* lib/pinyin.c: splits a lower-case ASCII word into syllables. Writes up
 * to max segmentations, each as syllables separated by single spaces
 * (malloc'd), fewest syllables first; returns how many. */
size_t yd_pinyin_segment(const char *w, size_t n, char **out, size_t max);

/* lib/tokenize.c */
enum {
	YD_TOK_DOC,      /* bigrams, and a run's last character */
	YD_TOK_QUERY,    /* bigrams only (a lone character as itself) */
	YD_TOK_UNITS     /* one token per Han character or word (highlighting) */
};
#define YD_TOK_COLOCATED 1   /* same position as the previous token */
#define YD_TOK_JOINED 2      /* (UNITS) a Han character right after another */
/* Text starting with this marker (U+E000) is a title to index as pinyin. */
#define YD_PINYIN_MARK "\xee\x80\x80"
/* Text starting with this marker (U+E001) is an article's facets: words
 * "r<region code>" and "t<topic id>" (data/schema.sql, search_facet), one
 * token each, in documents and in queries alike. The query translator
 * never lets a user's text start with a marker. */
#define YD_FACET_MARK "\xee\x80\x81"
typedef int (*yd_tok_fn)(void *ctx, int flags, const char *tok, size_t n,
			 size_t start, size_t end);
/* Calls fn for every token; stops at the first non-zero return. */
int yd_tokenize(const char *text, size_t n, int mode, yd_tok_fn fn, void *ctx);

/* lib/search-mdtext.c: Markdown source → plain text for indexing and
 * snippets (markup, link targets and tags removed; soft-wrapped Chinese
 * lines joined). malloc'd; NULL only when out of memory. */
char *yd_md_plain(const char *md, size_t n, size_t *outlen);

/* lib/search-query.c: user text → parsed terms. */
typedef struct yd_qterm {
	char *text;      /* the words (a phrase may hold several) */
	bool exclude;    /* -word */
	bool phrase;     /* "quoted" */
	bool alpha;      /* only ASCII letters: pinyin alternatives apply */
} yd_qterm;
typedef struct yd_query {
	yd_qterm *v;
	size_t n;
} yd_query;
int yd_query_parse(const char *text, yd_query *q);
void yd_query_free(yd_query *q);
/* FTS5 expression for a parsed query (malloc'd), or NULL when no term
 * can match anything (then there are no results). */
char *yd_query_fts(const yd_query *q);

/* lib/search-fts.c: the tokenizer "yidu", the auxiliary function
 * yd_title_hit() and the SQL functions the index's triggers use, on one
 * connection. */
int yd_search_register(sqlite3 *db);

/* lib/search-index.c: the builder's hooks. begin, when the build's
 * transaction opens: articles from id first_new on are new and are
 * indexed by finish, in one pass; changes to older ones are re-indexed as
 * they happen. SQLite result codes. */
int yd_search_index_begin(sqlite3 *db, int64_t first_new);
int yd_search_index_finish(sqlite3 *db, int64_t first_new);

#endif
