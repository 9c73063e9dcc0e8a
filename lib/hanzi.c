/* Character tables from Unihan: Traditional → Simplified folding and
 * pinyin readings. The tables are generated at build time (lib/search.mk
 * runs tools/gen-unihan over Debian's unicode-data). */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>

#include "search-internal.h"
#include "lib/hanzi-tables.inc"

static int cmp_pair(const void *k, const void *e)
{
	uint32_t a = *(const uint32_t *)k, b = ((const uint32_t *)e)[0];
	return a < b ? -1 : a > b;
}

static int cmp_cp(const void *k, const void *e)
{
	uint32_t a = *(const uint32_t *)k, b = *(const uint32_t *)e;
	return a < b ? -1 : a > b;
}

bool yd_is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0x20000 && c <= 0x323AF) || (c >= 0xF900 && c <= 0xFAFF) ||
		c == 0x3007 || (c >= 0x3041 && c <= 0x30FF) ||
		(c >= 0xAC00 && c <= 0xD7AF);
}

/* Whether a BMP character has a Simplified form in yd_t2s: a bit each
 * (yd_t2s_bmp, made with the table), so that most characters (already
 * Simplified) skip the binary search, which was ~14 % of a search's CPU
 * (snippets and highlighting fold every character of the text they
 * search). */
static bool has_t2s(uint32_t c)
{
	return yd_t2s_bmp[c / 8] >> (c % 8) & 1;
}

uint32_t yd_hanzi_fold(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xFF01 && c <= 0xFF5E) {       /* full-width ASCII */
		c -= 0xFEE0;
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	}
	if (yd_is_han(c)) {
		if (c < 0x10000 && !has_t2s(c))
			return c;
		const uint32_t *p = bsearch(&c, yd_t2s, YD_T2S_COUNT,
					    sizeof yd_t2s[0], cmp_pair);
		return p ? p[1] : c;
	}
	return uc_tolower(c);
}

size_t yd_hanzi_unfold(uint32_t c, uint32_t *out, size_t max)
{
	size_t n = 0;
	if (yd_hanzi_fold(c) == c && n < max)
		out[n++] = c;
	/* the only other way to fold into a Han character is the table */
	for (size_t i = 0; i < YD_T2S_COUNT; i++)
		if (yd_t2s[i][1] == c && yd_t2s[i][0] != c &&
		    yd_hanzi_fold(yd_t2s[i][0]) == c) {
			if (n == max)
				return max + 1;
			out[n++] = yd_t2s[i][0];
		}
	return n;
}

/* The readings of U+3400..U+9FFF (nearly all the characters of a text)
 * by code point, made once: the homophone-typo fixer asks for every
 * character of every text the importer tags, and the binary search was
 * ~10 % of that thread's time. Entry: index in yd_py_cp + 1, 0: none. */
#define PY_DENSE_LO 0x3400
#define PY_DENSE_HI 0xA000
_Static_assert(YD_PY_COUNT < 65535, "indexes fit in 16 bits");
static uint16_t py_dense[PY_DENSE_HI - PY_DENSE_LO];
static pthread_once_t py_dense_once = PTHREAD_ONCE_INIT;

static void py_dense_init(void)
{
	for (size_t i = 0; i < YD_PY_COUNT; i++)
		if (yd_py_cp[i] >= PY_DENSE_LO && yd_py_cp[i] < PY_DENSE_HI)
			py_dense[yd_py_cp[i] - PY_DENSE_LO] = (uint16_t)(i + 1);
}

size_t yd_pinyin_readings(uint32_t c, const char **out, size_t max)
{
	size_t i, n = 0;
	if (c >= PY_DENSE_LO && c < PY_DENSE_HI) {
		pthread_once(&py_dense_once, py_dense_init);
		if (!py_dense[c - PY_DENSE_LO])
			return 0;
		i = py_dense[c - PY_DENSE_LO] - 1u;
	} else {
		const uint32_t *p = bsearch(&c, yd_py_cp, YD_PY_COUNT, sizeof c, cmp_cp);
		if (!p)
			return 0;
		i = (size_t)(p - yd_py_cp);
	}
	for (uint32_t k = yd_py_off[i]; k < yd_py_off[i + 1] && n < max; k++)
		out[n++] = yd_py_syl[yd_py_idx[k]];
	return n;
}

bool yd_pinyin_is_syllable(const char *s, size_t n)
{
	size_t lo = 0, hi = YD_PY_SYL_COUNT;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *m = yd_py_syl[mid];
		int r = strncmp(s, m, n);
		if (r == 0)
			r = m[n] == '\0' ? 0 : -1;
		if (r == 0)
			return true;
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}
