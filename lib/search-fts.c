/* The pieces of search that live inside SQLite, registered on every
 * connection that opens a corpus: the FTS5 tokenizer "yidu", the
 * auxiliary function yd_title_hit() and the scalar function yd_md_text()
 * that the index's content view and triggers use (data/schema.sql). */
#include "config.h"

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
 * pinyin (columns 0 and 3). */
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
			if (col == 0 || col == 3) {
				hit = 1;
				break;
			}
	}
	sqlite3_result_int(ctx, hit);
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
		rc = sqlite3_create_function(db, "yd_md_text", 1,
			SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
			NULL, md_text, NULL, NULL);
	return rc;
}
