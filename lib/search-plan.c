/* A query as words to rank by (see search-internal.h).
 *
 * 住院怎么报销 → 住院 · 报销 (怎么 is a question word); 深圳医保电话 →
 * place {深圳, r440300} · 医保 {医疗保险 …, t<医保>} · 电话 {热线 …}.
 * A query of nothing but question words searches for them after all.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "search-internal.h"

#define MAX_SEGS 64
#define MAX_CODES 8

struct seg {
	char *text;
	bool stop, lone, place;
	bool unknown;         /* not a dictionary word */
};

struct segs {
	struct seg v[MAX_SEGS];
	size_t n;
};

static bool lone_han(const char *s)
{
	ucs4_t c;
	size_t n = strlen(s);
	int l = u8_mbtouc(&c, (const uint8_t *)s, n);
	return l > 0 && (size_t)l == n && yd_is_han(yd_hanzi_fold(c));
}

static int add_seg(struct segs *g, const char *s, size_t n,
		   const struct yd_search_lex *lex)
{
	if (g->n >= MAX_SEGS || n == 0)
		return 0;
	char *t = strndup(s, n);
	if (!t)
		return -1;
	g->v[g->n++] = (struct seg){ t, yd_search_is_stopword(lex, t),
		lone_han(t), false, false };
	return 0;
}

/* The term folded as the index folds it (Traditional → Simplified,
 * full-width → ASCII), so that 異地就醫 is cut as 异地就医 is. */
char *yd_fold_text(const char *t)
{
	size_t n = strlen(t);
	uint8_t *o = malloc(n * 2 + 1);     /* a fold never more than doubles */
	if (!o)
		return NULL;
	size_t k = 0, i = 0;
	while (i < n) {
		ucs4_t c;
		int l = u8_mbtouc(&c, (const uint8_t *)t + i, n - i);
		int w = u8_uctomb(o + k, yd_hanzi_fold(c), 8);
		if (w > 0)
			k += (size_t)w;
		i += (size_t)l;
	}
	o[k] = '\0';
	return (char *)o;
}

/* Text → segments by the dictionary: words, Latin runs, unknown
 * characters; punctuation dropped. Without a dictionary the text is one
 * segment. */
static int dict_segments(struct segs *g, const char *t, size_t n,
			 const struct yd_search_lex *lex)
{
	if (n == 0)
		return 0;
	if (!lex->dict)
		return add_seg(g, t, n, lex);
	size_t count = 0;
	yd_token *tok = yd_segment(lex->dict, t, n, &count);
	if (!tok)
		return count ? -1 : 0;
	int rc = 0;
	for (size_t i = 0; i < count && rc == 0; i++)
		if (!(tok[i].flags & YD_TOK_OTHER)) {
			rc = add_seg(g, t + tok[i].off, tok[i].len, lex);
			if (rc == 0)
				g->v[g->n - 1].unknown = !(tok[i].flags & YD_TOK_DICT);
		}
	free(tok);
	return rc;
}

/* A term → segments, then neighbouring segments that together are a
 * word of the synonym table joined (生 孩子 → 生孩子), so that the group
 * applies: the table is also a user dictionary, as in other segmenters,
 * but it never splits a dictionary word (外地人 stays whole). */
static int segment(struct segs *g, const char *term, const struct yd_search_lex *lex)
{
	char *t = yd_fold_text(term);
	if (!t)
		return -1;
	size_t first = g->n;
	int rc = dict_segments(g, t, strlen(t), lex);
	free(t);
	for (size_t i = first; i + 1 < g->n && rc == 0; i++) {
		char joined[64];
		size_t len = 0, best = 0;
		for (size_t j = i; j < g->n && j < i + 4; j++) {
			size_t l = strlen(g->v[j].text);
			if (len + l >= sizeof joined)
				break;
			memcpy(joined + len, g->v[j].text, l + 1);
			len += l;
			const char *syn[1];
			if (j > i && (yd_search_synonyms(lex, joined, syn, 1) > 0))
				best = j;
		}
		if (!best)
			continue;
		char *w = malloc(len + 1);
		if (!w)
			return -1;
		w[0] = '\0';
		for (size_t j = i; j <= best; j++) {
			strcat(w, g->v[j].text);
			free(g->v[j].text);
		}
		g->v[i] = (struct seg){ w, yd_search_is_stopword(lex, w), lone_han(w),
			false, false };
		size_t gone = best - i;
		memmove(&g->v[i + 1], &g->v[best + 1], (g->n - best - 1) * sizeof g->v[0]);
		g->n -= gone;
	}
	return rc;
}

/* Runs of lone characters that are not question words, one of them not
 * even a word of the dictionary (a name it does not know, cut into
 * characters), become one segment; 的事打哪个 stays apart. */
static int join_lone(struct segs *g)
{
	size_t o = 0;
	for (size_t i = 0; i < g->n; i++) {
		if (o > 0 && g->v[i].lone && !g->v[i].stop &&
		    g->v[o - 1].lone && !g->v[o - 1].stop &&
		    (g->v[i].unknown || g->v[o - 1].unknown)) {
			/* join into the previous; it stays "lone" in kind so a
			 * third character joins too, and is marked at the end */
			size_t a = strlen(g->v[o - 1].text), b = strlen(g->v[i].text);
			char *t = realloc(g->v[o - 1].text, a + b + 1);
			if (!t)
				return -1;
			memcpy(t + a, g->v[i].text, b + 1);
			g->v[o - 1].text = t;
			g->v[o - 1].unknown = true;
			free(g->v[i].text);
			continue;
		}
		g->v[o++] = g->v[i];
	}
	g->n = o;
	for (size_t i = 0; i < g->n; i++)
		g->v[i].lone = lone_han(g->v[i].text);
	return 0;
}

static yd_qword *new_word(yd_qplan *p, int kind)
{
	if (p->n >= YD_QPLAN_MAX_WORDS)
		return NULL;
	yd_qword *w = &p->v[p->n++];
	memset(w, 0, sizeof *w);
	w->kind = kind;
	return w;
}

static int add_alt(yd_qword *w, const char *s)
{
	if (w->nalt >= YD_QW_MAX_ALT)
		return 0;
	for (size_t i = 0; i < w->nalt; i++)
		if (strcmp(w->alt[i], s) == 0)
			return 0;
	return (w->alt[w->nalt] = strdup(s)) ? (w->nalt++, 0) : -1;
}

static void add_facet(yd_qword *w, char kind, long long id)
{
	char f[24];
	snprintf(f, sizeof f, "%c%lld", kind, id);
	for (size_t i = 0; i < w->nfacet; i++)
		if (strcmp(w->facet[i], f) == 0)
			return;
	if (w->nfacet < YD_QW_MAX_FACET)
		memcpy(w->facet[w->nfacet++], f, sizeof f);
}

/* a is b or one of b's ancestors. */
static bool covers(const yd_gazetteer *g, uint32_t a, uint32_t b)
{
	for (int depth = 0; depth < 8; depth++) {
		if (a == b)
			return true;
		const yd_region *r = yd_gazetteer_find(g, b);
		if (!r || b == 0)
			return false;
		b = r->parent;
		if (b == 0)
			return a == 0;
	}
	return false;
}

/* Marks the segments that name a region the whole query names (so that
 * 北京朝阳 is 朝阳区 and 朝阳 alone is only a word); the place word gets
 * their texts and the facets of the regions found. */
static int find_places(yd_qplan *p, struct segs *g, const char *text,
		       sqlite3 *db, const struct yd_search_lex *lex)
{
	uint32_t codes[MAX_CODES];
	size_t nc = yd_find_regions(lex->gaz, text, strlen(text), codes, MAX_CODES);
	if (nc == 0)
		return 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT code FROM region_alias WHERE alias = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return 0;
	bool used[MAX_CODES] = { false };
	size_t nplace = 0;
	for (size_t i = 0; i < g->n; i++) {
		if (g->v[i].stop)
			continue;
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, g->v[i].text, -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW) {
			uint32_t code = (uint32_t)sqlite3_column_int64(st, 0);
			for (size_t k = 0; k < nc; k++)
				if (covers(lex->gaz, code, codes[k])) {
					g->v[i].place = true;
					used[k] = true;
				}
		}
		nplace += g->v[i].place;
	}
	sqlite3_finalize(st);
	if (nplace == 0)
		return 0;
	yd_qword *w = new_word(p, YD_QW_PLACE);
	if (!w)
		return 0;
	for (size_t k = 0; k < nc; k++)
		if (used[k])
			add_facet(w, 'r', codes[k]);
	for (size_t i = 0; i < g->n; i++)
		if (g->v[i].place && add_alt(w, g->v[i].text) != 0)
			return -1;
	return 0;
}

/* A word that is one of a topic's words (data/topics.tsv, as the corpus
 * holds them) names that topic: the plan prefers its articles, and
 * search-order.c counts the word as matched by the articles of a specific
 * topic among the candidates. (Matching the word by the topic's facet in
 * the FTS5 expression, as places are, ranked worse on the evaluation
 * questions and cost a pass over a large doclist.) */
static void add_topics(yd_qplan *p, const yd_qword *w, sqlite3_stmt *st)
{
	sqlite3_reset(st);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *words = (const char *)sqlite3_column_text(st, 1);
		int64_t id = sqlite3_column_int64(st, 0);
		if (!words)
			continue;
		for (size_t a = 0; a < w->nalt; a++) {
			size_t l = strlen(w->alt[a]);
			bool named = false;
			for (const char *s = words; !named && (s = strstr(s, w->alt[a])); s++)
				named = (s == words || s[-1] == ',') &&
					(s[l] == ',' || s[l] == '\0');
			if (!named)
				continue;
			size_t k = 0;
			while (k < p->ntopic && p->topic[k] != id)
				k++;
			if (k == p->ntopic && p->ntopic < YD_QPLAN_MAX_TOPIC) {
				p->topic_word[p->ntopic] = (int)(w - p->v);
				p->topic[p->ntopic++] = id;
			}
			break;
		}
	}
}

static int content_words(yd_qplan *p, struct segs *g, sqlite3 *db,
			 const struct yd_search_lex *lex)
{
	size_t content = p->n, longer = p->n;   /* place, phrases, Latin */
	for (size_t i = 0; i < g->n; i++)
		if (!g->v[i].stop && !g->v[i].place) {
			content++;
			longer += !g->v[i].lone;
		}
	sqlite3_stmt *st = NULL;
	if (db && sqlite3_prepare_v2(db, "SELECT id, words FROM topic WHERE id > 1",
				     -1, &st, NULL) != SQLITE_OK)
		st = NULL;
	int rc = 0;
	for (size_t i = 0; i < g->n && rc == 0; i++) {
		const struct seg *s = &g->v[i];
		if (longer && s->lone && !s->stop && !s->place &&
		    p->nsoft < YD_QPLAN_MAX_SOFT) {
			/* kept aside: checked in the best candidates' titles */
			size_t k = 0;
			while (k < p->nsoft && strcmp(p->soft[k], s->text) != 0)
				k++;
			if (k == p->nsoft)
				memcpy(p->soft[p->nsoft++], s->text, strlen(s->text) + 1);
		}
		if (s->place || (content && s->stop) || (longer && s->lone))
			continue;
		yd_qword *w = NULL;
		for (size_t k = 0; k < p->n && !w; k++)   /* the same word twice */
			if (p->v[k].kind == YD_QW_WORD && strcmp(p->v[k].alt[0], s->text) == 0)
				w = &p->v[k];
		if (w)
			continue;
		if (!(w = new_word(p, YD_QW_WORD)))
			break;
		rc = add_alt(w, s->text);
		const char *syn[YD_QW_MAX_ALT];
		size_t ns = yd_search_synonyms(lex, s->text, syn, YD_QW_MAX_ALT);
		for (size_t k = 0; k < ns && rc == 0; k++)
			rc = add_alt(w, syn[k]);
		if (st && rc == 0)
			add_topics(p, w, st);
	}
	sqlite3_finalize(st);
	return rc;
}

int yd_qplan_make(const char *query, sqlite3 *db, yd_qplan *p)
{
	memset(p, 0, sizeof *p);
	p->db = db;
	yd_query q;
	if (yd_query_parse(query, &q) != 0)
		return -1;
	const struct yd_search_lex *lex = yd_search_lex();
	struct segs g = { .n = 0 };
	char *text = NULL;                   /* the unquoted terms, for places */
	size_t tl = 0;
	int rc = 0;
	size_t npos = 0, nalpha = 0;
	for (size_t i = 0; i < q.n; i++)
		if (!q.v[i].exclude) {
			npos++;
			nalpha += q.v[i].alpha && !q.v[i].phrase;
		}
	p->all_pinyin = npos > 1 && nalpha == npos;
	for (size_t i = 0; i < q.n && rc == 0; i++) {
		const yd_qterm *t = &q.v[i];
		if (t->exclude) {
			char **v = realloc(p->excl, (p->nexcl + 1) * sizeof *v);
			if (!v || !(v[p->nexcl] = strdup(t->text)))
				rc = -1;
			if (v) {
				p->excl = v;
				p->nexcl += rc == 0;
			}
		} else if (t->phrase) {
			yd_qword *w = new_word(p, YD_QW_PHRASE);
			if (w)
				rc = add_alt(w, t->text);
		} else if (t->alpha) {
			yd_qword *w = new_word(p, YD_QW_WORD);
			if (w) {
				w->pinyin = true;
				rc = add_alt(w, t->text);
			}
		} else {
			rc = segment(&g, t->text, lex);
			size_t l = strlen(t->text);
			char *nt = realloc(text, tl + l + 2);
			if (!nt) {
				rc = -1;
				break;
			}
			text = nt;
			memcpy(text + tl, t->text, l);
			tl += l;
			text[tl++] = ' ';
			text[tl] = '\0';
		}
	}
	yd_query_free(&q);
	if (rc == 0)
		rc = join_lone(&g);
	/* places only when the query has other words: 深圳 alone is a word */
	size_t other = 0;
	for (size_t i = 0; i < g.n; i++)
		other += !g.v[i].stop;
	if (rc == 0 && db && lex->gaz && text && (other > 1 || p->n > 0))
		rc = find_places(p, &g, text, db, lex);
	if (rc == 0)
		rc = content_words(p, &g, db, lex);
	for (size_t i = 0; i < g.n; i++)
		free(g.v[i].text);
	free(text);
	if (rc != 0)
		yd_qplan_free(p);
	return rc;
}

void yd_qplan_free(yd_qplan *p)
{
	for (size_t i = 0; i < p->n; i++)
		for (size_t k = 0; k < p->v[i].nalt; k++)
			free(p->v[i].alt[k]);
	for (size_t i = 0; i < p->nexcl; i++)
		free(p->excl[i]);
	free(p->excl);
	memset(p, 0, sizeof *p);
}
