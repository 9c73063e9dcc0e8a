/* The pieces of search that live inside SQLite, registered on every
 * connection that opens a corpus: the FTS5 tokenizer "yidu", the
 * auxiliary functions yd_title_hit() and yd_rank(), and the scalar
 * function yd_md_text() that the index's content view uses
 * (data/schema.sql). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "search-internal.h"

/* The tokenizer has no options and no state. */
static int tok_create(void *ctx, const char **argv, int argc,
		      Fts5Tokenizer **out)
{
	*out = (Fts5Tokenizer *)ctx;
	return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *t) { }

struct tok_ctx {
	void *ctx;
	int (*token)(void *, int, const char *, int, int, int);
};

static int to_fts(void *ctx, int flags, const char *t, size_t n, size_t s,
		  size_t e)
{
	struct tok_ctx *c = ctx;
	return c->token(c->ctx, flags & YD_TOK_COLOCATED ? FTS5_TOKEN_COLOCATED : 0,
			t, (int)n, (int)s, (int)e);
}

static int tok_run(Fts5Tokenizer *t, void *ctx, int flags, const char *text,
		   int n, int (*token)(void *, int, const char *, int, int, int))
{
	struct tok_ctx c = { ctx, token };
	int mode = (flags & FTS5_TOKENIZE_QUERY) ? YD_TOK_QUERY : YD_TOK_DOC;
	if (n <= 0)
		return SQLITE_OK;
	return yd_tokenize(text, (size_t)n, mode, to_fts, &c);
}

/* yd_title_hit(search): 1 if any phrase matched in the title or its
 * pinyin. */
static void title_hit(const Fts5ExtensionApi *api, Fts5Context *fc,
		      sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	int hit = 0;
	for (int p = 0; p < api->xPhraseCount(fc) && !hit; p++) {
		Fts5PhraseIter it;
		int col, off;
		if (api->xPhraseFirst(fc, p, &it, &col, &off) != SQLITE_OK)
			break;
		for (; col >= 0; api->xPhraseNext(fc, &it, &col, &off))
			if (col == YD_COL_TITLE || col == YD_COL_PY) {
				hit = 1;
				break;
			}
	}
	sqlite3_result_int(ctx, hit);
}

/* yd_rank(search, w0, ..., w4, nfilter): BM25 (k1 = 1.2, b = 0.75, the
 * column weights given in the index's column order, YD_COL_*), lower is better, like FTS5's bm25() with two
 * changes. The last nfilter phrases of the query are a region or topic
 * filter (facets column) and are not ranked, nor is that column counted
 * in a document's length. And a phrase's document frequency is counted
 * only up to RANK_DF_CAP. bm25()
 * counts every match of every phrase to weigh it, which for 医保 on a
 * million articles reads a doclist of most of the index; past the cap a
 * phrase is simply very common, and its weight hardly differs. */
#define RANK_DF_CAP 20000
#define RANK_K1 1.2
#define RANK_B 0.75

struct rank_data {
	int nphrase;
	double avgdl;
	double idf[];
};

static int count_cb(const Fts5ExtensionApi *api, Fts5Context *fc, void *ctx)
{
	(void)api;
	(void)fc;
	return ++*(int64_t *)ctx >= RANK_DF_CAP ? SQLITE_DONE : SQLITE_OK;
}


int yd_fts_avg_len(const Fts5ExtensionApi *api, Fts5Context *fc, double *avg)
{
	sqlite3_int64 rows = 0, total = 0;
	int rc = api->xRowCount(fc, &rows);
	for (int col = 0; col < YD_RANK_COLS && rc == SQLITE_OK; col++) {
		sqlite3_int64 t = 0;
		rc = api->xColumnTotalSize(fc, col, &t);
		total += t;
	}
	*avg = rows > 0 ? (double)total / (double)rows : 1;
	return rc;
}

int yd_fts_row_len(const Fts5ExtensionApi *api, Fts5Context *fc, int *len)
{
	int rc = SQLITE_OK;
	*len = 0;
	for (int col = 0; col < YD_RANK_COLS && rc == SQLITE_OK; col++) {
		int n = 0;
		rc = api->xColumnSize(fc, col, &n);
		*len += n;
	}
	return rc;
}

static struct rank_data *rank_data(const Fts5ExtensionApi *api,
				   Fts5Context *fc, int nfilter, int *rc)
{
	struct rank_data *d = api->xGetAuxdata(fc, 0);
	if (d)
		return d;
	int np = api->xPhraseCount(fc) - nfilter;
	if (np < 0)
		np = 0;
	sqlite3_int64 rows = 0;
	d = sqlite3_malloc64(sizeof *d + (size_t)np * sizeof d->idf[0]);
	if (!d) {
		*rc = SQLITE_NOMEM;
		return NULL;
	}
	d->nphrase = np;
	*rc = yd_fts_avg_len(api, fc, &d->avgdl);
	if (*rc == SQLITE_OK)
		*rc = api->xRowCount(fc, &rows);
	for (int i = 0; i < np && *rc == SQLITE_OK; i++) {
		int64_t n = 0;
		*rc = api->xQueryPhrase(fc, i, &n, count_cb);
		double idf = log(((double)rows - (double)n + 0.5) / ((double)n + 0.5));
		d->idf[i] = idf > 1e-6 ? idf : 1e-6;
	}
	if (*rc == SQLITE_OK)
		*rc = api->xSetAuxdata(fc, d, sqlite3_free);
	else
		sqlite3_free(d);
	return *rc == SQLITE_OK ? d : NULL;
}

static void rank(const Fts5ExtensionApi *api, Fts5Context *fc,
		 sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	int rc = SQLITE_OK;
	int nfilter = argc > 5 ? sqlite3_value_int(argv[5]) : 0;
	struct rank_data *d = rank_data(api, fc, nfilter, &rc);
	double freq[64] = { 0 };
	int ninst = 0, len = 0;
	if (rc == SQLITE_OK)
		rc = api->xInstCount(fc, &ninst);
	for (int i = 0; i < ninst && rc == SQLITE_OK; i++) {
		int p, col, off;
		rc = api->xInst(fc, i, &p, &col, &off);
		if (rc == SQLITE_OK && p < 64 && col < YD_RANK_COLS)
			freq[p] += col < argc ? sqlite3_value_double(argv[col]) : 1.0;
	}
	if (rc == SQLITE_OK)
		rc = yd_fts_row_len(api, fc, &len);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	double score = 0;
	for (int p = 0; p < d->nphrase && p < 64; p++)
		score += d->idf[p] * freq[p] * (RANK_K1 + 1) /
			(freq[p] + RANK_K1 * (1 - RANK_B + RANK_B * len / d->avgdl));
	sqlite3_result_double(ctx, -score);
}

static void md_text(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	if (!s) {
		sqlite3_result_null(ctx);
		return;
	}
	size_t n;
	char *p = yd_md_plain(s, (size_t)sqlite3_value_bytes(argv[0]), &n);
	if (!p)
		sqlite3_result_error_nomem(ctx);
	else
		sqlite3_result_text(ctx, p, (int)n, free);
}

static fts5_api *get_api(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	return api;
}

int yd_search_register(sqlite3 *db)
{
	static fts5_tokenizer tok = { tok_create, tok_delete, tok_run };
	static int dummy;
	fts5_api *api = get_api(db);
	if (!api)
		return SQLITE_ERROR;
	int rc = api->xCreateTokenizer(api, "yidu", &dummy, &tok, NULL);
	if (rc == SQLITE_OK)
		rc = api->xCreateFunction(api, "yd_title_hit", NULL, title_hit, NULL);
	if (rc == SQLITE_OK)
		rc = api->xCreateFunction(api, "yd_rank", NULL, rank, NULL);
	if (rc == SQLITE_OK)
		rc = yd_search_rank_register(api);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(db, "yd_md_text", 1,
			SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
			NULL, md_text, NULL, NULL);
	return rc;
}
