/* Grapheme clusters and character classes used by the rest of the text
 * module. The cluster scanner is incremental (no buffer for the whole
 * string), keeps no state between calls and so is thread-safe. */
#include <unictype.h>
#include <unigbrk.h>
#include <uniwidth.h>
#include "yidu/text.h"
#include "text-internal.h"

const char *yd_text_encoding(int flags)
{
	return (flags & YD_AMBIGUOUS_WIDE) ? "GBK" : "UTF-8";
}

static bool is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/* Grapheme_Cluster_Break property with fast answers for ASCII and Han. */
static int gcb(uint32_t c)
{
	if (c < 0x80) {
		if (c == '\r')
			return GBP_CR;
		if (c == '\n')
			return GBP_LF;
		return (c < 0x20 || c == 0x7F) ? GBP_CONTROL : GBP_OTHER;
	}
	if (is_han(c))
		return GBP_OTHER;
	return uc_graphemeclusterbreak_property(c);
}

static int char_width(uint32_t c, const char *enc)
{
	int w;

	if (c >= 0x20 && c < 0x7F)
		return 1;
	if (is_han(c))
		return 2;
	w = uc_width(c, enc);
	return w < 0 ? 0 : w;
}

/* yd_utf8_decode with the common cases inline: ASCII and valid 3-byte
 * sequences (all of CJK). */
static inline int decode(const char *s, size_t n, uint32_t *c)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] < 0x80) {
		*c = u[0];
		return 1;
	}
	if (n >= 3 && u[0] >= 0xE1 && u[0] <= 0xEC && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		*c = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) |
		     (u[2] & 0x3F);
		return 3;
	}
	return yd_utf8_decode(s, n, c);
}

size_t yd_cluster_next(const char *s, size_t n, size_t i, const char *enc,
		       int *width, uint32_t *base)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c0, c;
	size_t j;
	int prev, p, w, ri = 0, nri;
	bool vs16 = false, ep, zwj_ep = false;

	/* ASCII followed by ASCII (or the end) is always a whole cluster. */
	if (u[i] < 0x80 && (i + 1 >= n || u[i + 1] < 0x80)) {
		*base = u[i];
		*width = (u[i] >= 0x20 && u[i] < 0x7F) ? 1 : 0;
		return i + 1;
	}
	j = i + (size_t)decode(s + i, n - i, &c0);
	*base = c0;
	prev = gcb(c0);
	w = char_width(c0, enc);
	if (prev == GBP_CONTROL || prev == GBP_CR || prev == GBP_LF) {
		*width = w;
		return j; /* GB4 */
	}
	/* Han followed by ASCII or Han: the commonest boundary, decided
	 * without the property tables. */
	if (is_han(c0) && (j >= n || u[j] < 0x80 || (u[j] >= 0xE4 && u[j] <= 0xE9))) {
		*width = w;
		return j;
	}
	ep = c0 >= 0xA9 && !is_han(c0) && uc_is_property_extended_pictographic(c0);
	if (prev == GBP_RI)
		ri = 1;
	nri = ri;
	while (j < n) {
		int len = decode(s + j, n - j, &c);
		bool join;

		p = gcb(c);
		if (p == GBP_CONTROL || p == GBP_CR || p == GBP_LF)
			break; /* GB5 */
		if (prev == GBP_L)
			join = p == GBP_L || p == GBP_V || p == GBP_LV || p == GBP_LVT;
		else if (prev == GBP_LV || prev == GBP_V)
			join = p == GBP_V || p == GBP_T;
		else if (prev == GBP_LVT || prev == GBP_T)
			join = p == GBP_T;
		else
			join = false;
		if (!join)
			join = p == GBP_EXTEND || p == GBP_ZWJ || p == GBP_SPACINGMARK ||
			       prev == GBP_PREPEND;
		if (!join && prev == GBP_ZWJ && zwj_ep)
			join = uc_is_property_extended_pictographic(c); /* GB11 */
		if (!join && prev == GBP_RI && p == GBP_RI)
			join = ri % 2 == 1; /* GB12, GB13 */
		if (!join)
			break;
		/* GB11 state: an Extended_Pictographic followed by Extend* ZWJ. */
		if (p == GBP_ZWJ) {
			zwj_ep = ep;
			ep = false;
		} else if (p != GBP_EXTEND) {
			ep = uc_is_property_extended_pictographic(c);
			zwj_ep = false;
		}
		ri = p == GBP_RI ? ri + 1 : 0;
		nri += p == GBP_RI;
		if (c == 0xFE0F)
			vs16 = true;
		if (w == 0)
			w = char_width(c, enc);
		prev = p;
		j += (size_t)len;
	}
	if (w > 2)
		w = 2;
	/* Emoji presentation selector, and a flag made of two regional
	 * indicators (counted, not guessed from the byte length: one
	 * indicator and two combining marks are 8 bytes too): terminals draw
	 * both two columns wide. */
	if (vs16 && uc_is_property_emoji(c0))
		w = 2;
	if (nri == 2)
		w = 2;
	*width = w;
	return j;
}

bool yd_is_cjk(uint32_t c)
{
	return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
	       (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
	       (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
	       (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool yd_is_nostart(uint32_t c)
{
	switch (c) {
	case 0x00B7: /* · */
	case 0x2014: /* — */
	case 0x2019: /* ’ */
	case 0x201D: /* ” */
	case 0x2025: /* ‥ */
	case 0x2026: /* … */
	case 0x3001: /* 、 */
	case 0x3002: /* 。 */
	case 0x3009: /* 〉 */
	case 0x300B: /* 》 */
	case 0x300D: /* 」 */
	case 0x300F: /* 』 */
	case 0x3011: /* 】 */
	case 0x3015: /* 〕 */
	case 0x3017: /* 〗 */
	case 0x3019: /* 〙 */
	case 0x301B: /* 〛 */
	case 0x301E: /* 〞 */
	case 0x30FB: /* ・ */
	case 0xFF01: /* ！ */
	case 0xFF09: /* ） */
	case 0xFF0C: /* ， */
	case 0xFF0E: /* ． */
	case 0xFF1A: /* ： */
	case 0xFF1B: /* ； */
	case 0xFF1F: /* ？ */
	case 0xFF3D: /* ］ */
	case 0xFF5D: /* ｝ */
	case 0xFF63: /* ｣ */
		return true;
	}
	return false;
}

bool yd_is_nostart_ascii(uint32_t c)
{
	switch (c) {
	case ',': case '.': case ';': case ':': case '?': case '!':
	case ')': case ']': case '}':
		return true;
	}
	return false;
}

bool yd_is_noend(uint32_t c)
{
	switch (c) {
	case '(': case '[': case '{':
	case 0x2018: /* ‘ */
	case 0x201C: /* “ */
	case 0x3008: /* 〈 */
	case 0x300A: /* 《 */
	case 0x300C: /* 「 */
	case 0x300E: /* 『 */
	case 0x3010: /* 【 */
	case 0x3014: /* 〔 */
	case 0x3016: /* 〖 */
	case 0x3018: /* 〘 */
	case 0x301A: /* 〚 */
	case 0x301D: /* 〝 */
	case 0xFF08: /* （ */
	case 0xFF3B: /* ［ */
	case 0xFF5B: /* ｛ */
	case 0xFF62: /* ｢ */
		return true;
	}
	return false;
}
