/* yd_search: the query's words as a plan (search-plan.c); candidates in
 * tiers (every word, then fewer) within bands of age, read through FTS5
 * (search-tier.c), from the articles' text (search-text.c) or a band in
 * one pass (search-once.c); ranked (search-order.c); then a page of hits
 * with snippets (search-hit.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "yidu/search.h"
#include "corpus-internal.h"
#include "search-cand.h"
#include "search-internal.h"
#include "sqlutil.h"

#define LOWER_TIERS 500
/* More phrases than this make an expression costly (see yd_search; CPU
 * on 100,000 articles: ~3.5 ms to open a lone character's ~250 terms,
 * then ~10 µs a candidate, 60-100 µs within a filter of under 1 %). */
#define COSTLY_PHRASES 64
#define TINY_FILTER 64
/* The first band of age of other queries (see yd_search). */
#define QBAND_DEFAULT 32768

static size_t choose(size_t n, size_t k)
{
	size_t r = 1;
	for (size_t i = 1; i <= k; i++)
		r = r * (n - k + i) / i;
	return r;
}

/* Phrases in the expression of the tier of every word: a lone character
 * is an OR of the few hundred terms it begins (search-expr.c). */
static size_t first_tier_phrases(const yd_qplan *p, size_t nopt)
{
	char *map = NULL;
	char *expr = yd_qplan_expr(p, ~0u, nopt, &map);
	size_t n = 0;
	if (expr && map && *map)
		for (const char *s = map, *e; s; s = (e = strchr(s, ' ')) ? e + 1 : NULL)
			n++;
	free(expr);
	free(map);
	return n;
}

static int cmp_newest(const void *a, const void *b)
{
	int64_t i = ((const struct cand *)a)->id, j = ((const struct cand *)b)->id;
	return i < j ? 1 : i > j ? -1 : 0;
}

int yd_search(yd_corpus *c, const char *query, int64_t region, int64_t topic,
	      size_t offset, size_t limit, yd_search_results *out,
	      yd_error *err)
{
	memset(out, 0, sizeof *out);
	yd_qplan p;
	if (yd_qplan_make(query, c->db, &p) != 0)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	if (p.n == 0) {
		yd_qplan_free(&p);        /* -exclusions alone: nothing to find */
		return 0;
	}
	int place = -1;
	size_t nopt = 0;
	for (size_t i = 0; i < p.n; i++) {
		if (p.v[i].kind == YD_QW_PLACE)
			place = (int)i;
		nopt += p.v[i].kind != YD_QW_PHRASE;
	}
	sqlite3_stmt *st = NULL, *st_asc = NULL, *pst_desc = NULL, *pst_asc = NULL;
	struct cand *cv = NULL;
	int64_t *seen = NULL;
	struct reading rd = { 0 };
	struct once onev = { NULL, 0, false, false };
	size_t cn = 0;
	int rc = -1;
	int64_t nfilter = region > 0 || topic > 1 ?
		yd_corpus_count(c, region, topic > 1 ? topic : 1) : -1;
	if (yd_tier_prepare(c->db, false, false, &st) != SQLITE_OK ||
	    yd_tier_prepare(c->db, false, true, &st_asc) != SQLITE_OK) {
		yd_sql_fail(c->db, "searching", err);
		goto out;
	}
	cv = malloc((YD_SEARCH_MAX_RANKED + 1) * sizeof *cv);
	seen = calloc(SEEN_SLOTS, sizeof *seen);
	if (!cv || !seen) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		goto out;
	}
	/* A costly expression (a lone character: an OR of a few hundred
	 * terms; FTS5 steps them all for each candidate) ranks its
	 * candidates in bands of age (newest_band()): the matches of every
	 * word among the newest BAND articles first, ranked among
	 * themselves, then those among the next 2 × BAND, 4 × BAND, …; then
	 * the lower tiers (fewer words), each in the same bands. A page
	 * needs only the bands up to its last row, so FTS5 stops there
	 * whatever the corpus's size, in whichever tier that row is (the
	 * lower tiers were ranked 500 at a time: 药 院 南 within a county of
	 * 431 articles read all of them from their text, 43 ms at 1,000,000
	 * articles; and they are not read at all once the tiers above fill
	 * the page). The bands are the same with a filter
	 * or without and on every page, so a filtered search keeps the
	 * unfiltered order and paging is complete and consistent.
	 * Other queries are read in bands of age the same way (QBAND_DEFAULT
	 * articles, then twice as many, …: one band for any corpus of up to QBAND
	 * articles), each band with its tiers: a tier with few matches reads
	 * its words' doclists through, and within a band that costs the
	 * same whatever the corpus's size. */
	int64_t top = yd_sql_int(c->db, "SELECT max(id) FROM article", 0);
	bool costly = first_tier_phrases(&p, nopt) > COSTLY_PHRASES;
	/* A filter of at most the cap's articles is read whole, in one band
	 * (its count then exact; FTS5 reads it oldest first, faster); for a
	 * costly expression only a filter of at most TINY_FILTER articles
	 * (far apart, each costs a seek in every term), still ranked in its
	 * bands. */
	bool whole = nfilter >= 0 && nfilter <= (costly ? TINY_FILTER :
		tuned("YIDU_SEARCH_WHOLE", YD_SEARCH_MAX_RANKED));
	if (nfilter >= 0 && !costly && !whole &&
	    (yd_tier_prepare(c->db, true, false, &pst_desc) != SQLITE_OK ||
	     yd_tier_prepare(c->db, true, true, &pst_asc) != SQLITE_OK)) {
		yd_sql_fail(c->db, "searching", err);
		goto out;
	}
	/* lone characters within a small filter, or with a word sparse
	 * (DRIVEN): from the text (yd_run_text) */
	bool small = costly && nfilter >= 0 &&
		nfilter <= tuned("YIDU_SEARCH_TEXT_LOWER", TEXT_FILTER_LOWER);
	bool text = costly && (small || p.n > 1) &&
		tuned("YIDU_SEARCH_TEXT", TEXT_FILTER) > 0;
	struct band bd = { top, costly && !whole ? offset + limit : 0, false,
		INT64_MIN, INT64_MAX };
	bool early = false;               /* stopped before the oldest band */
	/* a filter read whole: every tier from one reading (ONCE) */
	bool once = !costly && nfilter >= 0 && nopt > 1 &&
		tuned("YIDU_SEARCH_ONCE", 1) > 0;
	int64_t nall = once ? yd_corpus_count(c, 0, 1) : 0;

	bool post_many = false;           /* see yd_run_tier */
	size_t lower_cap = (size_t)tuned("YIDU_SEARCH_LOWER", LOWER_TIERS);
	if (lower_cap < 1 || lower_cap > LOWER_TIERS)
		lower_cap = LOWER_TIERS;
	int64_t qb = tuned("YIDU_SEARCH_BAND", QBAND_DEFAULT);
	if (qb < 1)
		qb = QBAND_DEFAULT;
	for (int b = 0; ; b++) {
		if (!costly && !whole) {
			bd.hi = top - qb * (((int64_t)1 << b) - 1);
			bd.lo = top - qb * (((int64_t)2 << b) - 1) + 1;
		}
		size_t base = cn;
		/* this band from one reading (ONCE), when it holds few of
		 * the filter's articles */
		bool band_once = once && (whole || (nall > 0 &&
			(double)nfilter * (double)(bd.hi - bd.lo + 1) <=
			(double)ONCE_MAX * (double)nall));
		onev.read = false;
		size_t tier_end[YD_QPLAN_MAX_WORDS + 1], ntier = 0;
		bool full = false, lower_stopped = false;
		/* Tiers: every word (up to the cap), then all but one, … then
		 * any one, until LOWER_TIERS candidates are in: an article of
		 * a lower tier has fewer of the words and ranks below those
		 * found before (unless it is of the query's region), and each
		 * tier costs a pass over the doclists of all the words. A tier
		 * written out as too many ORed ANDs is skipped for the "any
		 * one" tier. */
		for (size_t k = nopt; ; k--) {
			if (k > 1 && k < nopt && choose(nopt, k) > 24)
				k = 1;
			size_t cap = k == nopt ? YD_SEARCH_MAX_RANKED : lower_cap;
			if (k < nopt && cn - base >= lower_cap) {
				out->more = true;     /* lower tiers not looked at */
				break;
			}
			if (k < nopt && bd.need && cn >= bd.need) {
				lower_stopped = true; /* the page is in (see BAND) */
				break;
			}
			if (base + cap > YD_SEARCH_MAX_RANKED)
				cap = YD_SEARCH_MAX_RANKED - base;
			/* FTS5 checks the band's lower bound only at a match, so a
			 * tier with few matches (words ANDed, a phrase of several
			 * tokens) read newest first runs on through all the older
			 * articles; oldest first it stops at the newest article.
			 * When that finds more than the cap, the tier is read again
			 * newest first (it then stops at the cap). At 300,000
			 * articles: app (no match) 6.0 -> 3.5 ms, 医保 (dense, read
			 * twice) 2.3 -> 4.0 ms.
			 * A lower tier whose band has matches already (the
			 * tiers above's are among its own) is read newest first
			 * at once: it meets the band's lower bound soon, and a
			 * second reading would cost as much as the first
			 * (异地就医备案需要什么材料, 1,000,000 articles: 5 ms). */
			bool and = !costly && !whole;
			bool desc_now = and && k < nopt && cn > base;
			bool asc = ((nfilter >= 0 && (size_t)nfilter <= cap &&
				     !bd.need) || and) && !desc_now;
			/* every word ANDed with a large filter: the filter
			 * tested on the facets (yd_run_tier). The lower tiers, ORs
			 * of fewer words, meet the filter soon; so do the words
			 * in older bands once they were many in one. */
			sqlite3_stmt *tst = asc ? st_asc : st,
				*pst = and && k == nopt && k > 1 && nfilter >= 0 && !post_many ?
				(asc ? pst_asc : pst_desc) : NULL;
			struct band lower = { top, bd.need, false, bd.lo, bd.hi };
			size_t before = cn;
			bool done = false;
			if (band_once) {
				if (!onev.read &&
				    yd_once_read(c, st_asc, &p, region, topic, place,
					      bd.lo, bd.hi, &onev, err) != 0)
					goto out;
				if (!onev.many) {
					yd_once_tier(&onev, &p, k, asc, and, base + cap,
						  cv, &cn, seen);
					done = true;
				}
			}
			/* the tier of every word and that of any one from
			 * one reading of the filter's text (the tiers between
			 * are ORs of ANDs, other phrases) */
			if (text &&
			    yd_run_text(c, &p, k, nopt, base + cap, nfilter, region,
				     topic, place, k == nopt ? &bd : &lower, &rd, cv,
				     &cn, seen, &done, err) != 0)
				goto out;
			/* the tiers between (at least k of the words) within a
			 * small filter: the tier of any one word, its rows with
			 * fewer words read past (see MID_TIERS at TEXT_FILTER) */
			bool mid = costly && k > 1 && k < nopt;
			/* the weights the reading has read already, for the
			 * same phrases */
			const void *w = rd.w && (k == nopt || k == 1 || mid) ?
				rd.w : NULL;
			if (!done &&
			    yd_run_tier(c, tst, pst, &p, mid ? 1 : k, mid ? k : 0,
				     base + cap, region, topic, place, w, rd.wn,
				     k == nopt ? &bd : &lower, cv, &cn, seen,
				     &post_many, err) != 0)
				goto out;
			if (!done && and && asc && cn > base + cap) {
				cn = before;
				memset(seen, 0, SEEN_SLOTS * sizeof *seen);
				for (size_t i = 0; i < cn; i++)
					seen_add(seen, cv[i].id);
				if (yd_run_tier(c, st, pst && !post_many ? pst_desc : NULL, &p,
					     k, 0, base + cap, region, topic, place,
					     w, rd.wn, k == nopt ? &bd : &lower,
					     cv, &cn, seen, &post_many, err) != 0)
					goto out;
			}
			lower_stopped |= lower.stopped;
			if (cn > base + cap) {
				out->more = full = true;
				cn--;     /* the one past the cap was only a probe */
			}
			tier_end[ntier++] = cn;
			if (bd.stopped || lower_stopped || full)
				break;
			if (k <= 1)
				break;
		}
		if (costly) {
			/* each tier by bands (read oldest first when the filter
			 * is read whole), the tiers in turn */
			for (size_t t = 0, i = base; t < ntier; t++) {
				size_t end = tier_end[t];
				qsort(cv + i, end - i, sizeof *cv, cmp_newest);
				while (i < end) {
					size_t j = i + 1;
					int nb = newest_band(top, cv[i].id);
					while (j < end && newest_band(top, cv[j].id) == nb)
						j++;
					if (yd_rank_cands(c, &p, cv + i, j - i, err) != 0)
						goto out;
					i = j;
				}
			}
			early = bd.stopped || lower_stopped;
			break;
		}
		if (yd_rank_cands(c, &p, cv + base, cn - base, err) != 0)
			goto out;
		if (full || cn >= YD_SEARCH_MAX_RANKED || bd.lo <= 1)
			break;
		if (cn >= offset + limit && limit > 0) {
			early = true;     /* the page is in: older bands not read */
			break;
		}
	}
	if (early) {
		/* the others are not counted; the count is a bound (the
		 * filter's articles), never below the true count */
		int64_t bound = nfilter >= 0 ? nfilter : yd_corpus_count(c, 0, 1);
		out->count = bound < YD_SEARCH_MAX_RANKED ? (size_t)bound :
			YD_SEARCH_MAX_RANKED;
		out->more = bound > YD_SEARCH_MAX_RANKED;
	} else
		out->count = cn;
	sqlite3_finalize(st);
	sqlite3_finalize(st_asc);
	sqlite3_finalize(pst_desc);
	sqlite3_finalize(pst_asc);
	st = st_asc = pst_desc = pst_asc = NULL;
	if (offset >= cn || limit == 0) {
		rc = 0;
		goto out;
	}
	rc = yd_hits_fill(c, query, cv + offset,
			  cn - offset < limit ? cn - offset : limit, out, err);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(st_asc);
	sqlite3_finalize(pst_desc);
	sqlite3_finalize(pst_asc);
	yd_qplan_free(&p);
	yd_reading_free(&rd);
	free(onev.v);
	free(cv);
	free(seen);
	if (rc != 0)
		yd_search_results_free(out);
	return rc;
}
