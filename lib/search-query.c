/* User text → FTS5 query. Nothing the user types reaches FTS5 as syntax:
 * every term becomes a quoted string (which only our tokenizer reads),
 * words are ANDed, "quoted phrases" stay phrases, -word excludes, and a
 * word of ASCII letters also looks for titles by pinyin.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "search-internal.h"
#include "strbuf.h"

#define MAX_QUERY 2048      /* bytes of user text considered */
#define MAX_TERMS 16
#define MAX_SEGS 4          /* pinyin segmentations tried per word */

/* Separators between terms: ASCII white space, U+3000, invalid bytes and
 * private-use characters (the index's column markers, YD_PINYIN_MARK and
 * YD_FACET_MARK, must never start a user's term). Returns the length of
 * the separator at s, 0 if none. */
static size_t space_at(const uint8_t *s, size_t n)
{
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' ||
	    *s == '\v')
		return 1;
	if (*s < 0x80)
		return 0;
	ucs4_t c;
	int l = u8_mbtouc(&c, s, n);
	if (c == 0x3000 || (c >= 0xE000 && c <= 0xF8FF) ||
	    (c == 0xFFFD && !(l == 3 && s[0] == 0xEF)))
		return (size_t)l;
	return 0;
}

/* Bytes of the character at s (1 for an invalid byte). */
static size_t char_len(const uint8_t *s, size_t n)
{
	ucs4_t c;
	return *s < 0x80 ? 1 : (size_t)u8_mbtouc(&c, s, n);
}

/* Quotation marks that open or close a phrase: " “ ” 「 」. */
static size_t quote_at(const uint8_t *s, size_t n)
{
	if (*s == '"')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D))
		return 3;
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && (s[2] == 0x8C || s[2] == 0x8D))
		return 3;
	return 0;
}

static int count_tok(void *ctx, int flags, const char *t, size_t n,
		     size_t s, size_t e)
{
	(*(size_t *)ctx)++;
	return 0;
}

static size_t tokens_in(const char *s, size_t n)
{
	size_t k = 0;
	yd_tokenize(s, n, YD_TOK_QUERY, count_tok, &k);
	return k;
}

/* A phrase's inner spaces between Han characters are dropped (门诊 统筹
 * means 门诊统筹); other runs of separators become one space. */
static char *clean_term(const uint8_t *s, size_t n)
{
	char *o = malloc(n + 1);
	if (!o)
		return NULL;
	size_t k = 0, i = 0;
	bool gap = false;
	uint32_t last = 0;
	while (i < n) {
		size_t sp = space_at(s + i, n - i);
		if (sp) {
			gap = true;
			i += sp;
			continue;
		}
		ucs4_t c;
		int l = u8_mbtouc(&c, s + i, n - i);
		if (gap && k > 0 && !(yd_is_han(last) && yd_is_han(c)))
			o[k++] = ' ';
		gap = false;
		memcpy(o + k, s + i, (size_t)l);
		k += (size_t)l;
		last = c;
		i += (size_t)l;
	}
	o[k] = '\0';
	return o;
}

static bool ascii_alpha(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z'))
			return false;
	return true;
}

static int push(yd_query *q, const uint8_t *s, size_t n, bool exclude,
		bool phrase)
{
	if (q->n >= MAX_TERMS || n == 0)
		return 0;
	char *t = clean_term(s, n);
	if (!t)
		return -1;
	if (tokens_in(t, strlen(t)) == 0) {
		free(t);
		return 0;
	}
	yd_qterm *v = realloc(q->v, (q->n + 1) * sizeof *v);
	if (!v) {
		free(t);
		return -1;
	}
	q->v = v;
	for (char *p = t; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p += 32;
	v[q->n++] = (yd_qterm){ t, exclude, phrase, ascii_alpha(t) };
	return 0;
}

int yd_query_parse(const char *text, yd_query *q)
{
	memset(q, 0, sizeof *q);
	if (!text)
		return 0;
	const uint8_t *s = (const uint8_t *)text;
	size_t n = strlen(text);
	if (n > MAX_QUERY) {
		n = MAX_QUERY;
		while (n > 0 && (s[n] & 0xC0) == 0x80)
			n--;
	}
	size_t i = 0;
	while (i < n) {
		size_t sp = space_at(s + i, n - i);
		if (sp) {
			i += sp;
			continue;
		}
		bool exclude = false;
		if (s[i] == '-' || (n - i >= 3 && memcmp(s + i, "\xef\xbc\x8d", 3) == 0)) {
			exclude = true;
			i += s[i] == '-' ? 1 : 3;
		}
		size_t qt = i < n ? quote_at(s + i, n - i) : 0;
		size_t from = i + qt, to;
		if (qt) {
			to = from;
			while (to < n && !quote_at(s + to, n - to))
				to += char_len(s + to, n - to);
			i = to < n ? to + quote_at(s + to, n - to) : n;
		} else {
			to = from;
			while (to < n && !space_at(s + to, n - to) &&
			       !quote_at(s + to, n - to))
				to += char_len(s + to, n - to);
			i = to;
		}
		if (push(q, s + from, to - from, exclude, qt > 0) != 0) {
			yd_query_free(q);
			return -1;
		}
	}
	return 0;
}

void yd_query_free(yd_query *q)
{
	for (size_t i = 0; i < q->n; i++)
		free(q->v[i].text);
	free(q->v);
	memset(q, 0, sizeof *q);
}

/* An FTS5 string: "…" with " doubled. */
static void quoted(yd_strbuf *b, const char *s)
{
	yd_strbuf_add(b, "\"", 1);
	for (const char *p = s; *p; p++) {
		yd_strbuf_add(b, p, 1);
		if (*p == '"')
			yd_strbuf_add(b, "\"", 1);
	}
	yd_strbuf_add(b, "\"", 1);
}

/* Pinyin of a title: full syllables (yibao → "yi bao") and, for words
 * without a full reading or without vowels, initials (yb → "y b"). */
static void pinyin_alts(yd_strbuf *b, const char *w)
{
	size_t n = strlen(w);
	char *seg[MAX_SEGS];
	size_t k = yd_pinyin_segment(w, n, seg, MAX_SEGS);
	for (size_t i = 0; i < k; i++) {
		yd_strbuf_adds(b, " OR py : ");
		quoted(b, seg[i]);
		free(seg[i]);
	}
	if (n >= 2 && n <= 12 && (k == 0 || strpbrk(w, "aeiouv") == NULL)) {
		char ini[32];
		size_t o = 0;
		for (size_t i = 0; i < n; i++) {
			if (i)
				ini[o++] = ' ';
			ini[o++] = w[i];
		}
		ini[o] = '\0';
		yd_strbuf_adds(b, " OR py : ");
		quoted(b, ini);
	}
}

struct last_tok {
	size_t n;            /* tokens */
	bool lone_han;       /* the last one is a single Han character */
};

static int note_tok(void *ctx, int flags, const char *t, size_t n,
		    size_t s, size_t e)
{
	struct last_tok *l = ctx;
	ucs4_t c = 0;
	int cl = u8_mbtouc(&c, (const uint8_t *)t, n);
	l->n++;
	l->lone_han = (size_t)cl == n && yd_is_han(c);
	return 0;
}

/* A term ending in a lone Han character (医, 2025年) ends in a prefix:
 * documents hold that character alone only at the end of a run. */
static void string_expr(yd_strbuf *b, const char *s)
{
	struct last_tok l = { 0, false };
	yd_tokenize(s, strlen(s), YD_TOK_QUERY, note_tok, &l);
	quoted(b, s);
	if (l.lone_han)
		yd_strbuf_adds(b, " *");
}

static void term_expr(yd_strbuf *b, const yd_qterm *t, bool pinyin)
{
	if (t->alpha && pinyin) {
		yd_strbuf_adds(b, "(");
		string_expr(b, t->text);
		pinyin_alts(b, t->text);
		yd_strbuf_adds(b, ")");
	} else {
		string_expr(b, t->text);
	}
}

char *yd_query_fts(const yd_query *q)
{
	yd_strbuf b = { 0 };
	size_t pos = 0, alpha = 0, neg = 0;
	for (size_t i = 0; i < q->n; i++) {
		if (q->v[i].exclude) {
			neg++;
			continue;
		}
		pos++;
		alpha += q->v[i].alpha && !q->v[i].phrase;
	}
	if (pos == 0)
		return NULL;
	yd_strbuf_adds(&b, "((");
	size_t k = 0;
	for (size_t i = 0; i < q->n; i++) {
		if (q->v[i].exclude)
			continue;
		if (k++)
			yd_strbuf_adds(&b, " AND ");
		/* several Latin words: pinyin of them together, below */
		term_expr(&b, &q->v[i], !(pos > 1 && alpha == pos));
	}
	yd_strbuf_adds(&b, ")");
	/* yi bao: the words together may also be one title's pinyin. */
	if (pos > 1 && alpha == pos) {
		yd_strbuf w = { 0 };
		for (size_t i = 0; i < q->n; i++)
			if (!q->v[i].exclude)
				yd_strbuf_adds(&w, q->v[i].text);
		if (!w.oom && w.p) {
			char *seg[MAX_SEGS];
			size_t ns = yd_pinyin_segment(w.p, w.n, seg, MAX_SEGS);
			for (size_t i = 0; i < ns; i++) {
				yd_strbuf_adds(&b, " OR py : ");
				quoted(&b, seg[i]);
				free(seg[i]);
			}
		}
		free(w.p);
	}
	yd_strbuf_adds(&b, ")");
	if (neg) {
		yd_strbuf_adds(&b, " NOT (");
		k = 0;
		for (size_t i = 0; i < q->n; i++) {
			if (!q->v[i].exclude)
				continue;
			if (k++)
				yd_strbuf_adds(&b, " OR ");
			string_expr(&b, q->v[i].text);
		}
		yd_strbuf_adds(&b, ")");
	}
	if (b.oom) {
		free(b.p);
		return NULL;
	}
	return b.p;
}
