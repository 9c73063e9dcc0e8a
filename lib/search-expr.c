/* FTS5 expressions for a query plan (search-internal.h). Nothing the
 * user typed reaches FTS5 as syntax: every text is a quoted string that
 * only our tokenizer reads. Each quoted string is one phrase; the map
 * says which word (and which of its alternatives) each phrase stands
 * for, so that yd_match() can count words rather than phrases. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "search-internal.h"
#include "strbuf.h"

#define MAX_SEGS 4          /* pinyin segmentations tried per word */
#define MAX_SUBSETS 24      /* "at least k of n" written out as ORed ANDs */

struct out {
	yd_strbuf e;        /* the expression */
	yd_strbuf m;        /* the map */
	sqlite3 *db;        /* the corpus (its search_term), or NULL */
	int nphrase;        /* phrases written */
};

static int count_unit(void *ctx, int flags, const char *t, size_t n,
		      size_t s, size_t e)
{
	(*(int *)ctx)++;
	return 0;
}

/* Positions a text takes in a document: one per Han character or word
 * (bigram positions follow characters). */
static int span_of(const char *s)
{
	int k = 0;
	yd_tokenize(s, strlen(s), YD_TOK_UNITS, count_unit, &k);
	return k;
}

/* One phrase: "…" with " doubled, and its map entry. */
static void phrase(struct out *o, const char *s, int word, int alt, int span,
		   const char *prefix)
{
	char m[48];
	o->nphrase++;
	snprintf(m, sizeof m, "%s%d:%d:%d", o->m.n ? " " : "", word, alt, span);
	yd_strbuf_adds(&o->m, m);
	if (prefix)
		yd_strbuf_adds(&o->e, prefix);
	yd_strbuf_add(&o->e, "\"", 1);
	for (const char *p = s; *p; p++) {
		yd_strbuf_add(&o->e, p, 1);
		if (*p == '"')
			yd_strbuf_add(&o->e, "\"", 1);
	}
	yd_strbuf_add(&o->e, "\"", 1);
}

static int note_tok(void *ctx, int flags, const char *t, size_t n,
		    size_t s, size_t e)
{
	ucs4_t c = 0;
	int cl = u8_mbtouc(&c, (const uint8_t *)t, n);
	*(bool *)ctx = (size_t)cl == n && yd_is_han(c);
	return 0;
}

/* A lone character's terms in the index (search_term: bigrams it
 * begins and itself at a run's end) are ORed only up to MAX_EXPAND, and
 * while the expression stays within the phrases yd_match() ranks
 * (MAX_PHRASES in search-rank.c); past that, the prefix query, which
 * FTS5 merges across the whole index (1.4 s at 1,000,000 articles: with
 * a cap of 1,000, four lone characters' ~1,020 terms made the last one a
 * prefix). Eight words of MAX_EXPAND terms stay within it. */
#define MAX_EXPAND 400
#define MAX_EXPR_PHRASES 4000

/* Writes (s' OR s'' …), s with its last character c replaced by each
 * term c begins; false (nothing written) when there are none or too
 * many, or no corpus. The terms follow c in the index's order: from c
 * up to the next code point. */
static bool expand_lone(struct out *o, const char *s, int word, int alt)
{
	if (!o->db)
		return false;
	size_t n = strlen(s), last = n;
	while (last > 0 && ((unsigned char)s[--last] & 0xC0) == 0x80)
		;
	ucs4_t c;
	if (u8_mbtouc(&c, (const uint8_t *)s + last, n - last) <= 0)
		return false;
	uint8_t hi[8];
	int hl = u8_uctomb(hi, c + 1, sizeof hi);
	sqlite3_stmt *st;
	if (hl <= 0 || sqlite3_prepare_v2(o->db, "SELECT term FROM search_term "
			"WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT ?3",
			-1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, s + last, (int)(n - last), SQLITE_STATIC);
	sqlite3_bind_text(st, 2, (const char *)hi, hl, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, MAX_EXPAND + 1);
	char **t = NULL;
	size_t k = 0;
	bool ok = true;
	while (ok && sqlite3_step(st) == SQLITE_ROW) {
		const char *term = (const char *)sqlite3_column_text(st, 0);
		char **v = realloc(t, (k + 1) * sizeof *t);
		size_t tl = term ? strlen(term) : 0;
		char *x = v ? malloc(last + tl + 1) : NULL;
		if (v)
			t = v;
		if (!x) {
			ok = false;
			break;
		}
		memcpy(x, s, last);
		memcpy(x + last, term, tl + 1);
		t[k++] = x;
	}
	sqlite3_finalize(st);
	ok = ok && k > 0 && k <= MAX_EXPAND &&
		o->nphrase + (int)k <= MAX_EXPR_PHRASES;
	if (ok) {
		int span = span_of(s);
		yd_strbuf_adds(&o->e, "(");
		for (size_t i = 0; i < k; i++) {
			if (i)
				yd_strbuf_adds(&o->e, " OR ");
			phrase(o, t[i], word, alt, span, NULL);
		}
		yd_strbuf_adds(&o->e, ")");
	}
	for (size_t i = 0; i < k; i++)
		free(t[i]);
	free(t);
	return ok;
}

/* A text ending in a lone Han character (2025年) ends in a prefix:
 * documents hold that character alone only at the end of a run. */
static void text_phrase(struct out *o, const char *s, int word, int alt)
{
	bool lone = false;
	yd_tokenize(s, strlen(s), YD_TOK_QUERY, note_tok, &lone);
	if (lone && expand_lone(o, s, word, alt))
		return;
	phrase(o, s, word, alt, span_of(s), NULL);
	if (lone)
		yd_strbuf_adds(&o->e, " *");
}

/* Pinyin of a title: full syllables (yibao → "yi bao") and, for words
 * without a full reading or without vowels, initials (yb → "y b"). */
static void pinyin_alts(struct out *o, const char *w, int word, bool initials)
{
	size_t n = strlen(w);
	char *seg[MAX_SEGS];
	size_t k = yd_pinyin_segment(w, n, seg, MAX_SEGS);
	for (size_t i = 0; i < k; i++) {
		yd_strbuf_adds(&o->e, " OR ");
		phrase(o, seg[i], word, YD_QW_MAX_ALT, 0, "py : ");
		free(seg[i]);
	}
	if (initials && n >= 2 && n <= 12 &&
	    (k == 0 || strpbrk(w, "aeiouv") == NULL)) {
		char ini[32];
		size_t j = 0;
		for (size_t i = 0; i < n; i++) {
			if (i)
				ini[j++] = ' ';
			ini[j++] = w[i];
		}
		ini[j] = '\0';
		yd_strbuf_adds(&o->e, " OR ");
		phrase(o, ini, word, YD_QW_MAX_ALT + 1, 0, "py : ");
	}
}

/* Whether any of the word's texts can match (a text may hold nothing
 * the tokenizer keeps). */
static bool can_match(const yd_qword *w)
{
	if (w->nfacet)
		return true;
	for (size_t a = 0; a < w->nalt; a++)
		if (span_of(w->alt[a]) > 0)
			return true;
	return false;
}

static void word_expr(struct out *o, const yd_qplan *p, int i)
{
	const yd_qword *w = &p->v[i];
	yd_strbuf_adds(&o->e, "(");
	bool first = true;
	for (size_t a = 0; a < w->nalt; a++) {
		if (span_of(w->alt[a]) == 0)
			continue;
		if (!first)
			yd_strbuf_adds(&o->e, " OR ");
		first = false;
		text_phrase(o, w->alt[a], i, (int)a);
	}
	if (w->pinyin && !p->all_pinyin && !first)
		pinyin_alts(o, w->alt[0], i, true);
	for (size_t f = 0; f < w->nfacet; f++) {
		char t[40];
		snprintf(t, sizeof t, "%s%s", YD_FACET_MARK, w->facet[f]);
		if (!first)
			yd_strbuf_adds(&o->e, " OR ");
		first = false;
		phrase(o, t, i, YD_QW_MAX_ALT + 2, 0, "facets : ");
	}
	yd_strbuf_adds(&o->e, ")");
}

static size_t popcount(unsigned x)
{
	size_t k = 0;
	for (; x; x &= x - 1)
		k++;
	return k;
}

static size_t choose(size_t n, size_t k)
{
	size_t r = 1;
	for (size_t i = 1; i <= k; i++)
		r = r * (n - k + i) / i;
	return r;
}

char *yd_qplan_expr(const yd_qplan *p, unsigned use, size_t atleast,
		    char **map)
{
	*map = NULL;
	unsigned req = 0, opt = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (!can_match(&p->v[i]))
			continue;
		if (p->v[i].kind == YD_QW_PHRASE)
			req |= 1u << i;
		else if (use & (1u << i))
			opt |= 1u << i;
	}
	size_t nopt = popcount(opt);
	if (req == 0 && nopt == 0)
		return NULL;
	if (atleast > nopt)
		atleast = nopt;
	if (nopt && atleast == 0)
		atleast = 1;
	if (atleast < nopt && atleast > 1 && choose(nopt, atleast) > MAX_SUBSETS)
		atleast = 1;
	struct out o = { { 0 }, { 0 }, p->db, 0 };
	yd_strbuf_adds(&o.e, "((");
	bool first = true;
	for (size_t i = 0; i < p->n; i++)
		if (req & (1u << i)) {
			if (!first)
				yd_strbuf_adds(&o.e, " AND ");
			first = false;
			word_expr(&o, p, (int)i);
		}
	if (nopt) {
		if (!first)
			yd_strbuf_adds(&o.e, " AND ");
		yd_strbuf_adds(&o.e, "(");
		bool firstset = true;
		/* every subset of opt with atleast words (all of them, or
		 * any one: ORed words) */
		if (atleast == nopt || atleast == 1) {
			bool and = atleast == nopt;
			bool f = true;
			for (size_t i = 0; i < p->n; i++)
				if (opt & (1u << i)) {
					if (!f)
						yd_strbuf_adds(&o.e, and ? " AND " : " OR ");
					f = false;
					word_expr(&o, p, (int)i);
				}
		} else {
			for (unsigned s = opt; ; s = (s - 1) & opt) {
				if (popcount(s) == atleast) {
					if (!firstset)
						yd_strbuf_adds(&o.e, " OR ");
					firstset = false;
					yd_strbuf_adds(&o.e, "(");
					bool f = true;
					for (size_t i = 0; i < p->n; i++)
						if (s & (1u << i)) {
							if (!f)
								yd_strbuf_adds(&o.e, " AND ");
							f = false;
							word_expr(&o, p, (int)i);
						}
					yd_strbuf_adds(&o.e, ")");
				}
				if (s == 0)
					break;
			}
		}
		yd_strbuf_adds(&o.e, ")");
	}
	yd_strbuf_adds(&o.e, ")");
	/* yi bao: the Latin words together may be one title's pinyin */
	if (p->all_pinyin) {
		yd_strbuf w = { 0 };
		for (size_t i = 0; i < p->n; i++)
			yd_strbuf_adds(&w, p->v[i].alt[0]);
		if (!w.oom && w.p) {
			char *seg[MAX_SEGS];
			size_t ns = yd_pinyin_segment(w.p, w.n, seg, MAX_SEGS);
			for (size_t i = 0; i < ns; i++) {
				yd_strbuf_adds(&o.e, " OR ");
				phrase(&o, seg[i], -2, 0, 0, "py : ");
				free(seg[i]);
			}
		}
		free(w.p);
	}
	yd_strbuf_adds(&o.e, ")");
	bool neg = false;
	for (size_t i = 0; i < p->nexcl; i++) {
		if (span_of(p->excl[i]) == 0)
			continue;
		yd_strbuf_adds(&o.e, neg ? " OR " : " NOT (");
		neg = true;
		text_phrase(&o, p->excl[i], -1, 0);
	}
	if (neg)
		yd_strbuf_adds(&o.e, ")");
	if (o.e.oom || o.m.oom || !o.m.p) {
		free(o.e.p);
		free(o.m.p);
		return NULL;
	}
	*map = o.m.p;
	return o.e.p;
}
