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

/* 沪苏浙皖, 粤港澳三地, 湘鄂赣三省: a run of provinces' abbreviations that
 * lists them — four or more, or followed by a count of the places (N地,
 * N省, N省市) — rather than a region's fixed name (京津冀, 川渝, which
 * name no unit: eval/tagging/README.md, rule 6). If one starts at pos,
 * stores up to max codes and groups and returns the run's length in
 * bytes; 0 otherwise. */
size_t yd_region_abbrev_run(const struct yd_gazetteer *g, const char *s, size_t n, size_t pos,
			    uint32_t *codes, uint32_t *groups, size_t max, size_t *count);

#endif
