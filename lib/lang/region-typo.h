/* Homophone typos of county and district names (internal to lib/lang/).
 *
 * People typing pinyin pick a wrong character of the same sound: 长沙岳鹿区
 * for 岳麓区, 乌鲁木齐沙衣巴克区 for 沙依巴克区. The official names of three
 * characters or more that end in 区 or 县 are looked for with typo.h; a
 * corrected name counts only right after a region that contains it
 * (region-match.c checks), so a word that happens to sound like a
 * district is not made one.
 */
#ifndef YIDU_REGION_TYPO_H
#define YIDU_REGION_TYPO_H

#include <stddef.h>
#include "yidu/lang.h"
#include "typo.h"

/* The typo index of the names of regions[0..n); NULL when out of memory. */
yd_typos *yd_region_typos_new(const yd_region *regions, size_t n);

#endif
