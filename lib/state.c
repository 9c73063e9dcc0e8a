/* Reader state: read marks, bookmarks and searches in their own SQLite
 * file. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sqlite3.h>

#include "yidu/corpus.h"
#include "yidu/state.h"
#include "yidu/text.h"

struct yd_state {
	char *path;
	char *corpus;        /* the corpus's path: the state must not be it */
	sqlite3 *db;         /* NULL until the first write if the file is absent */
	/* The look-ups the list makes for every row it shows, prepared once. */
	sqlite3_stmt *read_st, *bookmark_st;
	bool readonly;       /* cannot be written: reads only, writes ignored */
	bool told;           /* a failed read mark has returned the note once */
	char note[400];      /* why, for the status line */
};

/* "YDST": tells a state file from a corpus ("YIDU") and from other
 * programs' files. Files made before it was set have 0. */
#define STATE_APPLICATION_ID 0x59445354

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

static const char *kind_of(mode_t m)
{
	return S_ISDIR(m) ? "a directory" : S_ISCHR(m) ? "a character device"
		: S_ISBLK(m) ? "a block device" : S_ISFIFO(m) ? "a FIFO"
		: S_ISSOCK(m) ? "a socket" : "a special file";
}

/* The state file must be yidu's own: not the corpus (the same file, also
 * through a link), not any yidu corpus, not another program's file. What
 * SQLite would otherwise do is add yidu's tables to it. */
static int check_owner(const yd_state *s, yd_error *err)
{
	struct stat st, cs;
	if (stat(s->path, &st) != 0)
		return 0;   /* created on the first write */
	if (!S_ISREG(st.st_mode))
		return yd_error_set(err, YD_ENOTCORPUS, "the state file %s is %s; "
				    "refused", s->path, kind_of(st.st_mode));
	if (s->corpus && stat(s->corpus, &cs) == 0 && cs.st_dev == st.st_dev &&
	    cs.st_ino == st.st_ino)
		return yd_error_set(err, YD_ENOTCORPUS, "the state file %s is the "
				    "corpus itself; refused (bookmarks would be "
				    "written into the corpus)", s->path);
	if (st.st_size == 0)
		return 0;
	unsigned char h[100];
	FILE *f = fopen(s->path, "rb");
	size_t n = f ? fread(h, 1, sizeof h, f) : 0;
	if (f)
		fclose(f);
	if (!f)
		return 0;   /* unreadable: connect() says so */
	if (n < sizeof h || memcmp(h, "SQLite format 3", 16) != 0)
		return yd_error_set(err, YD_ENOTCORPUS, "the state file %s is not a "
				    "SQLite file (another program's file?); refused",
				    s->path);
	uint32_t app = (uint32_t)h[68] << 24 | (uint32_t)h[69] << 16 |
		(uint32_t)h[70] << 8 | h[71];
	if (app == YD_APPLICATION_ID)
		return yd_error_set(err, YD_ENOTCORPUS, "the state file %s is a yidu "
				    "corpus; refused", s->path);
	if (app != 0 && app != STATE_APPLICATION_ID)
		return yd_error_set(err, YD_ENOTCORPUS, "the state file %s is another "
				    "program's SQLite database (application_id 0x%08x); "
				    "refused", s->path, app);
	return 0;
}

/* Only yidu's tables may be in the file; anything else means it is
 * someone else's database. Run before anything is written to it. */
static int check_tables(yd_state *s, yd_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT type, name FROM sqlite_schema WHERE "
			       "name NOT IN ('read_mark', 'bookmark', 'search_history') LIMIT 1", -1,
			       &st, NULL) != SQLITE_OK)
		return sqlite3_errcode(s->db) == SQLITE_NOTADB
			? yd_error_set(err, YD_ENOTCORPUS, "the state file %s is not a "
				       "SQLite file; refused", s->path)
			: 1;   /* unreadable: left to the caller */
	int rc = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		char *name = yd_text_sanitize((const char *)sqlite3_column_text(st, 1),
					      (size_t)sqlite3_column_bytes(st, 1), 0, NULL);
		rc = yd_error_set(err, YD_ENOTCORPUS, "the state file %s has a %s "
				  "\"%.60s\" that is not yidu's (another program's "
				  "database?); refused", s->path,
				  (const char *)sqlite3_column_text(st, 0), name ? name : "");
		free(name);
	}
	sqlite3_finalize(st);
	return rc;
}

/* The state cannot be written (read-only file or folder, full disk, I/O
 * error): bookmarks and read marks are read if the file can be read at
 * all, without creating anything beside it, and not saved. */
static void degrade(yd_state *s, const char *why)
{
	snprintf(s->note, sizeof s->note, "Bookmarks and read marks are not "
		 "saved: %.300s", why);
	for (char *p = s->note; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	sqlite3_finalize(s->read_st);
	sqlite3_finalize(s->bookmark_st);
	s->read_st = s->bookmark_st = NULL;
	sqlite3_close(s->db);
	s->db = NULL;
	s->readonly = true;
	static const char *const modes[] = { "?mode=ro", "?immutable=1" };
	for (size_t i = 0; i < 2; i++) {
		char *uri = sqlite3_mprintf("file:%s%s", s->path, modes[i]);
		if (uri && sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY |
					   SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
		    sqlite3_exec(s->db, "SELECT count(*) FROM bookmark", NULL, NULL,
				 NULL) == SQLITE_OK) {
			sqlite3_free(uri);
			return;
		}
		sqlite3_free(uri);
		sqlite3_close(s->db);
		s->db = NULL;
	}
}

static bool cannot_write(int rc)
{
	rc &= 0xff;
	return rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN || rc == SQLITE_FULL ||
		rc == SQLITE_IOERR || rc == SQLITE_PERM || rc == SQLITE_AUTH;
}

/* Creates the file (mode 0600, in folders made 0700) before SQLite opens
 * it, so it never exists with wider permissions. */
static int create_file(const char *path)
{
	if (make_parents(path) != 0)
		return -1;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return errno == EEXIST ? 0 : -1;
	close(fd);
	return 0;
}

static int connect(yd_state *s, bool create, yd_error *err)
{
	if (s->db || s->readonly)
		return 0;
	bool mem = strcmp(s->path, ":memory:") == 0;
	if (!mem && check_owner(s, err) != 0)
		return -1;
	if (create && !mem && create_file(s->path) != 0) {
		char why[400];
		snprintf(why, sizeof why, "cannot create %s: %s", s->path, strerror(errno));
		degrade(s, why);
		return 0;
	}
	if (sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE |
			    (mem ? SQLITE_OPEN_CREATE : 0), NULL) != SQLITE_OK) {
		char why[400];
		snprintf(why, sizeof why, "cannot open %s: %s", s->path,
			 s->db ? sqlite3_errmsg(s->db) : "out of memory");
		degrade(s, why);
		return 0;
	}
	sqlite3_busy_timeout(s->db, 2000);
	int trc = mem ? 0 : check_tables(s, err);
	if (trc < 0) {
		sqlite3_close(s->db);
		s->db = NULL;
		return -1;
	}
	char schema[sizeof state_schema + 64];
	snprintf(schema, sizeof schema, "%sPRAGMA application_id=%d;", state_schema,
		 STATE_APPLICATION_ID);
	int rc = trc > 0 ? sqlite3_errcode(s->db)
		: sqlite3_exec(s->db, schema, NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		int code = sqlite3_extended_errcode(s->db);
		char why[400];
		snprintf(why, sizeof why, "%s: %s", s->path, sqlite3_errmsg(s->db));
		if (cannot_write(code) && !mem) {
			degrade(s, why);
			return 0;
		}
		yd_error_set(err, YD_EDB, "%s is not a yidu state file: %s", s->path,
			     sqlite3_errmsg(s->db));
		sqlite3_close(s->db);
		s->db = NULL;
		return -1;
	}
	return 0;
}

yd_state *yd_state_open_for(const char *path, const char *corpus, yd_error *err)
{
	yd_state *s = calloc(1, sizeof *s);
	if (!s || !(s->path = strdup(path)) ||
	    (corpus && !(s->corpus = strdup(corpus)))) {
		if (s)
			free(s->path);
		free(s);
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	struct stat st;
	bool mem = strcmp(path, ":memory:") == 0;
	/* An existing file is opened now so that reading works; a missing
	 * one waits for the first write (but must not be the corpus). */
	if ((mem || stat(path, &st) == 0) ? connect(s, mem, err) != 0
	    : check_owner(s, err) != 0) {
		yd_state_close(s);
		return NULL;
	}
	return s;
}

yd_state *yd_state_open(const char *path, yd_error *err)
{
	return yd_state_open_for(path, NULL, err);
}

const char *yd_state_note(const yd_state *s)
{
	return s && s->note[0] ? s->note : NULL;
}

void yd_state_close(yd_state *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->read_st);
	sqlite3_finalize(s->bookmark_st);
	sqlite3_close(s->db);
	free(s->path);
	free(s->corpus);
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

/* A write; when the state cannot be written it fails with the note (a
 * read mark only the first time, a bookmark every time: the reader must
 * not be told "Bookmarked."). */
static int run(yd_state *s, const char *sql, const char *a, const char *b,
	       bool quiet, yd_error *err)
{
	sqlite3_stmt *st;
	if (connect(s, true, err) != 0)
		return -1;
	if (s->readonly) {
		if (quiet && s->told)
			return 0;
		s->told = true;
		return yd_error_set(err, YD_EIO, "%s", s->note);
	}
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return yd_error_set(err, YD_EDB, "%s", sqlite3_errmsg(s->db));
	if (a)
		sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		int code = sqlite3_extended_errcode(s->db);
		char why[400];
		snprintf(why, sizeof why, "cannot save to %s: %s", s->path,
			 sqlite3_errmsg(s->db));
		if (!cannot_write(code))
			return yd_error_set(err, YD_EDB, "%s", why);
		degrade(s, why);
		s->told = true;
		return yd_error_set(err, YD_EIO, "%s", s->note);
	}
	return 0;
}

bool yd_state_is_read(yd_state *s, const char *slug)
{
	return exists(s, &s->read_st, "SELECT 1 FROM read_mark WHERE slug = ?1", slug);
}

int yd_state_mark_read(yd_state *s, const char *slug, yd_error *err)
{
	return run(s, "INSERT OR REPLACE INTO read_mark VALUES (?1, strftime('%s','now'))",
		   slug, NULL, true, err);
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
			   slug, title ? title : "", false, err);
	return run(s, "DELETE FROM bookmark WHERE slug = ?1", slug, NULL, false, err);
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
	if (!s->db || s->readonly)
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
		query, NULL, true, err) != 0)
		return -1;
	char keep[32];
	snprintf(keep, sizeof keep, "%d", YD_SEARCH_HISTORY_MAX);
	return run(s, "DELETE FROM search_history WHERE at <= (SELECT at FROM "
		   "search_history ORDER BY at DESC LIMIT 1 OFFSET ?1)", keep, NULL, true, err);
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
