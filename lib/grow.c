/* yd_grow: see include/yidu/grow.h. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "yidu/grow.h"

bool yd_grow(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t c = *cap ? *cap : 16;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			return false;
		c *= 2;
	}
	if (size && c > SIZE_MAX / size)
		return false;
	void *q = realloc(*p, c * size);
	if (!q)
		return false;
	*p = q;
	*cap = c;
	return true;
}
