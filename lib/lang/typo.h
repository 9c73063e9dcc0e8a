/* Homophone typos of topic words (internal to lib/lang/).
 *
 * People typing pinyin pick the wrong character of the same sound: 报消
 * for 报销, 医宝卡 for 医保卡, 门诊通筹 for 门诊统筹, 异地就依备按 for
 * 异地就医备案. A span of text that reads like a topic word, differs from
 * it in one character (two in words of four or more) and is not itself a
 * word of the dictionary is taken for that word. Traditional characters
 * are folded to Simplified on the way (醫保 → 医保).
 */
#ifndef YIDU_TYPO_H
#define YIDU_TYPO_H

#include <stddef.h>
#include "yidu/lang.h"

typedef struct yd_typos yd_typos;

yd_typos *yd_typos_new(void);
void yd_typos_free(yd_typos *t);
/* Adds a word to be recognised (only words of 2 to 6 Han characters with
 * known readings are kept). Returns -1 when out of memory. */
int yd_typos_add(yd_typos *t, const char *word, size_t len);
/* yd_typos_add, and the word again under each other reading of its
 * characters that have several (新农合: 合 is ge and he), at most 8 keys
 * in all; a word with more, or of two characters, is added as
 * yd_typos_add adds it. */
int yd_typos_add_readings(yd_typos *t, const char *word, size_t len);
/* Must be called after the last add. */
int yd_typos_build(yd_typos *t);
/* A copy of s[0..n) with typos of the words corrected and characters
 * folded, byte for byte the same length (a correction or fold that would
 * change the length is not made), NUL-terminated; NULL when there is
 * nothing to change or no memory (use s as it is). */
char *yd_typos_fix(const yd_typos *t, const yd_dict *d, const char *s, size_t n);

#endif
