/* What the passes of region matching share (internal to lib/lang/): a
 * mention of a name in the text, the helpers over mentions that more than
 * one pass asks (region-match.c), and each pass, in the order
 * find_mentions() runs them: the scan (region-scan.c), the resolving of
 * each mention to one code (region-resolve.c), then the later passes
 * that drop the names a closer look refuses (region-passes.c) and old
 * names (region-old-names.c). */
#ifndef YIDU_REGION_MATCH_IMPL_H
#define YIDU_REGION_MATCH_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "yidu/lang.h"
#include "gazetteer-impl.h"

enum {
	MAX_MENTIONS = 256,
	MAX_CAND = 64,
	NEAR = 60,         /* bytes: a containing region this close places a word */
	HOSPITAL_MAX = 2,  /* regions kept that only start a hospital's name */
};

struct mention {
	size_t start, end;
	uint32_t group;
	uint32_t code;      /* resolved code; 0 = not (yet) resolved */
	unsigned why;       /* YD_WHY_* */
	bool ordinary;      /* needs evidence (weak or a dictionary word) */
	bool evidence;      /* place words, a suffix or a city hospital */
	bool dead;          /* refused */
	bool direct_hospital; /* X医院: the hospital's name unless X is placed */
	bool compound;      /* a bare name glued to a common noun (X瓷器) */
	bool generic;       /* a direction + 区 (东区): needs its city named */
	bool glued_noun;    /* a common noun glued after it (X时代, X炒饭) */
	bool entity;        /* and the two modify another word (X时代的员工) */
	bool strong;        /* words of place stronger than 去/在 before it: a
	                     * suffix, X医保, 来自/老家 X, a city's hospital */
	bool bare;          /* a short form (no unit suffix) */
	bool product;       /* refused as a product's name (X瓜片, X拉面) */
	bool town;          /* a word for a town's area after it (X古城) */
	bool sight;         /* its only words of place name a sight (X景区) */
	size_t word_off, word_len;
};

/* Helpers over mentions and text the passes share (region-match.c). */
void drop_bare(struct mention *x);
size_t candidates(const yd_gazetteer *g, const struct alias_group *gr,
		  uint32_t *cand);
bool org_text(const char *s, size_t n);
const struct mention *adjacent(const struct mention *m, size_t i, const char *s);
bool joined(const char *s, size_t a, size_t b);
size_t char_before(const char *s, size_t pos);
bool clause_mark(const char *s, size_t n, size_t p);

/* 1. The scan (region-scan.c). */
size_t scan(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
	    bool admin);
/* 2. Each mention resolved to one code (region-resolve.c). */
void resolve(const yd_gazetteer *g, const char *s, struct mention *m, size_t nm);
/* The later passes (region-passes.c). */
void support(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
	     size_t nm, bool admin);
void far_districts(const yd_gazetteer *g, struct mention *m, size_t nm);
void glued_after_region(const yd_gazetteer *g, struct mention *m, size_t nm);
void alike_lists(const char *s, size_t n, struct mention *m, size_t nm);
void self_corrected(const char *s, size_t n, struct mention *m, size_t nm);
void university_hospitals(const char *s, struct mention *m, size_t nm);
void shipping_excluded(const char *s, size_t n, struct mention *m, size_t nm);
void registered_firms(const char *s, size_t n, struct mention *m, size_t nm);
/* Old names (region-old-names.c). */
void named_today(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
		 size_t nm);

#endif
