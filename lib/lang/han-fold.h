/* Traditional characters read as Simplified for region matching
 * (internal to lib/lang/). */
#ifndef YIDU_HAN_FOLD_H
#define YIDU_HAN_FOLD_H

#include <stddef.h>

/* A copy of s[0..n) (NUL-terminated, malloc'd) with each Traditional Han
 * character replaced by its Simplified form (廣東 → 广东, 醫保 → 医保),
 * byte for byte the same length, so offsets into the copy are offsets
 * into s; NULL when s has no such character (or out of memory: the text
 * is then read as it is). */
char *yd_han_fold_copy(const char *s, size_t n);

#endif
