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

/* A window of segmentation kept while a text is scanned left to right:
 * the tokens around the last place asked about, reused while the next
 * places lie where the window's segmentation can be trusted (after its
 * first place asked, and not within a few characters of a cut edge). */
struct yd_seg_window {
	yd_token *tok;
	size_t ntok;
	size_t lo, hi;
};

/* The tokens around s[a..b) (offsets in s), from the window or freshly
 * segmented; NULL with *count 0 when out of memory. */
const yd_token *yd_seg_window_at(struct yd_seg_window *w, const yd_dict *d,
				 const char *s, size_t n, size_t a, size_t b, size_t *count);
void yd_seg_window_free(struct yd_seg_window *w);

#endif
