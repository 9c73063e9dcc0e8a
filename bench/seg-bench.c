/* seg-bench STAGE CORPUS: measures the search index built by sorting
 * (lib/search-segment.c, issue 17) on a corpus yidu-import built.
 * STAGE tokenize, sort or encode: reads and tokenizes every row of the
 * index's content (and sorts each batch, and encodes its doclists),
 * writing nothing. build: drops the index ('delete-all') and builds it
 * the new way; serial: drops it and builds it as FTS5 does (the
 * importer's INSERT … SELECT and optimize); both commit, so pass a copy.
 * Prints wall and CPU seconds of the step and what was counted.
 * check: FTS5's integrity-check (the index against the text tokenized
 * again). instance, vocab, docsize, averages, terms: prints the index's
 * every (term, row, column, offset) in order (fts5vocab 'instance'), every
 * term with its row and instance counts (fts5vocab 'row'), the rows'
 * column sizes, the token totals record, or search_term, for comparing
 * two builds (md5sum). */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "search-internal.h"
#include "search-segment.h"

static double wall(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double cpu(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
		(double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static void check(sqlite3 *db, int rc, const char *what)
{
	if (rc != SQLITE_OK) {
		fprintf(stderr, "seg-bench: %s: %s\n", what, sqlite3_errmsg(db));
		exit(1);
	}
}

static void exec(sqlite3 *db, const char *sql)
{
	check(db, sqlite3_exec(db, sql, NULL, NULL, NULL), sql);
}

static const char *dumps[][2] = {
	/* in the index's order (term, row, column, offset): sorting 175 M
	 * rows at 100,000 articles would take longer than the build */
	{ "instance", "SELECT term, doc, col, offset FROM temp.v" },
	{ "vocab", "SELECT term, doc, cnt FROM temp.r ORDER BY term" },
	{ "docsize", "SELECT id, hex(sz) FROM search_docsize ORDER BY id" },
	{ "averages", "SELECT hex(block) FROM search_data WHERE id = 1" },
	{ "terms", "SELECT term FROM search_term ORDER BY term" },
};

static int dump(sqlite3 *db, const char *what)
{
	exec(db, "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search, instance);"
	     "CREATE VIRTUAL TABLE temp.r USING fts5vocab(main, search, row)");
	for (size_t i = 0; i < sizeof dumps / sizeof dumps[0]; i++) {
		if (strcmp(what, dumps[i][0]) != 0)
			continue;
		sqlite3_stmt *st;
		check(db, sqlite3_prepare_v2(db, dumps[i][1], -1, &st, NULL), what);
		int rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			for (int c = 0; c < sqlite3_column_count(st); c++)
				printf("%s%s", c ? "\t" : "", sqlite3_column_text(st, c));
			putchar('\n');
		}
		check(db, rc == SQLITE_DONE ? SQLITE_OK : rc, what);
		sqlite3_finalize(st);
		return 0;
	}
	fprintf(stderr, "seg-bench: unknown stage %s\n", what);
	return 2;
}

int main(int argc, char **argv)
{
	static const char *stages[] = { "tokenize", "sort", "encode", "build" };
	if (argc != 3) {
		fprintf(stderr, "usage: seg-bench tokenize|sort|encode|build|serial|check|instance|vocab|docsize|averages|terms CORPUS\n");
		return 2;
	}
	int stage = -1;
	for (int i = 0; i < 4; i++)
		if (strcmp(argv[1], stages[i]) == 0)
			stage = i;
	bool serial = strcmp(argv[1], "serial") == 0;
	sqlite3 *db;
	if (sqlite3_open(argv[2], &db) != SQLITE_OK || yd_search_register(db) != SQLITE_OK)
		check(db, SQLITE_ERROR, argv[2]);
	if (strcmp(argv[1], "check") == 0) {
		exec(db, "INSERT INTO search (search, rank) VALUES ('integrity-check', 1)");
		puts("integrity-check: ok");
		return 0;
	}
	if (stage < 0 && !serial)
		return dump(db, argv[1]);
	exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
	     "PRAGMA cache_size = -32768");
	if (stage >= YD_SEGMENT_BUILD || serial)
		exec(db, "BEGIN; INSERT INTO search (search) VALUES ('delete-all');"
		     "DELETE FROM search_term");
	double w0 = wall(), c0 = cpu();
	struct yd_segment_stats st = { 0 };
	bool built = false;
	if (serial)
		exec(db, "INSERT INTO search (search, rank) VALUES ('hashsize', 16777216);"
		     "INSERT INTO search (rowid, title, summary, body, py, facets) "
		     "SELECT id, title, summary, body, py, facets FROM search_src ORDER BY id;"
		     "INSERT INTO search (search) VALUES ('optimize')");
	else
		check(db, yd_search_segment_run(db, stage, &built, &st), argv[1]);
	double w1 = wall(), c1 = cpu();
	if (stage >= YD_SEGMENT_BUILD || serial)
		exec(db, "COMMIT");
	printf("%s: %.2f s wall, %.2f s CPU; rows %llu, tokens %llu (long %llu), "
	       "batches %llu, segments %llu, terms %llu%s\n", argv[1], w1 - w0,
	       c1 - c0, (unsigned long long)st.rows, (unsigned long long)st.tokens,
	       (unsigned long long)st.long_tokens, (unsigned long long)st.batches,
	       (unsigned long long)st.segments, (unsigned long long)st.terms,
	       stage == YD_SEGMENT_BUILD && !built ? " (NOT BUILT)" : "");
	sqlite3_close(db);
	return 0;
}
