/* Keys the builder derives from text: the normalised title, hashes,
 * dates as day numbers, title bigrams for similarity. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>

#include "build-internal.h"
#include "sqlutil.h"
#include "yidu/text.h"

uint64_t yd_fnv1a64(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

uint64_t yd_hash64(uint64_t h, const void *p, size_t n)
{
	/* FNV-1a's multiply, eight bytes at a time, with a final mix: fast on
	 * long bodies and still sensitive to every byte */
	const unsigned char *s = p;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0x100000001b3ULL;
		h ^= h >> 29;
	}
	h = yd_fnv1a64(h, s + i, n - i) ^ n;
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

/* Folds one character for the title key; 0 drops it. */
static uint32_t fold(uint32_t uc)
{
	if (uc >= 0xFF01 && uc <= 0xFF5E)      /* full-width ASCII */
		uc -= 0xFEE0;
	else if (uc == 0x3000)
		return 0;
	if (uc_is_general_category(uc, UC_CATEGORY_P) ||
	    uc_is_general_category(uc, UC_CATEGORY_Z) ||
	    uc_is_general_category(uc, UC_CATEGORY_C) ||
	    uc == 0xFFFD)
		return 0;
	if (uc < 0x250)                         /* Latin */
		uc = uc_tolower(uc);
	return uc;
}

char *yd_title_key(const char *title)
{
	size_t n = title ? strlen(title) : 0;
	char *k = malloc(n + 1), *p = k;
	if (!k)
		return NULL;
	for (size_t i = 0; i < n;) {
		uint32_t uc;
		i += (size_t)yd_utf8_decode(title + i, n - i, &uc);
		uc = fold(uc);
		if (uc)
			p += yd_utf8_encode(uc, p);
	}
	*p = '\0';
	return k;
}

bool yd_date_days(const char *s, int64_t *days)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return false;
	/* days from civil (proleptic Gregorian) */
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	*days = era * 146097 + doe - 719468;
	return true;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

size_t yd_title_bigrams(const char *title, uint32_t *out, size_t max)
{
	size_t n = strlen(title), k = 0;
	uint32_t prev = 0;
	for (size_t i = 0; i < n && k < max;) {
		uint32_t uc;
		i += (size_t)yd_utf8_decode(title + i, n - i, &uc);
		uc = fold(uc);
		if (!uc) {
			prev = 0;
			continue;
		}
		if (prev) {
			uint32_t pair[2] = { prev, uc };
			out[k++] = (uint32_t)yd_fnv1a64(YD_FNV_OFFSET, pair, sizeof pair);
		}
		prev = uc;
	}
	qsort(out, k, sizeof *out, cmp_u32);
	size_t w = 0;
	for (size_t i = 0; i < k; i++)
		if (w == 0 || out[w - 1] != out[i])
			out[w++] = out[i];
	return w;
}
