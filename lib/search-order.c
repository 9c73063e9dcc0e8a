/* The order of a search's candidates: the place, the words matched,
 * in the title, close together, the topics the query names, BM25, the
 * newest; the lone characters left out looked for in the best titles. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "yidu/search.h"
#include "corpus-internal.h"
#include "search-cand.h"
#include "search-internal.h"
#include "sqlutil.h"

/* The region the query names first (then articles that name it), then
 * words matched (all first), words in the title, words close together,
 * BM25, and the newest. */
static int cmp_cand(const void *a, const void *b)
{
	const struct yd_match *x = &((const struct cand *)a)->m,
		*y = &((const struct cand *)b)->m;
	if (x->place != y->place)
		return y->place - x->place;
	if (x->words != y->words)
		return y->words - x->words;
	if (x->title != y->title)
		return y->title - x->title;
	if (x->prox != y->prox)
		return x->prox - y->prox;
	if (x->topic != y->topic)
		return y->topic - x->topic;
	if (x->bm25 != y->bm25)
		return x->bm25 < y->bm25 ? -1 : 1;
	int64_t i = ((const struct cand *)a)->id, j = ((const struct cand *)b)->id;
	return i < j ? 1 : i > j ? -1 : 0;
}

/* A topic the query names (a word of the topic's, search-plan.c) makes
 * its articles preferred the way a place does: an article of a specific
 * topic (one of at most TOPIC_SPECIFIC_PCT % of the corpus) counts the
 * word that names it as matched even where its text does not have the
 * word (电话 for an article of 医保/经办服务/电话 that says 热线…); and
 * among articles otherwise ranked alike, those of any topic named come
 * first (just above BM25). A general topic (医保, 就医: most articles)
 * only breaks ties: as a word it ranked the evaluation questions worse.
 * Their facets say which topics they are of (search_facet: "t12" for
 * 医保/报销 and its ancestors). Only up to TOPIC_PREF_MAX candidates are
 * looked at (a look-up each: 2,000 cost 7 ms, as much as the search). */
#define TOPIC_PREF_MAX 500
#define TOPIC_SPECIFIC_PCT 10
static int topic_pref(yd_corpus *c, const yd_qplan *p, struct cand *cv, size_t n,
		      yd_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "SELECT facets FROM search_facet WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(c->db, "searching", err);
	char want[YD_QPLAN_MAX_TOPIC][32];
	bool specific[YD_QPLAN_MAX_TOPIC];
	int64_t all = yd_corpus_count(c, 0, 1);
	for (size_t k = 0; k < p->ntopic; k++) {
		snprintf(want[k], sizeof want[k], " t%lld", (long long)p->topic[k]);
		specific[k] = yd_corpus_count(c, 0, p->topic[k]) * 100 <=
			all * TOPIC_SPECIFIC_PCT;
	}
	for (size_t i = 0; i < n; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, cv[i].id);
		if (sqlite3_step(st) != SQLITE_ROW)
			continue;
		const char *f = (const char *)sqlite3_column_text(st, 0);
		for (size_t k = 0; f && k < p->ntopic; k++) {
			size_t l = strlen(want[k]);
			bool of = false;
			for (const char *s = f; !of && (s = strstr(s, want[k])); s += l)
				of = s[l] == ' ' || s[l] == '\0';
			if (!of)
				continue;
			cv[i].m.topic = 1;
			unsigned bit = 1u << p->topic_word[k];
			if (specific[k] && !(cv[i].m.mask & bit)) {
				cv[i].m.mask |= bit;
				cv[i].m.words++;
			}
		}
	}
	sqlite3_finalize(st);
	return 0;
}

/* The lone characters left out of the expression (药 in 泉州某个药能不能
 * 报销) are looked for in the titles of the SOFT_TOP best candidates,
 * where each one found counts as a word in the title (not as a word
 * matched: a lone 人 or 看 says too little for that); those are sorted
 * again. (Matching them in the index would be a prefix query over every
 * bigram that starts with the character.) */
#define SOFT_TOP 64
static int soft_words(yd_corpus *c, const yd_qplan *p, struct cand *cv,
		      size_t n, yd_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "SELECT title FROM article WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(c->db, "searching", err);
	for (size_t i = 0; i < n; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, cv[i].id);
		if (sqlite3_step(st) != SQLITE_ROW)
			continue;
		const char *t = (const char *)sqlite3_column_text(st, 0);
		char *f = t ? yd_fold_text(t) : NULL;
		if (!f)
			continue;
		for (size_t k = 0; k < p->nsoft; k++)
			if (strstr(f, p->soft[k]))
				cv[i].m.title++;
		free(f);
	}
	sqlite3_finalize(st);
	qsort(cv, n, sizeof *cv, cmp_cand);
	return 0;
}

/* Ranks the candidates: the topic preference, the order, the lone
 * characters in the best titles. */
int yd_rank_cands(yd_corpus *c, const yd_qplan *p, struct cand *cv, size_t cn,
		  yd_error *err)
{
	if (p->ntopic && cn <= TOPIC_PREF_MAX && topic_pref(c, p, cv, cn, err) != 0)
		return -1;
	qsort(cv, cn, sizeof *cv, cmp_cand);
	if (p->nsoft && soft_words(c, p, cv, cn < SOFT_TOP ? cn : SOFT_TOP, err) != 0)
		return -1;
	return 0;
}
