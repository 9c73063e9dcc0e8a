/* The region and topic trees of a corpus must be trees: a parent loop
 * (a node its own ancestor, as only a hand-edited file can have) is
 * refused when the corpus is opened, naming a node on it, instead of
 * hiding the loop's nodes and whatever hangs under them.
 *
 * The check reads every (node, parent) pair once, in key order, and walks
 * each chain upwards in memory, never walking a node twice: a few thousand
 * rows cost well under a millisecond. (A recursive SQL query that followed
 * every node's chain to the root did the same in about 80 M instructions,
 * three quarters of the browser's start-up on the sample.) */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus-internal.h"
#include "yidu/grow.h"
#include "yidu/text.h"

/* Deeper than any real tree (regions 3 levels, topics a few): a chain
 * this long is refused as if it were a loop. */
#define DEPTH_MAX 64

typedef struct tree_node {
	int64_t key, parent;
	int has_parent;
	size_t up;          /* index of the parent, or SIZE_MAX: none here */
	size_t walk;        /* 0: not walked yet; else 1 + the walk's start */
	int depth;          /* links to the top of its chain, once known */
} tree_node;

static size_t find_key(const tree_node *v, size_t n, int64_t key)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].key == key ? lo : SIZE_MAX;
}

/* Index of a node on a loop, or of one whose chain is DEPTH_MAX links or
 * more, or SIZE_MAX when the nodes form trees. */
static size_t find_loop(tree_node *v, size_t n, size_t *path)
{
	size_t deep = SIZE_MAX;
	for (size_t i = 0; i < n; i++)
		v[i].up = v[i].has_parent ? find_key(v, n, v[i].parent) : SIZE_MAX;
	for (size_t s = 0; s < n; s++) {
		if (v[s].walk)
			continue;
		/* Up from s until the top, or a node walked before. */
		size_t len = 0, j = s;
		int base = 0;
		while (j != SIZE_MAX && !v[j].walk) {
			v[j].walk = s + 1;
			path[len++] = j;
			j = v[j].up;
		}
		if (j != SIZE_MAX && v[j].walk == s + 1)
			return j;   /* met this walk's own path: a loop through j */
		if (j != SIZE_MAX)
			base = v[j].depth + 1;
		/* Depths down the path, from the top. */
		for (size_t k = len; k-- > 0; base++) {
			v[path[k]].depth = base;
			if (base >= DEPTH_MAX && deep == SIZE_MAX)
				deep = path[k];
		}
	}
	return deep;
}

static int check_tree(sqlite3 *db, const char *path, const char *table,
		      const char *key, const char *what, yd_error *err)
{
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT %s, parent FROM %s ORDER BY %s", key, table, key);
	sqlite3_stmt *st = NULL;
	tree_node *v = NULL;
	size_t n = 0, cap = 0, *walk = NULL;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL), ret = 0;
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!YD_GROW(v, cap, n + 1)) {
			ret = yd_error_set(err, YD_ENOMEM, "%s: out of memory", path);
			goto done;
		}
		v[n].key = sqlite3_column_int64(st, 0);
		v[n].has_parent = sqlite3_column_type(st, 1) != SQLITE_NULL;
		v[n].parent = sqlite3_column_int64(st, 1);
		v[n].walk = 0;
		v[n].depth = 0;
		n++;
		rc = SQLITE_OK;
	}
	if (rc != SQLITE_DONE) {
		ret = yd_error_set(err, YD_ECORRUPT, "%s: the corpus is damaged: %s",
				   path, sqlite3_errmsg(db));
		goto done;
	}
	if (n == 0)
		goto done;
	if (!(walk = malloc(n * sizeof *walk))) {
		ret = yd_error_set(err, YD_ENOMEM, "%s: out of memory", path);
		goto done;
	}
	size_t bad = find_loop(v, n, walk);
	if (bad == SIZE_MAX)
		goto done;
	/* Its name, for the message. */
	sqlite3_finalize(st);
	snprintf(sql, sizeof sql, "SELECT name FROM %s WHERE %s = ?1", table, key);
	st = NULL;
	const char *name = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, v[bad].key);
		if (sqlite3_step(st) == SQLITE_ROW)
			name = (const char *)sqlite3_column_text(st, 0);
	}
	char *clean = yd_text_sanitize(name ? name : "", name ? strlen(name) : 0, 0, NULL);
	ret = yd_error_set(err, YD_ECORRUPT, "%s: refused: the corpus is "
			   "damaged: the %s tree has a parent loop at %s %lld "
			   "\"%.80s\"", path, what, what, (long long)v[bad].key,
			   clean ? clean : "");
	free(clean);
done:
	sqlite3_finalize(st);
	free(v);
	free(walk);
	return ret;
}

int yd_corpus_check_trees(sqlite3 *db, const char *path, yd_error *err)
{
	if (check_tree(db, path, "region", "code", "region", err) != 0)
		return -1;
	return check_tree(db, path, "topic", "id", "topic", err);
}
