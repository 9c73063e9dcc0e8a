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
	INITIALS_MIN = 2, INITIALS_MAX = 4, /* letters of an abbreviation */
	/* an abbreviation names its commonest region only when that one's
	 * name is this many times as frequent as the next one's (bj: 北京,
	 * not 宝鸡 or 毕节; sz: 深圳, 苏州 and 随州 are all common) */
	INITIALS_LEAD = 3,
};

struct latin_ent {
	char key[KEY_MAX + 1];  /* lower-case letters, no spaces */
	uint32_t code;          /* 0: spelt alike by two regions */
	uint32_t group;
	bool conventional;      /* from the table below: may be two words */
	bool short_key;         /* fewer than MIN_LETTERS: only written with
	                         * a syllable's apostrophe (Xi'an) */
};

/* The initials of a name's syllables (bj, sz, sjz), as chat writers
 * abbreviate cities; several regions may share them. */
struct initials_ent {
	char key[INITIALS_MAX + 1];
	uint32_t code, group;
	uint32_t freq;          /* the name's frequency in the dictionary */
};

struct yd_latin_names {
	struct latin_ent *e;
	size_t n, cap;
	struct initials_ent *ini;
	size_t nini, capini;
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

/* Abbreviations of English names (Hong Kong), which pinyin does not give. */
static const struct {
	const char *key;
	uint32_t code;
} conventional_initials[] = {
	{ "hk", 810000 },
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
	l->e[l->n].short_key = strlen(key) < MIN_LETTERS;
	l->n++;
	return 0;
}

static int add_initials(yd_latin_names *l, const char *key, uint32_t code, uint32_t group,
			uint32_t freq)
{
	if (l->nini == l->capini) {
		size_t cap = l->capini ? l->capini * 2 : 1024;
		struct initials_ent *e = realloc(l->ini, cap * sizeof *e);
		if (!e)
			return -1;
		l->ini = e;
		l->capini = cap;
	}
	strcpy(l->ini[l->nini].key, key);
	l->ini[l->nini].code = code;
	l->ini[l->nini].group = group;
	l->ini[l->nini].freq = freq;
	l->nini++;
	return 0;
}

static int cmp_initials(const void *a, const void *b)
{
	const struct initials_ent *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (c)
		return c;
	/* the commonest first, then one entry per region */
	if (x->freq != y->freq)
		return x->freq > y->freq ? -1 : 1;
	return x->code < y->code ? -1 : x->code > y->code;
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

/* Sorts the abbreviations by key, the commonest region first, one entry
 * per region and key. */
static void collapse_initials(yd_latin_names *l)
{
	size_t i, j, out = 0;

	qsort(l->ini, l->nini, sizeof *l->ini, cmp_initials);
	for (i = 0; i < l->nini; i++) {
		bool dup = false;

		for (j = out; j > 0 && strcmp(l->ini[j - 1].key, l->ini[i].key) == 0 && !dup; j--)
			dup = l->ini[j - 1].code == l->ini[i].code;
		if (!dup)
			l->ini[out++] = l->ini[i];
	}
	l->nini = out;
}

/* Every spelling of the Han string w (up to MAX_SPELLINGS), each added
 * for code. */
static int spell(yd_latin_names *l, const char *w, size_t len, uint32_t code, uint32_t group,
		 uint32_t freq)
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
		char key[KEY_MAX + 1], ini[INITIALS_MAX + 1];
		size_t at = 0, r = pick;
		bool fits = true;

		for (i = 0; i < nc && fits; i++) {
			const char *sy = syl[i][r % nsyl[i]];
			size_t k = strlen(sy);

			r /= nsyl[i];
			if (i < INITIALS_MAX)
				ini[i] = sy[0];
			if (at + k > KEY_MAX)
				fits = false;
			else {
				memcpy(key + at, sy, k);
				at += k;
			}
		}
		key[at] = '\0';
		ini[nc < INITIALS_MAX ? nc : INITIALS_MAX] = '\0';
		if (fits && add(l, key, code, group, false) < 0)
			return -1;
		if (nc <= INITIALS_MAX && add_initials(l, ini, code, group, freq) < 0)
			return -1;
	}
	return 0;
}

yd_latin_names *yd_latin_names_new(const yd_gazetteer *g)
{
	yd_latin_names *l = calloc(1, sizeof *l);
	size_t i, k;
	yd_word w;

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
			if (spell(l, gr->str, gr->len, r->code, (uint32_t)i,
				  yd_dict_lookup(g->dict, gr->str, gr->len, &w) ? w.freq : 1) < 0) {
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
	for (i = 0; i < sizeof conventional_initials / sizeof *conventional_initials; i++) {
		const yd_region *r = yd_gazetteer_find(g, conventional_initials[i].code);
		uint32_t gi = r ? yd_gaz_group_of(g, r->code) : (uint32_t)-1;

		if (gi != (uint32_t)-1 &&
		    add_initials(l, conventional_initials[i].key, r->code, gi, UINT32_MAX) < 0) {
			yd_latin_names_free(l);
			return NULL;
		}
	}
	collapse(l);
	collapse_initials(l);
	return l;
}

void yd_latin_names_free(yd_latin_names *l)
{
	if (!l)
		return;
	free(l->e);
	free(l->ini);
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
	bool apostrophe = false;

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
			} else {
				apostrophe = true;
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
			if (hit && hit->code && (words == 1 || hit->conventional) &&
			    (!hit->short_key || apostrophe)) {
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

/* A letter, digit or joining mark: part of a longer Latin token. */
static bool token_char(char c)
{
	return is_letter(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-' || c == '_' ||
	       c == '.' || c == '@' || c == '/';
}

size_t yd_latin_initials_at(const yd_latin_names *l, const char *s, size_t n, size_t pos,
			    uint32_t *codes, uint32_t *groups, uint32_t *freqs, size_t max,
			    size_t *count)
{
	char key[INITIALS_MAX + 1];
	size_t k = 0, lo, hi, c = 0;
	bool upper;

	*count = 0;
	if (!l || pos >= n || !is_letter(s[pos]) || (pos > 0 && token_char(s[pos - 1])))
		return 0;
	upper = s[pos] >= 'A' && s[pos] <= 'Z';
	/* all lower-case or all capitals (Hb, Ct are other words) */
	while (pos + k < n && is_letter(s[pos + k]) && k <= INITIALS_MAX) {
		if ((s[pos + k] >= 'A' && s[pos + k] <= 'Z') != upper)
			return 0;
		k++;
	}
	if (k < INITIALS_MIN || k > INITIALS_MAX || (pos + k < n && token_char(s[pos + k])))
		return 0;
	/* glued to Chinese on one side at least: an abbreviation inside a
	 * Chinese sentence, not a word of an English one */
	if (!((pos > 0 && (unsigned char)s[pos - 1] >= 0x80) ||
	      (pos + k < n && (unsigned char)s[pos + k] >= 0x80)))
		return 0;
	for (c = 0; c < k; c++)
		key[c] = (char)(s[pos + c] | 0x20);
	key[k] = '\0';
	/* one letter repeated stands for a name left out (XX区, xx医院) */
	for (c = 1; c < k && key[c] == key[0]; c++)
		;
	if (c == k)
		return 0;
	/* the entries of this key: a range of the sorted table */
	lo = 0;
	hi = l->nini;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(l->ini[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (c = 0; lo + c < l->nini && c < max && strcmp(l->ini[lo + c].key, key) == 0; c++) {
		codes[c] = l->ini[lo + c].code;
		groups[c] = l->ini[lo + c].group;
		freqs[c] = l->ini[lo + c].freq;
	}
	*count = c;
	return c ? k : 0;
}

size_t yd_latin_initials_pick(const uint32_t *freqs, size_t count)
{
	if (count == 1 || (count > 1 && (uint64_t)freqs[0] >= (uint64_t)INITIALS_LEAD * freqs[1]))
		return 0;
	return (size_t)-1;
}

/* True if the Han string w[0..len) spells key in pinyin, under any of
 * its characters' readings. */
static bool spells(const char *w, size_t len, const char *key, size_t klen)
{
	const char *syl[4];
	size_t ns, i;
	uint32_t c;
	const unsigned char *u = (const unsigned char *)w;

	if (len == 0)
		return klen == 0;
	if (len < 3 || (u[0] & 0xF0) != 0xE0)
		return false;
	c = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	ns = yd_pinyin_readings(c, syl, 4);
	for (i = 0; i < ns; i++) {
		size_t k = strlen(syl[i]);

		if (k <= klen && memcmp(syl[i], key, k) == 0 && spells(w + 3, len - 3, key + k, klen - k))
			return true;
	}
	return false;
}

/* The capitalised word at s[pos] as a lower-case key; its length, 0 if
 * none or too short or long. */
static size_t word_key(const char *s, size_t n, size_t pos, char *key)
{
	size_t k = 0;

	if (pos >= n || s[pos] < 'A' || s[pos] > 'Z' || (pos > 0 && is_letter(s[pos - 1])))
		return 0;
	while (pos + k < n && is_letter(s[pos + k])) {
		if (k == KEY_MAX)
			return 0;
		key[k] = (char)(s[pos + k] | 0x20);
		k++;
	}
	if (k < MIN_LETTERS || (pos + k < n && token_char(s[pos + k]) && s[pos + k] != '.'))
		return 0;
	key[k] = '\0';
	return k;
}

/* The one region spelt key: a child of parent, or with parent 0 a
 * county; 0 if none or two are spelt alike. */
static uint32_t only_spelt(const struct yd_gazetteer *g, const char *key, size_t k,
			   uint32_t parent)
{
	uint32_t found = 0;
	size_t i;

	for (i = 0; i < g->nregions; i++) {
		const yd_region *r = &g->regions[i];

		if ((parent ? r->parent != parent : r->level != 3) || !r->short_name ||
		    !spells(r->short_name, strlen(r->short_name), key, k))
			continue;
		if (found && found != r->code)
			return 0;
		found = r->code;
	}
	return found;
}

size_t yd_latin_county_at(const struct yd_gazetteer *g, const char *s, size_t n, size_t pos,
			  uint32_t *code)
{
	static const char *const units[] = {
		" District", " district", " County", " county", " Airport", " airport",
		" New Area",
	};
	char key[KEY_MAX + 1];
	size_t k = word_key(s, n, pos, key), u;

	if (!k)
		return 0;
	for (u = 0; u < sizeof units / sizeof *units; u++) {
		size_t ul = strlen(units[u]);

		if (pos + k + ul <= n && memcmp(s + pos + k, units[u], ul) == 0 &&
		    (pos + k + ul == n || !is_letter(s[pos + k + ul])))
			break;
	}
	if (u == sizeof units / sizeof *units)
		return 0;
	*code = only_spelt(g, key, k, 0);
	return *code ? k : 0;
}

size_t yd_latin_child_at(const struct yd_gazetteer *g, uint32_t parent, const char *s, size_t n,
			 size_t pos, uint32_t *code)
{
	char key[KEY_MAX + 1];
	size_t k = parent ? word_key(s, n, pos, key) : 0;   /* parent 0: no city */

	if (!k)
		return 0;
	*code = only_spelt(g, key, k, parent);
	return *code ? k : 0;
}
