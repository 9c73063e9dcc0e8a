/* Compound disease words: an organ or body-system morpheme followed by a
 * disease or symptom head (脑 + 动脉瘤, 胆管 + 炎, 心脏 + 衰竭), within
 * one word of the segmentation or across two neighbouring words. Chinese
 * names most conditions this way, so a condition no topic word lists is
 * still placed by its organ. The topic tree says which morphemes are
 * organs (`@word`) and which are heads (`+word`) and where each belongs;
 * this module only finds them in a text. Internal to libyidu
 * (taxonomy.c). */
#ifndef YIDU_COMPOUND_H
#define YIDU_COMPOUND_H

#include <stddef.h>
#include "yidu/lang.h"

typedef struct yd_compounds yd_compounds;

yd_compounds *yd_compounds_new(void);
void yd_compounds_free(yd_compounds *c);
/* word must outlive c. Returns -1 when out of memory. A body part (a
 * limb, 脚底板) pairs only with the heads of complaints any part of the
 * body can have (`symptom`: 疼, 痛), not with a disease (手指发炎). */
int yd_compounds_add_organ(yd_compounds *c, const char *word, size_t len, int id,
			   bool body_part);
int yd_compounds_add_head(yd_compounds *c, const char *word, size_t len, int id,
			  bool symptom);
/* The nodes that list organs (ids as added, repeats possible). */
size_t yd_compounds_organ_nodes(const yd_compounds *c, const int **ids);
/* Must be called after the last add and before scanning. */
int yd_compounds_build(yd_compounds *c);

typedef struct yd_compound {
	size_t off, len;        /* the compound in the text: organ to head's end */
	const char *organ;      /* the organ morpheme as listed (the head when none) */
	int organ_id, head_id;  /* the nodes listing the organ (0: a word with
	                         * a head and no organ) and the head */
	size_t organ_len;       /* bytes of the organ, from off */
	size_t head_off;        /* where the head's part starts (after a gap) */
	bool body_part;         /* the organ is a body part (a limb) */
} yd_compound;

/* Calls fn for each compound of s[0..n) segmented with d, in text order;
 * a few words may stand between an organ ending a word and a word that is
 * a head by itself (嘴里长了溃疡).
 * A word of the segmentation that is a verb, adjective, adverb, idiom or
 * name in the dictionary (心疼, 心地狭窄) holds no compound. */
void yd_compounds_scan(const yd_compounds *c, const yd_dict *d, const char *s, size_t n,
		       void (*fn)(void *ctx, const yd_compound *m), void *ctx);

#endif
