/* Short forms of official region names (internal to libyidu). */
#ifndef YIDU_REGION_NAMES_H
#define YIDU_REGION_NAMES_H

#include <stddef.h>

enum { YD_SHORT_MAX = 96 };

/* Derives the short forms of an official name: out[0] is the main short
 * form (贺州市 → 贺州, 甘孜藏族自治州 → 甘孜), further entries are
 * variants people also write (甘孜州). Returns the number stored (at most
 * max); 0 when no short form keeps at least two characters (涉县). */
size_t yd_region_short_forms(const char *name, char out[][YD_SHORT_MAX], size_t max);

#endif
