/* Homophone typos of county and district names; see region-typo.h. */
#include <string.h>
#include "region-typo.h"

yd_typos *yd_region_typos_new(const yd_region *regions, size_t n)
{
	yd_typos *t = yd_typos_new();
	size_t i;

	if (!t)
		return NULL;
	for (i = 0; i < n; i++) {
		const char *name = regions[i].name;
		size_t k = name ? strlen(name) : 0;

		/* a prefecture-level city's name, bare and full (合肥, 合肥市):
		 * the city named through a typo (合费) counts only with words
		 * of place of its own (region-match.c checks) */
		if (regions[i].level == 2 && k == 9 && memcmp(name + 6, "市", 3) == 0) {
			if (yd_typos_add(t, name, 6) < 0 || yd_typos_add(t, name, k) < 0) {
				yd_typos_free(t);
				return NULL;
			}
			continue;
		}
		/* three characters or more, ending in a unit: two-character
		 * names (和县) sound like too many words */
		if (regions[i].level != 3 || k < 9 ||
		    (memcmp(name + k - 3, "区", 3) != 0 && memcmp(name + k - 3, "县", 3) != 0))
			continue;
		if (yd_typos_add(t, name, k) < 0) {
			yd_typos_free(t);
			return NULL;
		}
	}
	if (yd_typos_build(t) < 0) {
		yd_typos_free(t);
		return NULL;
	}
	return t;
}
