/* Programme words for region matching, from the 医保 subtree of the topic
 * tree (data/topics.tsv, parsed by the taxonomy).
 *
 * The 医保 node's context list (`needs`) says which words make a text
 * about health insurance: its anchors (`!医保`, `!参保`, `!新农合`) and
 * plain context words (慢特病, 起付线, 异地就医). A word of the subtree is
 * a programme word when
 *   - it holds one of those anchors or plain context words, so it speaks
 *     of insurance itself (门诊, 电话, 生孩子 alone do not), and
 *   - it is a noun phrase: its first word is a noun of two or more
 *     characters (or an abbreviation, or Latin letters: DRG) to the
 *     dictionary, so it names a programme
 *     (新生儿参保, 城乡居民医保, 门诊慢特病) rather than saying what one
 *     does (能报, 报销, 用医保卡付, 怎么参保), which a person's name
 *     before it could do as well.
 * Taking the words from the tree keeps one list: a programme the tree
 * learns is a place's programme here too. */
#include <stdlib.h>
#include <string.h>
#include "region-programmes.h"
#include "wordscan.h"

struct yd_programmes {
	yd_wordscan *ws;
	char **words;   /* owned copies, in the order added */
	size_t *lens;
	size_t n, cap;
};

/* Calls fn on each word of a comma-separated list with its mark ('\0'
 * for none; marks are the taxonomy's: ! ? ^ $ - % ~). */
static int each_word(const char *list, int (*fn)(void *, const char *, size_t, char), void *ctx)
{
	const char *w = list;

	while (w && *w) {
		const char *comma = strchr(w, ',');
		size_t k = comma ? (size_t)(comma - w) : strlen(w);
		char mark = k && strchr("!?^$-%~", w[0]) ? w[0] : '\0';

		if (mark) {
			w++;
			k--;
		}
		if (k && fn(ctx, w, k, mark) < 0)
			return -1;
		w = comma ? comma + 1 : NULL;
	}
	return 0;
}

struct cues {
	const char **w;
	size_t *len;
	size_t n, cap;
};

static int add_cue(void *ctx, const char *w, size_t k, char mark)
{
	struct cues *c = ctx;

	if (mark && mark != '!')
		return 0;
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 64;
		const char **nw = realloc(c->w, cap * sizeof *nw);
		size_t *nl;

		if (!nw)
			return -1;
		c->w = nw;
		if (!(nl = realloc(c->len, cap * sizeof *nl)))
			return -1;
		c->len = nl;
		c->cap = cap;
	}
	c->w[c->n] = w;
	c->len[c->n++] = k;
	return 0;
}

struct adding {
	yd_programmes *p;
	const struct cues *cues;
	const yd_dict *d;
};

static bool holds(const char *w, size_t k, const char *c, size_t ck)
{
	size_t i;

	for (i = 0; i + ck <= k; i++)
		if (memcmp(w + i, c, ck) == 0)
			return true;
	return false;
}

/* The first word of w is a noun of two or more characters, an
 * abbreviation or Latin letters (报 alone, a noun to the dictionary, starts
 * 报多少 and 报了: what one asks, not a programme); or w is three or more
 * characters of which the dictionary knows no word longer than one, the
 * first a noun's or an adjective's and none a function word's (长护险,
 * 慢特病: abbreviations coined after the dictionary). */
static bool noun_first(const yd_dict *d, const char *w, size_t k)
{
	size_t nt = 0, i;
	yd_token *t = yd_segment(d, w, k, &nt);
	bool ok = false;

	if (t && nt) {
		if (t[0].flags & YD_TOK_ALNUM)
			ok = true;
		else if ((t[0].flags & YD_TOK_DICT) && t[0].len >= 6 &&
			 (t[0].tag[0] == 'n' || t[0].tag[0] == 'j' || strcmp(t[0].tag, "vn") == 0))
			ok = true;
		/* (starting with a noun or adjective, and no function word
		 * in it: not 报不报, 办慢病) */
		for (i = 0; !ok && nt >= 3 && strchr("anj", t[0].tag[0] ? t[0].tag[0] : '-') &&
			    i < nt && (t[i].flags & YD_TOK_HAN) && t[i].len == 3 &&
			    !(t[i].tag[0] && strchr("dyrpuc", t[i].tag[0])); i++)
			ok = i + 1 == nt;
	}
	free(t);
	return ok;
}

static int add_word(void *ctx, const char *w, size_t k, char mark)
{
	struct adding *a = ctx;
	yd_programmes *p = a->p;
	size_t i;

	if (mark && mark != '!')
		return 0;
	for (i = 0; i < a->cues->n; i++)
		if (holds(w, k, a->cues->w[i], a->cues->len[i]))
			break;
	if (i == a->cues->n || !noun_first(a->d, w, k))
		return 0;
	for (i = 0; i < p->n; i++)
		if (p->lens[i] == k && memcmp(p->words[i], w, k) == 0)
			return 0;
	if (p->n == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 64;
		char **nw = realloc(p->words, cap * sizeof *nw);
		size_t *nl;

		if (!nw)
			return -1;
		p->words = nw;
		if (!(nl = realloc(p->lens, cap * sizeof *nl)))
			return -1;
		p->lens = nl;
		p->cap = cap;
	}
	if (!(p->words[p->n] = malloc(k + 1)))
		return -1;
	memcpy(p->words[p->n], w, k);
	p->words[p->n][k] = '\0';
	p->lens[p->n] = k;
	if (yd_ws_add(p->ws, p->words[p->n], k, (uint32_t)p->n) < 0) {
		free(p->words[p->n]);
		return -1;
	}
	p->n++;
	return 0;
}

yd_programmes *yd_programmes_load(const yd_dict *d, const char *topics_path, yd_error *err)
{
	yd_taxonomy *t = yd_taxonomy_load(topics_path, err);
	yd_programmes *p = t ? calloc(1, sizeof *p) : NULL;
	const yd_topic *root = t ? yd_taxonomy_by_path(t, "医保") : NULL;
	struct cues cues = { 0 };
	struct adding a = { p, &cues, d };
	size_t i;
	int rc = 0;

	if (!t)
		return NULL;
	if (!p || !(p->ws = yd_ws_new()))
		rc = -1;
	if (!rc && root)
		rc = each_word(root->needs, add_cue, &cues);
	for (i = 0; !rc && root && i < yd_taxonomy_count(t); i++) {
		const yd_topic *tp = yd_taxonomy_at(t, i);

		if (tp->id == root->id || strncmp(tp->path, "医保/", strlen("医保/")) == 0)
			rc = each_word(tp->words, add_word, &a);
	}
	/* the context words themselves (慢特病, 起付线) when they are nouns */
	for (i = 0; !rc && i < cues.n; i++)
		rc = add_word(&a, cues.w[i], cues.len[i], '\0');
	if (!rc)
		rc = yd_ws_build(p->ws);
	free(cues.w);
	free(cues.len);
	yd_taxonomy_free(t);
	if (rc) {
		yd_programmes_free(p);
		yd_error_set(err, YD_ENOMEM, "out of memory reading programme words");
		return NULL;
	}
	return p;
}

void yd_programmes_free(yd_programmes *p)
{
	size_t i;

	if (!p)
		return;
	yd_ws_free(p->ws);
	for (i = 0; i < p->n; i++)
		free(p->words[i]);
	free(p->words);
	free(p->lens);
	free(p);
}

size_t yd_programme_at(const yd_programmes *p, const char *s, size_t n, size_t pos)
{
	const yd_ws_entry *e[1];

	if (!p || !p->n || !yd_ws_at(p->ws, s, n, pos, e, 1))
		return 0;
	return e[0]->len;
}

const char *yd_programme_word(const yd_programmes *p, size_t i, size_t *len)
{
	if (!p || i >= p->n)
		return NULL;
	*len = p->lens[i];
	return p->words[i];
}
