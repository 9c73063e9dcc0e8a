/* Small SQLite helpers shared by the corpus reader and the builder. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sqlutil.h"

int yd_sql_fail(sqlite3 *db, const char *what, yd_error *err)
{
	return yd_error_set(err, YD_EDB, "%s: %s", what,
			    db ? sqlite3_errmsg(db) : "out of memory");
}

int yd_sql_exec(sqlite3 *db, const char *sql, const char *what, yd_error *err)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return 0;
	yd_error_set(err, YD_EDB, "%s: %s", what, msg ? msg : sqlite3_errmsg(db));
	sqlite3_free(msg);
	return -1;
}

sqlite3_stmt *yd_sql_prepare(sqlite3 *db, const char *sql, yd_error *err)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
			       NULL) != SQLITE_OK) {
		yd_sql_fail(db, "preparing a query", err);
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

char *yd_sql_text(sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);
	if (!s)
		return NULL;
	size_t n = (size_t)sqlite3_column_bytes(st, col);
	char *r = malloc(n + 1);
	if (r) {
		memcpy(r, s, n);
		r[n] = '\0';
	}
	return r;
}

int yd_sql_bind_text(sqlite3_stmt *st, int idx, const char *s)
{
	if (!s)
		return sqlite3_bind_null(st, idx);
	return sqlite3_bind_text(st, idx, s, -1, SQLITE_TRANSIENT);
}

int64_t yd_sql_int(sqlite3 *db, const char *sql, int64_t dflt)
{
	sqlite3_stmt *st = NULL;
	int64_t v = dflt;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

bool yd_sql_read_begin(sqlite3 *db)
{
	return sqlite3_get_autocommit(db) &&
	       sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
}

void yd_sql_read_end(sqlite3 *db, bool began)
{
	if (began && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
}
