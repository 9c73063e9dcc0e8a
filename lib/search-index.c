/* Filling the search index during a build.
 *
 * Indexing row by row from triggers costs FTS5 a flush and an automerge
 * every megabyte of tokens: the import ran at ~600 articles/s. Instead the
 * builder indexes the articles it added in one pass at its finish, in id
 * order, with a large in-memory hash, so FTS5 writes a few big segments
 * and merges them once. Articles that were already indexed (--append) and
 * are changed by the build (an excerpt replaced by its full text, a
 * richer duplicate) are re-indexed by a temporary trigger as they change.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "search-internal.h"

/* FTS5's pending-data limit while building. Its default, 1 MB, writes a
 * segment every 100 or so articles and merges all along; much larger
 * hashes are slower again, the hash's entries no longer staying in the
 * cache (measured on gen-corpus articles: 1 MB 700, 16 MB 1,300-1,500,
 * 256 MB 1,000 articles/s of indexing). */
#define BUILD_HASHSIZE (16 * 1024 * 1024)

static int exec(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int yd_search_index_begin(sqlite3 *db, int64_t first_new)
{
	if (first_new <= 1)
		return SQLITE_OK;          /* a new corpus: nothing indexed yet */
	char sql[1024];
	snprintf(sql, sizeof sql,
		"CREATE TEMP TRIGGER search_reindex AFTER UPDATE OF title, "
		"summary, body ON main.article WHEN old.id < %" PRId64 " BEGIN "
		"INSERT INTO search (search, rowid, title, summary, body, py) "
		"VALUES ('delete', old.id, old.title, old.summary, "
		"yd_md_text(old.body), char(57344) || old.title); "
		"INSERT INTO search (rowid, title, summary, body, py) "
		"VALUES (new.id, new.title, new.summary, yd_md_text(new.body), "
		"char(57344) || new.title); END", first_new);
	return exec(db, sql);
}

int yd_search_index_finish(sqlite3 *db, int64_t first_new)
{
	char sql[256];
	snprintf(sql, sizeof sql,
		 "INSERT INTO search (search, rank) VALUES ('hashsize', %d)",
		 BUILD_HASHSIZE);
	int rc = exec(db, sql);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_stmt *st;
	rc = sqlite3_prepare_v2(db, "INSERT INTO search (rowid, title, summary, "
				"body, py) SELECT id, title, summary, body, py "
				"FROM search_src WHERE id >= ?1 ORDER BY id",
				-1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, first_new);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_OK ? SQLITE_ERROR : rc;
	snprintf(sql, sizeof sql, "DROP TRIGGER IF EXISTS temp.search_reindex;"
		 "INSERT INTO search (search, rank) VALUES ('hashsize', %d)",
		 1024 * 1024);
	return exec(db, sql);
}
