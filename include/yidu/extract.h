/* Finding regions and topics in article text.
 *
 * The gazetteer holds the GB/T 2260 regions (data/regions.tsv), their former
 * names (data/regions-former.tsv) and short forms (derived, plus
 * data/region-aliases.tsv). The taxonomy holds the topic tree
 * (data/topics.tsv) with the words that place an article under each node.
 */
#ifndef YIDU_EXTRACT_H
#define YIDU_EXTRACT_H

#include <stddef.h>
#include <stdint.h>
#include "yidu/error.h"

typedef struct yd_region {
	uint32_t code;       /* e.g. 451100; 0 is the root, 全国 */
	uint32_t parent;     /* 0 for provinces */
	int level;           /* 1 province, 2 prefecture, 3 county */
	const char *name;    /* full official name: 贺州市 */
	const char *short_name; /* 贺州 */
} yd_region;

typedef struct yd_gazetteer yd_gazetteer;

/* Loads the three files from `datadir`. */
yd_gazetteer *yd_gazetteer_load(const char *datadir, yd_error *err);
void yd_gazetteer_free(yd_gazetteer *g);
size_t yd_gazetteer_count(const yd_gazetteer *g);
const yd_region *yd_gazetteer_at(const yd_gazetteer *g, size_t i); /* sorted by code */
const yd_region *yd_gazetteer_find(const yd_gazetteer *g, uint32_t code);
/* Resolves a code ("451100") or a name, short form or former name to a
 * region; NULL if unknown or ambiguous. */
const yd_region *yd_gazetteer_lookup(const yd_gazetteer *g, const char *s);
/* Visits every alias (full, short, former and listed forms): for the
 * corpus's region_alias table. */
void yd_gazetteer_each_alias(const yd_gazetteer *g,
			     void (*fn)(void *ctx, const char *alias, uint32_t code, const char *kind),
			     void *ctx);

/* Finds the regions named in text[0..n): the most specific distinct codes
 * (a prefecture is dropped when one of its counties is found), at most max,
 * in order of first mention. Returns the number stored in codes.
 * An ambiguous name is placed by a region named just before it (南京鼓楼区)
 * or elsewhere in the text; failing that, a province beats smaller
 * namesakes (海南), a prefecture beats counties elsewhere (西安), and
 * otherwise only what all candidates share is returned — 鼓楼区 alone gives
 * nothing rather than a guess. Weak forms (朝阳, 中山, 平安: ordinary words
 * too) count only after a containing region (北京朝阳) or before 医保,
 * 社保, 户籍 …; so 朝阳 alone gives nothing. */
size_t yd_find_regions(const yd_gazetteer *g, const char *text, size_t n,
		       uint32_t *codes, size_t max);

typedef struct yd_topic {
	int id;              /* 1 is the root, 全部主题; ids follow file order */
	int parent;          /* 0 for the root */
	int depth;           /* 0 for the root */
	const char *name;    /* 报销 */
	const char *path;    /* 医保/报销; "" for the root */
	const char *words;   /* the matching words, comma-separated */
} yd_topic;

typedef struct yd_taxonomy yd_taxonomy;

yd_taxonomy *yd_taxonomy_load(const char *path, yd_error *err);
void yd_taxonomy_free(yd_taxonomy *t);
size_t yd_taxonomy_count(const yd_taxonomy *t);
const yd_topic *yd_taxonomy_at(const yd_taxonomy *t, size_t i); /* by id - 1 */
const yd_topic *yd_taxonomy_by_path(const yd_taxonomy *t, const char *path);

/* An article is placed under at most this many topics. */
enum { YD_TOPICS_MAX = 4 };

/* Topic ids that fit an article, most specific nodes only, at most max
 * (and at most YD_TOPICS_MAX), in order of first mention. The title
 * decides; the body (its first 8 KB) only when the title names no topic. */
size_t yd_find_topics(const yd_taxonomy *t, const char *title,
		      const char *body, int *ids, size_t max);

#endif
