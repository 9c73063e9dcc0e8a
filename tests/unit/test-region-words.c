/* Region names against the whole dictionary, in both directions.
 *
 * Hidden names: every county's name and short form is looked for inside
 * the dictionary's ordinary words (jieba's dict.txt, the file the build
 * compiles): a word that contains a county's name but is not a place or
 * an organisation (久治不愈, 阿莫西林, 哈密瓜 …) is put in a neutral
 * sentence, which must then name no region. These are the dangerous
 * names; the test finds them itself, so no list of them is kept.
 * Genuine names: every region's full name, and every unambiguous short
 * form after 在 (a place preposition), must be found.
 */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "yidu/lang.h"

#ifndef JIEBA_DICT
#define JIEBA_DICT "/usr/lib/python3/dist-packages/jieba/dict.txt"
#endif

static yd_gazetteer *gaz;

struct alias {
	char *s;
	uint32_t code;
	int county;       /* names a county (level 3) */
	int kind;         /* 0 name, 1 short, 2 other */
};

static struct alias *aliases;
static size_t naliases, capaliases;

static void collect(void *ctx, const char *alias, uint32_t code, const char *kind)
{
	const yd_region *r = yd_gazetteer_find(gaz, code);

	if (naliases == capaliases) {
		capaliases = capaliases ? capaliases * 2 : 8192;
		aliases = realloc(aliases, capaliases * sizeof *aliases);
		assert_non_null(aliases);
	}
	aliases[naliases++] = (struct alias){ strdup(alias), code, r && r->level == 3,
		strcmp(kind, "name") == 0 ? 0 : strcmp(kind, "short") == 0 ? 1 : 2 };
}

static int setup(void **state)
{
	const char *top = getenv("top_srcdir");
	char dir[4096];
	yd_error err = { 0 };

	snprintf(dir, sizeof dir, "%s/data", top ? top : ".");
	gaz = yd_gazetteer_load(dir, &err);
	if (!gaz) {
		fprintf(stderr, "load: %s\n", err.msg);
		return -1;
	}
	yd_gazetteer_each_alias(gaz, collect, NULL);
	return 0;
}

static int teardown(void **state)
{
	for (size_t i = 0; i < naliases; i++)
		free(aliases[i].s);
	free(aliases);
	yd_gazetteer_free(gaz);
	return 0;
}

static size_t regions_in(const char *s, uint32_t *codes, size_t max)
{
	return yd_find_regions(gaz, s, strlen(s), codes, max);
}

/* Is a place or organisation by its tag (those may rightly name one). */
static int placeish(const char *tag)
{
	return strncmp(tag, "ns", 2) == 0 || strcmp(tag, "nt") == 0;
}

static int cmp_alias(const void *a, const void *b)
{
	return strcmp(((const struct alias *)a)->s, ((const struct alias *)b)->s);
}

/* The alias exactly s[0..n), if any. */
static const struct alias *alias_of(const char *s, size_t n)
{
	char key[64];
	struct alias k = { key, 0, 0, 0 };

	if (n >= sizeof key)
		return NULL;
	memcpy(key, s, n);
	key[n] = '\0';
	return bsearch(&k, aliases, naliases, sizeof *aliases, cmp_alias);
}

/* A word that may rightly name a place: it is a region's name itself
 * (东昌府), holds a full official name (北京市东城区少年宫), or is a name
 * with a place suffix (华容人), or a preposition and a name (jieba lists a
 * few such: 从宁远). */
static int names_a_place(const char *w)
{
	static const char *const around[] = { "县", "人", "市", "区", "州", "省", "籍" };
	static const char *const before[] = { "从", "在", "去", "到", "来自" };
	size_t n = strlen(w), i, j, k;

	/* the word is itself a region's short form (东昌府 of 东昌府区) */
	if (alias_of(w, n))
		return 1;
	for (i = 0; i < n; i += 3)
		for (j = i + 6; j <= n; j += 3) {
			const struct alias *a = alias_of(w + i, j - i);
			if (!a)
				continue;
			/* bsearch finds one of equal strings: any full name? */
			for (k = (size_t)(a - aliases); k > 0 && strcmp(aliases[k - 1].s, a->s) == 0; k--)
				;
			for (; k < naliases && strcmp(aliases[k].s, a->s) == 0; k++)
				if (aliases[k].kind == 0)
					return 1;
			for (k = 0; k < sizeof around / sizeof *around; k++)
				if (i == 0 && strcmp(w + j, around[k]) == 0)
					return 1;
			for (k = 0; k < sizeof before / sizeof *before; k++)
				if (j == n && i == strlen(before[k]) && strncmp(w, before[k], i) == 0)
					return 1;
		}
	return 0;
}

/* The first county alias inside w (two characters or more), if any. */
static const struct alias *county_inside(const char *w)
{
	size_t n = strlen(w), i, j, k;

	for (i = 0; i < n; i += 3)
		for (j = i + 6; j <= n && j - i <= 24; j += 3) {
			const struct alias *a = alias_of(w + i, j - i);
			if (!a || (i == 0 && j == n))
				continue;
			for (k = (size_t)(a - aliases); k > 0 && strcmp(aliases[k - 1].s, a->s) == 0; k--)
				;
			for (; k < naliases && strcmp(aliases[k].s, a->s) == 0; k++)
				if (aliases[k].county && aliases[k].kind != 2)
					return &aliases[k];
		}
	return NULL;
}

static void test_hidden_names(void **state)
{
	FILE *f = fopen(JIEBA_DICT, "r");
	char line[512], word[256], tag[16], text[600];
	unsigned long freq;
	size_t words = 0, tried = 0, failed = 0;

	if (!f)
		skip();
	qsort(aliases, naliases, sizeof *aliases, cmp_alias);
	while (fgets(line, sizeof line, f)) {
		const struct alias *a;
		uint32_t codes[8];
		size_t n;

		if (sscanf(line, "%255s %lu %15s", word, &freq, tag) != 3)
			continue;
		/* ordinary Han words people write, of three characters or more */
		if (placeish(tag) || freq < 3 || strlen(word) < 9 ||
		    (unsigned char)word[0] < 0xE4)
			continue;
		words++;
		if (!(a = county_inside(word)) || names_a_place(word))
			continue;
		tried++;
		snprintf(text, sizeof text, "最近%s，怎么回事", word);
		n = regions_in(text, codes, 8);
		if (n) {
			if (failed < 40)
				fprintf(stderr, "hidden name: %s (%s %lu) has %s, gives %06u\n",
					word, tag, freq, a->s, (unsigned)codes[0]);
			failed++;
		}
	}
	fclose(f);
	fprintf(stderr, "%zu ordinary words hide a county's name; %zu named a region\n",
		tried, failed);
	assert_true(words > 100000);
	assert_true(tried > 500);
	/* at most one in a hundred: the segmentation's own mistakes */
	assert_true(failed * 100 <= tried);
}

static void test_genuine_names(void **state)
{
	size_t i, tried = 0, missed = 0;
	char text[256];

	for (i = 0; i < naliases; i++) {
		uint32_t codes[8];
		size_t n, k;
		int found = 0;

		if (aliases[i].kind != 0)
			continue;
		snprintf(text, sizeof text, "我在%s住院", aliases[i].s);
		n = regions_in(text, codes, 8);
		for (k = 0; k < n; k++)
			found |= codes[k] == aliases[i].code ||
				 yd_gazetteer_find(gaz, codes[k])->parent == aliases[i].code;
		tried++;
		if (!found) {
			if (missed < 20)
				fprintf(stderr, "missed: %s (%06u)\n", text, (unsigned)aliases[i].code);
			missed++;
		}
	}
	fprintf(stderr, "%zu full names, %zu missed\n", tried, missed);
	assert_true(tried > 3000);
	/* only names whose full form is itself ambiguous (several 鼓楼区) */
	assert_true(missed * 20 <= tried);
}

/* Every county's short form that names one region only, in sentences
 * that say place (在X住院, 老家是X的, X医保怎么报销), is found. */
static void test_genuine_short_forms(void **state)
{
	static const char *const frames[][2] = {
		{ "我在", "住院，能报销吗" }, { "老家是", "的，想问下" }, { "", "医保怎么报销" },
	};
	size_t i, f, tried = 0, missed = 0;
	char text[256];

	qsort(aliases, naliases, sizeof *aliases, cmp_alias);
	for (i = 0; i < naliases; i++) {
		bool unique = (i == 0 || strcmp(aliases[i - 1].s, aliases[i].s) != 0) &&
			      (i + 1 == naliases || strcmp(aliases[i + 1].s, aliases[i].s) != 0);

		if (!unique || aliases[i].kind != 1 || !aliases[i].county)
			continue;
		for (f = 0; f < sizeof frames / sizeof *frames; f++) {
			uint32_t codes[8];
			size_t n, k;
			bool found = false;

			snprintf(text, sizeof text, "%s%s%s", frames[f][0], aliases[i].s, frames[f][1]);
			n = regions_in(text, codes, 8);
			for (k = 0; k < n; k++)
				found |= codes[k] == aliases[i].code;
			tried++;
			if (!found && missed++ < 10)
				fprintf(stderr, "missed: %s (%06u)\n", text, (unsigned)aliases[i].code);
		}
	}
	fprintf(stderr, "%zu county short forms in place sentences, %zu missed\n", tried, missed);
	assert_true(tried > 5000);
	/* the weak forms without place words of their own (城关, 永安 …) */
	assert_true(missed * 50 <= tried);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hidden_names),
		cmocka_unit_test(test_genuine_names),
		cmocka_unit_test(test_genuine_short_forms),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
