/* Regions named in Latin letters: Shenzhen, Chengdu, Hong Kong, Macau.
 * Bilingual messages and English questions name Chinese cities by their
 * pinyin; the Han-character scan of region-match.c cannot see them.
 * Internal to lib/lang/. */
#ifndef YIDU_REGION_LATIN_H
#define YIDU_REGION_LATIN_H

#include <stddef.h>
#include <stdint.h>

struct yd_gazetteer;
typedef struct yd_latin_names yd_latin_names;

/* The romanised names of the provinces and prefectures of g: each
 * official or short name spelt in pinyin (every reading of a
 * polyphonic character), plus the conventional English names pinyin
 * does not give (Hong Kong, Macau, Tibet, Shaanxi). A spelling two
 * regions share (Fuzhou: 福州 and 抚州) names neither. NULL when out of
 * memory. */
yd_latin_names *yd_latin_names_new(const struct yd_gazetteer *g);
void yd_latin_names_free(yd_latin_names *l);

/* If a romanised name starts at s[pos] (a capital letter, no letter
 * before it, none after it), its length in bytes, with its code and the
 * alias group of its Chinese name; 0 otherwise. */
size_t yd_latin_name_at(const yd_latin_names *l, const char *s, size_t n, size_t pos,
			uint32_t *code, uint32_t *group);

/* If an abbreviation by the initials of a name's syllables starts at
 * s[pos] (2 to 4 letters, all lower-case or all capitals, no other
 * letter, digit or joining mark around them, glued to a non-ASCII
 * character on one side: 在bj, sz南山区), its length in bytes; the
 * regions it may stand for are written to codes, groups and freqs (the
 * names' frequencies in the dictionary), the commonest first, at most
 * max of them, their number in *count. 0 when none. */
size_t yd_latin_initials_at(const yd_latin_names *l, const char *s, size_t n, size_t pos,
			    uint32_t *codes, uint32_t *groups, uint32_t *freqs, size_t max,
			    size_t *count);

/* Which of the regions yd_latin_initials_at gave the abbreviation names
 * by itself: 0 (the first) when it is alone or its name is far more
 * common than the next one's, else (size_t)-1 (none). */
size_t yd_latin_initials_pick(const uint32_t *freqs, size_t count);

/* If the capitalised word at s[pos] is the pinyin of the short name of
 * a region right below `parent` (Shenzhen Nanshan: 南山区 of 深圳), its
 * length, with that region's code; 0 otherwise. */
size_t yd_latin_child_at(const struct yd_gazetteer *g, uint32_t parent, const char *s, size_t n,
			 size_t pos, uint32_t *code);

/* If the capitalised word at s[pos] is the pinyin of one county's short
 * name only, and an English word of a unit or a hub follows it (Pudong
 * Airport, Nanshan District), its length, with the county's code; 0
 * otherwise. */
size_t yd_latin_county_at(const struct yd_gazetteer *g, const char *s, size_t n, size_t pos,
			  uint32_t *code);

#endif
