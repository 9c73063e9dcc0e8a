/* yd_match(search, map, nwords, place): how one article matches a query
 * plan, for ranking the way search engines for Chinese do (Meilisearch's
 * words, proximity, attribute and exactness rules, then BM25):
 *   words  how many of the plan's words the article has (a word matches
 *          by any of its texts, synonyms, pinyin or facets);
 *   place  2 if it is of the region the query names (its facets), 1 if
 *          it only names the place, else 0;
 *   title  how many words are in its title;
 *   prox   the gaps between words that are next to each other in the
 *          query, where they come closest in one column (0: the words
 *          stand together as a phrase; each gap counts at most 8);
 *   bm25   BM25 (k1 1.2, b 0.75; title 4, summary 2, body 1, pinyin of
 *          the title 4), a phrase's document frequency counted only up to
 *          RANK_DF_CAP and the rest estimated (see count_cb).
 * map (lib/search-expr.c) gives each phrase of the expression its word,
 * its alternative and its span in positions; phrases not in it (the
 * region/topic filter) are not ranked. The result is a struct yd_match
 * as a blob. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "search-internal.h"

#define RANK_DF_CAP 2000
#define RANK_K1 1.2
#define RANK_B 0.75
#define PROX_CAP 8
#define MAX_PHRASES 1024
#define MAX_WORDS YD_QPLAN_MAX_WORDS

static const double col_weight[YD_RANK_COLS] = {
	[YD_COL_TITLE] = 4.0, [YD_COL_SUMMARY] = 2.0, [YD_COL_BODY] = 1.0,
	[YD_COL_PY] = 4.0,
};

struct phr {
	int word, alt, span;
	double idf;
};

struct mdata {
	int nphrase;
	double avgdl;
	struct phr p[];
};

/* A phrase's document frequency: its matches are counted, oldest first,
 * up to RANK_DF_CAP; past that the frequency is estimated from the share
 * of the ids the count reached (ids are given in order of import, about
 * one per article). Counting them all cost more with every article
 * imported: 20,000 matches of a 4-character phrase were most of a
 * question's time at 300,000 articles. */
struct dfcount {
	int64_t n, last;
};

static int count_cb(const Fts5ExtensionApi *api, Fts5Context *fc, void *ctx)
{
	struct dfcount *d = ctx;
	if (++d->n < RANK_DF_CAP)
		return SQLITE_OK;
	d->last = api->xRowid(fc);
	return SQLITE_DONE;
}

static struct mdata *mdata(const Fts5ExtensionApi *api, Fts5Context *fc,
			   const char *map, int *rc)
{
	struct mdata *d = api->xGetAuxdata(fc, 0);
	if (d)
		return d;
	int np = api->xPhraseCount(fc);
	if (np > MAX_PHRASES)
		np = MAX_PHRASES;
	d = sqlite3_malloc64(sizeof *d + (size_t)np * sizeof d->p[0]);
	if (!d) {
		*rc = SQLITE_NOMEM;
		return NULL;
	}
	d->nphrase = np;
	const char *s = map ? map : "";
	for (int i = 0; i < np; i++) {
		struct phr *p = &d->p[i];
		char *end;
		p->word = -1;
		p->alt = p->span = 0;
		p->idf = 0;
		long w = strtol(s, &end, 10);
		if (end == s || *end != ':')
			continue;              /* past the map: not ranked */
		s = end + 1;
		p->alt = (int)strtol(s, &end, 10);
		s = *end == ':' ? end + 1 : end;
		p->span = (int)strtol(s, &end, 10);
		s = end;
		p->word = w >= -2 && w < MAX_WORDS ? (int)w : -1;
	}
	sqlite3_int64 rows = 0;
	*rc = yd_fts_avg_len(api, fc, &d->avgdl);
	if (*rc == SQLITE_OK)
		*rc = api->xRowCount(fc, &rows);
	/* the same word and alternative in several subsets: counted once */
	for (int i = 0; i < np && *rc == SQLITE_OK; i++) {
		struct phr *p = &d->p[i];
		if (p->word == -1)
			continue;
		int j = 0;
		while (j < i && (d->p[j].word != p->word || d->p[j].alt != p->alt))
			j++;
		if (j < i) {
			p->idf = d->p[j].idf;
			continue;
		}
		struct dfcount dc = { 0, 0 };
		*rc = api->xQueryPhrase(fc, i, &dc, count_cb);
		double n = (double)dc.n;
		if (dc.last > 0 && dc.last < rows)
			n = n * (double)rows / (double)dc.last;
		double idf = log(((double)rows - n + 0.5) / (n + 0.5));
		p->idf = idf > 1e-6 ? idf : 1e-6;
	}
	if (*rc == SQLITE_OK)
		*rc = api->xSetAuxdata(fc, d, sqlite3_free);
	else
		sqlite3_free(d);
	return *rc == SQLITE_OK ? d : NULL;
}

struct last {
	int col, off, span;
};

static void match(const Fts5ExtensionApi *api, Fts5Context *fc,
		  sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	int rc = SQLITE_OK;
	const char *map = argc > 0 ? (const char *)sqlite3_value_text(argv[0]) : NULL;
	int nwords = argc > 1 ? sqlite3_value_int(argv[1]) : 0;
	int place = argc > 2 ? sqlite3_value_int(argv[2]) : -1;
	if (nwords < 0 || nwords > MAX_WORDS)
		nwords = MAX_WORDS;
	struct mdata *d = mdata(api, fc, map, &rc);
	int ninst = 0, len = 0;
	if (rc == SQLITE_OK)
		rc = api->xInstCount(fc, &ninst);
	if (rc == SQLITE_OK)
		rc = yd_fts_row_len(api, fc, &len);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	double freq[MAX_PHRASES];
	bool matched[MAX_WORDS] = { false }, title[MAX_WORDS] = { false };
	bool facet[MAX_WORDS] = { false };
	struct last last[MAX_WORDS];
	int best[MAX_WORDS];
	bool joined = false;
	for (int w = 0; w < MAX_WORDS; w++) {
		last[w].col = -1;
		best[w] = PROX_CAP;
	}
	memset(freq, 0, sizeof freq[0] * (size_t)d->nphrase);
	for (int i = 0; i < ninst && rc == SQLITE_OK; i++) {
		int ph, col, off;
		rc = api->xInst(fc, i, &ph, &col, &off);
		if (rc != SQLITE_OK || ph >= d->nphrase)
			continue;
		const struct phr *p = &d->p[ph];
		if (p->word == -2) {             /* several Latin words as one */
			joined = true;
			continue;
		}
		if (p->word < 0)
			continue;
		int w = p->word;
		matched[w] = true;
		if (col == YD_COL_TITLE || col == YD_COL_PY)
			title[w] = true;
		if (col == YD_COL_FACETS)
			facet[w] = true;
		if (col < YD_RANK_COLS)
			freq[ph] += col_weight[col];
		if (col == YD_COL_PY || col == YD_COL_FACETS || p->span <= 0 ||
		    w == place)
			continue;
		/* the nearest earlier neighbour in the query, in this column */
		if (w > 0 && w - 1 != place && last[w - 1].col == col) {
			int g = off - (last[w - 1].off + last[w - 1].span);
			if (g < 0)
				g = 0;
			if (g < best[w - 1])
				best[w - 1] = g;
		}
		if (w + 1 < nwords && w + 1 != place && last[w + 1].col == col) {
			int g = off - (last[w + 1].off + last[w + 1].span) + 1;
			if (g < 0)
				g = 0;
			if (g < best[w])
				best[w] = g;
		}
		last[w] = (struct last){ col, off, p->span };
	}
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	struct yd_match m = { 0, 0, 0, 0, 0, 0, 0 };
	for (int w = 0; w < nwords; w++) {
		if (joined)
			matched[w] = title[w] = true;
		m.words += matched[w];
		m.mask |= matched[w] ? 1u << w : 0;
		m.title += title[w];
		if (w + 1 < nwords && w != place && w + 1 != place &&
		    matched[w] && matched[w + 1])
			m.prox += best[w] < PROX_CAP ? best[w] : PROX_CAP;
	}
	if (place >= 0 && place < nwords && matched[place])
		m.place = facet[place] ? 2 : 1;
	double score = 0;
	for (int i = 0; i < d->nphrase; i++)
		if (freq[i] > 0)
			score += d->p[i].idf * freq[i] * (RANK_K1 + 1) /
				(freq[i] + RANK_K1 * (1 - RANK_B + RANK_B * len / d->avgdl));
	m.bm25 = -score;
	sqlite3_result_blob(ctx, &m, sizeof m, SQLITE_TRANSIENT);
}

int yd_search_rank_register(fts5_api *api)
{
	return api->xCreateFunction(api, "yd_match", NULL, match, NULL);
}
