/* The segmenter's helpers for the rest of lib/lang/ (internal). */
#ifndef YIDU_SEGMENT_IMPL_H
#define YIDU_SEGMENT_IMPL_H

#include <stdbool.h>
#include "yidu/lang.h"

/* True if the character at s[pos] is a word character (a Han character,
 * an ASCII or full-width letter or digit). */
bool yd_seg_is_word_char(const char *s, size_t n, size_t pos);

/* Segments only the neighbourhood of s[a..b): the run of word characters
 * around it, at most `reach` characters either side. Maximum-probability
 * segmentation rarely depends on more than a few characters, so the
 * tokens near a..b are those of the whole text, at a fraction of the
 * cost. Token offsets are in s. malloc'd; NULL and 0 on failure. */
yd_token *yd_seg_around(const yd_dict *d, const char *s, size_t n, size_t a, size_t b,
			size_t reach, size_t *count);

#endif
