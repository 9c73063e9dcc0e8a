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

#endif
