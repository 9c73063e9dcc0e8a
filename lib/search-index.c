/* Filling the search index during a build.
 *
 * Indexing row by row from triggers costs FTS5 a flush and an automerge
 * every megabyte of tokens: the import ran at ~600 articles/s. Instead the
 * builder indexes the articles it added in one pass at its finish, in id
 * order, with a large in-memory hash, so FTS5 writes a few big segments
 * and merges them once. It runs after lib/build-counts.c, whose
 * search_facet rows are part of what is indexed.
 *
 * Articles that were already indexed (--append) and that the build changes
 * (an excerpt replaced by its full text, a richer duplicate) are taken out
 * of the index by a temporary trigger when they first change, with the
 * text and facets they were indexed with, and noted; the finish indexes
 * them again with their new text and facets.
 *
 * A new corpus's index is built without FTS5's hash, by sorting
 * (lib/search-segment.c, three times as fast at 100,000 articles), as
 * its articles are stored (the finish merges the runs) or, when that
 * build was dropped (an article replaced after it was indexed), here;
 * FTS5's build below stays for --append and for SQLite versions whose
 * format was not checked.
 */
#include "config.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "search-internal.h"
#include "search-segment.h"

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
		"CREATE TEMP TABLE search_redo (id INTEGER PRIMARY KEY);"
		"CREATE TEMP TRIGGER search_unindex AFTER UPDATE OF title, "
		"summary, body ON main.article WHEN old.id < %" PRId64 " AND "
		"old.id NOT IN (SELECT id FROM temp.search_redo) BEGIN "
		"INSERT INTO search (search, rowid, title, summary, body, py, "
		"facets) VALUES ('delete', old.id, old.title, old.summary, "
		"yd_md_text(old.body), char(57344) || old.title, "
		"(SELECT facets FROM main.search_facet WHERE id = old.id)); "
		"INSERT INTO search_redo VALUES (old.id); END", first_new);
	return exec(db, sql);
}

/* Runs one INSERT … SELECT (?1: the first new id, if it uses it). */
static int index_rows(sqlite3 *db, const char *sql, int64_t first_new)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	if (sqlite3_bind_parameter_count(st) > 0)
		sqlite3_bind_int64(st, 1, first_new);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_OK ? SQLITE_ERROR : rc;
	return SQLITE_OK;
}

/* search_term (data/schema.sql) from the index's vocabulary: terms of
 * one or two characters from U+2E80 on, outside the private-use area
 * (the column markers). Terms only ever added: one whose articles were
 * all re-indexed (--append) expands to a phrase that matches nothing.
 * Reading the vocabulary costs a pass over the index (about 7 s of CPU
 * at 100,000 articles, against ~140 s for the whole import). */
static int fill_terms(sqlite3 *db)
{
	int rc = exec(db, "CREATE VIRTUAL TABLE temp.search_vocab USING "
		      "fts5vocab(main, search, row)");
	if (rc != SQLITE_OK)
		return rc;
	rc = exec(db, "INSERT OR IGNORE INTO search_term (term) SELECT term "
		  "FROM temp.search_vocab WHERE length(term) <= 2 AND "
		  "unicode(term) >= 11904 AND unicode(term) NOT BETWEEN 57344 "
		  "AND 63743");
	int rc2 = exec(db, "DROP TABLE temp.search_vocab");
	return rc != SQLITE_OK ? rc : rc2;
}

int yd_search_index_finish(sqlite3 *db, int64_t first_new,
			   struct yd_segment_live *live)
{
	if (first_new <= 1) {
		bool built = false;
		int rc = yd_segment_live_finish(live, &built);
		if (rc != SQLITE_OK || built)
			return rc;
		rc = yd_search_segment_run(db, YD_SEGMENT_BUILD, &built, NULL);
		if (rc != SQLITE_OK || built)
			return rc;
	}
	char sql[256];
	snprintf(sql, sizeof sql,
		 "INSERT INTO search (search, rank) VALUES ('hashsize', %d)",
		 BUILD_HASHSIZE);
	int rc = exec(db, sql);
	if (rc != SQLITE_OK)
		return rc;
	bool redo = first_new > 1;
	if (redo)
		rc = index_rows(db, "INSERT INTO search (rowid, title, summary, "
				"body, py, facets) SELECT s.id, title, summary, body, "
				"py, facets FROM temp.search_redo r, search_src s "
				"WHERE s.id = r.id ORDER BY r.id", first_new);
	if (rc == SQLITE_OK)
		rc = index_rows(db, "INSERT INTO search (rowid, title, summary, "
				"body, py, facets) SELECT id, title, summary, body, "
				"py, facets FROM search_src WHERE id >= ?1 ORDER BY id",
				first_new);
	/* One segment instead of a dozen: a query ending in a lone character
	 * is an OR of a few hundred terms (search_term), and each term costs
	 * a seek in every segment (医 on 100,000 articles: 26 → 17 ms of CPU
	 * for a first page; the optimize: 10 s of CPU, ~7 % of the import). */
	if (rc == SQLITE_OK)
		rc = exec(db, "INSERT INTO search (search) VALUES ('optimize')");
	if (rc == SQLITE_OK)
		rc = fill_terms(db);
	if (rc != SQLITE_OK)
		return rc;
	snprintf(sql, sizeof sql, "%s"
		 "INSERT INTO search (search, rank) VALUES ('hashsize', %d)",
		 redo ? "DROP TRIGGER temp.search_unindex;"
		 "DROP TABLE temp.search_redo;" : "", 1024 * 1024);
	return exec(db, sql);
}
