/* One growable-array helper for the whole program, instead of a
 * hand-written realloc loop at every array that grows. */
#ifndef YIDU_GROW_H
#define YIDU_GROW_H

#include <stdbool.h>
#include <stddef.h>

/* Makes room for `need` elements of `size` bytes in *p (capacity *cap,
 * in elements), doubling from 16; *p and *cap are unchanged and false is
 * returned when out of memory or when the size would overflow. */
bool yd_grow(void **p, size_t *cap, size_t need, size_t size);

/* yd_grow for a typed array: YD_GROW(v, cap, n + 1). */
#define YD_GROW(v, cap, need) yd_grow((void **)&(v), &(cap), (need), sizeof *(v))

#endif
