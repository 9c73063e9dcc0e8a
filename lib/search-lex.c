/* What query understanding reads from data/, loaded once per process on
 * the first search and kept: the word dictionary and the gazetteer
 * (yidu/lang.h), the words a question need not match
 * (data/search-stopwords.txt) and the near-synonym groups
 * (data/search-synonyms.tsv). A file that is missing or unreadable leaves
 * its part empty: search then falls back to matching the query's terms as
 * typed, never to an error. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/build.h"
#include "search-internal.h"

#define MAX_LINE 4096

static struct yd_search_lex lex;
static bool loaded;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_syn(const void *a, const void *b)
{
	return strcmp(((const struct yd_syn *)a)->word,
		      ((const struct yd_syn *)b)->word);
}

static FILE *open_data(const char *dir, const char *name)
{
	char path[4096];
	if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path)
		return NULL;
	return fopen(path, "r");
}

/* One line without its end and comment; NULL at the end of the file. */
static char *next_line(FILE *f, char *buf)
{
	if (!fgets(buf, MAX_LINE, f))
		return NULL;
	buf[strcspn(buf, "#\r\n")] = '\0';
	return buf;
}

static void load_stopwords(const char *dir)
{
	FILE *f = open_data(dir, "search-stopwords.txt");
	if (!f)
		return;
	char buf[MAX_LINE];
	size_t cap = 0;
	while (next_line(f, buf)) {
		char *w = strtok(buf, " \t");
		if (!w)
			continue;
		if (lex.nstop == cap) {
			size_t nc = cap ? cap * 2 : 256;
			char **v = realloc(lex.stop, nc * sizeof *v);
			if (!v)
				break;
			lex.stop = v;
			cap = nc;
		}
		if (!(lex.stop[lex.nstop] = strdup(w)))
			break;
		lex.nstop++;
	}
	fclose(f);
	qsort(lex.stop, lex.nstop, sizeof *lex.stop, cmp_str);
}

/* Each line is a group: every word of it maps to the group's number. */
static void load_synonyms(const char *dir)
{
	FILE *f = open_data(dir, "search-synonyms.tsv");
	if (!f)
		return;
	char buf[MAX_LINE];
	size_t cap = 0;
	size_t group = 0;
	while (next_line(f, buf)) {
		size_t before = lex.nsyn;
		for (char *save = NULL, *w = strtok_r(buf, "\t", &save); w;
		     w = strtok_r(NULL, "\t", &save)) {
			w += strspn(w, " ");
			if (!*w)
				continue;
			if (lex.nsyn == cap) {
				size_t nc = cap ? cap * 2 : 256;
				struct yd_syn *v = realloc(lex.syn, nc * sizeof *v);
				if (!v)
					goto out;
				lex.syn = v;
				cap = nc;
			}
			if (!(lex.syn[lex.nsyn].word = strdup(w)))
				goto out;
			lex.syn[lex.nsyn++].group = group;
		}
		if (lex.nsyn - before == 1)       /* a group of one is no group */
			free(lex.syn[--lex.nsyn].word);
		else if (lex.nsyn > before)
			group++;
	}
out:
	fclose(f);
	qsort(lex.syn, lex.nsyn, sizeof *lex.syn, cmp_syn);
}

const struct yd_search_lex *yd_search_lex(void)
{
	if (loaded)
		return &lex;
	loaded = true;
	const char *dir = yd_data_dir();
	yd_error err = { 0 };
	lex.dict = yd_dict_open_default(dir, &err);
	lex.gaz = yd_gazetteer_load(dir, &err);
	load_stopwords(dir);
	load_synonyms(dir);
	return &lex;
}

bool yd_search_is_stopword(const struct yd_search_lex *l, const char *w)
{
	return l->nstop && bsearch(&w, l->stop, l->nstop, sizeof *l->stop, cmp_str);
}

size_t yd_search_synonyms(const struct yd_search_lex *l, const char *w,
			  const char **out, size_t max)
{
	struct yd_syn key = { (char *)w, 0 };
	const struct yd_syn *s = l->nsyn ? bsearch(&key, l->syn, l->nsyn,
						    sizeof *l->syn, cmp_syn) : NULL;
	if (!s)
		return 0;
	/* a word may be in several groups: the entries for it are together */
	const struct yd_syn *first = s, *last = s;
	while (first > l->syn && strcmp(first[-1].word, w) == 0)
		first--;
	while (last + 1 < l->syn + l->nsyn && strcmp(last[1].word, w) == 0)
		last++;
	size_t k = 0;
	for (size_t i = 0; i < l->nsyn && k < max; i++) {
		bool in = false;
		for (const struct yd_syn *g = first; g <= last && !in; g++)
			in = l->syn[i].group == g->group;
		if (!in || strcmp(l->syn[i].word, w) == 0)
			continue;
		size_t j = 0;
		while (j < k && strcmp(out[j], l->syn[i].word) != 0)
			j++;
		if (j == k)
			out[k++] = l->syn[i].word;
	}
	return k;
}
