/* A tier of candidates read through FTS5: the newest articles with at
 * least so many of the query's words, within the filter and a band of
 * age, each with yd_match()'s account. */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "yidu/search.h"
#include "corpus-internal.h"
#include "search-cand.h"
#include "search-internal.h"
#include "sqlutil.h"

/* The candidates of one tier: the newest matches, with yd_match()'s
 * account of each, the filter being part of the FTS5 expression, so that
 * a small region or topic is found by FTS5 skipping through the doclists
 * rather than by testing every match. */
#define CANDIDATES(order) "SELECT rowid, yd_match(search, ?3, ?4, ?5, ?10) " \
	"FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?6 AND ?7 " \
	"ORDER BY rowid " order " LIMIT ?2"
static const char candidates_sql[] = CANDIDATES("DESC");
/* The same, oldest first: when the filter holds no more articles than a
 * tier's cap, every match is a candidate whatever the order, and FTS5
 * reads forwards faster (医 within 440800, 287 articles, 100,000 in all:
 * 14 against 22-27 ms of CPU for the FTS5 query alone). */
static const char candidates_asc_sql[] = CANDIDATES("ASC");
/* The filter tested on each match's facets instead (?8, ?9: " r440000 ",
 * " t3 "; see yd_run_tier): yd_match() is NULL where the row is not in it. */
#define POST_CANDIDATES(order) "SELECT rowid, CASE WHEN EXISTS (SELECT 1 " \
	"FROM search_facet f WHERE f.id = search.rowid AND " \
	"(?8 IS NULL OR instr(' ' || substr(f.facets, 2) || ' ', ?8)) AND " \
	"(?9 IS NULL OR instr(' ' || substr(f.facets, 2) || ' ', ?9))) " \
	"THEN yd_match(search, ?3, ?4, ?5, ?10) END FROM search " \
	"WHERE search MATCH ?1 AND rowid BETWEEN ?6 AND ?7 ORDER BY rowid " order
static const char post_sql[] = POST_CANDIDATES("DESC");
static const char post_asc_sql[] = POST_CANDIDATES("ASC");

int yd_tier_prepare(sqlite3 *db, bool post, bool asc, sqlite3_stmt **st)
{
	const char *sql = post ? (asc ? post_asc_sql : post_sql) :
		asc ? candidates_asc_sql : candidates_sql;
	return sqlite3_prepare_v2(db, sql, -1, st, NULL);
}

/* "(expr) AND facets : "<mark>r<code>"" …, the filter's phrases;
 * *nfilter receives how many. malloc'd. */
char *yd_filtered_expr(const char *expr, int64_t region, int64_t topic,
		       int *nfilter)
{
	size_t n = strlen(expr) + 128;
	char *s = malloc(n);
	if (!s)
		return NULL;
	int k = snprintf(s, n, "(%s)", expr);
	*nfilter = 0;
	if (region > 0) {
		k += snprintf(s + k, n - (size_t)k, " AND facets : \""
			      YD_FACET_MARK "r%" PRId64 "\"", region);
		++*nfilter;
	}
	if (topic > 1) {
		k += snprintf(s + k, n - (size_t)k, " AND facets : \""
			      YD_FACET_MARK "t%" PRId64 "\"", topic);
		++*nfilter;
	}
	return s;
}

/* Matches outside the filter a tier with the filter tested on the
 * facets reads before it gives up and lets FTS5 apply it (2-5 µs each
 * at 1,000,000 articles: at most ~2.5 ms lost). */
#define POST_BUDGET 512

/* Runs one tier: articles with at least `atleast` of the optional words
 * (all of the required ones), newest first, up to the cap (or the band
 * stop); adds those not yet found. Returns 0, or -1 with err set.
 *
 * With `post` (a statement of post_sql's) the filter is tested on each
 * match's facets instead of being ANDed into the expression (`st`).
 * FTS5 starts an expression at its first match in the whole index and
 * only then skips to the band, so words that meet a large filter rarely
 * or never walk their doclists from the oldest article on (异地就医 备案
 * 材料 within 医保/个人账户, 1,000,000 articles: 17.7 ms in FTS5 with the
 * filter in the expression, 0.8 ms tested on the facets). Where the
 * words' matches are many, FTS5 skipping is cheaper: after POST_BUDGET
 * matches outside the filter the tier is read again with `st`, and
 * *post_many is set. */
int yd_run_tier(yd_corpus *c, sqlite3_stmt *st, sqlite3_stmt *post,
		const yd_qplan *p, size_t atleast, size_t minwords, size_t cap,
		int64_t region, int64_t topic, int place, const void *w, int wn,
		struct band *bd, struct cand *cv, size_t *cn, int64_t *seen,
		bool *post_many, yd_error *err)
{
	char *map = NULL;
	char *expr = yd_qplan_expr(p, ~0u, atleast, &map);
	unsigned req, opt;
	word_masks(p, &req, &opt);
	if (!expr) {
		free(map);
		return 0;                 /* nothing that can match */
	}
	int nfilter = 0;
	char *fexpr = post ? strdup(expr) : yd_filtered_expr(expr, region, topic, &nfilter);
	free(expr);
	if (!fexpr) {
		free(map);
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	sqlite3_stmt *q = post ? post : st;
	char rword[32], tword[32];
	snprintf(rword, sizeof rword, " r%" PRId64 " ", region);
	snprintf(tword, sizeof tword, " t%" PRId64 " ", topic);
	sqlite3_reset(q);
	sqlite3_bind_text(q, 1, fexpr, -1, SQLITE_STATIC);
	/* rows with fewer words than the tier's are read past (not counted) */
	sqlite3_bind_int(q, 2, minwords ? -1 : YD_SEARCH_MAX_RANKED + 1);
	sqlite3_bind_text(q, 3, map, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 4, (int)p->n);
	sqlite3_bind_int(q, 5, place);
	sqlite3_bind_int64(q, 6, bd->lo);
	sqlite3_bind_int64(q, 7, bd->hi);
	if (w)
		sqlite3_bind_blob(q, 10, w, wn, SQLITE_STATIC);
	else
		sqlite3_bind_null(q, 10);
	if (post) {
		sqlite3_bind_text(q, 8, region > 0 ? rword : NULL, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 9, topic > 1 ? tword : NULL, -1, SQLITE_STATIC);
	}
	int s;
	size_t rejected = 0, budget = (size_t)tuned("YIDU_SEARCH_POST_BUDGET", POST_BUDGET);
	while (*cn <= cap && (s = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(q, 0);
		const void *b = sqlite3_column_blob(q, 1);
		if (post && !b) {
			if (++rejected > budget)
				break;
			continue;
		}
		struct yd_match m;
		memset(&m, 0, sizeof m);
		if (b && sqlite3_column_bytes(q, 1) == (int)sizeof m)
			memcpy(&m, b, sizeof m);
		if (minwords && ((m.mask & req) != req ||
				 bits(m.mask & opt) < minwords))
			continue;         /* fewer words than the tier's */
		if (!seen_add(seen, id))
			continue;
		struct cand *k = &cv[(*cn)++];
		k->id = id;
		k->m = m;
		if (bd->need && *cn > bd->need &&
		    newest_band(bd, id) > newest_band(bd, cv[bd->need - 1].id)) {
			(*cn)--;
			bd->stopped = true;
			break;
		}
	}
	bool failed = *cn <= cap && !bd->stopped && rejected <= budget &&
		s != SQLITE_DONE;
	sqlite3_reset(q);
	free(fexpr);
	free(map);
	if (failed)
		return yd_sql_fail(c->db, "searching", err);
	if (rejected > budget) {         /* the matches are many: let FTS5 skip */
		*post_many = true;
		return yd_run_tier(c, st, NULL, p, atleast, minwords, cap, region,
				   topic, place, w, wn, bd, cv, cn, seen, post_many, err);
	}
	return 0;
}

/* Adds a candidate as yd_run_tier does: false once the tier stops at its
 * band (the candidate dropped). */
bool yd_add_cand(struct band *bd, struct cand *cv, size_t *cn,
		 int64_t *seen, int64_t id, const struct yd_match *m)
{
	if (!seen_add(seen, id))
		return true;
	struct cand *x = &cv[(*cn)++];
	x->id = id;
	x->m = *m;
	if (bd->need && *cn > bd->need &&
	    newest_band(bd, id) > newest_band(bd, cv[bd->need - 1].id)) {
		(*cn)--;
		bd->stopped = true;
		return false;
	}
	return true;
}
