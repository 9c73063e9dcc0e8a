/* Regions named in Latin letters; see region-latin.h. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "gazetteer-impl.h"
#include "region-latin.h"

/* lib/hanzi.c: the pinyin readings of a character, without tones. */
size_t yd_pinyin_readings(uint32_t c, const char **out, size_t max);

enum {
	KEY_MAX = 32,     /* letters of a name: zhangjiakou, xishuangbanna */
	MIN_LETTERS = 5,  /* shorter spellings are English words too (Ali, Anda) */
	MAX_SPELLINGS = 8, /* per name, over its polyphonic characters */
};

struct latin_ent {
	char key[KEY_MAX + 1];  /* lower-case letters, no spaces */
	uint32_t code;          /* 0: spelt alike by two regions */
	uint32_t group;
	bool conventional;      /* from the table below: may be two words */
};

struct yd_latin_names {
	struct latin_ent *e;
	size_t n, cap;
};

/* English names that are not the pinyin of the region's name, or that
 * tell apart two provinces pinyin spells alike (山西 Shanxi, 陕西
 * Shaanxi). Matched against the same lower-case key. */
static const struct {
	const char *key;
	uint32_t code;
} conventional[] = {
	{ "hongkong", 810000 }, { "macau", 820000 }, { "macao", 820000 },
	{ "tibet", 540000 }, { "innermongolia", 150000 }, { "shaanxi", 610000 },
	{ "shanxi", 140000 }, { "peking", 110000 }, { "canton", 440100 },
	{ "harbin", 230100 }, { "urumqi", 650100 }, { "hohhot", 150100 },
	{ "lhasa", 540100 }, { "kashgar", 653100 },
};

static int cmp_key(const void *a, const void *b)
{
	return strcmp(((const struct latin_ent *)a)->key, ((const struct latin_ent *)b)->key);
}

static int add(yd_latin_names *l, const char *key, uint32_t code, uint32_t group, bool fixed)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 1024;
		struct latin_ent *e = realloc(l->e, cap * sizeof *e);
		if (!e)
			return -1;
		l->e = e;
		l->cap = cap;
	}
	strcpy(l->e[l->n].key, key);
	l->e[l->n].code = code;
	l->e[l->n].group = group;
	l->e[l->n].conventional = fixed;
	l->n++;
	return 0;
}

/* Sorts the spellings and keeps one entry per key: a conventional name
 * wins; two regions spelt alike leave code 0 (no region). */
static void collapse(yd_latin_names *l)
{
	size_t i, j, out = 0;

	qsort(l->e, l->n, sizeof *l->e, cmp_key);
	for (i = 0; i < l->n; i = j) {
		struct latin_ent keep = l->e[i];

		for (j = i + 1; j < l->n && strcmp(l->e[j].key, keep.key) == 0; j++) {
			if (keep.conventional)
				continue;
			if (l->e[j].conventional)
				keep = l->e[j];
			else if (l->e[j].code != keep.code)
				keep.code = 0;
		}
		l->e[out++] = keep;
	}
	l->n = out;
}

/* Every spelling of the Han string w (up to MAX_SPELLINGS), each added
 * for code. */
static int spell(yd_latin_names *l, const char *w, size_t len, uint32_t code, uint32_t group)
{
	const char *syl[8][4];
	size_t nsyl[8], nc = 0, p = 0, i, total = 1, pick;

	while (p < len && nc < 8) {
		const unsigned char *u = (const unsigned char *)w + p;
		uint32_t c;
		int k = 3;

		/* region names are Han characters: three bytes of UTF-8 */
		if (len - p < 3 || (u[0] & 0xF0) != 0xE0)
			return 0;
		c = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		nsyl[nc] = yd_pinyin_readings(c, syl[nc], 4);
		if (nsyl[nc] == 0)
			return 0;
		total *= nsyl[nc];
		nc++;
		p += (size_t)k;
	}
	if (p < len || nc < 2)
		return 0;
	for (pick = 0; pick < total && pick < MAX_SPELLINGS; pick++) {
		char key[KEY_MAX + 1];
		size_t at = 0, r = pick;
		bool fits = true;

		for (i = 0; i < nc && fits; i++) {
			const char *sy = syl[i][r % nsyl[i]];
			size_t k = strlen(sy);

			r /= nsyl[i];
			if (at + k > KEY_MAX)
				fits = false;
			else {
				memcpy(key + at, sy, k);
				at += k;
			}
		}
		key[at] = '\0';
		if (fits && at >= MIN_LETTERS && add(l, key, code, group, false) < 0)
			return -1;
	}
	return 0;
}

yd_latin_names *yd_latin_names_new(const yd_gazetteer *g)
{
	yd_latin_names *l = calloc(1, sizeof *l);
	size_t i, k;

	if (!l)
		return NULL;
	for (i = 0; i < g->ngroups; i++) {
		const struct alias_group *gr = &g->groups[i];

		if (gr->flags & (GROUP_WEAK | GROUP_BLOCK | GROUP_WORD))
			continue;
		for (k = gr->first; k < gr->first + gr->count; k++) {
			const yd_region *r = yd_gazetteer_find(g, g->ents[k].code);

			if (!r || r->level < 1 || r->level > 2 ||
			    (g->ents[k].kind != KIND_NAME && g->ents[k].kind != KIND_SHORT))
				continue;
			if (spell(l, gr->str, gr->len, r->code, (uint32_t)i) < 0) {
				yd_latin_names_free(l);
				return NULL;
			}
		}
	}
	for (i = 0; i < sizeof conventional / sizeof *conventional; i++) {
		const yd_region *r = yd_gazetteer_find(g, conventional[i].code);
		uint32_t gi = r ? yd_gaz_group_of(g, r->code) : (uint32_t)-1;

		if (gi != (uint32_t)-1 && add(l, conventional[i].key, r->code, gi, true) < 0) {
			yd_latin_names_free(l);
			return NULL;
		}
	}
	collapse(l);
	return l;
}

void yd_latin_names_free(yd_latin_names *l)
{
	if (!l)
		return;
	free(l->e);
	free(l);
}

static bool is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t yd_latin_name_at(const yd_latin_names *l, const char *s, size_t n, size_t pos,
			uint32_t *code, uint32_t *group)
{
	char key[KEY_MAX + 1];
	size_t p = pos, at = 0, words = 0, best = 0;

	if (!l || pos >= n || s[pos] < 'A' || s[pos] > 'Z' ||
	    (pos > 0 && (is_letter(s[pos - 1]) || s[pos - 1] == '\'')))
		return 0;
	/* one word, or two capitalised ones (Hong Kong, Inner Mongolia);
	 * an apostrophe inside a word is dropped (Xi'an) */
	while (words < 2 && p < n && s[p] >= 'A' && s[p] <= 'Z') {
		size_t q = p;

		while (q < n && (is_letter(s[q]) || (s[q] == '\'' && q + 1 < n && is_letter(s[q + 1]) &&
						     q > p))) {
			if (s[q] != '\'') {
				if (at == KEY_MAX)
					return best;
				key[at++] = (char)(s[q] | 0x20);
			}
			q++;
		}
		key[at] = '\0';
		words++;
		{
			struct latin_ent k, *hit;

			strcpy(k.key, key);
			hit = bsearch(&k, l->e, l->n, sizeof *l->e, cmp_key);
			/* pinyin is one word (Zhangjiakou; Zhang Jiakou is
			 * a person) */
			if (hit && hit->code && (words == 1 || hit->conventional)) {
				best = q - pos;
				*code = hit->code;
				*group = hit->group;
			}
		}
		if (q < n && s[q] == ' ' && q + 1 < n)
			p = q + 1;
		else
			break;
	}
	return best;
}
