/* Shared between the search files; not part of the public API. */
#ifndef YIDU_SEARCH_INTERNAL_H
#define YIDU_SEARCH_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "yidu/lang.h"

/* lib/hanzi.c: tables generated from Unihan by tools/gen-unihan. */
/* Folds a code point for matching: Traditional → Simplified, full-width
 * ASCII → ASCII, letters lower-cased. */
uint32_t yd_hanzi_fold(uint32_t c);
/* The code points that fold to the Han character c (c itself first if
 * it folds to itself), up to max; returns how many, or max + 1 when
 * there are more. */
size_t yd_hanzi_unfold(uint32_t c, uint32_t *out, size_t max);
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
struct yd_segment_live;   /* lib/search-segment.h: built while storing */
int yd_search_index_finish(sqlite3 *db, int64_t first_new,
			   struct yd_segment_live *live);

/* lib/search-lex.c: what query understanding reads from data/, loaded
 * once per process (any part may be missing: then it is empty). */
struct yd_syn {
	char *word;
	size_t group;
};
struct yd_search_lex {
	yd_dict *dict;            /* NULL: terms are not segmented */
	yd_gazetteer *gaz;        /* NULL: no region preference */
	char **stop;              /* sorted */
	size_t nstop;
	struct yd_syn *syn;       /* sorted by word */
	size_t nsyn;
};
const struct yd_search_lex *yd_search_lex(void);
bool yd_search_is_stopword(const struct yd_search_lex *l, const char *w);
/* The other words of w's synonym group; returns how many (at most max). */
size_t yd_search_synonyms(const struct yd_search_lex *l, const char *w,
			  const char **out, size_t max);

/* lib/search-plan.c: a query as words to rank by. Unquoted terms are
 * segmented; question and function words are left out; a lone character
 * among longer words is left out too (it would be a prefix query over
 * the whole index, see tokenize.c; it is kept in soft[] and looked for
 * in the titles of the best candidates only); the places named
 * become one place word, matched by the region's facets or its names;
 * a word that names a topic makes the articles of that topic preferred
 * (among the best candidates; those of a specific topic count the word
 * as matched: search-order.c); a word
 * in a synonym group by the group's other words. */
enum { YD_QW_WORD, YD_QW_PLACE, YD_QW_PHRASE };
#define YD_QW_MAX_ALT 8
#define YD_QW_MAX_FACET 8
#define YD_QPLAN_MAX_WORDS 8
#define YD_QPLAN_MAX_SOFT 4
#define YD_QPLAN_MAX_TOPIC 8
typedef struct yd_qword {
	int kind;
	char *alt[YD_QW_MAX_ALT];       /* texts; alt[0] as the query has it */
	size_t nalt;
	char facet[YD_QW_MAX_FACET][24]; /* "r440300", "t12" */
	size_t nfacet;
	bool pinyin;                     /* a Latin term alone: titles by pinyin */
} yd_qword;
typedef struct yd_qplan {
	yd_qword v[YD_QPLAN_MAX_WORDS];
	size_t n;
	char **excl;                     /* -excluded terms */
	size_t nexcl;
	bool all_pinyin;                 /* several Latin terms: also together */
	char soft[YD_QPLAN_MAX_SOFT][8]; /* lone characters left out (药) */
	size_t nsoft;
	int64_t topic[YD_QPLAN_MAX_TOPIC]; /* topics the words name */
	int topic_word[YD_QPLAN_MAX_TOPIC]; /* the word (index in v) naming it */
	size_t ntopic;
	sqlite3 *db;                     /* the corpus, for search_term */
} yd_qplan;
/* db: the corpus (its region_alias and topic tables), or NULL for a plan
 * without facets (highlighting). Returns 0, or -1 when out of memory. */
int yd_qplan_make(const char *query, sqlite3 *db, yd_qplan *p);
/* Text folded as the index folds it (Traditional → Simplified,
 * full-width → ASCII, lower case); malloc'd, NULL when out of memory. */
char *yd_fold_text(const char *t);
void yd_qplan_free(yd_qplan *p);

/* lib/search-expr.c: FTS5 expressions for a plan. The words listed in
 * `use` (a bit per word; required ones are always in) must all match,
 * or, with `atleast` < their number, at least that many of them. The
 * phrase map (for yd_match(), one "word:span" per phrase, word -1 for
 * exclusions) is written to *map. NULL when out of memory or when the
 * plan has no word that can match. malloc'd. */
char *yd_qplan_expr(const yd_qplan *p, unsigned use, size_t atleast,
		    char **map);

/* lib/search-rank.c: yd_match(search, map, place): how an article
 * matches a plan, as a struct yd_match blob. */
struct yd_match {
	int words;       /* words matched (the place word included) */
	int place;       /* 2: of the query's region, 1: names it, 0: neither */
	int topic;       /* of a topic the query names (best candidates only) */
	int title;       /* words matched in the title or its pinyin */
	int prox;        /* sum of gaps between neighbouring words, lower is better */
	double bm25;     /* lower is better */
	unsigned mask;   /* the words matched, a bit each (index in the plan) */
};
int yd_search_rank_register(fts5_api *api);
/* yd_match_text()'s account outside FTS5 (search-text.c reads the rows
 * itself): the terms (one a line), their map and yd_match_idf()'s
 * weights; then a row's body (plain text), title and summary (NULL:
 * none) and its length in the index. yd_text_match() returns 1 with *m
 * when the row has every word (or with need > 0 at least need of them),
 * 0 when not, -1 when out of memory. */
typedef struct yd_text_terms yd_text_terms;
yd_text_terms *yd_text_terms_new(const char *map, const char *terms,
				 const void *w, int wbytes);
void yd_text_terms_free(yd_text_terms *t);
int yd_text_match(const yd_text_terms *t, const char *const text[3],
		  const size_t n[3], int len, int nwords, int place, int need,
		  struct yd_match *m);

/* The index's columns, in data/schema.sql's order (the body first: see
 * there). */
enum { YD_COL_BODY, YD_COL_TITLE, YD_COL_SUMMARY, YD_COL_PY, YD_COL_FACETS };
/* The index columns BM25 counts (body, title, summary, pinyin: the
 * columns before YD_COL_FACETS, which is not text), and the document
 * lengths over them, for both ranking functions (search-fts.c and
 * search-rank.c). */
#define YD_RANK_COLS YD_COL_FACETS
/* The mean length of a row in the whole index, in tokens (1 if empty). */
int yd_fts_avg_len(const Fts5ExtensionApi *api, Fts5Context *fc, double *avg);
/* The current row's length, in tokens. */
int yd_fts_row_len(const Fts5ExtensionApi *api, Fts5Context *fc, int *len);

#endif
