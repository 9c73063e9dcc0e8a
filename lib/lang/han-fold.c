/* Texts from Hong Kong, Macao and Taiwan readers (廣東湛江, 在澳門讀書,
 * 臺灣朋友) name places in Traditional characters, which the gazetteer,
 * the dictionary and the context words are written without. Region
 * matching reads such a text through a Simplified copy. The mapping is
 * the search tokenizer's (lib/hanzi.c, from Unihan's kSimplifiedVariant,
 * leaving alone characters that are Simplified too, such as 乾 of 乾县):
 * one table for the library. Only characters of three UTF-8 bytes whose
 * Simplified form also takes three are replaced, so every offset (the
 * mentions --explain shows) stays valid in the original text. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "han-fold.h"
#include "search-internal.h"

/* The code point of the three-byte character at s[p], or 0. */
static uint32_t three(const unsigned char *s, size_t n, size_t p)
{
	if (p + 3 > n || (s[p] & 0xF0) != 0xE0 || (s[p + 1] & 0xC0) != 0x80 ||
	    (s[p + 2] & 0xC0) != 0x80)
		return 0;
	return (uint32_t)(s[p] & 0x0F) << 12 | (uint32_t)(s[p + 1] & 0x3F) << 6 | (s[p + 2] & 0x3F);
}

/* Written Cantonese (喺深圳睇病, 屋企人喺廣州返咗嚟) has its own function
 * words where Mandarin has 在, 的, 了 …; the place words of region
 * matching (在X, X的医院) are Mandarin. Characters only Cantonese
 * writes are read as their Mandarin counterparts, as Traditional ones
 * are read as Simplified. */
static const struct {
	uint32_t from, to;
} cantonese[] = {
	{ 0x55BA, 0x5728 }, /* 喺 在 */
	{ 0x5605, 0x7684 }, /* 嘅 的 */
	{ 0x5497, 0x4E86 }, /* 咗 了 */
	{ 0x569F, 0x6765 }, /* 嚟 来 */
	{ 0x7747, 0x770B }, /* 睇 看 */
	{ 0x4F62, 0x4ED6 }, /* 佢 他 */
	{ 0x54CB, 0x4EEC }, /* 哋 们 */
	{ 0x5187, 0x6CA1 }, /* 冇 没 */
	{ 0x7540, 0x7ED9 }, /* 畀 给 */
	{ 0x63FE, 0x627E }, /* 揾 找 */
};

/* A bit per cantonese[].from modulo 64 (made once): most characters are
 * told to be none of them with one test. */
static uint64_t cantonese_bits;
static pthread_once_t cantonese_once = PTHREAD_ONCE_INIT;

static void cantonese_init(void)
{
	for (size_t i = 0; i < sizeof cantonese / sizeof *cantonese; i++)
		cantonese_bits |= (uint64_t)1 << (cantonese[i].from & 63);
}

/* The Simplified form of c when it is another three-byte character. */
static uint32_t simplified(uint32_t c)
{
	uint32_t f;
	size_t i;

	if (c < 0x3400 || !yd_is_han(c))
		return 0;
	for (i = 0; (cantonese_bits >> (c & 63) & 1) && i < sizeof cantonese / sizeof *cantonese; i++)
		if (cantonese[i].from == c)
			return cantonese[i].to;
	f = yd_hanzi_fold(c);
	return f != c && f >= 0x800 && f <= 0xFFFF && yd_is_han(f) ? f : 0;
}

char *yd_han_fold_copy(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	unsigned char *out = NULL;
	size_t p;

	pthread_once(&cantonese_once, cantonese_init);
	for (p = 0; p < n; p++) {
		uint32_t c = three(s, n, p), f;

		if (!c)
			continue;
		if (!(f = simplified(c))) {
			p += 2;   /* its other two bytes start no character */
			continue;
		}
		if (!out) {
			if (!(out = malloc(n + 1)))
				return NULL;
			memcpy(out, s, n);
			out[n] = '\0';
		}
		out[p] = (unsigned char)(0xE0 | f >> 12);
		out[p + 1] = (unsigned char)(0x80 | (f >> 6 & 0x3F));
		out[p + 2] = (unsigned char)(0x80 | (f & 0x3F));
		p += 2;
	}
	return (char *)out;
}
