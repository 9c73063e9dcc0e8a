/* One-character abbreviations of provinces and of a few cities, as news
 * and notices write them after a verb of coming or being (来蓉就医, 在京
 * 参保人员, 赴沪) or before 籍 (沪籍). Internal to lib/lang/. */
#ifndef YIDU_REGION_ABBREV_H
#define YIDU_REGION_ABBREV_H

#include <stddef.h>
#include <stdint.h>

struct yd_gazetteer;

/* If s[pos] is such an abbreviation, used as one there, its region's
 * code, and the alias group of the region's full name in *group;
 * 0 otherwise. */
uint32_t yd_region_abbrev_at(const struct yd_gazetteer *g, const char *s, size_t n,
			     size_t pos, uint32_t *group);

#endif
