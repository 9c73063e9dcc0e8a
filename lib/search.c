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

/* The candidates the lower tiers of a band may add (see read_tiers). */
#define LOWER_TIERS 500
/* More phrases than this make an expression costly (see yd_search; CPU
 * on 100,000 articles: ~3.5 ms to open a lone character's ~250 terms,
 * then ~10 µs a candidate, 60-100 µs within a filter of under 1 %). */
#define COSTLY_PHRASES 64
#define TINY_FILTER 64
/* The first band of age of other queries (see yd_search). */
#define QBAND_DEFAULT 32768

/* n choose k: the ANDs a tier of at least k of n words is written as. */
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

/* Newest first. */
static int cmp_newest(const void *a, const void *b)
{
	int64_t i = ((const struct cand *)a)->id, j = ((const struct cand *)b)->id;
	return i < j ? 1 : i > j ? -1 : 0;
}

/* One search as it goes: the query's plan, the path chosen for it, the
 * statements it reads tiers with, the candidates found. */
struct search {
	yd_corpus *c;
	int64_t region, topic;
	size_t offset, limit;
	yd_search_results *out;
	yd_error *err;
	yd_qplan p;
	int place;                /* the place word (index in p.v), or -1 */
	size_t nopt;              /* words that are not phrases */
	int64_t nfilter;          /* the filter's articles, -1 without one */
	sqlite3_stmt *st, *st_asc, *pst_desc, *pst_asc; /* yd_tier_prepare */
	struct cand *cv;
	size_t cn;
	int64_t *seen;
	struct reading rd;        /* the filter's text (yd_run_text) */
	struct once onev;         /* a band in one pass (yd_once_read) */
	int64_t top;              /* the newest article */
	bool costly;              /* an OR of many terms: bands of BAND */
	bool whole;               /* the filter read whole, in one band */
	bool text;                /* tiers from the text (yd_run_text) */
	bool once;                /* a band's tiers in one pass (ONCE) */
	int64_t nall;             /* the corpus's articles (for ONCE) */
	struct band bd;           /* the band read, where costly tiers stop */
	bool early;               /* stopped before the oldest band */
	bool post_many;           /* see yd_run_tier */
	size_t lower_cap;         /* LOWER_TIERS, or as the tests set it */
	int64_t qb;               /* the first band of other queries */
};

/* What the tiers of one band left. */
struct band_read {
	size_t base;              /* the candidates before the band */
	bool once;                /* the band from one reading (ONCE) */
	size_t tier_end[YD_QPLAN_MAX_WORDS + 1], ntier;
	bool full, lower_stopped;
};

/* The plan's place word, its words that are not phrases, the filter's
 * size. */
static void plan_words(struct search *s)
{
	s->place = -1;
	s->nopt = 0;
	for (size_t i = 0; i < s->p.n; i++) {
		if (s->p.v[i].kind == YD_QW_PLACE)
			s->place = (int)i;
		s->nopt += s->p.v[i].kind != YD_QW_PHRASE;
	}
	s->nfilter = s->region > 0 || s->topic > 1 ?
		yd_corpus_count(s->c, s->region, s->topic > 1 ? s->topic : 1) : -1;
}

/* The width of a costly expression's bands of age: BAND ids, or as the
 * tests set it. */
static int64_t lone_band(void)
{
	int64_t u = tuned("YIDU_SEARCH_LONE_BAND", BAND);
	return u > 0 ? u : BAND;
}

/* How the tiers are read: in bands of age or whole, through FTS5, from
 * the text or in one pass. Returns 0, or -1 with err set. */
static int choose_path(struct search *s)
{
	yd_corpus *c = s->c;
	if (yd_tier_prepare(c->db, false, false, &s->st) != SQLITE_OK ||
	    yd_tier_prepare(c->db, false, true, &s->st_asc) != SQLITE_OK)
		return yd_sql_fail(c->db, "searching", s->err);
	s->cv = malloc((YD_SEARCH_MAX_RANKED + 1) * sizeof *s->cv);
	s->seen = calloc(SEEN_SLOTS, sizeof *s->seen);
	if (!s->cv || !s->seen)
		return yd_error_set(s->err, YD_ENOMEM, "out of memory");
	/* A costly expression (a lone character: an OR of a few hundred
	 * terms; FTS5 steps them all for each candidate) ranks its
	 * candidates in bands of age (newest_band()): the matches of every
	 * word among the newest BAND articles first, ranked among
	 * themselves, then those among the next BAND, and so on; then
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
	s->top = yd_sql_int(c->db, "SELECT max(id) FROM article", 0);
	s->costly = first_tier_phrases(&s->p, s->nopt) > COSTLY_PHRASES;
	/* A filter of at most the cap's articles is read whole, in one band
	 * (its count then exact; FTS5 reads it oldest first, faster); for a
	 * costly expression only a filter of at most TINY_FILTER articles
	 * (far apart, each costs a seek in every term), still ranked in its
	 * bands. */
	s->whole = s->nfilter >= 0 && s->nfilter <= (s->costly ? TINY_FILTER :
		tuned("YIDU_SEARCH_WHOLE", YD_SEARCH_MAX_RANKED));
	if (s->nfilter >= 0 && !s->costly && !s->whole &&
	    (yd_tier_prepare(c->db, true, false, &s->pst_desc) != SQLITE_OK ||
	     yd_tier_prepare(c->db, true, true, &s->pst_asc) != SQLITE_OK))
		return yd_sql_fail(c->db, "searching", s->err);
	/* lone characters within a small filter, or with a word sparse
	 * (DRIVEN): from the text (yd_run_text) */
	bool small = s->costly && s->nfilter >= 0 &&
		s->nfilter <= tuned("YIDU_SEARCH_TEXT_LOWER", TEXT_FILTER_LOWER);
	s->text = s->costly && (small || s->p.n > 1) &&
		tuned("YIDU_SEARCH_TEXT", TEXT_FILTER) > 0;
	s->bd = (struct band){ s->top, lone_band(), s->costly && !s->whole ?
		s->offset + s->limit : 0, false, INT64_MIN, INT64_MAX };
	/* a filter read whole: every tier from one reading (ONCE) */
	s->once = !s->costly && s->nfilter >= 0 && s->nopt > 1 &&
		tuned("YIDU_SEARCH_ONCE", 1) > 0;
	s->nall = s->once ? yd_corpus_count(c, 0, 1) : 0;
	s->lower_cap = (size_t)tuned("YIDU_SEARCH_LOWER", LOWER_TIERS);
	if (s->lower_cap < 1 || s->lower_cap > LOWER_TIERS)
		s->lower_cap = LOWER_TIERS;
	s->qb = tuned("YIDU_SEARCH_BAND", QBAND_DEFAULT);
	if (s->qb < 1)
		s->qb = QBAND_DEFAULT;
	return 0;
}

/* The tier of at least k of the words within the band: from one reading
 * (ONCE), from the text (yd_run_text) or through FTS5 (yd_run_tier).
 * Returns 0 to go on to the next tier, 1 when the band's tiers stop, -1
 * with err set. */
static int read_tier(struct search *s, struct band_read *br, size_t k)
{
	yd_corpus *c = s->c;
	const yd_qplan *p = &s->p;
	size_t cap = k == s->nopt ? YD_SEARCH_MAX_RANKED : s->lower_cap;
	if (k < s->nopt && s->cn - br->base >= s->lower_cap) {
		s->out->more = true;      /* lower tiers not looked at */
		return 1;
	}
	if (k < s->nopt && s->bd.need && s->cn >= s->bd.need) {
		br->lower_stopped = true; /* the page is in (see BAND) */
		return 1;
	}
	if (br->base + cap > YD_SEARCH_MAX_RANKED)
		cap = YD_SEARCH_MAX_RANKED - br->base;
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
	bool and = !s->costly && !s->whole;
	bool desc_now = and && k < s->nopt && s->cn > br->base;
	bool asc = ((s->nfilter >= 0 && (size_t)s->nfilter <= cap &&
		     !s->bd.need) || and) && !desc_now;
	/* every word ANDed with a large filter: the filter
	 * tested on the facets (yd_run_tier). The lower tiers, ORs
	 * of fewer words, meet the filter soon; so do the words
	 * in older bands once they were many in one. */
	sqlite3_stmt *tst = asc ? s->st_asc : s->st,
		*pst = and && k == s->nopt && k > 1 && s->nfilter >= 0 &&
		!s->post_many ? (asc ? s->pst_asc : s->pst_desc) : NULL;
	struct band lower = s->bd;
	lower.stopped = false;
	struct band *bd = k == s->nopt ? &s->bd : &lower;
	size_t before = s->cn, end = br->base + cap;
	bool done = false;
	if (br->once) {
		if (!s->onev.read &&
		    yd_once_read(c, s->st_asc, p, s->region, s->topic, s->place,
				 s->bd.lo, s->bd.hi, &s->onev, s->err) != 0)
			return -1;
		if (!s->onev.many) {
			yd_once_tier(&s->onev, p, k, asc, and, end, s->cv, &s->cn,
				     s->seen);
			done = true;
		}
	}
	/* the tier of every word and that of any one from
	 * one reading of the filter's text (the tiers between
	 * are ORs of ANDs, other phrases) */
	if (s->text &&
	    yd_run_text(c, p, k, s->nopt, end, s->nfilter, s->region, s->topic,
			s->place, bd, &s->rd, s->cv, &s->cn, s->seen, &done,
			s->err) != 0)
		return -1;
	/* the tiers between (at least k of the words) within a
	 * small filter: the tier of any one word, its rows with
	 * fewer words read past (see MID_TIERS at TEXT_FILTER) */
	bool mid = s->costly && k > 1 && k < s->nopt;
	/* the weights the reading has read already, for the
	 * same phrases */
	const void *w = s->rd.w && (k == s->nopt || k == 1 || mid) ?
		s->rd.w : NULL;
	if (!done &&
	    yd_run_tier(c, tst, pst, p, mid ? 1 : k, mid ? k : 0, end, s->region,
			s->topic, s->place, w, s->rd.wn, bd, s->cv, &s->cn,
			s->seen, &s->post_many, s->err) != 0)
		return -1;
	if (!done && and && asc && s->cn > end) {
		s->cn = before;
		memset(s->seen, 0, SEEN_SLOTS * sizeof *s->seen);
		for (size_t i = 0; i < s->cn; i++)
			seen_add(s->seen, s->cv[i].id);
		if (yd_run_tier(c, s->st, pst && !s->post_many ? s->pst_desc : NULL,
				p, k, 0, end, s->region, s->topic, s->place, w,
				s->rd.wn, bd, s->cv, &s->cn, s->seen,
				&s->post_many, s->err) != 0)
			return -1;
	}
	br->lower_stopped |= lower.stopped;
	if (s->cn > end) {
		s->out->more = br->full = true;
		s->cn--;          /* the one past the cap was only a probe */
	}
	br->tier_end[br->ntier++] = s->cn;
	return s->bd.stopped || br->lower_stopped || br->full;
}

/* The band's tiers: every word (up to the cap), then all but one, …
 * then any one, until LOWER_TIERS candidates are in: an article of a
 * lower tier has fewer of the words and ranks below those found before
 * (unless it is of the query's region), and each tier costs a pass over
 * the doclists of all the words. A tier written out as too many ORed
 * ANDs is skipped for the "any one" tier. */
static int read_tiers(struct search *s, struct band_read *br)
{
	for (size_t k = s->nopt; ; k--) {
		if (k > 1 && k < s->nopt && choose(s->nopt, k) > 24)
			k = 1;
		int r = read_tier(s, br, k);
		if (r != 0)
			return r < 0 ? -1 : 0;
		if (k <= 1)
			return 0;
	}
}

/* Ranks the band's candidates; a costly expression's each tier by
 * bands (read oldest first when the filter is read whole), the tiers in
 * turn. */
static int rank_band(struct search *s, const struct band_read *br)
{
	if (!s->costly)
		return yd_rank_cands(s->c, &s->p, s->cv + br->base,
				     s->cn - br->base, s->err);
	struct cand *cv = s->cv;
	for (size_t t = 0, i = br->base; t < br->ntier; t++) {
		size_t end = br->tier_end[t];
		qsort(cv + i, end - i, sizeof *cv, cmp_newest);
		while (i < end) {
			size_t j = i + 1;
			int64_t nb = newest_band(&s->bd, cv[i].id);
			while (j < end && newest_band(&s->bd, cv[j].id) == nb)
				j++;
			if (yd_rank_cands(s->c, &s->p, cv + i, j - i, s->err) != 0)
				return -1;
			i = j;
		}
	}
	return 0;
}

/* After the newest band found nothing within a filter: does any older
 * article match at all? One reading of the lowest tier (any one of the
 * words: every tier's matches are among its own) over all of them,
 * oldest first, stopping at the first match. Walking the bands to the
 * oldest only to learn that none does costs a seek into every doclist
 * per band (异地就医 within a topic of 75,253 articles at 1,000,000:
 * 20.5 ms in bands, 11 ms in one reading). The candidates and the
 * bands are left as they were, so where one does match the search goes
 * on as before. Returns 0, or -1 with err set. */
static int older_match(struct search *s, bool *any)
{
	struct band all = s->bd;
	all.need = 0;
	all.stopped = false;
	all.lo = 1;
	all.hi = s->bd.lo - 1;
	bool post_many = s->post_many;

	if (yd_run_tier(s->c, s->st_asc, NULL, &s->p, 1, 0, s->cn, s->region,
			s->topic, s->place, NULL, 0, &all, s->cv, &s->cn, s->seen,
			&post_many, s->err) != 0)
		return -1;
	*any = s->cn > 0;
	s->cn = 0;
	memset(s->seen, 0, SEEN_SLOTS * sizeof *s->seen);
	return 0;
}

/* The bands of age in turn, newest first, each read and ranked, until
 * the page is in (or the oldest band). Returns 0, or -1 with err set. */
static int read_bands(struct search *s)
{
	for (int b = 0; ; b++) {
		if (!s->costly && !s->whole) {
			s->bd.hi = s->top - s->qb * (((int64_t)1 << b) - 1);
			s->bd.lo = s->top - s->qb * (((int64_t)2 << b) - 1) + 1;
		}
		struct band_read br = { .base = s->cn };
		/* this band from one reading (ONCE), when it holds few of
		 * the filter's articles */
		br.once = s->once && (s->whole || (s->nall > 0 &&
			(double)s->nfilter * (double)(s->bd.hi - s->bd.lo + 1) <=
			(double)ONCE_MAX * (double)s->nall));
		s->onev.read = false;
		if (read_tiers(s, &br) != 0 || rank_band(s, &br) != 0)
			return -1;
		if (s->costly) {
			s->early = s->bd.stopped || br.lower_stopped;
			return 0;
		}
		if (br.full || s->cn >= YD_SEARCH_MAX_RANKED || s->bd.lo <= 1)
			return 0;
		if (s->cn >= s->offset + s->limit && s->limit > 0) {
			s->early = true;  /* the page is in: older bands not read */
			return 0;
		}
		if (b == 0 && s->cn == 0 && s->nfilter >= 0 &&
		    tuned("YIDU_SEARCH_PROBE", 1) > 0) {
			bool any;

			if (older_match(s, &any) != 0)
				return -1;
			if (!any)
				return 0;  /* no match older either: none at all */
		}
	}
}

/* The count: the candidates, or when the search stopped early a bound
 * (the filter's articles), never below the true count. */
static void count(struct search *s)
{
	if (!s->early) {
		s->out->count = s->cn;
		return;
	}
	int64_t bound = s->nfilter >= 0 ? s->nfilter : yd_corpus_count(s->c, 0, 1);
	s->out->count = bound < YD_SEARCH_MAX_RANKED ? (size_t)bound :
		YD_SEARCH_MAX_RANKED;
	s->out->more = bound > YD_SEARCH_MAX_RANKED;
}

/* The tier statements, done with once the candidates are in. */
static void finalize_stmts(struct search *s)
{
	sqlite3_finalize(s->st);
	sqlite3_finalize(s->st_asc);
	sqlite3_finalize(s->pst_desc);
	sqlite3_finalize(s->pst_asc);
	s->st = s->st_asc = s->pst_desc = s->pst_asc = NULL;
}

/* The plan (plan_words), the path (choose_path), the bands of age and
 * their tiers, each band ranked (read_bands), the count, then the page
 * (yd_hits_fill). */
int yd_search(yd_corpus *c, const char *query, int64_t region, int64_t topic,
	      size_t offset, size_t limit, yd_search_results *out,
	      yd_error *err)
{
	memset(out, 0, sizeof *out);
	struct search s = { .c = c, .region = region, .topic = topic,
		.offset = offset, .limit = limit, .out = out, .err = err };
	bool began = yd_sql_read_begin(c->db);
	if (yd_qplan_make(query, c->db, &s.p) != 0) {
		yd_sql_read_end(c->db, began);
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	if (s.p.n == 0) {
		yd_qplan_free(&s.p);      /* -exclusions alone: nothing to find */
		yd_sql_read_end(c->db, began);
		return 0;
	}
	plan_words(&s);
	int rc = -1;
	if (choose_path(&s) == 0 && read_bands(&s) == 0) {
		count(&s);
		finalize_stmts(&s);
		if (offset >= s.cn || limit == 0)
			rc = 0;
		else
			rc = yd_hits_fill(c, query, s.cv + offset,
					  s.cn - offset < limit ? s.cn - offset : limit,
					  out, err);
	}
	finalize_stmts(&s);
	yd_reading_free(&s.rd);
	yd_sql_read_end(c->db, began);
	yd_qplan_free(&s.p);
	free(s.onev.v);
	free(s.cv);
	free(s.seen);
	if (rc != 0)
		yd_search_results_free(out);
	return rc;
}
