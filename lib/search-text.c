/* Tiers of a query of lone characters read from the articles' text
 * instead of through FTS5: within a small filter (one reading of its
 * articles shared by the tiers), or from the articles of its sparse
 * words (DRIVEN). */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistr.h>

#include "yidu/search.h"
#include "corpus-internal.h"
#include "search-cand.h"
#include "search-internal.h"
#include "sqlutil.h"
#include "strbuf.h"

/* A lone character within a small filter (see yd_run_text): the filter's
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

/* A lone character's expression is an OR of a few hundred index terms,
 * and with the filter ANDed FTS5 steps each dense term's doclist to each
 * of the filter's articles: a page read per term per article when they
 * are far apart (医 within a county of 121 articles, 1,000,000 in all:
 * ~2,200 pages, 26 ms of CPU for a first page). Within a filter of at
 * most TEXT_FILTER articles where FTS5 would read at least TEXT_PAGES
 * pages an article (pages_per_article: 45-250 for 医 within counties,
 * under 1 for 南, whose terms are few and sparse) yd_run_text reads the
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
/* DRIVEN: without a filter, within one of more than TEXT_FILTER_LOWER
 * articles (whose articles are not read), or within one FTS5 reads as
 * fast as the text (under TEXT_PAGES an article), a word of at
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
/* TEXT_FILTER and TEXT_FILTER_LOWER: search-cand.h (search.c reads them). */
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
 * (yd_run_text says which). malloc'd. */
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

void yd_reading_free(struct reading *rd)
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
	/* FTS5 reads the filter's tiers as fast as the text would; only
	 * where a word is sparse does it still step every dense term to
	 * each of its articles (医 药 鼎 嵩 within 7,467 of 100,000
	 * articles: 0.26 s), so such a filter is read as a large one:
	 * DRIVEN tiers, or FTS5 when no word is sparse */
	if (!rd->huge && pages_per_article(rd->w, rd->wn, rd->word, -1, all, nfilter) <
	    (double)tuned("YIDU_SEARCH_TEXT_PAGES", TEXT_PAGES))
		rd->huge = true;
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
		if (r == 1 && !yd_add_cand(bd, cv, cn, seen, id, &mm))
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
 * from the one reading of its text (see TEXT_FILTER), as yd_run_tier would
 * find it: newest first, up to the cap or the band stop. *done is false
 * when the tier is still to be read the usual way (another expression,
 * or the budget spent: nothing added). */
int yd_run_text(yd_corpus *c, const yd_qplan *p, size_t atleast,
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
		if (!yd_add_cand(bd, cv, cn, seen, e->id, &e->m))
			break;
	}
	return 0;
}
