/* Reader state: read marks, bookmarks and searches in their own SQLite
 * file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sqlite3.h>

#include "yidu/state.h"

struct yd_state {
	char *path;
	sqlite3 *db;         /* NULL until the first write if the file is absent */
	/* The look-ups the list makes for every row it shows, prepared once. */
	sqlite3_stmt *read_st, *bookmark_st;
};

/* synchronous=NORMAL: in WAL mode a commit then needs no fsync (only a
 * checkpoint does), so marking an article read does not wait for the disk;
 * a power cut can lose the last marks, never corrupt the file. */
static const char state_schema[] =
	"PRAGMA journal_mode=WAL;"
	"PRAGMA synchronous=NORMAL;"
	"CREATE TABLE IF NOT EXISTS read_mark(slug TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE IF NOT EXISTS bookmark(slug TEXT PRIMARY KEY, title TEXT NOT NULL,"
	" at INTEGER NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE IF NOT EXISTS search_history(query TEXT PRIMARY KEY,"
	" at INTEGER NOT NULL) WITHOUT ROWID;";

char *yd_state_default_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	const char *base, *tail;
	if (xdg && xdg[0] == '/') {
		base = xdg;
		tail = "/yidu/state.db";
	} else if (home && home[0]) {
		base = home;
		tail = "/.local/share/yidu/state.db";
	} else {
		return NULL;
	}
	size_t n = strlen(base) + strlen(tail) + 1;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s%s", base, tail);
	return p;
}

/* mkdir -p of the folders leading to path. */
static int make_parents(const char *path)
{
	char *p = strdup(path);
	if (!p)
		return -1;
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	free(p);
	return 0;
}

static int connect(yd_state *s, bool create, yd_error *err)
{
	if (s->db)
		return 0;
	int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
	if (create && strcmp(s->path, ":memory:") != 0 && make_parents(s->path) != 0)
		return yd_error_set(err, YD_EIO, "cannot create the folder for %s: %s",
				    s->path, strerror(errno));
	if (sqlite3_open_v2(s->path, &s->db, flags, NULL) != SQLITE_OK) {
		yd_error_set(err, YD_EIO, "cannot open %s: %s", s->path,
			     s->db ? sqlite3_errmsg(s->db) : "out of memory");
		sqlite3_close(s->db);
		s->db = NULL;
		return -1;
	}
	sqlite3_busy_timeout(s->db, 2000);
	if (sqlite3_exec(s->db, state_schema, NULL, NULL, NULL) != SQLITE_OK) {
		yd_error_set(err, YD_EDB, "%s is not a yidu state file: %s", s->path,
			     sqlite3_errmsg(s->db));
		sqlite3_close(s->db);
		s->db = NULL;
		return -1;
	}
	return 0;
}

yd_state *yd_state_open(const char *path, yd_error *err)
{
	yd_state *s = calloc(1, sizeof *s);
	if (!s || !(s->path = strdup(path))) {
		free(s);
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	struct stat st;
	bool mem = strcmp(path, ":memory:") == 0;
	/* An existing file is opened now so that reading works; a missing
	 * one waits for the first write. */
	if ((mem || stat(path, &st) == 0) && connect(s, mem, err) != 0) {
		yd_state_close(s);
		return NULL;
	}
	return s;
}

void yd_state_close(yd_state *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->read_st);
	sqlite3_finalize(s->bookmark_st);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

static bool exists(yd_state *s, sqlite3_stmt **cache, const char *sql, const char *slug)
{
	bool found;
	if (!s || !s->db || !slug)
		return false;
	if (!*cache && sqlite3_prepare_v2(s->db, sql, -1, cache, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(*cache, 1, slug, -1, SQLITE_STATIC);
	found = sqlite3_step(*cache) == SQLITE_ROW;
	sqlite3_reset(*cache);
	sqlite3_clear_bindings(*cache);
	return found;
}

static int run(yd_state *s, const char *sql, const char *a, const char *b,
	       yd_error *err)
{
	sqlite3_stmt *st;
	if (connect(s, true, err) != 0)
		return -1;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return yd_error_set(err, YD_EDB, "%s", sqlite3_errmsg(s->db));
	if (a)
		sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return yd_error_set(err, YD_EDB, "cannot save to %s: %s", s->path,
				    sqlite3_errmsg(s->db));
	return 0;
}

bool yd_state_is_read(yd_state *s, const char *slug)
{
	return exists(s, &s->read_st, "SELECT 1 FROM read_mark WHERE slug = ?1", slug);
}

int yd_state_mark_read(yd_state *s, const char *slug, yd_error *err)
{
	return run(s, "INSERT OR REPLACE INTO read_mark VALUES (?1, strftime('%s','now'))",
		   slug, NULL, err);
}

bool yd_state_is_bookmarked(yd_state *s, const char *slug)
{
	return exists(s, &s->bookmark_st, "SELECT 1 FROM bookmark WHERE slug = ?1", slug);
}

int yd_state_set_bookmark(yd_state *s, const char *slug, const char *title,
			  bool on, yd_error *err)
{
	if (on)
		return run(s, "INSERT OR REPLACE INTO bookmark VALUES (?1, ?2,"
			   " (SELECT coalesce(max(at), 0) + 1 FROM bookmark))",
			   slug, title ? title : "", err);
	return run(s, "DELETE FROM bookmark WHERE slug = ?1", slug, NULL, err);
}

int yd_state_bookmarks(yd_state *s, yd_bookmark **out, size_t *n, yd_error *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	if (!s->db)
		return 0;
	if (sqlite3_prepare_v2(s->db, "SELECT slug, title FROM bookmark ORDER BY at DESC",
			       -1, &st, NULL) != SQLITE_OK)
		return yd_error_set(err, YD_EDB, "%s", sqlite3_errmsg(s->db));
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			yd_bookmark *v = realloc(*out, cap * sizeof *v);
			if (!v)
				break;
			*out = v;
		}
		(*out)[*n].slug = strdup((const char *)sqlite3_column_text(st, 0));
		(*out)[*n].title = strdup((const char *)sqlite3_column_text(st, 1));
		(*n)++;
	}
	sqlite3_finalize(st);
	return 0;
}

void yd_bookmarks_free(yd_bookmark *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].slug);
		free(v[i].title);
	}
	free(v);
}

int yd_state_clear(yd_state *s, yd_error *err)
{
	if (!s->db)
		return 0;
	if (sqlite3_exec(s->db, "DELETE FROM read_mark; DELETE FROM bookmark;"
			 " DELETE FROM search_history;",
			 NULL, NULL, NULL) != SQLITE_OK)
		return yd_error_set(err, YD_EDB, "%s", sqlite3_errmsg(s->db));
	return 0;
}

int yd_state_add_search(yd_state *s, const char *query, yd_error *err)
{
	if (!query || !query[0])
		return 0;
	if (run(s, "INSERT OR REPLACE INTO search_history VALUES (?1,"
		" (SELECT coalesce(max(at), 0) + 1 FROM search_history))",
		query, NULL, err) != 0)
		return -1;
	char keep[32];
	snprintf(keep, sizeof keep, "%d", YD_SEARCH_HISTORY_MAX);
	return run(s, "DELETE FROM search_history WHERE at <= (SELECT at FROM "
		   "search_history ORDER BY at DESC LIMIT 1 OFFSET ?1)", keep, NULL, err);
}

int yd_state_searches(yd_state *s, char ***out, size_t *n, yd_error *err)
{
	sqlite3_stmt *st;
	*out = NULL;
	*n = 0;
	if (!s->db)
		return 0;
	if (sqlite3_prepare_v2(s->db, "SELECT query FROM search_history ORDER BY at DESC",
			       -1, &st, NULL) != SQLITE_OK)
		return yd_error_set(err, YD_EDB, "%s", sqlite3_errmsg(s->db));
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW && *n < YD_SEARCH_HISTORY_MAX) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			char **v = realloc(*out, cap * sizeof *v);
			if (!v)
				break;
			*out = v;
		}
		char *q = strdup((const char *)sqlite3_column_text(st, 0));
		if (!q)
			break;
		(*out)[(*n)++] = q;
	}
	sqlite3_finalize(st);
	return 0;
}

void yd_state_searches_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}
