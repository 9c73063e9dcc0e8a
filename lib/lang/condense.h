/* A text with its degree and frequency adverbs taken out from between
 * words (呼吸有点困难 → 呼吸困难, 眼睛又干又涩 → 眼睛干涩, 关节就疼 →
 * 关节疼), so that a topic word people split with an adverb is still
 * found. Internal to libyidu (taxonomy.c). */
#ifndef YIDU_CONDENSE_H
#define YIDU_CONDENSE_H

#include <stddef.h>
#include "yidu/lang.h"

typedef struct yd_condensed {
	char *s;            /* the condensed text (NUL-terminated) */
	size_t n;
	size_t *orig;       /* orig[i]: offset in the original of s[i]; orig[n] = its length */
	size_t *joints;     /* offsets in s where something was taken out */
	size_t njoints;
} yd_condensed;

/* Fills c from s[0..n) segmented with d. Returns 1 when something was
 * taken out, 0 when not (c is then empty), -1 when out of memory. */
int yd_condense(const yd_dict *d, const char *s, size_t n, yd_condensed *c);
void yd_condensed_free(yd_condensed *c);

/* True if s[a..b) of the condensed text spans a joint (a < joint < b). */
int yd_condensed_spans(const yd_condensed *c, size_t a, size_t b);

#endif
