/* The gazetteer's internals: gazetteer.c loads the files and answers
 * look-ups; region-match.c (finding regions in text) builds on it, and
 * nothing here depends on region matching. Internal to libyidu. */
#ifndef YIDU_GAZETTEER_IMPL_H
#define YIDU_GAZETTEER_IMPL_H

#include <stdbool.h>
#include "yidu/lang.h"
#include "wordscan.h"
#include "region-programmes.h"

/* How an alias names its region; lower ranks win when one string names
 * regions in several ways (a current full name beats a former name, which
 * beats a short form). */
enum alias_kind {
	KIND_NAME = 0,   /* full official name */
	KIND_FORMER = 1, /* retired official name */
	KIND_SHORT = 2,  /* derived short form */
	KIND_ALIAS = 3,  /* listed in region-aliases.tsv; ranks like a short form */
};

enum {
	GROUP_WEAK = 1 << 0,  /* an ordinary word too: needs context */
	GROUP_BLOCK = 1 << 1, /* not a place: a word that hides the places in it */
	GROUP_WORD = 1 << 2,  /* the dictionary knows it as an ordinary word
	                       * (not a place name): needs context, like weak */
	GROUP_FORMER = 1 << 3, /* only a retired region's short form (闸北) */
};

/* A former name whose region was split between several successors (江干区:
 * 上城区 and 钱塘区). Its alias names their common ancestor, so that one
 * mention resolves to one code; region-match.c gives the successors in
 * its place when the text names it. */
struct former_split {
	char name[40];
	uint32_t code;          /* the common ancestor the alias names */
	uint32_t succ[8];
	uint8_t nsucc;
};

struct alias_ent {
	uint32_t code;
	uint8_t kind;
};

/* One distinct alias string and the regions it may name. */
struct alias_group {
	const char *str;
	uint32_t len;
	uint32_t first, count;  /* range in g->ents, best kind first */
	uint8_t flags;
	uint8_t best;           /* best (lowest) kind rank of the group */
};

struct yd_gazetteer {
	yd_region *regions;     /* sorted by code; [0] is the root */
	size_t nregions;
	struct alias_ent *ents;
	size_t nents;
	struct alias_group *groups;
	size_t ngroups;
	yd_wordscan *scan;      /* alias strings → group index */
	yd_dict *dict;          /* words, for telling a place from a word */
	yd_programmes *programmes; /* insurance programmes' names (X新农合);
	                         * NULL when data/ has no topics.tsv */
	struct yd_typos *name_typos; /* homophone typos of district names
	                         * (region-typo.h); NULL: none looked for */
	struct former_split *splits; /* regions-former.tsv rows with several
	                         * successors */
	size_t nsplits;
	struct yd_latin_names *latin; /* romanised names (region-latin.h);
	                         * NULL: none looked for */
	char **strings;         /* every allocated string, to free */
	size_t nstrings, capstrings;
};

static inline int kind_rank(int kind)
{
	return kind == KIND_ALIAS ? KIND_SHORT : kind;
}

/* The alias group of the region's own full name, or (uint32_t)-1: what a
 * mention found another way (a pinyin spelling, an abbreviation) points
 * at. */
uint32_t yd_gaz_group_of(const yd_gazetteer *g, uint32_t code);
/* True if a is a proper ancestor of d (the root is everyone's ancestor). */
bool yd_gaz_is_ancestor(const yd_gazetteer *g, uint32_t a, uint32_t d);
/* Lowest common ancestor of two codes (0 = the root). */
uint32_t yd_gaz_common_ancestor(const yd_gazetteer *g, uint32_t a, uint32_t b);
/* Picks one code among the best-ranked candidates of a group without
 * context; 0 if that would be a guess (see region-resolve.c). prefer_level:
 * a single province or prefecture among the candidates wins. */
uint32_t yd_gaz_resolve_alone(const yd_gazetteer *g, const uint32_t *cand, size_t n,
			      bool prefer_level);

#endif
