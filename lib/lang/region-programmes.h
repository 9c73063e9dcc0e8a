/* The names of health-insurance programmes and services (城乡居民医保,
 * 新生儿参保, 门诊慢特病, 大病保险), taken from the 医保 subtree of
 * data/topics.tsv: right after a region's bare name they say the name is
 * a place, as 医保 after it does (桐城门诊慢特病, 枝江新生儿参保).
 * Internal to lib/lang/. */
#ifndef YIDU_REGION_PROGRAMMES_H
#define YIDU_REGION_PROGRAMMES_H

#include <stddef.h>
#include "yidu/lang.h"

typedef struct yd_programmes yd_programmes;

/* Reads topics_path and keeps the words of the 医保 subtree that name a
 * programme or service (see region-programmes.c). NULL with err set on
 * failure; an empty set when the file has no 医保 node. */
yd_programmes *yd_programmes_load(const yd_dict *d, const char *topics_path, yd_error *err);
void yd_programmes_free(yd_programmes *p);

/* Length in bytes of the longest programme word starting at s[pos], or 0
 * (p may be NULL: none). */
size_t yd_programme_at(const yd_programmes *p, const char *s, size_t n, size_t pos);

/* The i-th programme word and its length (for tests and --explain);
 * NULL past the end. */
const char *yd_programme_word(const yd_programmes *p, size_t i, size_t *len);

#endif
