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

#define MAX_SEGS 4          /* pinyin segmentations tried per word */
#define MAX_SUBSETS 24      /* "at least k of n" written out as ORed ANDs */

struct buf {
	char *p;
	size_t n, cap;
	bool oom;
};

static void add(struct buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 256;
		while (cap < b->n + n + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p) {
			b->oom = true;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void adds(struct buf *b, const char *s) { add(b, s, strlen(s)); }

struct out {
	struct buf e;        /* the expression */
	struct buf m;        /* the map */
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
	snprintf(m, sizeof m, "%s%d:%d:%d", o->m.n ? " " : "", word, alt, span);
	adds(&o->m, m);
	if (prefix)
		adds(&o->e, prefix);
	add(&o->e, "\"", 1);
	for (const char *p = s; *p; p++) {
		add(&o->e, p, 1);
		if (*p == '"')
			add(&o->e, "\"", 1);
	}
	add(&o->e, "\"", 1);
}

static int note_tok(void *ctx, int flags, const char *t, size_t n,
		    size_t s, size_t e)
{
	ucs4_t c = 0;
	int cl = u8_mbtouc(&c, (const uint8_t *)t, n);
	*(bool *)ctx = (size_t)cl == n && yd_is_han(c);
	return 0;
}

/* A text ending in a lone Han character (2025年) ends in a prefix:
 * documents hold that character alone only at the end of a run. */
static void text_phrase(struct out *o, const char *s, int word, int alt)
{
	bool lone = false;
	yd_tokenize(s, strlen(s), YD_TOK_QUERY, note_tok, &lone);
	phrase(o, s, word, alt, span_of(s), NULL);
	if (lone)
		adds(&o->e, " *");
}

/* Pinyin of a title: full syllables (yibao → "yi bao") and, for words
 * without a full reading or without vowels, initials (yb → "y b"). */
static void pinyin_alts(struct out *o, const char *w, int word, bool initials)
{
	size_t n = strlen(w);
	char *seg[MAX_SEGS];
	size_t k = yd_pinyin_segment(w, n, seg, MAX_SEGS);
	for (size_t i = 0; i < k; i++) {
		adds(&o->e, " OR ");
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
		adds(&o->e, " OR ");
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
	adds(&o->e, "(");
	bool first = true;
	for (size_t a = 0; a < w->nalt; a++) {
		if (span_of(w->alt[a]) == 0)
			continue;
		if (!first)
			adds(&o->e, " OR ");
		first = false;
		text_phrase(o, w->alt[a], i, (int)a);
	}
	if (w->pinyin && !p->all_pinyin && !first)
		pinyin_alts(o, w->alt[0], i, true);
	for (size_t f = 0; f < w->nfacet; f++) {
		char t[40];
		snprintf(t, sizeof t, "%s%s", YD_FACET_MARK, w->facet[f]);
		if (!first)
			adds(&o->e, " OR ");
		first = false;
		phrase(o, t, i, YD_QW_MAX_ALT + 2, 0, "facets : ");
	}
	adds(&o->e, ")");
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
	struct out o = { { 0 }, { 0 } };
	adds(&o.e, "((");
	bool first = true;
	for (size_t i = 0; i < p->n; i++)
		if (req & (1u << i)) {
			if (!first)
				adds(&o.e, " AND ");
			first = false;
			word_expr(&o, p, (int)i);
		}
	if (nopt) {
		if (!first)
			adds(&o.e, " AND ");
		adds(&o.e, "(");
		bool firstset = true;
		/* every subset of opt with atleast words (all of them, or
		 * any one: ORed words) */
		if (atleast == nopt || atleast == 1) {
			bool and = atleast == nopt;
			bool f = true;
			for (size_t i = 0; i < p->n; i++)
				if (opt & (1u << i)) {
					if (!f)
						adds(&o.e, and ? " AND " : " OR ");
					f = false;
					word_expr(&o, p, (int)i);
				}
		} else {
			for (unsigned s = opt; ; s = (s - 1) & opt) {
				if (popcount(s) == atleast) {
					if (!firstset)
						adds(&o.e, " OR ");
					firstset = false;
					adds(&o.e, "(");
					bool f = true;
					for (size_t i = 0; i < p->n; i++)
						if (s & (1u << i)) {
							if (!f)
								adds(&o.e, " AND ");
							f = false;
							word_expr(&o, p, (int)i);
						}
					adds(&o.e, ")");
				}
				if (s == 0)
					break;
			}
		}
		adds(&o.e, ")");
	}
	adds(&o.e, ")");
	/* yi bao: the Latin words together may be one title's pinyin */
	if (p->all_pinyin) {
		struct buf w = { 0 };
		for (size_t i = 0; i < p->n; i++)
			adds(&w, p->v[i].alt[0]);
		if (!w.oom && w.p) {
			char *seg[MAX_SEGS];
			size_t ns = yd_pinyin_segment(w.p, w.n, seg, MAX_SEGS);
			for (size_t i = 0; i < ns; i++) {
				adds(&o.e, " OR ");
				phrase(&o, seg[i], -2, 0, 0, "py : ");
				free(seg[i]);
			}
		}
		free(w.p);
	}
	adds(&o.e, ")");
	bool neg = false;
	for (size_t i = 0; i < p->nexcl; i++) {
		if (span_of(p->excl[i]) == 0)
			continue;
		adds(&o.e, neg ? " OR " : " NOT (");
		neg = true;
		text_phrase(&o, p->excl[i], -1, 0);
	}
	if (neg)
		adds(&o.e, ")");
	if (o.e.oom || o.m.oom || !o.m.p) {
		free(o.e.p);
		free(o.m.p);
		return NULL;
	}
	*map = o.m.p;
	return o.e.p;
}
