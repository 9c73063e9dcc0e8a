/* Small SQLite helpers shared by the corpus reader and the builder. */
#ifndef YIDU_SQLUTIL_H
#define YIDU_SQLUTIL_H

#include <sqlite3.h>
#include <stdint.h>
#include "yidu/error.h"

/* Runs one or more statements; on failure fills err (code YD_EDB) with
 * `what` and SQLite's message, and returns -1. */
int yd_sql_exec(sqlite3 *db, const char *sql, const char *what, yd_error *err);

/* Prepares a statement that lives as long as the connection
 * (SQLITE_PREPARE_PERSISTENT); NULL and err filled on failure. */
sqlite3_stmt *yd_sql_prepare(sqlite3 *db, const char *sql, yd_error *err);

/* Fills err from the connection's last error; returns -1. */
int yd_sql_fail(sqlite3 *db, const char *what, yd_error *err);

/* malloc'd copy of a text column, NULL for SQL NULL. */
char *yd_sql_text(sqlite3_stmt *st, int col);

/* Binds a string, or NULL when s is NULL. */
int yd_sql_bind_text(sqlite3_stmt *st, int idx, const char *s);

/* First column of the first row of a one-shot query as an integer;
 * `dflt` when there is no row or on error. */
int64_t yd_sql_int(sqlite3 *db, const char *sql, int64_t dflt);

/* The schema (data/schema.sql), embedded at build time. */
extern const char yd_schema_sql[];

#endif
