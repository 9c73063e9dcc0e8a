/* libFuzzer harness for the query translator: any bytes as a query must
 * give an FTS5 expression that SQLite accepts (or none), that never
 * matches an article's facets (region and topic tokens, row 2 here), and
 * a highlight within the text's bounds. */
#include "config.h"

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/search.h"
#include "search-internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sqlite3 *db;
static sqlite3_stmt *st;

static void init(void)
{
	if (sqlite3_open(":memory:", &db) != SQLITE_OK || yd_search_register(db) != SQLITE_OK ||
	    sqlite3_exec(db, "CREATE VIRTUAL TABLE search USING fts5(title, summary, "
			 "body, py, facets, tokenize = 'yidu');"
			 "INSERT INTO search (rowid, title, summary, body, py, facets) "
			 "VALUES (1, '医保报销', '異地就醫', 'APP 2025年 门诊统筹', "
			 "char(57344) || '医保报销', char(57345) || ' r110000 t2');"
			 "INSERT INTO search (rowid, facets) VALUES (2, "
			 "char(57345) || ' r440000 r440800 t3 t12')",
			 NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT rowid, yd_title_hit(search), bm25(search) "
			       "FROM search WHERE search MATCH ?1", -1, &st, NULL) != SQLITE_OK)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!db)
		init();
	char *q = malloc(size + 1);
	memcpy(q, data, size);
	q[size] = '\0';                  /* queries are C strings */
	yd_query pq;
	if (yd_query_parse(q, &pq) != 0)
		abort();
	char *expr = yd_query_fts(&pq);
	yd_query_free(&pq);
	if (expr) {
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, expr, -1, SQLITE_TRANSIENT);
		int rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			if (sqlite3_column_int64(st, 0) == 2) {
				fprintf(stderr, "query %s → %s matched facets\n", q, expr);
				abort();
			}
		if (rc != SQLITE_DONE) {
			fprintf(stderr, "query %s → %s: %s\n", q, expr, sqlite3_errmsg(db));
			abort();
		}
		free(expr);
	}
	static const char text[] = "醫保和医保，yibao 医保卡 异地就医备案";
	yd_range *r;
	long n = yd_search_highlight(text, sizeof text - 1, q, &r);
	if (n < 0)
		abort();
	for (long i = 0; i < n; i++)
		if (r[i].start >= r[i].end || r[i].end > sizeof text - 1 ||
		    (i > 0 && r[i].start < r[i - 1].end))
			abort();
	free(r);
	free(q);
	return 0;
}
