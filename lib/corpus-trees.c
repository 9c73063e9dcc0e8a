/* The region and topic trees of a corpus must be trees: a parent loop
 * (a node its own ancestor, as only a hand-edited file can have) is
 * refused when the corpus is opened, naming a node on it, instead of
 * hiding the loop's nodes and whatever hangs under them. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus-internal.h"
#include "yidu/text.h"

/* Deeper than any real tree (regions 3 levels, topics a few): a chain
 * this long is a loop, or leads into one. */
#define DEPTH_MAX 64

static int check_tree(sqlite3 *db, const char *path, const char *table,
		      const char *key, const char *what, yd_error *err)
{
	char sql[1024];
	snprintf(sql, sizeof sql,
		"WITH RECURSIVE up(start, node, depth) AS ("
		" SELECT %s, parent, 1 FROM %s WHERE parent IS NOT NULL"
		" UNION ALL SELECT up.start, t.parent, up.depth + 1 FROM up"
		"  JOIN %s t ON t.%s = up.node"
		"  WHERE up.node != up.start AND up.depth < %d AND t.parent IS NOT NULL)"
		" SELECT up.start, t.name FROM up JOIN %s t ON t.%s = up.start"
		" WHERE up.node = up.start OR up.depth >= %d"
		" ORDER BY up.node != up.start LIMIT 1",
		key, table, table, key, DEPTH_MAX, table, key, DEPTH_MAX);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return yd_error_set(err, YD_ECORRUPT, "%s: the corpus is damaged: %s",
				    path, sqlite3_errmsg(db));
	int rc = sqlite3_step(st), ret = 0;
	if (rc == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 1);
		char *clean = yd_text_sanitize(name ? name : "", name ? strlen(name) : 0,
					       0, NULL);
		ret = yd_error_set(err, YD_ECORRUPT, "%s: refused: the corpus is "
				   "damaged: the %s tree has a parent loop at %s %lld "
				   "\"%.80s\"", path, what, what,
				   (long long)sqlite3_column_int64(st, 0),
				   clean ? clean : "");
		free(clean);
	} else if (rc != SQLITE_DONE) {
		ret = yd_error_set(err, YD_ECORRUPT, "%s: the corpus is damaged: %s",
				   path, sqlite3_errmsg(db));
	}
	sqlite3_finalize(st);
	return ret;
}

int yd_corpus_check_trees(sqlite3 *db, const char *path, yd_error *err)
{
	if (check_tree(db, path, "region", "code", "region", err) != 0)
		return -1;
	return check_tree(db, path, "topic", "id", "topic", err);
}
