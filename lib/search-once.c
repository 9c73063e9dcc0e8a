/* All the tiers of a filter or a band from one pass of FTS5 (ONCE). */
#include "config.h"

#include <string.h>

#include "yidu/search.h"
#include "corpus-internal.h"
#include "search-cand.h"
#include "search-internal.h"
#include "sqlutil.h"

/* ONCE: within a filter read whole (at most the cap's articles, not a
 * costly expression), each tier was a pass of FTS5 over the filter's
 * articles, a seek in each word's doclists per article (a question of
 * six words within a county of 1,299 articles, 1,000,000 in all: three
 * tiers, 15 + 28 + 18 ms of CPU). Every match of a higher tier is one
 * of the tier of any one word, with the same account (the same phrases
 * in the same order; in the tiers between, ORs of ANDs, only the subset
 * of a row's words matches where the row has exactly k of them, and
 * rows with more were taken by the tiers above, which are not capped
 * here), so that tier is read once, oldest first, and every tier takes
 * its rows from it in the order FTS5 would give them. The same within
 * each band of a larger filter (see QBAND_DEFAULT) where the band holds
 * at most ONCE_MAX of its articles, estimated (异地就医备案需要什么材料 within
 * 2,402 articles: ~80 a band, two bands of three tiers, 29 ms); a band
 * found to hold more is read a tier at a time. */

int yd_once_read(yd_corpus *c, sqlite3_stmt *st_asc, const yd_qplan *p,
		 int64_t region, int64_t topic, int place, int64_t lo,
		 int64_t hi, struct once *o, yd_error *err)
{
	char *map = NULL;
	char *expr = yd_qplan_expr(p, ~0u, 1, &map);
	int nf = 0;
	char *fexpr = expr ? yd_filtered_expr(expr, region, topic, &nf) : NULL;
	free(expr);
	o->read = true;
	o->many = false;
	o->n = 0;
	if (!o->v)
		o->v = malloc((ONCE_MAX + 1) * sizeof *o->v);
	if (!fexpr || !map || !o->v) {
		free(fexpr);
		free(map);
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	sqlite3_stmt *q = st_asc;
	sqlite3_reset(q);
	sqlite3_bind_text(q, 1, fexpr, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 2, -1);
	sqlite3_bind_text(q, 3, map, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 4, (int)p->n);
	sqlite3_bind_int(q, 5, place);
	sqlite3_bind_int64(q, 6, lo);
	sqlite3_bind_int64(q, 7, hi);
	sqlite3_bind_null(q, 10);
	int s;
	int64_t max = tuned("YIDU_SEARCH_ONCE_MAX", ONCE_MAX);
	if (max < 0 || max > ONCE_MAX)
		max = ONCE_MAX;
	while ((s = sqlite3_step(q)) == SQLITE_ROW) {
		if (o->n == (size_t)max) {
			o->many = true;   /* read a tier at a time instead */
			break;
		}
		struct cand *k = &o->v[o->n++];
		memset(k, 0, sizeof *k);
		k->id = sqlite3_column_int64(q, 0);
		const void *b = sqlite3_column_blob(q, 1);
		if (b && sqlite3_column_bytes(q, 1) == (int)sizeof k->m)
			memcpy(&k->m, b, sizeof k->m);
	}
	sqlite3_reset(q);
	free(fexpr);
	free(map);
	if (s != SQLITE_DONE && s != SQLITE_ROW)
		return yd_sql_fail(c->db, "searching", err);
	return 0;
}

/* The tier of at least `atleast` of the optional words from the reading,
 * oldest first or newest first, up to the cap (and the probe past it),
 * as yd_run_tier would read it; with `reread`, one read oldest first that
 * passes the cap is read again newest first (see yd_search). */
void yd_once_tier(const struct once *o, const yd_qplan *p, size_t atleast,
		  bool asc, bool reread, size_t cap, struct cand *cv,
		  size_t *cn, int64_t *seen)
{
	unsigned req, opt;
	word_masks(p, &req, &opt);
	if (asc && reread) {
		size_t fresh = 0;
		for (size_t j = 0; j < o->n; j++)
			fresh += (o->v[j].m.mask & req) == req &&
				bits(o->v[j].m.mask & opt) >= atleast &&
				!seen_has(seen, o->v[j].id);
		asc = *cn + fresh <= cap;
	}
	for (size_t j = 0; j < o->n && *cn <= cap; j++) {
		const struct cand *e = &o->v[asc ? j : o->n - 1 - j];
		if ((e->m.mask & req) != req || bits(e->m.mask & opt) < atleast)
			continue;
		if (seen_add(seen, e->id))
			cv[(*cn)++] = *e;
	}
}
