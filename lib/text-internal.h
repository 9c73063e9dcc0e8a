/* Shared by the text module's files (lib/text.c, sanitize.c, width.c,
 * wrap.c, utf8.c) and the encoders of the tokenizer and typo fixer; not
 * part of the public API. */
#ifndef YIDU_TEXT_INTERNAL_H
#define YIDU_TEXT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The encoding name handed to libunistring: "GBK" makes East Asian
 * Ambiguous characters two columns wide, "UTF-8" one. */
const char *yd_text_encoding(int flags);

/* Finds the grapheme cluster starting at s[i] (i < n) and returns the
 * offset just past it. *width receives its display width (0..2) and *base
 * its first code point. Extended clusters per UAX #29 (emoji ZWJ sequences
 * and flag pairs are one cluster), except that CR is always a cluster of its
 * own so that '\n' always starts a cluster. */
size_t yd_cluster_next(const char *s, size_t n, size_t i, const char *enc,
		       int *width, uint32_t *base);

/* Character classes for the line breaker. */
bool yd_is_cjk(uint32_t uc);         /* Han, kana, Hangul, fullwidth, CJK punctuation */
bool yd_is_nostart(uint32_t uc);     /* never begins a line: ，。）」” … */
bool yd_is_nostart_ascii(uint32_t uc); /* , . ; : ? ! ) ] }: not after CJK */
bool yd_is_noend(uint32_t uc);       /* never ends a line: （「《“ ( [ */

/* c, a valid code point (no surrogate, at most U+10FFFF), in UTF-8 at
 * b; returns the length. Inline for the tokenizer's loop, which encodes
 * every Han character of every article; yd_utf8_encode (text.h) adds
 * the check for invalid ones. */
static inline int yd_utf8_put(uint32_t c, unsigned char *b)
{
	if (c < 0x80) {
		b[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		b[0] = (unsigned char)(0xC0 | c >> 6);
		b[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		b[0] = (unsigned char)(0xE0 | c >> 12);
		b[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
		b[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	b[0] = (unsigned char)(0xF0 | c >> 18);
	b[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
	b[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
	b[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

#endif
