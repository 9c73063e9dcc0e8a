/* The candidates of a search: what the files that find them (through
 * FTS5: search-tier.c; from the articles' text: search-text.c; in one
 * pass: search-once.c), rank them (search-order.c) and make hits of
 * them (search-hit.c) share with yd_search (search.c). Not part of the
 * public API. */
#ifndef YIDU_SEARCH_CAND_H
#define YIDU_SEARCH_CAND_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "yidu/corpus.h"
#include "yidu/search.h"
#include "search-internal.h"

/* A candidate: an article and how it matches the query's plan. */
struct cand {
	int64_t id;
	struct yd_match m;
};

/* Ids already taken, as an open-addressing set. */
#define SEEN_SLOTS 8192          /* > 2 × (YD_SEARCH_MAX_RANKED + 1) */
static inline bool seen_has(const int64_t *slots, int64_t id)
{
	size_t h = (size_t)((uint64_t)id * 0x9E3779B97F4A7C15u >> 51) % SEEN_SLOTS;
	while (slots[h]) {
		if (slots[h] == id)
			return true;
		h = (h + 1) % SEEN_SLOTS;
	}
	return false;
}
static inline bool seen_add(int64_t *slots, int64_t id)
{
	size_t h = (size_t)((uint64_t)id * 0x9E3779B97F4A7C15u >> 51) % SEEN_SLOTS;
	while (slots[h]) {
		if (slots[h] == id)
			return false;
		h = (h + 1) % SEEN_SLOTS;
	}
	slots[h] = id;
	return true;
}

/* The tests give the sample corpus the shape of a large one through the
 * environment: YIDU_SEARCH_BAND (the first band), YIDU_SEARCH_LONE_BAND
 * (the width of a costly expression's bands), YIDU_SEARCH_WHOLE (the
 * largest filter read whole), YIDU_SEARCH_POST_BUDGET (see yd_run_tier),
 * YIDU_SEARCH_TEXT (the largest filter read by yd_run_text: 0 for none),
 * YIDU_SEARCH_TEXT_PAGES, YIDU_SEARCH_TEXT_BUDGET, YIDU_SEARCH_TEXT_SPARSE
 * (the words found cheaply, a bit each, instead of the estimate; see
 * TEXT_FILTER), YIDU_SEARCH_TEXT_LOWER (the largest filter whose
 * articles are read: 0 for none, see DRIVEN), YIDU_SEARCH_LOWER (the
 * lower tiers' cap, at most LOWER_TIERS), YIDU_SEARCH_ONCE (0: a pass
 * of FTS5 per tier, see ONCE) and YIDU_SEARCH_ONCE_MAX (the rows a band
 * read once may hold). */
static inline int64_t tuned(const char *name, int64_t def)
{
	const char *e = getenv(name);
	return e && *e >= '0' && *e <= '9' ? (int64_t)atoll(e) : def;
}

/* Bands of age for a costly expression (see yd_search): blocks of BAND
 * ids counted back from the newest article (the tests narrow them
 * through YIDU_SEARCH_LONE_BAND). They once doubled with age, so that
 * the oldest was half the corpus; a filter whose articles lie close
 * together among the old ones then fell in one band, every article of
 * it read and ranked from its text for a first page (医 保 院 费 within
 * a topic of 768 articles, 680 of them in 1,000 ids at 880,000 from the
 * newest: 55 ms of CPU at 1,000,000 articles). Blocks of the same width
 * stop such a reading after the block that fills the page (22 ms). A
 * lone character's results are thus newest first by blocks, ranked
 * within each; the bands depend on the corpus alone, so a filter keeps
 * the unfiltered order. */
#define BAND 128

/* The bits set in x. */
static inline size_t bits(unsigned x)
{
	size_t k = 0;
	for (; x; x &= x - 1)
		k++;
	return k;
}

/* The plan's words as bit masks: the phrases every row must hold, and
 * the words (lone characters) a tier counts. */
static inline void word_masks(const yd_qplan *p, unsigned *req, unsigned *opt)
{
	*req = *opt = 0;
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].kind == YD_QW_PHRASE)
			*req |= 1u << i;
		else
			*opt |= 1u << i;
}

/* need > 0: the tier (read newest first) stops once it has `need` rows
 * and a row of a later band than the need-th (the probe is dropped). */
struct band {
	int64_t top;
	int64_t unit;       /* ids a band of age spans (BAND) */
	size_t need;
	bool stopped;
	int64_t lo, hi;     /* the ids read (a band of QBAND's, see yd_search) */
};

static inline int64_t newest_band(const struct band *bd, int64_t id)
{
	return (bd->top - id) / bd->unit;
}

/* search-tier.c: a tier read through FTS5. The statements of a tier:
 * the filter in the expression (post false) or tested on each match's
 * facets, newest first or oldest first (asc); an SQLite result code. */
int yd_tier_prepare(sqlite3 *db, bool post, bool asc, sqlite3_stmt **st);
int yd_run_tier(yd_corpus *c, sqlite3_stmt *st, sqlite3_stmt *post,
		const yd_qplan *p, size_t atleast, size_t minwords, size_t cap,
		int64_t region, int64_t topic, int place, const void *w, int wn,
		struct band *bd, struct cand *cv, size_t *cn, int64_t *seen,
		bool *post_many, yd_error *err);
/* Adds a candidate as yd_run_tier does: false once the tier stops at
 * its band. */
bool yd_add_cand(struct band *bd, struct cand *cv, size_t *cn,
		 int64_t *seen, int64_t id, const struct yd_match *m);
/* "(expr) AND facets : …": the expression within the filter. */
char *yd_filtered_expr(const char *expr, int64_t region, int64_t topic,
		       int *nfilter);

/* search-text.c: tiers of lone characters read from the articles' text.
 * Within a filter of at most TEXT_FILTER articles (see there), or of
 * at most TEXT_FILTER_LOWER for the lower tiers; beyond that only the
 * articles of the sparse words are read (DRIVEN). */
#define TEXT_FILTER 10000
#define TEXT_FILTER_LOWER 10000

/* One reading of a filter's text for a query of lone characters (see
 * TEXT_FILTER), shared by its tiers. */
struct reading {
	int state;                /* 0 not begun, 1 begun, -1 FTS5 reads the tiers */
	bool none;                /* no article has any of the words */
	char *expr, *map, *terms; /* the tier of any one word, its phrases */
	int *word;                /* each phrase's word */
	int nphrase;
	void *w;                  /* yd_match_idf() */
	int wn;
	unsigned req, opt, sparse; /* words required, optional, found cheaply */
	double est[YD_QPLAN_MAX_WORDS]; /* each word's articles, estimated */
	bool huge;                /* no filter, too large to read, or read as
	                           * fast by FTS5: only DRIVEN tiers */
	char fexpr[128];          /* the filter */
	int64_t lo, hi;
	yd_text_terms *tt;        /* the phrases and weights, for yd_text_match */
	sqlite3_stmt *row;        /* row_sql */
	sqlite3_stmt *st;         /* the filter's articles, newest first */
	bool eof;
	size_t without;           /* articles read with none of the words */
	struct cand *v;           /* those read with some, newest first */
	size_t n, cap;
};
void yd_reading_free(struct reading *rd);
int yd_run_text(yd_corpus *c, const yd_qplan *p, size_t atleast,
		size_t nopt, size_t cap, int64_t nfilter, int64_t region,
		int64_t topic, int place, struct band *bd, struct reading *rd,
		struct cand *cv, size_t *cn, int64_t *seen, bool *done,
		yd_error *err);

/* search-once.c: every tier of a filter or a band from one pass of FTS5
 * (ONCE). */
#define ONCE_MAX YD_SEARCH_MAX_RANKED
struct once {
	struct cand *v;
	size_t n;
	bool read, many;
};
int yd_once_read(yd_corpus *c, sqlite3_stmt *st_asc, const yd_qplan *p,
		 int64_t region, int64_t topic, int place, int64_t lo,
		 int64_t hi, struct once *o, yd_error *err);
void yd_once_tier(const struct once *o, const yd_qplan *p, size_t atleast,
		  bool asc, bool reread, size_t cap, struct cand *cv,
		  size_t *cn, int64_t *seen);

/* search-order.c: sorts the candidates cv[0..cn) (see there). */
int yd_rank_cands(yd_corpus *c, const yd_qplan *p, struct cand *cv, size_t cn,
		  yd_error *err);

/* search-hit.c: the page of hits for candidates cv[0..n) into out
 * (titles, dates, snippets). 0, or -1 with err set. */
int yd_hits_fill(yd_corpus *c, const char *query, const struct cand *cv,
		 size_t n, yd_search_results *out, yd_error *err);

#endif
