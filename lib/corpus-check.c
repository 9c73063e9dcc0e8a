/* The full integrity check of an open corpus, run on demand
 * (`yidu --check CORPUS`), never on every open: it reads every page of the
 * file, about a second per 700 MB. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "corpus-internal.h"

/* At most this many problems are reported; the count says "or more". */
#define CHECK_MAX_PROBLEMS 100

int yd_corpus_check(yd_corpus *c, void (*problem)(void *, const char *),
		    void *ctx, yd_error *err)
{
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA integrity_check(%d)", CHECK_MAX_PROBLEMS);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
		return yd_error_set(err, YD_ECORRUPT, "the corpus is damaged: %s",
				    sqlite3_errmsg(c->db));
	/* Damage is reported as rows; one row "ok" when there is none. */
	int n = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *row = (const char *)sqlite3_column_text(st, 0);
		if (!row || strcmp(row, "ok") == 0)
			continue;
		static const char banner[] = "*** in database main ***\n";
		if (strncmp(row, banner, sizeof banner - 1) == 0)
			row += sizeof banner - 1;
		n++;
		if (problem)
			problem(ctx, row);
	}
	if (rc != SQLITE_DONE) {
		/* a page too damaged to walk stops the check itself */
		yd_error_set(err, YD_ECORRUPT, "the corpus is damaged: %s",
			     sqlite3_errmsg(c->db));
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return n;
}
