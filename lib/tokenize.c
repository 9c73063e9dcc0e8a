/* The search tokenizer, shared by the index (FTS5), the query translator
 * and the highlighter, so all three cut text the same way.
 *
 * Han text becomes overlapping bigrams, and the last character of a run
 * a token of its own (医保卡 → 医保 保卡 卡), so 2-character queries are
 * one token, longer words phrases of bigrams, and a single character a
 * prefix query (医 → 医*: every bigram starting with it, and a run's end).
 * Single characters are not colocated at every position: that would cost
 * about 0.7 × the text's size in index (see platform-facts.md). Letters and digits form words,
 * folded to lower case; Traditional characters fold to Simplified.
 */
#include "config.h"

#include <pthread.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "search-internal.h"
#include "text-internal.h"

#define MAX_WORD 64      /* bytes of a word token; longer ones are cut */

enum cls { SEP, HAN, WORD };

struct cp {
	uint32_t c;          /* folded */
	size_t start, end;   /* bytes in the input */
	uint8_t u8[4];       /* c in UTF-8 (HAN only: made once, used twice) */
	uint8_t u8len;
};

struct tk {
	yd_tok_fn fn;
	void *ctx;
	int mode;
	int rc;
	bool pend;           /* QUERY: run's last character, due if more follows */
	struct cp pend_cp;
};

/* A bit per BMP character that yd_hanzi_fold changes (upper-case
 * letters, full-width forms, Traditional characters ...), made once by
 * asking yd_hanzi_fold of each: the others, most of a text, skip it. */
static uint8_t folds[65536 / 8];
static pthread_once_t folds_once = PTHREAD_ONCE_INIT;

static void folds_init(void)
{
	for (uint32_t c = 0; c < 0x10000; c++)
		if (yd_hanzi_fold(c) != c)
			folds[c >> 3] |= (uint8_t)(1u << (c & 7));
}

static inline uint32_t fold(uint32_t c)
{
	if (c < 0x10000 && !(folds[c >> 3] & (1u << (c & 7))))
		return c;
	return yd_hanzi_fold(c);
}

static enum cls cls_of(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? WORD : SEP;
	if ((c >= 0x4E00 && c <= 0x9FFF) || yd_is_han(c))   /* the common block first */
		return HAN;
	return uc_is_alnum(c) ? WORD : SEP;
}

/* Emits one or two folded characters as a token. */
static inline void emit_chars(struct tk *t, int flags, const struct cp *a,
		       const struct cp *b)
{
	uint8_t buf[16];
	size_t len = a->u8len;
	memcpy(buf, a->u8, 4);
	if (b) {
		memcpy(buf + len, b->u8, 4);
		len += b->u8len;
	}
	if (t->rc == 0)
		t->rc = t->fn(t->ctx, flags, (const char *)buf, len, a->start,
			      b ? b->end : a->end);
}

/* A QUERY run's last character is only needed when another token of the
 * same phrase follows it (医保app: 医保 保 app). */
static void flush_pending(struct tk *t)
{
	if (t->pend) {
		t->pend = false;
		emit_chars(t, 0, &t->pend_cp, NULL);
	}
}

static void han_char(struct tk *t, struct cp *prev, bool have_prev,
		     const struct cp *cur)
{
	switch (t->mode) {
	case YD_TOK_UNITS:
		emit_chars(t, have_prev ? YD_TOK_JOINED : 0, cur, NULL);
		break;
	case YD_TOK_DOC:
		if (have_prev)
			emit_chars(t, 0, prev, cur);
		break;
	case YD_TOK_QUERY:
		if (have_prev)
			emit_chars(t, 0, prev, cur);
		else
			flush_pending(t);
		break;
	}
}

static void han_end(struct tk *t, const struct cp *last, size_t runlen)
{
	if (t->mode == YD_TOK_DOC || (t->mode == YD_TOK_QUERY && runlen == 1)) {
		emit_chars(t, 0, last, NULL);
	} else if (t->mode == YD_TOK_QUERY) {
		t->pend = true;
		t->pend_cp = *last;
	}
}

static void word_end(struct tk *t, const char *buf, size_t n, size_t start,
		     size_t end)
{
	if (t->mode == YD_TOK_QUERY)
		flush_pending(t);
	if (t->rc == 0)
		t->rc = t->fn(t->ctx, 0, buf, n, start, end);
}

/* Titles marked for the pinyin column: per Han character, every reading
 * and every reading's first letter, all at the character's position. */
static int pinyin_tokens(const uint8_t *s, size_t n, size_t off,
			 yd_tok_fn fn, void *ctx)
{
	size_t i = 0;
	while (i < n) {
		ucs4_t c;
		int l = u8_mbtouc(&c, s + i, n - i);
		uint32_t f = yd_hanzi_fold(c);
		const char *r[16];
		size_t k = yd_is_han(f) ? yd_pinyin_readings(f, r, 16) : 0;
		char initials[16];
		size_t ni = 0;
		for (size_t j = 0; j < k; j++) {
			int rc = fn(ctx, j ? YD_TOK_COLOCATED : 0, r[j], strlen(r[j]),
				    off + i, off + i + (size_t)l);
			if (rc)
				return rc;
			if (!memchr(initials, r[j][0], ni) && ni < sizeof initials)
				initials[ni++] = r[j][0];
		}
		for (size_t j = 0; j < ni; j++) {
			/* a, e, o: the syllable is its own initial */
			bool is_syl = false;
			for (size_t m = 0; m < k; m++)
				is_syl |= strlen(r[m]) == 1 && r[m][0] == initials[j];
			if (is_syl)
				continue;
			int rc = fn(ctx, YD_TOK_COLOCATED, &initials[j], 1,
				    off + i, off + i + (size_t)l);
			if (rc)
				return rc;
		}
		i += (size_t)l;
	}
	return 0;
}

/* Facet text (YD_FACET_MARK, then words separated by spaces): each word
 * becomes one token behind a \x01, a byte no other text's tokens hold,
 * so that no words a user types can match a region's or topic's token. */
static int facet_tokens(const uint8_t *s, size_t n, size_t off,
			yd_tok_fn fn, void *ctx)
{
	char tok[MAX_WORD + 1];
	size_t i = 0;
	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		size_t from = i;
		while (i < n && s[i] != ' ')
			i++;
		if (i == from || i - from > MAX_WORD)
			continue;
		tok[0] = '\x01';
		memcpy(tok + 1, s + from, i - from);
		int rc = fn(ctx, 0, tok, i - from + 1, off + from, off + i);
		if (rc)
			return rc;
	}
	return 0;
}

int yd_tokenize(const char *text, size_t n, int mode, yd_tok_fn fn, void *ctx)
{
	const uint8_t *s = (const uint8_t *)text;
	const size_t ml = sizeof YD_PINYIN_MARK - 1;
	if (mode == YD_TOK_DOC && n >= ml && memcmp(s, YD_PINYIN_MARK, ml) == 0)
		return pinyin_tokens(s + ml, n - ml, ml, fn, ctx);
	if (mode != YD_TOK_UNITS && n >= ml && memcmp(s, YD_FACET_MARK, ml) == 0)
		return facet_tokens(s + ml, n - ml, ml, fn, ctx);

	struct tk t = { .fn = fn, .ctx = ctx, .mode = mode };
	struct cp two[2] = { { 0 }, { 0 } };   /* the previous and the current character */
	struct cp *prev = &two[0];
	pthread_once(&folds_once, folds_init);
	size_t runlen = 0;               /* Han characters in the current run */
	char word[MAX_WORD + 8];
	size_t wlen = 0, wstart = 0, wend = 0;
	size_t i = 0;
	while (i < n && t.rc == 0) {
		ucs4_t c;
		int l;
		if (s[i] < 0x80) {
			c = s[i];
			l = 1;
		} else if (s[i] >= 0xE1 && s[i] != 0xED && s[i] <= 0xEF && n - i >= 3 &&
			   (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
			/* U+1000–U+FFFF but surrogates: most of a text */
			c = (ucs4_t)(s[i] & 0x0F) << 12 | (ucs4_t)(s[i + 1] & 0x3F) << 6 |
				(s[i + 2] & 0x3F);
			l = 3;
		} else {
			l = u8_mbtouc(&c, s + i, n - i);   /* invalid → U+FFFD */
		}
		struct cp *cur = prev == &two[0] ? &two[1] : &two[0];
		cur->c = fold(c);
		cur->start = i;
		cur->end = i + (size_t)l;
		enum cls k = cls_of(cur->c);
		if (k != WORD && wlen) {
			word_end(&t, word, wlen, wstart, wend);
			wlen = 0;
		}
		if (k != HAN && runlen) {
			han_end(&t, prev, runlen);
			runlen = 0;
		}
		if (k == HAN) {
			cur->u8len = (uint8_t)yd_utf8_put(cur->c, cur->u8);
			han_char(&t, prev, runlen > 0, cur);
			prev = cur;
			runlen++;
		} else if (k == WORD) {
			if (wlen == 0)
				wstart = i;
			uint8_t b[8];
			int bl = u8_uctomb(b, cur->c, 8);
			if (bl > 0 && wlen + (size_t)bl <= MAX_WORD) {
				memcpy(word + wlen, b, (size_t)bl);
				wlen += (size_t)bl;
			}
			wend = cur->end;
		}
		i += (size_t)l;
	}
	if (wlen && t.rc == 0)
		word_end(&t, word, wlen, wstart, wend);
	if (runlen && t.rc == 0)
		han_end(&t, prev, runlen);
	return t.rc;
}
