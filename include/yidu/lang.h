/* Understanding Chinese text: libyidu's one header for it.
 *
 * - The word dictionary (data/words.dict, compiled at build time from
 *   jieba's dict.txt: words, frequencies, part-of-speech tags) and the
 *   segmenter over it: maximum-probability segmentation of the word graph.
 * - The gazetteer: the GB/T 2260 regions (data/regions.tsv), their former
 *   names (data/regions-former.tsv) and short forms (derived, plus
 *   data/region-aliases.tsv), and finding the regions a text names.
 * - The taxonomy: the topic tree (data/topics.tsv) with the words that
 *   place an article under each node.
 * The code lives in lib/lang/.
 */
#ifndef YIDU_LANG_H
#define YIDU_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "yidu/error.h"

/* ---- The word dictionary ---- */

typedef struct yd_dict yd_dict;

/* Opens (memory-maps) a compiled dictionary file. */
yd_dict *yd_dict_open(const char *path, yd_error *err);
/* Opens words.dict from datadir; when it is not there (a source data/
 * folder beside a separate build tree), from $YIDU_DICT, the build tree
 * the program runs from, then the installed data folder. */
yd_dict *yd_dict_open_default(const char *datadir, yd_error *err);
void yd_dict_close(yd_dict *d);
size_t yd_dict_count(const yd_dict *d);
/* Sum of all frequencies (the denominator of a word's probability). */
uint64_t yd_dict_total(const yd_dict *d);

typedef struct yd_word {
	uint32_t len;        /* bytes */
	uint32_t freq;       /* jieba's frequency count, >= 1 */
	const char *tag;     /* part of speech: "n", "v", "ns" (place), "nr"
	                      * (person), "l"/"i" (idiom) ...; "" if none */
} yd_word;

/* Looks up word[0..len): true and *out filled when it is a word. */
bool yd_dict_lookup(const yd_dict *d, const char *word, size_t len, yd_word *out);
/* The dictionary words that start s[0..n) (its prefixes that are words),
 * shortest first; stores at most max, returns how many there are. */
size_t yd_dict_prefixes(const yd_dict *d, const char *s, size_t n,
			yd_word *out, size_t max);

/* ---- The segmenter ---- */

enum {
	YD_TOK_DICT = 1 << 0,  /* a dictionary word */
	YD_TOK_HAN = 1 << 1,   /* contains Han characters */
	YD_TOK_ALNUM = 1 << 2, /* a run of ASCII letters and digits (or mixed, B超) */
	YD_TOK_OTHER = 1 << 3, /* punctuation, space, symbols: one character */
};

typedef struct yd_token {
	uint32_t off, len;   /* bytes in the segmented string */
	uint32_t freq;       /* dictionary frequency; 0 when not a word */
	const char *tag;     /* dictionary tag or "" */
	unsigned flags;      /* YD_TOK_* */
} yd_token;

/* Segments s[0..n) (UTF-8) into tokens that cover it in order: the most
 * probable path through the dictionary's word graph (the product of word
 * probabilities, by dynamic programming from the right, as jieba does
 * without its HMM); a run of ASCII letters and digits stays whole; a Han
 * character no word covers is a token of its own; every other character
 * is a YD_TOK_OTHER token. Returns a malloc'd array (free()) and its
 * length in *count; NULL with *count 0 for empty input or no memory. */
yd_token *yd_segment(const yd_dict *d, const char *s, size_t n, size_t *count);

/* ---- Regions ---- */

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
 * in order of first mention, except that regions named only as the start
 * of a hospital's name come last and at most two of them.
 * A name counts only where the text uses it as a place: the segmentation
 * makes it a word of its own (not part of 久治不愈, 阿莫西林, 很大同时).
 * A short form that is also an ordinary word (the dictionary says so, or
 * region-aliases.tsv marks it weak: 安康, 保定, 朝阳, 比如) needs more:
 * a place suffix (广州人), place words before or after it (在/去/来自 X,
 * X医保, X户籍, X的医院), a region containing it named just before or
 * nearby (北京朝阳), a list of places (北京、大连), or a city hospital's
 * name (X市第一人民医院). An ambiguous name is placed by a region named
 * just before it (南京鼓楼区) or elsewhere in the text; failing that, a
 * province beats smaller namesakes (海南), a prefecture beats counties
 * elsewhere (西安), and otherwise only what all candidates share is
 * returned — 鼓楼区 alone gives nothing rather than a guess. */
size_t yd_find_regions(const yd_gazetteer *g, const char *text, size_t n,
		       uint32_t *codes, size_t max);

/* Why a mention was kept or refused (yd_region_mention.why). */
enum {
	YD_WHY_NAME = 1 << 0,      /* a full or former official name: 安康市 */
	YD_WHY_WORD = 1 << 1,      /* a short form that is a word of its own here */
	YD_WHY_SUFFIX = 1 << 2,    /* one word with a place suffix: 广州人 */
	YD_WHY_CONTEXT = 1 << 3,   /* place words around it: 在/去 X, X医保, X人 */
	YD_WHY_WITHIN = 1 << 4,    /* a region containing it named nearby: 北京朝阳 */
	YD_WHY_LISTED = 1 << 5,    /* listed with other places: 北京、大连 */
	YD_WHY_HOSPITAL = 1 << 6,  /* starts a hospital's name */
	YD_WHY_ORDINARY = 1 << 7,  /* the name is an ordinary word too */
	YD_WHY_INSIDE = 1 << 8,    /* refused: part of another word (久治不愈) */
	YD_WHY_NO_CONTEXT = 1 << 9, /* refused: an ordinary word, nothing says place */
	YD_WHY_OTHER_NAME = 1 << 10, /* refused: part of another name (中山大学,
	                              * 中山医院, 张桂林医生) */
	YD_WHY_UNSURE = 1 << 11,   /* refused: names several places, nothing decides */
	YD_WHY_CAMPUS = 1 << 12,   /* refused: a direction + 区 (东区) with no city
	                            * named: a part of a campus or town */
	YD_WHY_COMPOUND = 1 << 13, /* refused: glued to a common noun with no place
	                            * words: a product's or person's name (X瓷器) */
	YD_WHY_AGAIN = 1 << 14,    /* the same region named elsewhere with place words */
	YD_WHY_BARE = 1 << 15,     /* refused: a bare name whose evidence falls short
	                            * (a county's name alone, a city's glued to a noun) */
	YD_WHY_REFUSED = YD_WHY_INSIDE | YD_WHY_NO_CONTEXT | YD_WHY_OTHER_NAME | YD_WHY_UNSURE |
			 YD_WHY_CAMPUS | YD_WHY_COMPOUND | YD_WHY_BARE,
};

typedef struct yd_region_mention {
	uint32_t off, len;        /* the name, bytes in the text */
	uint32_t code;            /* the region it names; 0 when refused */
	unsigned why;             /* YD_WHY_* */
	uint32_t word_off, word_len; /* YD_WHY_INSIDE: the word it is part of */
} yd_region_mention;

/* Every candidate mention of a region name in text[0..n), kept or refused
 * and why, in text order (for yidu-import --tag --explain). Stores at
 * most max; returns how many there are (at most 256 are considered). */
size_t yd_region_mentions(const yd_gazetteer *g, const char *text, size_t n,
			  yd_region_mention *out, size_t max);

/* Regions whose names are ambiguous: the candidates a name (full, short
 * or former) may stand for, up to max; 0 when it names none. 鼓楼区 gives
 * the four 鼓楼区; 北京市朝阳区 (a containing region first) gives one. */
size_t yd_gazetteer_candidates(const yd_gazetteer *g, const char *s,
			       uint32_t *codes, size_t max);

/* The word dictionary the gazetteer opened (for callers that segment). */
const yd_dict *yd_gazetteer_dict(const yd_gazetteer *g);

typedef struct yd_topic {
	int id;              /* 1 is the root, 全部主题; ids follow file order */
	int parent;          /* 0 for the root */
	int depth;           /* 0 for the root */
	const char *name;    /* 报销 */
	const char *path;    /* 医保/报销; "" for the root */
	const char *words;   /* the matching words, comma-separated */
	const char *needs;   /* context words the text must contain for this
	                      * node (its own or its nearest ancestor's),
	                      * comma-separated; "" when none */
} yd_topic;

typedef struct yd_taxonomy yd_taxonomy;

yd_taxonomy *yd_taxonomy_load(const char *path, yd_error *err);
void yd_taxonomy_free(yd_taxonomy *t);
size_t yd_taxonomy_count(const yd_taxonomy *t);
const yd_topic *yd_taxonomy_at(const yd_taxonomy *t, size_t i); /* by id - 1 */
const yd_topic *yd_taxonomy_by_path(const yd_taxonomy *t, const char *path);

/* The node a category or department value of an input names (CSV/JSON
 * columns such as 科室, 分类, category): its path ("就医/内分泌"), its
 * name (内分泌) or one of its words (内分泌科, 糖尿病), compared after
 * trimming spaces and a trailing 科/科室/门诊/专科 ("内分泌科" → 内分泌,
 * "心血管内科" → 心血管 through its words). NULL when nothing fits or
 * the value is a word of several nodes. */
const yd_topic *yd_taxonomy_map_category(const yd_taxonomy *t, const char *value);

/* An article is placed under at most this many topics. */
enum { YD_TOPICS_MAX = 4 };

/* Topic ids that fit an article, most specific nodes only, at most max
 * (and at most YD_TOPICS_MAX), in order of first mention. The title
 * decides; the body (its first 8 KB) only when the title names no topic.
 * When more fit than max, those the text speaks of most are kept
 * (distinct words, specific ones, in its first sentence or a question). */
size_t yd_find_topics(const yd_taxonomy *t, const char *title,
		      const char *body, int *ids, size_t max);

/* One topic word found in an article (for yidu-import --tag --explain). */
typedef struct yd_topic_hit {
	int id;              /* the node the word belongs to */
	uint32_t off, len;   /* bytes in the title or the body */
	bool in_title;
	bool refused;        /* the node's context words are missing */
} yd_topic_hit;

/* The topic words counted for an article, in text order (title, then the
 * body when it was looked at), each text followed by the words found only
 * across an adverb taken out (呼吸有点困难: off and len span the adverb).
 * Stores at most max; returns how many. */
size_t yd_topic_hits(const yd_taxonomy *t, const char *title, const char *body,
		     yd_topic_hit *out, size_t max);

#endif
