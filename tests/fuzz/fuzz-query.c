/* libFuzzer harness for query understanding and translation: any bytes as
 * a query must give a plan whose FTS5 expressions (every tier, as
 * yd_search runs them) SQLite accepts, that never match an article's
 * facets by the user's text (row 2 here has only facets the query cannot
 * name), and a highlight within the text's bounds. The word dictionary
 * and the gazetteer come from $YIDU_DATA_DIR (the tests set it). */
#include "config.h"

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/build.h"
#include "yidu/search.h"
#include "search-internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* lib/build.c is the builder; the harness needs only its data folder. */
const char *yd_data_dir(void)
{
	const char *d = getenv("YIDU_DATA_DIR");
	return d && *d ? d : "data";
}

static sqlite3 *db;
static sqlite3_stmt *st;

static void init(void)
{
	if (sqlite3_open(":memory:", &db) != SQLITE_OK || yd_search_register(db) != SQLITE_OK ||
	    sqlite3_exec(db, "CREATE VIRTUAL TABLE search USING fts5(body, title, "
			 "summary, py, facets, tokenize = 'yidu');"
			 "CREATE TABLE region_alias (alias TEXT, code INTEGER);"
			 "INSERT INTO region_alias VALUES ('深圳', 440300), "
			 "('深圳市', 440300), ('广东', 440000), ('北京', 110000);"
			 "CREATE TABLE topic (id INTEGER PRIMARY KEY, words TEXT);"
			 "INSERT INTO topic VALUES (1, ''), (2, '医保,社保'), "
			 "(3, '报销,住院'), (4, '电话,热线');"
			 "INSERT INTO search (rowid, title, summary, body, py, facets) "
			 "VALUES (1, '医保报销', '異地就醫', 'APP 2025年 门诊统筹', "
			 "char(57344) || '医保报销', char(57345) || ' r110000 t2');"
			 "INSERT INTO search (rowid, facets) VALUES (2, "
			 "char(57345) || ' r999999 t99')",
			 NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT rowid, yd_match(search, ?2, ?3, ?4) "
			       "FROM search WHERE search MATCH ?1", -1, &st, NULL) != SQLITE_OK)
		abort();
}

static void run(const char *q, const yd_qplan *p, size_t atleast)
{
	char *map = NULL;
	char *expr = yd_qplan_expr(p, ~0u, atleast, &map);
	if (!expr) {
		free(map);
		return;
	}
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, map, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 3, (int)p->n);
	sqlite3_bind_int(st, 4, 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (sqlite3_column_int64(st, 0) == 2) {
			fprintf(stderr, "query %s → %s matched facets\n", q, expr);
			abort();
		}
		if (sqlite3_column_bytes(st, 1) != (int)sizeof(struct yd_match))
			abort();
	}
	if (rc != SQLITE_DONE) {
		fprintf(stderr, "query %s → %s: %s\n", q, expr, sqlite3_errmsg(db));
		abort();
	}
	free(expr);
	free(map);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!db)
		init();
	char *q = malloc(size + 1);
	memcpy(q, data, size);
	q[size] = '\0';                  /* queries are C strings */
	yd_qplan p;
	if (yd_qplan_make(q, db, &p) != 0)
		abort();
	for (size_t k = p.n; k >= 1; k--)
		run(q, &p, k);
	if (p.n == 0)
		run(q, &p, 0);
	yd_qplan_free(&p);
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
