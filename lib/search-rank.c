/* yd_match(search, map, nwords, place[, weights]): how one article
 * matches a query
 * plan, for ranking the way search engines for Chinese do (Meilisearch's
 * words, proximity, attribute and exactness rules, then BM25):
 *   words  how many of the plan's words the article has (a word matches
 *          by any of its texts, synonyms, pinyin or facets);
 *   place  2 if it is of the region the query names (its facets), 1 if
 *          it only names the place, else 0;
 *   title  how many words are in its title;
 *   prox   the gaps between words that are next to each other in the
 *          query, where they come closest in one column (0: the words
 *          stand together as a phrase; each gap counts at most 8);
 *   bm25   BM25 (k1 1.2, b 0.75; title 4, summary 2, body 1, pinyin of
 *          the title 4), a phrase's document frequency counted only up to
 *          RANK_DF_CAP and the rest estimated (see count_cb).
 * map (lib/search-expr.c) gives each phrase of the expression its word,
 * its alternative and its span in positions; phrases not in it (the
 * region/topic filter) are not ranked. weights (yd_match_idf()'s of an
 * expression with the same phrases first; NULL: none) spare counting
 * them. The result is a struct yd_match as a blob. */
#define _GNU_SOURCE   /* memmem */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "search-internal.h"

#define RANK_DF_CAP 2000
#define RANK_K1 1.2
#define RANK_B 0.75
#define PROX_CAP 8
#define MAX_PHRASES 4096
#define MAX_WORDS YD_QPLAN_MAX_WORDS

static const double col_weight[YD_RANK_COLS] = {
	[YD_COL_TITLE] = 4.0, [YD_COL_SUMMARY] = 2.0, [YD_COL_BODY] = 1.0,
	[YD_COL_PY] = 4.0,
};

struct phr {
	int word, alt, span;
	double idf;
};

struct mdata {
	int nphrase;
	double avgdl;
	struct phr p[];
};

/* A phrase's document frequency: its matches are counted, oldest first,
 * up to RANK_DF_CAP; past that the frequency is estimated from the share
 * of the ids the count reached (ids are given in order of import, about
 * one per article). Counting them all cost more with every article
 * imported: 20,000 matches of a 4-character phrase were most of a
 * question's time at 300,000 articles. */
struct dfcount {
	int64_t n, last;
};

static int count_cb(const Fts5ExtensionApi *api, Fts5Context *fc, void *ctx)
{
	struct dfcount *d = ctx;
	if (++d->n < RANK_DF_CAP)
		return SQLITE_OK;
	d->last = api->xRowid(fc);
	return SQLITE_DONE;
}

/* The map's entries for np phrases: word, alternative, span. */
static struct mdata *parse_map(int np, const char *map)
{
	struct mdata *d = sqlite3_malloc64(sizeof *d + (size_t)np * sizeof d->p[0]);
	if (!d)
		return NULL;
	d->nphrase = np;
	d->avgdl = 1;
	const char *s = map ? map : "";
	for (int i = 0; i < np; i++) {
		struct phr *p = &d->p[i];
		char *end;
		p->word = -1;
		p->alt = p->span = 0;
		p->idf = 0;
		long w = strtol(s, &end, 10);
		if (end == s || *end != ':')
			continue;              /* past the map: not ranked */
		s = end + 1;
		p->alt = (int)strtol(s, &end, 10);
		s = *end == ':' ? end + 1 : end;
		p->span = (int)strtol(s, &end, 10);
		s = end;
		p->word = w >= -2 && w < MAX_WORDS ? (int)w : -1;
	}
	return d;
}

/* The weights of the query's phrases: given (w, nw doubles: yd_match_idf()
 * of an expression with the same phrases first, search-text.c's reading of
 * lone characters), or counted. */
static struct mdata *mdata(const Fts5ExtensionApi *api, Fts5Context *fc,
			   const char *map, const double *w, int nw, int *rc)
{
	struct mdata *d = api->xGetAuxdata(fc, 0);
	if (d)
		return d;
	int np = api->xPhraseCount(fc);
	if (np > MAX_PHRASES)
		np = MAX_PHRASES;
	if (!(d = parse_map(np, map))) {
		*rc = SQLITE_NOMEM;
		return NULL;
	}
	int mapped = 0;
	while (mapped < np && d->p[mapped].word != -1)
		mapped++;
	if (w && nw >= mapped + 1 && mapped > 0) {
		d->avgdl = w[0];
		for (int i = 0; i < mapped; i++)
			d->p[i].idf = w[i + 1];
		if ((*rc = api->xSetAuxdata(fc, d, sqlite3_free)) != SQLITE_OK)
			return NULL;
		return d;
	}
	sqlite3_int64 rows = 0;
	*rc = yd_fts_avg_len(api, fc, &d->avgdl);
	if (*rc == SQLITE_OK)
		*rc = api->xRowCount(fc, &rows);
	/* the same word and alternative in several subsets: counted once */
	for (int i = 0; i < np && *rc == SQLITE_OK; i++) {
		struct phr *p = &d->p[i];
		if (p->word == -1)
			continue;
		int j = 0;
		while (j < i && (d->p[j].word != p->word || d->p[j].alt != p->alt))
			j++;
		if (j < i) {
			p->idf = d->p[j].idf;
			continue;
		}
		struct dfcount dc = { 0, 0 };
		*rc = api->xQueryPhrase(fc, i, &dc, count_cb);
		double n = (double)dc.n;
		if (dc.last > 0 && dc.last < rows)
			n = n * (double)rows / (double)dc.last;
		double idf = log(((double)rows - n + 0.5) / (n + 0.5));
		p->idf = idf > 1e-6 ? idf : 1e-6;
	}
	if (*rc == SQLITE_OK)
		*rc = api->xSetAuxdata(fc, d, sqlite3_free);
	else
		sqlite3_free(d);
	return *rc == SQLITE_OK ? d : NULL;
}

struct last {
	int col, off, span;
};

/* One match of a phrase: in xInst()'s order (column, offset, phrase). */
struct inst {
	int ph, col, off;
};

/* The account of one article from its matches (the same for the index's
 * matches and for those found in its text, yd_match_text()). */
static struct yd_match account(const struct mdata *d, const struct inst *in,
			       int ninst, int nwords, int place, int len)
{
	double freq[MAX_PHRASES];
	bool matched[MAX_WORDS] = { false }, title[MAX_WORDS] = { false };
	bool facet[MAX_WORDS] = { false };
	struct last last[MAX_WORDS];
	int best[MAX_WORDS];
	bool joined = false;
	for (int w = 0; w < MAX_WORDS; w++) {
		last[w].col = -1;
		best[w] = PROX_CAP;
	}
	memset(freq, 0, sizeof freq[0] * (size_t)d->nphrase);
	for (int i = 0; i < ninst; i++) {
		int ph = in[i].ph, col = in[i].col, off = in[i].off;
		if (ph >= d->nphrase)
			continue;
		const struct phr *p = &d->p[ph];
		if (p->word == -2) {             /* several Latin words as one */
			joined = true;
			continue;
		}
		if (p->word < 0)
			continue;
		int w = p->word;
		matched[w] = true;
		if (col == YD_COL_TITLE || col == YD_COL_PY)
			title[w] = true;
		if (col == YD_COL_FACETS)
			facet[w] = true;
		if (col < YD_RANK_COLS)
			freq[ph] += col_weight[col];
		if (col == YD_COL_PY || col == YD_COL_FACETS || p->span <= 0 ||
		    w == place)
			continue;
		/* the nearest earlier neighbour in the query, in this column */
		if (w > 0 && w - 1 != place && last[w - 1].col == col) {
			int g = off - (last[w - 1].off + last[w - 1].span);
			if (g < 0)
				g = 0;
			if (g < best[w - 1])
				best[w - 1] = g;
		}
		if (w + 1 < nwords && w + 1 != place && last[w + 1].col == col) {
			int g = off - (last[w + 1].off + last[w + 1].span) + 1;
			if (g < 0)
				g = 0;
			if (g < best[w])
				best[w] = g;
		}
		last[w] = (struct last){ col, off, p->span };
	}
	struct yd_match m = { 0, 0, 0, 0, 0, 0, 0 };
	for (int w = 0; w < nwords; w++) {
		if (joined)
			matched[w] = title[w] = true;
		m.words += matched[w];
		m.mask |= matched[w] ? 1u << w : 0;
		m.title += title[w];
		if (w + 1 < nwords && w != place && w + 1 != place &&
		    matched[w] && matched[w + 1])
			m.prox += best[w] < PROX_CAP ? best[w] : PROX_CAP;
	}
	if (place >= 0 && place < nwords && matched[place])
		m.place = facet[place] ? 2 : 1;
	double score = 0;
	for (int i = 0; i < d->nphrase; i++)
		if (freq[i] > 0)
			score += d->p[i].idf * freq[i] * (RANK_K1 + 1) /
				(freq[i] + RANK_K1 * (1 - RANK_B + RANK_B * len / d->avgdl));
	m.bm25 = -score;
	return m;
}

static int args(int argc, sqlite3_value **argv, const char **map, int *place)
{
	*map = argc > 0 ? (const char *)sqlite3_value_text(argv[0]) : NULL;
	int nwords = argc > 1 ? sqlite3_value_int(argv[1]) : 0;
	*place = argc > 2 ? sqlite3_value_int(argv[2]) : -1;
	return nwords < 0 || nwords > MAX_WORDS ? MAX_WORDS : nwords;
}

static void match(const Fts5ExtensionApi *api, Fts5Context *fc,
		  sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	int rc = SQLITE_OK, place;
	const char *map;
	int nwords = args(argc, argv, &map, &place);
	const double *w = argc > 3 ? sqlite3_value_blob(argv[3]) : NULL;
	int nw = argc > 3 ? sqlite3_value_bytes(argv[3]) / (int)sizeof(double) : 0;
	struct mdata *d = mdata(api, fc, map, w, nw, &rc);
	int ninst = 0, len = 0;
	if (rc == SQLITE_OK)
		rc = api->xInstCount(fc, &ninst);
	if (rc == SQLITE_OK)
		rc = yd_fts_row_len(api, fc, &len);
	struct inst few[256];              /* most rows: no allocation */
	struct inst *in = few;
	if (rc == SQLITE_OK && ninst > (int)(sizeof few / sizeof *few) &&
	    !(in = sqlite3_malloc64((size_t)ninst * sizeof *in)))
		rc = SQLITE_NOMEM;
	for (int i = 0; i < ninst && rc == SQLITE_OK; i++)
		rc = api->xInst(fc, i, &in[i].ph, &in[i].col, &in[i].off);
	struct yd_match m = rc == SQLITE_OK ?
		account(d, in, ninst, nwords, place, len) : (struct yd_match){ 0 };
	if (in != few)
		sqlite3_free(in);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	sqlite3_result_blob(ctx, &m, sizeof m, SQLITE_TRANSIENT);
}

/* yd_match_idf(search, map): what yd_match() weighs a query's phrases
 * by, as a blob of doubles: the mean row length, then each phrase's IDF
 * (0 for those not ranked). Asked of one row of the query. */
static void match_idf(const Fts5ExtensionApi *api, Fts5Context *fc,
		      sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	int rc = SQLITE_OK;
	const char *map = argc > 0 ? (const char *)sqlite3_value_text(argv[0]) : NULL;
	struct mdata *d = mdata(api, fc, map, NULL, 0, &rc);
	double *v = rc == SQLITE_OK ?
		sqlite3_malloc64((size_t)(d->nphrase + 1) * sizeof *v) : NULL;
	if (!v) {
		sqlite3_result_error_code(ctx, rc == SQLITE_OK ? SQLITE_NOMEM : rc);
		return;
	}
	v[0] = d->avgdl;
	for (int i = 0; i < d->nphrase; i++)
		v[i + 1] = d->p[i].idf;
	sqlite3_result_blob(ctx, v, (int)((size_t)(d->nphrase + 1) * sizeof *v),
			    sqlite3_free);
}

/* yd_match_text (below): the phrases, each one index term, sorted for
 * look-up, with their weights; and the characters the terms begin, each
 * with the forms a text may write it in (those the tokenizer folds to
 * it: 医 and 醫), which the text is searched for. */
#define MAX_FIRST 16
#define MAX_FORMS 8
struct tdata {
	struct mdata *d;
	unsigned words;            /* the words the phrases stand for */
	int nterm;
	struct term {
		const char *s;
		int len, ph;
	} *t;
	char *buf;
	int nfirst;                /* -1: too many to search the text for */
	struct first {
		uint8_t s[4];      /* the character as the terms have it */
		int len, nform;
		uint8_t form[MAX_FORMS][4];
		int flen[MAX_FORMS];
	} first[MAX_FIRST];
};

static void tdata_free(void *p)
{
	struct tdata *t = p;
	sqlite3_free(t->d);
	sqlite3_free(t->t);
	sqlite3_free(t->buf);
	sqlite3_free(t);
}

static int cmp_term(const void *a, const void *b)
{
	const struct term *x = a, *y = b;
	int l = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->s, y->s, (size_t)l);
	if (c == 0)
		c = x->len - y->len;
	return c ? c : x->ph - y->ph;
}

/* The terms ts (tn bytes, one a line), their map and weights (w, nw
 * doubles: yd_match_idf()'s) for yd_text_match(). */
static struct tdata *tdata_make(const char *map, const char *ts, int tn,
				const double *w, int nw, int *rc)
{
	struct tdata *t;
	int np = 0;
	for (int i = 0; ts && i < tn; i++)
		np += ts[i] == '\n';
	np += ts && tn > 0;
	if (!ts || np > MAX_PHRASES || nw < np + 1) {
		*rc = SQLITE_MISUSE;
		return NULL;
	}
	t = sqlite3_malloc(sizeof *t);
	if (t) {
		t->d = parse_map(np, map);
		t->t = sqlite3_malloc64((size_t)np * sizeof *t->t);
		t->buf = sqlite3_malloc(tn + 1);
	}
	if (!t || !t->d || !t->t || !t->buf) {
		if (t)
			tdata_free(t);
		*rc = SQLITE_NOMEM;
		return NULL;
	}
	t->nterm = np;
	memcpy(t->buf, ts, (size_t)tn + 1);
	t->d->avgdl = w[0];
	char *s = t->buf;
	for (int i = 0; i < np; i++) {
		char *e = strchr(s, '\n');
		t->t[i] = (struct term){ s, e ? (int)(e - s) : (int)strlen(s), i };
		t->d->p[i].idf = w[i + 1];
		s = e ? e + 1 : s + strlen(s);
	}
	t->words = 0;
	for (int i = 0; i < np; i++)
		if (t->d->p[i].word >= 0)
			t->words |= 1u << t->d->p[i].word;
	qsort(t->t, (size_t)np, sizeof *t->t, cmp_term);
	t->nfirst = 0;
	for (int i = 0; i < np && t->nfirst >= 0; i++) {
		const uint8_t *ts8 = (const uint8_t *)t->t[i].s;
		ucs4_t c;
		int l = t->t[i].len > 0 ? u8_mbtouc(&c, ts8, (size_t)t->t[i].len) : 0;
		int f = 0;
		while (f < t->nfirst && (t->first[f].len != l ||
					 memcmp(t->first[f].s, ts8, (size_t)l) != 0))
			f++;
		if (f < t->nfirst)
			continue;
		uint32_t form[MAX_FORMS];
		size_t nf = l > 0 && l <= 4 ? yd_hanzi_unfold(c, form, MAX_FORMS) : 0;
		if (f == MAX_FIRST || nf == 0 || nf > MAX_FORMS) {
			t->nfirst = -1;
			break;
		}
		struct first *fs = &t->first[t->nfirst++];
		memcpy(fs->s, ts8, (size_t)l);
		fs->len = l;
		fs->nform = (int)nf;
		for (size_t k = 0; k < nf; k++)
			fs->flen[k] = u8_uctomb(fs->form[k], form[k], 4);
	}
	return t;
}

static struct tdata *tdata(const Fts5ExtensionApi *api, Fts5Context *fc,
			   const char *map, sqlite3_value *terms,
			   sqlite3_value *idf, int *rc)
{
	struct tdata *t = api->xGetAuxdata(fc, 0);
	if (t)
		return t;
	t = tdata_make(map, (const char *)sqlite3_value_text(terms),
		       sqlite3_value_bytes(terms), sqlite3_value_blob(idf),
		       sqlite3_value_bytes(idf) / (int)sizeof(double), rc);
	if (t && (*rc = api->xSetAuxdata(fc, t, tdata_free)) != SQLITE_OK)
		return NULL;
	return t;
}

yd_text_terms *yd_text_terms_new(const char *map, const char *terms,
				 const void *w, int wbytes)
{
	int rc = SQLITE_OK;
	return (yd_text_terms *)tdata_make(map, terms, terms ? (int)strlen(terms) : 0,
					   w, wbytes / (int)sizeof(double), &rc);
}

void yd_text_terms_free(yd_text_terms *t)
{
	if (t)
		tdata_free(t);
}

struct collect {
	const struct tdata *t;
	int col, pos;              /* the column; the position of the last token */
	bool any;                  /* a token in the column yet */
	struct inst *in;
	int n, cap;
	bool oom;
};

/* The matches of the token tok, n (a term's text) at the current place:
 * one for each phrase of that text. */
static int add_term(struct collect *c, const char *tok, size_t n)
{
	struct term key = { tok, (int)n, -1 };
	int lo = 0, hi = c->t->nterm;
	while (lo < hi) {                /* the first of this text */
		int mid = (lo + hi) / 2;
		if (cmp_term(&c->t->t[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < c->t->nterm && c->t->t[lo].len == (int)n &&
	     memcmp(c->t->t[lo].s, tok, n) == 0; lo++) {
		if (c->n == c->cap) {
			int cap = c->cap ? 2 * c->cap : 64;
			struct inst *v = sqlite3_realloc64(c->in, (size_t)cap * sizeof *v);
			if (!v) {
				c->oom = true;
				return 1;
			}
			c->in = v;
			c->cap = cap;
		}
		c->in[c->n++] = (struct inst){ c->t->t[lo].ph, c->col, c->pos };
	}
	return 0;
}

/* Positions as FTS5 counts them when it indexes (a token colocated with
 * the previous one takes its position). */
static int collect_tok(void *ctx, int flags, const char *tok, size_t n,
		       size_t s, size_t e)
{
	(void)s;
	(void)e;
	struct collect *c = ctx;
	if (!(flags & YD_TOK_COLOCATED) || !c->any)
		c->pos += c->any;
	c->any = true;
	/* most tokens begin with none of the terms' characters (compared
	 * byte by byte in place: a call of memcmp per character and token
	 * was a tenth of a reading's time) */
	const struct tdata *t = c->t;
	int f = 0;
	for (; f < t->nfirst; f++) {
		const uint8_t *a = t->first[f].s;
		int l = t->first[f].len, i = 0;
		if ((size_t)l > n || a[0] != (uint8_t)tok[0])
			continue;
		while (++i < l && a[i] == (uint8_t)tok[i])
			;
		if (i == l)
			break;
	}
	if (t->nfirst >= 0 && f == t->nfirst)
		return 0;
	return add_term(c, tok, n);
}

/* The terms' matches in one column's text without their positions (all
 * 0), found where the text has a form of a character a term begins:
 * the token there is that character and the next one when the next is
 * Han (a bigram), else the character alone (the end of a run), as
 * yd_tokenize() cuts a document (tokenize.c; UTF-8 decodes from any
 * character's first byte on, so a form found is a character of the
 * text). A text that starts with a marker is pinyin or facets, tokens of
 * no Han character. */
static int scan_col(struct collect *c, const char *text, size_t n)
{
	const struct tdata *t = c->t;
	const size_t ml = sizeof YD_PINYIN_MARK - 1;
	if (n >= ml && (memcmp(text, YD_PINYIN_MARK, ml) == 0 ||
			memcmp(text, YD_FACET_MARK, ml) == 0))
		return 0;
	const char *end = text + n;
	for (int f = 0; f < t->nfirst; f++)
		for (int k = 0; k < t->first[f].nform; k++) {
			const uint8_t *form = t->first[f].form[k];
			size_t fl = (size_t)t->first[f].flen[k];
			const char *p = text;
			while ((size_t)(end - p) >= fl &&
			       (p = memmem(p, (size_t)(end - p), form, fl))) {
				p += fl;
				uint8_t tok[8];
				size_t tl = (size_t)t->first[f].len;
				memcpy(tok, t->first[f].s, tl);
				if (p < end) {
					ucs4_t next;
					if ((uint8_t)*p < 0x80)
						next = (uint8_t)*p;
					else
						u8_mbtouc(&next, (const uint8_t *)p,
							  (size_t)(end - p));
					next = yd_hanzi_fold(next);
					int l = yd_is_han(next) ? u8_uctomb(tok + tl, next, 4) : 0;
					tl += l > 0 ? (size_t)l : 0;
				}
				if (add_term(c, (const char *)tok, tl) != 0)
					return 1;
			}
		}
	return 0;
}

static int cmp_inst(const void *a, const void *b)
{
	const struct inst *x = a, *y = b;
	if (x->col != y->col)
		return x->col - y->col;
	if (x->off != y->off)
		return x->off - y->off;
	return x->ph - y->ph;
}

/* yd_match_text(search, map, nwords, place, terms, weights[, need]):
 * yd_match() for a query of words whose phrases are each one index term
 * (a lone character's terms: search-text.c), found by tokenizing the row's
 * text instead of by FTS5 stepping every term's doclist to the row;
 * NULL when the row lacks a word (has none of its phrases), or with
 * need > 0, when it has fewer than need of the words. terms: the phrases, one a line, in the expression's
 * order; weights: yd_match_idf() of that expression. The text is what
 * the index was built from, by the same tokenizer, so the matches are
 * the index's, in xInst()'s order (column, offset, phrase). */
/* The words of the matches collected. */
static unsigned words_of(const struct tdata *t, const struct collect *c)
{
	unsigned has = 0;
	for (int i = 0; i < c->n; i++)
		if (t->d->p[c->in[i].ph].word >= 0)
			has |= 1u << t->d->p[c->in[i].ph].word;
	return has;
}

/* Whether a row with these matches is a result: it has every word, or
 * with need > 0 at least need of them. */
static bool kept(const struct tdata *t, const struct collect *c, int need)
{
	unsigned has = words_of(t, c);
	int got = 0;
	for (unsigned h = has; h; h &= h - 1)
		got++;
	return c->n > 0 && (need > 0 ? got >= need : has == t->words);
}

/* Whether the account of a row with these words looks at positions:
 * only for the proximity of two words next to each other in the query
 * (neither the place), as account() counts it. */
static bool needs_positions(unsigned has, int nwords, int place)
{
	for (int w = 0; w + 1 < nwords; w++)
		if (w != place && w + 1 != place && (has >> w & 1) && (has >> (w + 1) & 1))
			return true;
	return false;
}

/* The account of a row whose columns body, title and summary are
 * text[0..3) (the pinyin and the facets hold no Han terms): 1 with *m
 * when it is kept, 0 when not, -1 out of memory. The terms are found
 * where the text has their characters (scan_col), without positions:
 * enough for a row with one word, or with words none of which are next
 * to each other in the query (医 and 药 of 医 南 药), whose account does
 * not look at positions. A row with neighbouring words is tokenized
 * (positions, for their proximity), as is every row when the terms
 * begin with too many characters. */
static int text_account(const struct tdata *t, const char *const text[3],
			const size_t n[3], int len, int nwords, int place,
			int need, struct yd_match *m)
{
	struct collect c = { t, 0, 0, false, NULL, 0, 0, false };
	for (int pass = t->nfirst >= 0 ? 0 : 1; pass < 2; pass++) {
		c.n = 0;
		for (int col = 0; col < 3 && !c.oom; col++) {
			c.col = col;
			c.pos = 0;
			c.any = false;
			if (!text[col] || n[col] == 0)
				continue;
			if (pass == 0)
				scan_col(&c, text[col], n[col]);
			else
				yd_tokenize(text[col], n[col], YD_TOK_DOC, collect_tok, &c);
		}
		if (c.oom || pass == 1 || !kept(t, &c, need) ||
		    !needs_positions(words_of(t, &c), nwords, place))
			break;            /* not kept, or no neighbours */
	}
	int r = c.oom ? -1 : kept(t, &c, need);
	if (r == 1) {
		/* in order already, but for tokens at one position (and
		 * the terms found by their characters) */
		qsort(c.in, (size_t)c.n, sizeof *c.in, cmp_inst);
		*m = account(t->d, c.in, c.n, nwords, place, len);
	}
	sqlite3_free(c.in);
	return r;
}

int yd_text_match(const yd_text_terms *tt, const char *const text[3],
		  const size_t n[3], int len, int nwords, int place, int need,
		  struct yd_match *m)
{
	if (nwords < 0 || nwords > MAX_WORDS)
		nwords = MAX_WORDS;
	return text_account((const struct tdata *)tt, text, n, len, nwords, place,
			    need, m);
}

static void match_text(const Fts5ExtensionApi *api, Fts5Context *fc,
		       sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	int rc = SQLITE_OK, place, len = 0;
	const char *map;
	int nwords = args(argc, argv, &map, &place);
	struct tdata *t = argc >= 5 ? tdata(api, fc, map, argv[3], argv[4], &rc) : NULL;
	if (!t) {
		sqlite3_result_error_code(ctx, rc == SQLITE_OK ? SQLITE_MISUSE : rc);
		return;
	}
	int need = argc > 5 ? sqlite3_value_int(argv[5]) : 0;
	const char *text[3] = { NULL, NULL, NULL };
	size_t n[3] = { 0, 0, 0 };
	for (int col = 0; col < 3 && rc == SQLITE_OK; col++) {
		int l = 0;
		rc = api->xColumnText(fc, col, &text[col], &l);
		n[col] = l > 0 ? (size_t)l : 0;
	}
	if (rc == SQLITE_OK)
		rc = yd_fts_row_len(api, fc, &len);
	struct yd_match m;
	int r = rc == SQLITE_OK ?
		text_account(t, text, n, len, nwords, place, need, &m) : 0;
	if (rc != SQLITE_OK || r < 0)
		sqlite3_result_error_code(ctx, rc != SQLITE_OK ? rc : SQLITE_NOMEM);
	else if (r == 1)
		sqlite3_result_blob(ctx, &m, sizeof m, SQLITE_TRANSIENT);
	else
		sqlite3_result_null(ctx);
}

int yd_search_rank_register(fts5_api *api)
{
	int rc = api->xCreateFunction(api, "yd_match", NULL, match, NULL);
	if (rc == SQLITE_OK)
		rc = api->xCreateFunction(api, "yd_match_idf", NULL, match_idf, NULL);
	if (rc == SQLITE_OK)
		rc = api->xCreateFunction(api, "yd_match_text", NULL, match_text, NULL);
	return rc;
}
