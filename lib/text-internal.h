/* Shared by the text module's files (lib/text.c, sanitize.c, width.c,
 * wrap.c); not part of the public API. */
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

#endif
