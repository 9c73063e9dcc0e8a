/* Small SQLite helpers shared by the corpus reader and the builder. */
#ifndef YIDU_SQLUTIL_H
#define YIDU_SQLUTIL_H

#include <sqlite3.h>
#include <stdbool.h>
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

/* One read transaction around the many statements of one reading of the
 * corpus (a search; an article with its regions, topics and related
 * ones): outside a transaction SQLite
 * takes and drops its shared lock for every statement, each time a few
 * fcntl() calls, a stat() of the journal and a read of the header, and
 * a question at 1,000,000 articles runs ~540 statements (~3,800 system
 * calls; 7 µs each on a virtual machine). read_begin returns whether it
 * began one (none was open, and BEGIN worked); read_end ends that one. */
bool yd_sql_read_begin(sqlite3 *db);
void yd_sql_read_end(sqlite3 *db, bool began);

/* The schema (data/schema.sql), embedded at build time. */
extern const char yd_schema_sql[];

#endif
