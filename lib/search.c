/* yd_search: candidates from the FTS5 index (bounded, newest first), then
 * ranked title-match first and by BM25, then a page of hits with
 * snippets cut from the stored article text. */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "yidu/search.h"
#include "corpus-internal.h"
#include "search-internal.h"
#include "sqlutil.h"
#include "strbuf.h"

#define SNIPPET_BEFORE 16     /* characters shown before the first match */
#define SNIPPET_CHARS 72      /* characters in a snippet */
#define SNIPPET_SOURCE "262144"  /* characters of the body it is cut from */

struct cand {
	int64_t id;
	struct yd_match m;
};

/* The region the query names first (then articles that name it), then
 * words matched (all first), words in the title, words close together,
 * BM25, and the newest. */
static int cmp_cand(const void *a, const void *b)
{
	const struct yd_match *x = &((const struct cand *)a)->m,
		*y = &((const struct cand *)b)->m;
	if (x->place != y->place)
		return y->place - x->place;
	if (x->words != y->words)
		return y->words - x->words;
	if (x->title != y->title)
		return y->title - x->title;
	if (x->prox != y->prox)
		return x->prox - y->prox;
	if (x->topic != y->topic)
		return y->topic - x->topic;
	if (x->bm25 != y->bm25)
		return x->bm25 < y->bm25 ? -1 : 1;
	int64_t i = ((const struct cand *)a)->id, j = ((const struct cand *)b)->id;
	return i < j ? 1 : i > j ? -1 : 0;
}

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
 * " t3 "; see run_tier): yd_match() is NULL where the row is not in it. */
#define POST_CANDIDATES(order) "SELECT rowid, CASE WHEN EXISTS (SELECT 1 " \
	"FROM search_facet f WHERE f.id = search.rowid AND " \
	"(?8 IS NULL OR instr(' ' || substr(f.facets, 2) || ' ', ?8)) AND " \
	"(?9 IS NULL OR instr(' ' || substr(f.facets, 2) || ' ', ?9))) " \
	"THEN yd_match(search, ?3, ?4, ?5, ?10) END FROM search " \
	"WHERE search MATCH ?1 AND rowid BETWEEN ?6 AND ?7 ORDER BY rowid " order
static const char post_sql[] = POST_CANDIDATES("DESC");
static const char post_asc_sql[] = POST_CANDIDATES("ASC");

/* A lone character within a small filter (see run_text): the filter's
 * articles, newest first, each then read and ranked from its text: the
 * columns the index was built from (search_src: the body as plain text)
 * and the row's length in the index. Not through FTS5's content (the
 * view also reads the facets, a page an article). */
static const char ids_sql[] = "SELECT rowid FROM search WHERE search MATCH ?1 "
	"AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid DESC";
static const char row_sql[] = "SELECT a.body, a.title, a.summary, d.sz FROM article a "
	"LEFT JOIN search_docsize d ON d.id = a.id WHERE a.id = ?1";
/* The weights yd_match() gives the expression's phrases. */
static const char idf_sql[] = "SELECT yd_match_idf(search, ?2) FROM search "
	"WHERE search MATCH ?1 LIMIT 1";

/* "(expr) AND facets : "<mark>r<code>"" …, the filter's phrases;
 * *nfilter receives how many. malloc'd. */
static char *filtered_expr(const char *expr, int64_t region, int64_t topic,
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

/* Replaces line breaks and tabs by spaces. */
static void one_line(char *s)
{
	for (; *s; s++)
		if (*s == '\n' || *s == '\t' || *s == '\r')
			*s = ' ';
}

/* Cuts a window of the text around its best match; ranges move with it. */
static int make_snippet(yd_search_hit *h, const char *text, const yd_range *r,
			size_t nr)
{
	const uint8_t *s = (const uint8_t *)text;
	size_t n = strlen(text);
	size_t from = 0;
	if (nr) {
		/* around the longest match (words of the query that stand
		 * together), the first of them if several; back up
		 * SNIPPET_BEFORE characters, not past a line start */
		size_t best = 0;
		for (size_t i = 1; i < nr; i++)
			if (r[i].end - r[i].start > r[best].end - r[best].start)
				best = i;
		from = r[best].start;
		for (int k = 0; k < SNIPPET_BEFORE && from > 0 && s[from - 1] != '\n'; k++) {
			from--;
			while (from > 0 && (s[from] & 0xC0) == 0x80)
				from--;
		}
	}
	while (from < n && (s[from] == ' ' || s[from] == '\n'))
		from++;
	size_t to = from;
	for (int k = 0; k < SNIPPET_CHARS && to < n; k++) {
		to++;
		while (to < n && (s[to] & 0xC0) == 0x80)
			to++;
	}
	while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\n'))
		to--;
	const char *pre = from > 0 ? "…" : "", *post = to < n ? "…" : "";
	size_t pl = strlen(pre);
	h->snippet = malloc(pl + (to - from) + strlen(post) + 1);
	h->ranges = nr ? calloc(nr, sizeof *h->ranges) : NULL;
	if (!h->snippet || (nr && !h->ranges))
		return -1;
	sprintf(h->snippet, "%s%.*s%s", pre, (int)(to - from), text + from, post);
	one_line(h->snippet);
	for (size_t i = 0; i < nr; i++) {
		if (r[i].start < from || r[i].start >= to)
			continue;
		size_t e = r[i].end < to ? r[i].end : to;
		h->ranges[h->nranges++] = (yd_range){ r[i].start - from + pl,
						      e - from + pl };
	}
	return 0;
}

/* Title, date and snippet of one hit. */
static int fill_hit(yd_corpus *c, sqlite3_stmt *st, const char *query,
		    yd_search_hit *h, yd_error *err)
{
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, h->id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return yd_sql_fail(c->db, "reading a search result", err);
	}
	h->title = yd_sql_text(st, 0);
	const char *summary = (const char *)sqlite3_column_text(st, 1);
	const char *body = (const char *)sqlite3_column_text(st, 2);
	const char *date = (const char *)sqlite3_column_text(st, 3);
	snprintf(h->date, sizeof h->date, "%s", date ? date : "");
	char *plain = body ? yd_md_plain(body, strlen(body), NULL) : NULL;
	char *sum = summary ? strdup(summary) : NULL;
	sqlite3_reset(st);
	int rc = -1;
	yd_range *r = NULL;
	long nr = 0;
	if (!h->title || (body && !plain) || (summary && !sum))
		goto out;
	long nt = yd_search_highlight(h->title, strlen(h->title), query,
				      &h->title_ranges);
	if (nt < 0)
		goto out;
	h->ntitle_ranges = (size_t)nt;
	/* The body around its first match, else the summary's, else the
	 * beginning of the summary or body. */
	const char *text = NULL;
	if (plain) {
		if ((nr = yd_search_highlight(plain, strlen(plain), query, &r)) < 0)
			goto out;
		text = plain;
	}
	if (nr == 0 && sum) {
		free(r);
		r = NULL;
		if ((nr = yd_search_highlight(sum, strlen(sum), query, &r)) < 0)
			goto out;
		if (nr > 0 || !text)
			text = sum;
	}
	rc = make_snippet(h, text ? text : "", nr ? r : NULL, (size_t)nr);
out:
	if (rc != 0)
		yd_error_set(err, YD_ENOMEM, "out of memory");
	free(r);
	free(plain);
	free(sum);
	return rc;
}

/* Ids already taken, as an open-addressing set. */
#define SEEN_SLOTS 8192          /* > 2 × (YD_SEARCH_MAX_RANKED + 1) */
static bool seen_has(const int64_t *slots, int64_t id)
{
	size_t h = (size_t)((uint64_t)id * 0x9E3779B97F4A7C15u >> 51) % SEEN_SLOTS;
	while (slots[h]) {
		if (slots[h] == id)
			return true;
		h = (h + 1) % SEEN_SLOTS;
	}
	return false;
}
static bool seen_add(int64_t *slots, int64_t id)
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

#define LOWER_TIERS 500
/* More phrases than this make an expression costly (see yd_search; CPU
 * on 100,000 articles: ~3.5 ms to open a lone character's ~250 terms,
 * then ~10 µs a candidate, 60-100 µs within a filter of under 1 %). */
#define COSTLY_PHRASES 64
#define TINY_FILTER 64
/* The first band of age of other queries (see yd_search). */
#define QBAND_DEFAULT 32768

/* The tests give the sample corpus the shape of a large one through the
 * environment: YIDU_SEARCH_BAND (the first band), YIDU_SEARCH_WHOLE (the
 * largest filter read whole), YIDU_SEARCH_POST_BUDGET (see run_tier),
 * YIDU_SEARCH_TEXT (the largest filter read by run_text: 0 for none),
 * YIDU_SEARCH_TEXT_PAGES, YIDU_SEARCH_TEXT_BUDGET, YIDU_SEARCH_TEXT_SPARSE
 * (the words found cheaply, a bit each, instead of the estimate; see
 * TEXT_FILTER), YIDU_SEARCH_TEXT_LOWER (the largest filter whose
 * articles are read: 0 for none, see DRIVEN), YIDU_SEARCH_LOWER (the
 * lower tiers' cap, at most LOWER_TIERS), YIDU_SEARCH_ONCE (0: a pass
 * of FTS5 per tier, see ONCE) and YIDU_SEARCH_ONCE_MAX (the rows a band
 * read once may hold). */
static int64_t tuned(const char *name, int64_t def)
{
	const char *e = getenv(name);
	return e && *e >= '0' && *e <= '9' ? (int64_t)atoll(e) : def;
}

static size_t choose(size_t n, size_t k)
{
	size_t r = 1;
	for (size_t i = 1; i <= k; i++)
		r = r * (n - k + i) / i;
	return r;
}

/* A topic the query names (a word of the topic's, search-plan.c) makes
 * its articles preferred the way a place does: an article of a specific
 * topic (one of at most TOPIC_SPECIFIC_PCT % of the corpus) counts the
 * word that names it as matched even where its text does not have the
 * word (电话 for an article of 医保/经办服务/电话 that says 热线…); and
 * among articles otherwise ranked alike, those of any topic named come
 * first (just above BM25). A general topic (医保, 就医: most articles)
 * only breaks ties: as a word it ranked the evaluation questions worse.
 * Their facets say which topics they are of (search_facet: "t12" for
 * 医保/报销 and its ancestors). Only up to TOPIC_PREF_MAX candidates are
 * looked at (a look-up each: 2,000 cost 7 ms, as much as the search). */
#define TOPIC_PREF_MAX 500
#define TOPIC_SPECIFIC_PCT 10
static int topic_pref(yd_corpus *c, const yd_qplan *p, struct cand *cv, size_t n,
		      yd_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "SELECT facets FROM search_facet WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(c->db, "searching", err);
	char want[YD_QPLAN_MAX_TOPIC][32];
	bool specific[YD_QPLAN_MAX_TOPIC];
	int64_t all = yd_corpus_count(c, 0, 1);
	for (size_t k = 0; k < p->ntopic; k++) {
		snprintf(want[k], sizeof want[k], " t%lld", (long long)p->topic[k]);
		specific[k] = yd_corpus_count(c, 0, p->topic[k]) * 100 <=
			all * TOPIC_SPECIFIC_PCT;
	}
	for (size_t i = 0; i < n; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, cv[i].id);
		if (sqlite3_step(st) != SQLITE_ROW)
			continue;
		const char *f = (const char *)sqlite3_column_text(st, 0);
		for (size_t k = 0; f && k < p->ntopic; k++) {
			size_t l = strlen(want[k]);
			bool of = false;
			for (const char *s = f; !of && (s = strstr(s, want[k])); s += l)
				of = s[l] == ' ' || s[l] == '\0';
			if (!of)
				continue;
			cv[i].m.topic = 1;
			unsigned bit = 1u << p->topic_word[k];
			if (specific[k] && !(cv[i].m.mask & bit)) {
				cv[i].m.mask |= bit;
				cv[i].m.words++;
			}
		}
	}
	sqlite3_finalize(st);
	return 0;
}

/* The lone characters left out of the expression (药 in 泉州某个药能不能
 * 报销) are looked for in the titles of the SOFT_TOP best candidates,
 * where each one found counts as a word in the title (not as a word
 * matched: a lone 人 or 看 says too little for that); those are sorted
 * again. (Matching them in the index would be a prefix query over every
 * bigram that starts with the character.) */
#define SOFT_TOP 64
static int soft_words(yd_corpus *c, const yd_qplan *p, struct cand *cv,
		      size_t n, yd_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "SELECT title FROM article WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(c->db, "searching", err);
	for (size_t i = 0; i < n; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, cv[i].id);
		if (sqlite3_step(st) != SQLITE_ROW)
			continue;
		const char *t = (const char *)sqlite3_column_text(st, 0);
		char *f = t ? yd_fold_text(t) : NULL;
		if (!f)
			continue;
		for (size_t k = 0; k < p->nsoft; k++)
			if (strstr(f, p->soft[k]))
				cv[i].m.title++;
		free(f);
	}
	sqlite3_finalize(st);
	qsort(cv, n, sizeof *cv, cmp_cand);
	return 0;
}

/* Bands of age for a costly expression (see yd_search): the newest
 * article is top; band b holds the ids from top - BAND * (2^(b+1) - 1)
 * (excluded) to top - BAND * (2^b - 1). */
#define BAND 128
static int newest_band(int64_t top, int64_t id)
{
	int64_t d = (top - id) / BAND + 1;
	int b = 0;
	while (d > 1) {
		d >>= 1;
		b++;
	}
	return b;
}

/* Matches outside the filter a tier with the filter tested on the
 * facets reads before it gives up and lets FTS5 apply it (2-5 µs each
 * at 1,000,000 articles: at most ~2.5 ms lost). */
#define POST_BUDGET 512

static size_t bits(unsigned x)
{
	size_t k = 0;
	for (; x; x &= x - 1)
		k++;
	return k;
}

/* The plan's words as bit masks: the phrases every row must hold, and
 * the words (lone characters) a tier counts. */
static void word_masks(const yd_qplan *p, unsigned *req, unsigned *opt)
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
	size_t need;
	bool stopped;
	int64_t lo, hi;     /* the ids read (a band of QBAND's, see yd_search) */
};

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
static int run_tier(yd_corpus *c, sqlite3_stmt *st, sqlite3_stmt *post,
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
	char *fexpr = post ? strdup(expr) : filtered_expr(expr, region, topic, &nfilter);
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
		    newest_band(bd->top, id) > newest_band(bd->top, cv[bd->need - 1].id)) {
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
		return run_tier(c, st, NULL, p, atleast, minwords, cap, region,
				topic, place, w, wn, bd, cv, cn, seen, post_many, err);
	}
	return 0;
}

/* A lone character's expression is an OR of a few hundred index terms,
 * and with the filter ANDed FTS5 steps each dense term's doclist to each
 * of the filter's articles: a page read per term per article when they
 * are far apart (医 within a county of 121 articles, 1,000,000 in all:
 * ~2,200 pages, 26 ms of CPU for a first page). Within a filter of at
 * most TEXT_FILTER articles where FTS5 would read at least TEXT_PAGES
 * pages an article (pages_per_article: 45-250 for 医 within counties,
 * under 1 for 南, whose terms are few and sparse) run_text reads the
 * filter's articles instead, newest first, once for every tier (struct
 * reading): yd_match_text (search-rank.c) finds the terms in each one's
 * text and gives its account, the same as yd_match()'s, with its
 * weights, and the words it has say which tiers it is of. A word whose
 * terms FTS5 finds cheaply within the filter (its pages under
 * TEXT_SPARSE: 南) finds the tier of every word's candidates instead
 * (医 南 within a county none of whose articles has 南: no article is
 * read for that tier). After TEXT_BUDGET articles with none of the words
 * (rare there, though not in the corpus: FTS5 skips to the few that
 * have them) the tier being read and the later ones are read as
 * before. */
/* MID_TIERS: the tiers between, at least k of the words (1 < k < all),
 * are ORs of ANDs that write each word's terms several times (医 南 药:
 * (南 AND 药) OR (医 AND 药) OR (医 AND 南), ~1,140 terms); past 1,000
 * phrases a word becomes a prefix query that FTS5 merges across the
 * whole index (0.8-1.2 s at 1,000,000 articles within any county), and
 * yd_match() gave a row the score of whichever copies matched it. A
 * costly expression reads them as the tier of any one word instead, with
 * its phrases and weights, and keeps the rows with at least k words: the
 * same rows, each with the account it has in the tier of any one (and
 * in the reading of the text, which then serves these tiers too). Where
 * such rows are few among those of any one word, the sparsest words
 * find them (DRIVEN); where they are many, the page fills soon (the
 * tiers stop at the page's band, see BAND). */
/* DRIVEN: without a filter, or within one of more than
 * TEXT_FILTER_LOWER articles (whose articles are not read), a word of at
 * most DRIVEN_SHARE of them (鼎: 836 articles of 1,000,000) is sparse:
 * FTS5 finds its articles cheaply, and an AND with the others' ORs of
 * dense terms steps all of those to each of them (医 鼎 嵩: ~90 ms of
 * CPU for the tier of every word, which has no row). The tier of every
 * word is then read from the sparse words' articles (ANDed) and the
 * tier of at least k words from those of the n - k + 1 sparsest (ORed:
 * a row with k of the n words has one of them), each article's words
 * and account from its text, as within a small filter; after
 * DRIVEN_MISSES × TEXT_BUDGET of them without the tier's words, FTS5
 * reads the tier as before. Every word a character that begins at least
 * DENSE_TERMS of the index's terms (医 250, 南 69, 鼎 18 at 1,000,000
 * articles of gen-corpus) is taken as dense without reading the weights
 * (that reading opens every term once more: +2-5 ms for 医 保 院). */
#define TEXT_FILTER 10000
#define TEXT_FILTER_LOWER 10000
#define TEXT_PAGES 4
#define TEXT_SPARSE 1
#define PAGE_DOCS 500
#define TEXT_BUDGET 32
#define DRIVEN_SHARE 16
#define DENSE_TERMS 128
#define DRIVEN_MISSES 8

/* The doclist pages FTS5 would read per article of a filter of nfilter
 * articles for the expression's terms (those of word `word`, or all with
 * -1; word[i]: phrase i's), estimated from their weights (yd_match_idf():
 * the mean row length, then each term's IDF, from which its document
 * frequency n): a term whose doclist holds more than PAGE_DOCS entries
 * (~4 KB) between two of the filter's articles costs a page each, a
 * sparser one a share of a page. */
static double pages_per_article(const double *w, int wn, const int *word,
				int which, int64_t all, int64_t nfilter)
{
	double s = 0, rows = (double)all;
	for (int i = 1; i < wn / (int)sizeof *w; i++) {
		if (which >= 0 && word[i - 1] != which)
			continue;
		double e = exp(w[i]), n = (rows + 0.5 - 0.5 * e) / (1 + e);
		s += fmin(1, n / (PAGE_DOCS * (double)(nfilter > 0 ? nfilter : 1)));
	}
	return s;
}

/* The articles of a filter of `space` articles (or of the whole corpus)
 * with word `which`, estimated from its terms' weights as above: their
 * sum (a row with several of them counted for each), in the filter's
 * share of the corpus. */
static double word_articles(const double *w, int wn, const int *word, int which,
			    int64_t all, int64_t space)
{
	double s = 0, rows = (double)all;
	for (int i = 1; i < wn / (int)sizeof *w; i++) {
		if (word[i - 1] != which)
			continue;
		double e = exp(w[i]);
		s += (rows + 0.5 - 0.5 * e) / (1 + e);
	}
	s *= rows > 0 ? (double)space / rows : 0;
	return s < (double)space ? s : (double)space;
}

/* The phrases of an expression that is nothing but index terms of one
 * or two Han characters, ORed within a word and the words ANDed or ORed
 * (("医" OR "医保" OR …) AND ("保" OR …)), one a line, in the
 * expression's order; NULL for any other (a column filter, a prefix, a
 * phrase of several tokens, NOT) or out of memory. The structure is not
 * read: it is asked only of the tier of every word and of any one
 * (run_text says which). malloc'd. */
static char *or_of_terms(const char *expr)
{
	size_t n = strlen(expr), k = 0;
	char *out = malloc(n + 1);
	const char *s = expr;
	while (out && *s) {
		if (*s == '(' || *s == ')' || *s == ' ') {
			s++;
			continue;
		}
		if ((strncmp(s, "OR ", 3) == 0 || strncmp(s, "AND ", 4) == 0) && k > 0) {
			s += *s == 'O' ? 3 : 4;
			continue;
		}
		if (*s++ != '"')
			goto no;
		if (k > 0)
			out[k++] = '\n';
		int chars = 0;
		for (; *s != '"'; chars++) {
			if (!*s || chars == 2)
				goto no;
			ucs4_t c;
			int l = u8_mbtouc(&c, (const uint8_t *)s, strlen(s));
			if (l <= 0 || !yd_is_han(c))
				goto no;
			memcpy(out + k, s, (size_t)l);
			k += (size_t)l;
			s += l;
		}
		if (chars == 0 || *++s == '"')
			goto no;
	}
	if (out && k > 0) {
		out[k] = '\0';
		return out;
	}
no:
	free(out);
	return NULL;
}

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
	bool huge;                /* no filter, or too large to read (DRIVEN) */
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

static void reading_free(struct reading *rd)
{
	sqlite3_finalize(rd->st);
	sqlite3_finalize(rd->row);
	yd_text_terms_free(rd->tt);
	free(rd->expr);
	free(rd->map);
	free(rd->terms);
	free(rd->word);
	free(rd->w);
	free(rd->v);
	memset(rd, 0, sizeof *rd);
}

/* The statement of ids_sql for the expression `match` (the filter, or
 * the filter and words). */
static sqlite3_stmt *ids_stmt(yd_corpus *c, const struct reading *rd,
			      const char *match)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, ids_sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, match, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, rd->lo);
	sqlite3_bind_int64(st, 3, rd->hi);
	return st;
}

/* The sum of the first k of a record of SQLite varints (FTS5's
 * search_docsize: each column's length in tokens). */
static int varint_sum(const unsigned char *b, int n, int k)
{
	int64_t sum = 0;
	int i = 0;
	for (int col = 0; col < k && i < n; col++) {
		uint64_t v = 0;
		for (int j = 0; i < n; j++) {
			unsigned char x = b[i++];
			if (j == 8) {
				v = (v << 8) | x;
				break;
			}
			v = (v << 7) | (x & 0x7f);
			if (!(x & 0x80))
				break;
		}
		sum += (int64_t)v;
	}
	return sum > INT32_MAX ? INT32_MAX : (int)sum;
}

/* The account of article id from its text (yd_match_text's, see
 * search-rank.c): 1 with *m when it has every word (need 0) or any
 * (need 1), 0 when not, -1 with err set. */
static int read_account(yd_corpus *c, struct reading *rd, const yd_qplan *p,
			int place, int64_t id, int need, struct yd_match *m,
			yd_error *err)
{
	sqlite3_reset(rd->row);
	sqlite3_bind_int64(rd->row, 1, id);
	int s = sqlite3_step(rd->row);
	if (s == SQLITE_DONE)
		return 0;
	if (s != SQLITE_ROW)
		return yd_sql_fail(c->db, "searching", err);
	const char *text[3];
	size_t n[3];
	char *plain = NULL;
	const char *md = (const char *)sqlite3_column_text(rd->row, 0);
	if (md && !(plain = yd_md_plain(md, (size_t)sqlite3_column_bytes(rd->row, 0),
				       &n[0]))) {
		sqlite3_reset(rd->row);
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	text[0] = plain;
	n[0] = plain ? n[0] : 0;
	for (int col = 1; col < 3; col++) {
		text[col] = (const char *)sqlite3_column_text(rd->row, col);
		n[col] = text[col] ? (size_t)sqlite3_column_bytes(rd->row, col) : 0;
	}
	int len = varint_sum(sqlite3_column_blob(rd->row, 3),
			     sqlite3_column_bytes(rd->row, 3), YD_RANK_COLS);
	int r = yd_text_match(rd->tt, text, n, len, (int)p->n, place, need, m);
	sqlite3_reset(rd->row);
	free(plain);
	if (r < 0)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	return r;
}

/* Whether the reading serves this query (else state -1): an expression
 * of index terms only whose words are the plan's, the weights, the words
 * FTS5 finds cheaply. Returns 0, or -1 with err set. */
static int reading_begin(yd_corpus *c, const yd_qplan *p, int place,
			 int64_t nfilter, int64_t region, int64_t topic,
			 const struct band *bd, struct reading *rd, yd_error *err)
{
	rd->state = -1;
	int64_t all = yd_corpus_count(c, 0, 1);
	rd->huge = nfilter < 0 ||
		nfilter > tuned("YIDU_SEARCH_TEXT_LOWER", TEXT_FILTER_LOWER);
	rd->expr = yd_qplan_expr(p, ~0u, 1, &rd->map);
	rd->terms = rd->expr ? or_of_terms(rd->expr) : NULL;
	int k = 0;
	if (region > 0)
		k += snprintf(rd->fexpr + k, sizeof rd->fexpr - (size_t)k, "facets : \""
			      YD_FACET_MARK "r%" PRId64 "\"", region);
	if (topic > 1)
		k += snprintf(rd->fexpr + k, sizeof rd->fexpr - (size_t)k, "%sfacets : \""
			      YD_FACET_MARK "t%" PRId64 "\"", k ? " AND " : "", topic);
	if (!rd->terms || !rd->map || (k == 0 && !rd->huge))
		return 0;                 /* not for this path */
	rd->nphrase = 1;
	for (const char *s = rd->terms; *s; s++)
		rd->nphrase += *s == '\n';
	if (!(rd->word = malloc((size_t)rd->nphrase * sizeof *rd->word)))
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	/* the words of the map: every one of the plan's */
	unsigned words = 0;
	const char *s = rd->map;
	for (int i = 0; i < rd->nphrase; i++) {
		char *e;
		long wd = strtol(s, &e, 10);
		if (e == s || wd < 0 || wd >= (long)p->n)
			return 0;
		rd->word[i] = (int)wd;
		words |= 1u << wd;
		s = strchr(e, ' ');
		if (!s != (i + 1 == rd->nphrase))
			return 0;
		s += s != NULL;
	}
	word_masks(p, &rd->req, &rd->opt);
	if (words != (rd->req | rd->opt))
		return 0;
	if (rd->huge) {
		/* a character that begins many terms is common: not worth
		 * the weights' reading (a second opening of every term) */
		int nterm[YD_QPLAN_MAX_WORDS] = { 0 };
		bool few = false;
		for (int i = 0; i < rd->nphrase; i++)
			nterm[rd->word[i]]++;
		for (size_t i = 0; i < p->n; i++)
			few |= nterm[i] < DENSE_TERMS;
		if (!few)
			return 0;
	}
	rd->lo = bd->lo;
	rd->hi = bd->hi;
	sqlite3_stmt *iq;
	if (sqlite3_prepare_v2(c->db, idf_sql, -1, &iq, NULL) != SQLITE_OK)
		return yd_sql_fail(c->db, "searching", err);
	sqlite3_bind_text(iq, 1, rd->expr, -1, SQLITE_STATIC);
	sqlite3_bind_text(iq, 2, rd->map, -1, SQLITE_STATIC);
	int st = sqlite3_step(iq);
	if (st == SQLITE_ROW) {
		rd->wn = sqlite3_column_bytes(iq, 0);
		if ((rd->w = malloc(rd->wn > 0 ? (size_t)rd->wn : 1)))
			memcpy(rd->w, sqlite3_column_blob(iq, 0), (size_t)rd->wn);
	}
	sqlite3_finalize(iq);
	if (st == SQLITE_DONE) {
		rd->state = 1;            /* no article has any of the words */
		rd->none = true;
		return 0;
	}
	if (st != SQLITE_ROW)
		return yd_sql_fail(c->db, "searching", err);
	if (!rd->w)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	if (rd->wn < (rd->nphrase + 1) * (int)sizeof(double))
		return 0;
	if (!rd->huge && pages_per_article(rd->w, rd->wn, rd->word, -1, all, nfilter) <
	    (double)tuned("YIDU_SEARCH_TEXT_PAGES", TEXT_PAGES))
		return 0;                 /* FTS5 is as fast */
	int64_t space = nfilter >= 0 ? nfilter : all;
	for (size_t i = 0; i < p->n; i++) {
		rd->est[i] = word_articles(rd->w, rd->wn, rd->word, (int)i, all, space);
		if (rd->huge ? rd->est[i] * DRIVEN_SHARE <= (double)space :
		    pages_per_article(rd->w, rd->wn, rd->word, (int)i, all, nfilter) <
		    TEXT_SPARSE)
			rd->sparse |= 1u << i;
	}
	int64_t force = tuned("YIDU_SEARCH_TEXT_SPARSE", -1);
	if (force >= 0)
		rd->sparse = (unsigned)force & words;
	if (rd->huge && !rd->sparse)
		return 0;                 /* every word dense: FTS5 fills a page soon */
	if (!(rd->tt = yd_text_terms_new(rd->map, rd->terms, rd->w, rd->wn)))
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	if ((!rd->huge && !(rd->st = ids_stmt(c, rd, rd->fexpr))) ||
	    sqlite3_prepare_v2(c->db, row_sql, -1, &rd->row, NULL) != SQLITE_OK)
		return yd_sql_fail(c->db, "searching", err);
	rd->state = 1;
	return 0;
}

/* Reads the next of the filter's articles with any of the words: 1, or
 * 0 at the end, 2 when the budget of articles without them is spent, -1
 * on an error (err set). */
static int reading_next(yd_corpus *c, const yd_qplan *p, int place,
			struct reading *rd, yd_error *err)
{
	int s = SQLITE_DONE;
	while (!rd->eof && (s = sqlite3_step(rd->st)) == SQLITE_ROW) {
		struct yd_match m;
		int64_t id = sqlite3_column_int64(rd->st, 0);
		int r = read_account(c, rd, p, place, id, 1, &m, err);
		if (r < 0)
			return -1;
		if (r == 0) {
			if (++rd->without > (size_t)tuned("YIDU_SEARCH_TEXT_BUDGET",
							 TEXT_BUDGET))
				return 2;
			continue;
		}
		if (rd->n == rd->cap) {
			size_t cap = rd->cap ? 2 * rd->cap : 256;
			struct cand *v = realloc(rd->v, cap * sizeof *v);
			if (!v)
				return yd_error_set(err, YD_ENOMEM, "out of memory");
			rd->v = v;
			rd->cap = cap;
		}
		rd->v[rd->n++] = (struct cand){ id, m };
		return 1;
	}
	if (rd->eof || s == SQLITE_DONE) {
		rd->eof = true;
		return 0;
	}
	return yd_sql_fail(c->db, "searching", err);
}

/* Adds a candidate as run_tier does: false once the tier stops at its
 * band (the candidate dropped). */
static bool add_cand(struct band *bd, struct cand *cv, size_t *cn,
		     int64_t *seen, int64_t id, const struct yd_match *m)
{
	if (!seen_add(seen, id))
		return true;
	struct cand *x = &cv[(*cn)++];
	x->id = id;
	x->m = *m;
	if (bd->need && *cn > bd->need &&
	    newest_band(bd->top, id) > newest_band(bd->top, cv[bd->need - 1].id)) {
		(*cn)--;
		bd->stopped = true;
		return false;
	}
	return true;
}

/* A tier read from the articles of the words `drv` (rd->sparse: FTS5
 * finds them cheaply), ANDed for the tier of every word (need 0), ORed
 * for that of at least `need` words, within the filter: each one's
 * words and account from its text. *done is false when it gave up (see
 * DRIVEN: nothing added). */
static int driven_tier(yd_corpus *c, const yd_qplan *p, int place, size_t cap,
		       unsigned drv, int need, struct reading *rd, struct band *bd,
		       struct cand *cv, size_t *cn, int64_t *seen, bool *done,
		       yd_error *err)
{
	yd_strbuf m = { 0 };
	yd_strbuf_adds(&m, "(");
	bool firstw = true;
	for (size_t i = 0; i < p->n; i++) {
		if (!(drv & (1u << i)))
			continue;
		if (!firstw)
			yd_strbuf_adds(&m, need ? " OR " : " AND ");
		firstw = false;
		yd_strbuf_adds(&m, "(");
		const char *t = rd->terms;
		bool first = true;
		for (int ph = 0; ph < rd->nphrase; ph++) {
			const char *e = strchr(t, '\n');
			size_t l = e ? (size_t)(e - t) : strlen(t);
			if (rd->word[ph] == (int)i) {
				yd_strbuf_adds(&m, first ? "\"" : " OR \"");
				yd_strbuf_add(&m, t, l);
				yd_strbuf_adds(&m, "\"");
				first = false;
			}
			t += l + (e != NULL);
		}
		yd_strbuf_adds(&m, ")");
	}
	yd_strbuf_adds(&m, ")");
	if (rd->fexpr[0]) {
		yd_strbuf_adds(&m, " AND ");
		yd_strbuf_adds(&m, rd->fexpr);
	}
	if (m.oom || !m.p) {
		free(m.p);
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	sqlite3_stmt *st = ids_stmt(c, rd, m.p);
	free(m.p);
	if (!st)
		return yd_sql_fail(c->db, "searching", err);
	*done = true;
	size_t before = *cn, misses = 0, budget = rd->huge ? DRIVEN_MISSES *
		(size_t)tuned("YIDU_SEARCH_TEXT_BUDGET", TEXT_BUDGET) : SIZE_MAX;
	int s = SQLITE_DONE, rc = 0;
	while (*cn <= cap && (s = sqlite3_step(st)) == SQLITE_ROW) {
		struct yd_match mm;
		int64_t id = sqlite3_column_int64(st, 0);
		int r = read_account(c, rd, p, place, id, need, &mm, err);
		if (r < 0) {
			rc = -1;
			break;
		}
		if (r == 0 && ++misses > budget) {
			*cn = before;     /* FTS5 reads the tier instead */
			memset(seen, 0, SEEN_SLOTS * sizeof *seen);
			for (size_t j = 0; j < *cn; j++)
				seen_add(seen, cv[j].id);
			bd->stopped = false;
			*done = false;
			s = SQLITE_DONE;
			break;
		}
		if (r == 1 && !add_cand(bd, cv, cn, seen, id, &mm))
			break;
	}
	if (rc == 0 && *cn <= cap && !bd->stopped && s != SQLITE_DONE)
		rc = yd_sql_fail(c->db, "searching", err);
	sqlite3_finalize(st);
	return rc;
}

/* The n - k + 1 words of `among` with the fewest articles (rd->est): a
 * row with at least k of the n has one of them. */
static unsigned sparsest(const struct reading *rd, const yd_qplan *p,
			 unsigned among, size_t k)
{
	size_t n = bits(among), want = n + 1 - k;
	unsigned out = 0;
	while (bits(out) < want) {
		int best = -1;
		for (size_t i = 0; i < p->n; i++)
			if ((among & ~out & (1u << i)) &&
			    (best < 0 || rd->est[i] < rd->est[best]))
				best = (int)i;
		if (best < 0)
			break;
		out |= 1u << best;
	}
	return out;
}

/* The tier of words `atleast` (every word: nopt; any one: 1) of a query
 * of lone characters within a filter of at most TEXT_FILTER articles,
 * from the one reading of its text (see TEXT_FILTER), as run_tier would
 * find it: newest first, up to the cap or the band stop. *done is false
 * when the tier is still to be read the usual way (another expression,
 * or the budget spent: nothing added). */
static int run_text(yd_corpus *c, const yd_qplan *p, size_t atleast,
		    size_t nopt, size_t cap, int64_t nfilter, int64_t region,
		    int64_t topic, int place, struct band *bd, struct reading *rd,
		    struct cand *cv, size_t *cn, int64_t *seen, bool *done,
		    yd_error *err)
{
	*done = false;
	/* within a larger filter FTS5 meets the band soon, unless a word
	 * rare there finds the tier of every word */
	bool large = nfilter < 0 || nfilter > tuned("YIDU_SEARCH_TEXT", TEXT_FILTER);
	if (large && p->n == 1)
		return 0;
	if (rd->state == 0 &&
	    reading_begin(c, p, place, nfilter, region, topic, bd, rd, err) != 0)
		return -1;
	if (rd->state < 0)
		return 0;
	*done = true;
	if (rd->none)
		return 0;
	if (atleast == nopt && rd->sparse && p->n > 1)
		return driven_tier(c, p, place, cap, rd->sparse, 0, rd, bd, cv, cn,
				   seen, done, err);
	unsigned drv = sparsest(rd, p, rd->opt, atleast);
	if (atleast < nopt && atleast > 1 && !rd->req && (drv & ~rd->sparse) == 0)
		return driven_tier(c, p, place, cap, drv, (int)atleast, rd, bd, cv,
				   cn, seen, done, err);
	if ((atleast == nopt && large) || rd->huge) {
		*done = false;
		return 0;
	}
	size_t before = *cn;
	for (size_t i = 0; *cn <= cap; i++) {
		if (i == rd->n) {
			int r = reading_next(c, p, place, rd, err);
			if (r < 0)
				return -1;
			if (r == 0)
				break;
			if (r == 2) {     /* as before, from the start */
				*cn = before;
				memset(seen, 0, SEEN_SLOTS * sizeof *seen);
				for (size_t j = 0; j < *cn; j++)
					seen_add(seen, cv[j].id);
				rd->state = -1;
				*done = false;
				return 0;
			}
		}
		const struct cand *e = &rd->v[i];
		if ((e->m.mask & rd->req) != rd->req ||
		    bits(e->m.mask & rd->opt) < atleast)
			continue;
		if (!add_cand(bd, cv, cn, seen, e->id, &e->m))
			break;
	}
	return 0;
}

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
#define ONCE_MAX YD_SEARCH_MAX_RANKED
struct once {
	struct cand *v;
	size_t n;
	bool read, many;
};

static int once_read(yd_corpus *c, sqlite3_stmt *st_asc, const yd_qplan *p,
		     int64_t region, int64_t topic, int place, int64_t lo,
		     int64_t hi, struct once *o, yd_error *err)
{
	char *map = NULL;
	char *expr = yd_qplan_expr(p, ~0u, 1, &map);
	int nf = 0;
	char *fexpr = expr ? filtered_expr(expr, region, topic, &nf) : NULL;
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
 * as run_tier would read it; with `reread`, one read oldest first that
 * passes the cap is read again newest first (see yd_search). */
static void once_tier(const struct once *o, const yd_qplan *p, size_t atleast,
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

/* Ranks the candidates: the topic preference, the order, the lone
 * characters in the best titles. */
static int rank_cands(yd_corpus *c, const yd_qplan *p, struct cand *cv, size_t cn,
		      yd_error *err)
{
	if (p->ntopic && cn <= TOPIC_PREF_MAX && topic_pref(c, p, cv, cn, err) != 0)
		return -1;
	qsort(cv, cn, sizeof *cv, cmp_cand);
	if (p->nsoft && soft_words(c, p, cv, cn < SOFT_TOP ? cn : SOFT_TOP, err) != 0)
		return -1;
	return 0;
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
	if (sqlite3_prepare_v2(c->db, candidates_sql, -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, candidates_asc_sql, -1, &st_asc, NULL) != SQLITE_OK) {
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
	    (sqlite3_prepare_v2(c->db, post_sql, -1, &pst_desc, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(c->db, post_asc_sql, -1, &pst_asc, NULL) != SQLITE_OK)) {
		yd_sql_fail(c->db, "searching", err);
		goto out;
	}
	/* lone characters within a small filter, or with a word sparse
	 * (DRIVEN): from the text (run_text) */
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

	bool post_many = false;           /* see run_tier */
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
			 * tested on the facets (run_tier). The lower tiers, ORs
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
				    once_read(c, st_asc, &p, region, topic, place,
					      bd.lo, bd.hi, &onev, err) != 0)
					goto out;
				if (!onev.many) {
					once_tier(&onev, &p, k, asc, and, base + cap,
						  cv, &cn, seen);
					done = true;
				}
			}
			/* the tier of every word and that of any one from
			 * one reading of the filter's text (the tiers between
			 * are ORs of ANDs, other phrases) */
			if (text &&
			    run_text(c, &p, k, nopt, base + cap, nfilter, region,
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
			    run_tier(c, tst, pst, &p, mid ? 1 : k, mid ? k : 0,
				     base + cap, region, topic, place, w, rd.wn,
				     k == nopt ? &bd : &lower, cv, &cn, seen,
				     &post_many, err) != 0)
				goto out;
			if (!done && and && asc && cn > base + cap) {
				cn = before;
				memset(seen, 0, SEEN_SLOTS * sizeof *seen);
				for (size_t i = 0; i < cn; i++)
					seen_add(seen, cv[i].id);
				if (run_tier(c, st, pst && !post_many ? pst_desc : NULL, &p,
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
					if (rank_cands(c, &p, cv + i, j - i, err) != 0)
						goto out;
					i = j;
				}
			}
			early = bd.stopped || lower_stopped;
			break;
		}
		if (rank_cands(c, &p, cv + base, cn - base, err) != 0)
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
	size_t n = cn - offset < limit ? cn - offset : limit;
	if (!(out->v = calloc(n, sizeof *out->v))) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		goto out;
	}
	/* The snippet comes from the body's first SNIPPET_SOURCE characters:
	 * memory stays bounded whatever a (hand-edited) corpus holds. */
	if (sqlite3_prepare_v2(c->db, "SELECT title, summary, substr(body, 1, "
			       SNIPPET_SOURCE "), published FROM article "
			       "WHERE id = ?1", -1, &st, NULL) != SQLITE_OK) {
		yd_sql_fail(c->db, "searching", err);
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		yd_search_hit *h = &out->v[out->n++];
		const struct cand *k = &cv[offset + i];
		h->id = k->id;
		h->title_match = k->m.title > 0;
		h->score = -k->m.bm25;
		if (fill_hit(c, st, query, h, err) != 0)
			goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	sqlite3_finalize(st_asc);
	sqlite3_finalize(pst_desc);
	sqlite3_finalize(pst_asc);
	yd_qplan_free(&p);
	reading_free(&rd);
	free(onev.v);
	free(cv);
	free(seen);
	if (rc != 0)
		yd_search_results_free(out);
	return rc;
}

void yd_search_results_free(yd_search_results *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].title);
		free(r->v[i].snippet);
		free(r->v[i].ranges);
		free(r->v[i].title_ranges);
	}
	free(r->v);
	memset(r, 0, sizeof *r);
}
