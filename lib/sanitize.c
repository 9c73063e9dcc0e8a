/* Making untrusted text safe to hand to a terminal.
 *
 * Removed: C0 controls (except what the flags keep), DEL, C1 controls,
 * escape sequences with their parameters and strings, bidi controls, line
 * and paragraph separators, and the invisible "default ignorable" format
 * characters a terminal might draw with a width libunistring does not
 * expect (soft hyphen, zero-width space, word joiner, BOM, Hangul fillers,
 * tag and interlinear annotation characters ...). Kept, with width 0:
 * ZWJ and ZWNJ (they shape emoji and scripts), variation selectors, and the
 * tag characters of emoji tag sequences.
 *
 * An escape string (OSC, DCS, APC, PM, SOS) runs to BEL, ST (ESC \ or
 * U+009C), CAN, SUB, the next ESC, or — unlike a terminal — the next
 * newline, so that one stray ESC ] cannot swallow a whole article.
 */
#include <stdlib.h>
#include <string.h>
#include "yidu/text.h"
#include "text-internal.h"

typedef struct buf {
	char *p;
	size_t len, cap;
} buf;

static bool buf_reserve(buf *b, size_t more)
{
	if (b->len + more <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + more)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p)
		return false;
	b->p = p;
	b->cap = cap;
	return true;
}

/* True for the code points removed although they are not controls. */
static bool is_removed(uint32_t c)
{
	if (c < 0xA0)
		return c < 0x20 || (c >= 0x7F && c <= 0x9F);
	switch (c) {
	case 0x00AD: /* soft hyphen */
	case 0x061C: /* Arabic letter mark */
	case 0x115F: case 0x1160: /* Hangul fillers */
	case 0x17B4: case 0x17B5: /* Khmer inherent vowels */
	case 0x180E: /* Mongolian vowel separator */
	case 0x3164: case 0xFFA0: /* Hangul fillers */
	case 0xFEFF: /* BOM, zero-width no-break space */
		return true;
	}
	if (c >= 0x200B && c <= 0x200F)
		return c != 0x200C && c != 0x200D; /* ZWSP, LRM, RLM */
	if (c >= 0x2028 && c <= 0x202E)
		return true; /* separators, bidi embeddings and overrides */
	if (c >= 0x2060 && c <= 0x206F)
		return true; /* word joiner, invisible operators, bidi isolates */
	if (c >= 0xFFF0 && c <= 0xFFFB)
		return true; /* unassigned specials, interlinear annotation */
	if (c >= 0x1BCA0 && c <= 0x1BCA3)
		return true; /* shorthand format controls */
	if (c >= 0x1D173 && c <= 0x1D17A)
		return true; /* musical formatting */
	if (c >= 0xE0000 && c <= 0xE0FFF)
		return !(c >= 0xE0020 && c <= 0xE007F) && !(c >= 0xE0100 && c <= 0xE01EF);
	return false;
}

/* Length of the escape sequence that starts at s[i] (ESC or a C1 control
 * given as UTF-8, c is its code point, clen its length); 0 if s[i] does
 * not start one. */
static size_t escape_len(const unsigned char *s, size_t n, size_t i, uint32_t c,
			 size_t clen)
{
	size_t j = i + clen;
	bool str;

	if (c == 0x1B) {
		if (j >= n)
			return clen;
		if (s[j] == '[') {
			c = 0x9B;
			j++;
		} else if (s[j] == ']' || s[j] == 'P' || s[j] == '_' || s[j] == '^' ||
			   s[j] == 'X') {
			c = 0x9D;
			j++;
		} else {
			/* nF sequence: intermediates, then one final character. */
			while (j < n && s[j] >= 0x20 && s[j] <= 0x2F)
				j++;
			if (j < n && s[j] > 0x2F && s[j] < 0x7F)
				j++;
			return j - i;
		}
	}
	if (c == 0x9B) { /* CSI: parameters, intermediates, final byte */
		while (j < n && s[j] >= 0x20 && s[j] <= 0x3F)
			j++;
		if (j < n && s[j] >= 0x40 && s[j] <= 0x7E)
			j++;
		return j - i;
	}
	str = c == 0x9D || c == 0x90 || c == 0x9E || c == 0x9F || c == 0x98;
	if (!str)
		return 0;
	while (j < n) {
		unsigned char b = s[j];
		if (b == 0x07 || b == 0x18 || b == 0x1A)
			return j + 1 - i;
		if (b == '\n')
			return j - i;
		if (b == 0x1B)
			return (j + 1 < n && s[j + 1] == '\\') ? j + 2 - i : j - i;
		if (b == 0xC2 && j + 1 < n && s[j + 1] == 0x9C)
			return j + 2 - i;
		j++;
	}
	return j - i;
}

char *yd_text_sanitize(const char *s, size_t n, int flags, size_t *out_len)
{
	const unsigned char *u = (const unsigned char *)s;
	buf b = {0};
	size_t i = 0, measured = 0;
	long col = 0; /* columns of b.p[line start .. measured) */

	if (!buf_reserve(&b, n + n / 8 + 16))
		return NULL;
	while (i < n) {
		uint32_t c;
		size_t clen, run = i;

		/* Copy a run of plain printable ASCII at once. */
		while (run < n && u[run] >= 0x20 && u[run] < 0x7F)
			run++;
		if (run > i) {
			if (!buf_reserve(&b, run - i))
				goto oom;
			memcpy(b.p + b.len, s + i, run - i);
			b.len += run - i;
			i = run;
			continue;
		}
		clen = (size_t)yd_utf8_decode(s + i, n - i, &c);
		if (c == 0xFFFD && clen == 1) {
			if (!buf_reserve(&b, 3))
				goto oom;
			b.len += (size_t)yd_utf8_encode(0xFFFD, b.p + b.len);
			i += 1;
			continue;
		}
		if (c == '\n') {
			if (!buf_reserve(&b, 1))
				goto oom;
			if (flags & YD_SANITIZE_KEEP_NEWLINES) {
				b.p[b.len++] = '\n';
				measured = b.len;
				col = 0;
			} else {
				b.p[b.len++] = ' ';
			}
			i++;
			continue;
		}
		if (c == '\t') {
			if (flags & YD_SANITIZE_KEEP_TABS) {
				if (!buf_reserve(&b, 1))
					goto oom;
				b.p[b.len++] = '\t';
			} else {
				/* Measure only what was added since the last tab
				 * or newline: linear however many tabs a line has. */
				col += yd_text_width(b.p + measured, b.len - measured, flags);
				int sp = 8 - (int)(col % 8);
				if (!buf_reserve(&b, (size_t)sp))
					goto oom;
				memset(b.p + b.len, ' ', (size_t)sp);
				b.len += (size_t)sp;
				col += sp;
				measured = b.len;
			}
			i++;
			continue;
		}
		if (c == 0x1B || (c >= 0x80 && c <= 0x9F)) {
			size_t el = escape_len(u, n, i, c, clen);
			i += el ? el : clen;
			continue;
		}
		if (is_removed(c)) {
			i += clen;
			continue;
		}
		if (!buf_reserve(&b, clen))
			goto oom;
		memcpy(b.p + b.len, s + i, clen);
		b.len += clen;
		i += clen;
	}
	if (!buf_reserve(&b, 1))
		goto oom;
	b.p[b.len] = '\0';
	if (out_len)
		*out_len = b.len;
	return b.p;
oom:
	free(b.p);
	return NULL;
}

bool yd_text_is_clean(const char *s, size_t n, int flags)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		uint32_t c;
		int len;

		if (u[i] >= 0x20 && u[i] < 0x7F) {
			i++;
			continue;
		}
		/* U+4000–U+CFFF (Han, Yi, Hangul): well formed, none removed */
		if (u[i] >= 0xE4 && u[i] <= 0xEC && n - i >= 3 && (u[i + 1] & 0xC0) == 0x80 &&
		    (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		len = yd_utf8_decode(s + i, n - i, &c);
		if (c == 0xFFFD && len == 1)
			return false;
		if (c == '\n') {
			if (!(flags & YD_SANITIZE_KEEP_NEWLINES))
				return false;
		} else if (c == '\t') {
			if (!(flags & YD_SANITIZE_KEEP_TABS))
				return false;
		} else if (is_removed(c)) {
			return false;
		}
		i += (size_t)len;
	}
	return true;
}
