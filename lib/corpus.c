/* Opening a corpus read-only, its trees, counts and the filtered list.
 * Every SQL statement the readers use lives in this file and in
 * lib/corpus-article.c. */
#include "config.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus-internal.h"
#include "search-internal.h"
#include "sqlutil.h"

/* "file:" URI for a path: characters that mean something in a URI are
 * percent-encoded. */
static char *path_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(path);
	char *u = malloc(5 + 3 * n + sizeof "?mode=ro");
	if (!u)
		return NULL;
	char *p = u;
	memcpy(p, "file:", 5);
	p += 5;
	for (const unsigned char *s = (const unsigned char *)path; *s; s++) {
		if (*s == '?' || *s == '#' || *s == '%' || *s <= ' ' || *s == 0x7f) {
			*p++ = '%';
			*p++ = hex[*s >> 4];
			*p++ = hex[*s & 15];
		} else {
			*p++ = (char)*s;
		}
	}
	strcpy(p, "?mode=ro");
	return u;
}

/* Opening costs the same for a 10 MB and a 17 GB corpus: it reads the
 * header and the schema, never the whole file. quick_check (about a second
 * per 700 MB) was run on every open of a corpus up to 256 MB, and every
 * `yidu --search` paid it. yidu-import checks the file it writes, and
 * `yidu --check` (lib/corpus-check.c) runs the full check on demand; damage
 * that appears later is reported by the read that meets it. */

/* The header's page count times the page size must be the file's size:
 * catches a truncated (or appended-to) file without reading it. */
static int check_size(const char *path, int64_t size, yd_error *err)
{
	unsigned char h[100];
	FILE *f = fopen(path, "rb");
	size_t n = f ? fread(h, 1, sizeof h, f) : 0;
	if (f)
		fclose(f);
	if (n != sizeof h)
		return yd_error_set(err, YD_ECORRUPT, "%s: the corpus is damaged "
				    "(short header)", path);
	uint32_t ps = (uint32_t)h[16] << 8 | h[17];
	if (ps == 1)
		ps = 65536;
	uint32_t pages = (uint32_t)h[28] << 24 | (uint32_t)h[29] << 16 |
		(uint32_t)h[30] << 8 | h[31];
	bool valid = memcmp(h + 24, h + 92, 4) == 0;   /* change counter matches */
	if (valid && (int64_t)pages * ps != size)
		return yd_error_set(err, YD_ECORRUPT, "%s: the corpus is damaged "
				    "(%lld bytes, the header says %lld)", path,
				    (long long)size, (long long)pages * ps);
	return 0;
}

/* The schema must be exactly the one yidu-import writes, compared with the
 * same text (data/schema.sql) built in memory: an extra or altered view,
 * trigger, table or index would let whoever made the file choose what a
 * read runs. trusted_schema=OFF and query_only already contain that; this
 * makes such a file a clear refusal instead of a surprise. */
static const char schema_rows[] =
	"SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
	"WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name";

static int schema_cmp(sqlite3_stmt *a, sqlite3_stmt *b)
{
	for (int i = 0; i < 2; i++) {
		int d = strcmp((const char *)sqlite3_column_text(a, i),
			       (const char *)sqlite3_column_text(b, i));
		if (d)
			return d;
	}
	return 0;
}

static int check_schema(sqlite3 *db, const char *path, yd_error *err)
{
	sqlite3 *ref = NULL;
	sqlite3_stmt *a = NULL, *b = NULL;
	int ret = -1;
	if (sqlite3_open_v2(":memory:", &ref, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    yd_search_register(ref) != SQLITE_OK ||
	    sqlite3_exec(ref, yd_schema_sql, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(ref, schema_rows, -1, &b, NULL) != SQLITE_OK) {
		yd_error_set(err, YD_EDB, "%s: cannot build the reference schema: %s",
			     path, ref ? sqlite3_errmsg(ref) : "out of memory");
		goto done;
	}
	if (sqlite3_prepare_v2(db, schema_rows, -1, &a, NULL) != SQLITE_OK) {
		yd_error_set(err, YD_ECORRUPT, "%s: the corpus is damaged: %s",
			     path, sqlite3_errmsg(db));
		goto done;
	}
	int ra = sqlite3_step(a), rb = sqlite3_step(b);
	while (ra == SQLITE_ROW || rb == SQLITE_ROW) {
		if ((ra != SQLITE_ROW && ra != SQLITE_DONE) ||
		    (rb != SQLITE_ROW && rb != SQLITE_DONE))
			break;
		int d = ra != SQLITE_ROW ? 1 : rb != SQLITE_ROW ? -1 : schema_cmp(a, b);
		if (d < 0) {
			yd_error_set(err, YD_ENOTCORPUS, "%s: refused: the schema has a "
				     "%s \"%.100s\" that this yidu does not make (a tampered "
				     "file, or one built by another version)",
				     path, sqlite3_column_text(a, 0), sqlite3_column_text(a, 1));
			goto done;
		}
		if (d > 0) {
			yd_error_set(err, YD_ENOTCORPUS, "%s: refused: the schema lacks "
				     "%s \"%.100s\" (a tampered file, or one built by "
				     "another version)", path,
				     sqlite3_column_text(b, 0), sqlite3_column_text(b, 1));
			goto done;
		}
		if (strcmp((const char *)sqlite3_column_text(a, 2),
			   (const char *)sqlite3_column_text(b, 2)) != 0 ||
		    strcmp((const char *)sqlite3_column_text(a, 3),
			   (const char *)sqlite3_column_text(b, 3)) != 0) {
			yd_error_set(err, YD_ENOTCORPUS, "%s: refused: %s \"%.100s\" "
				     "differs from this yidu's schema (a tampered file, or "
				     "one built by another version)", path,
				     sqlite3_column_text(a, 0), sqlite3_column_text(a, 1));
			goto done;
		}
		ra = sqlite3_step(a);
		rb = sqlite3_step(b);
	}
	if (ra != SQLITE_DONE)
		yd_error_set(err, YD_ECORRUPT, "%s: the corpus is damaged: %s",
			     path, sqlite3_errmsg(db));
	else if (rb != SQLITE_DONE)
		yd_error_set(err, YD_EDB, "%s: reference schema: %s", path,
			     sqlite3_errmsg(ref));
	else
		ret = 0;
done:
	sqlite3_finalize(a);
	sqlite3_finalize(b);
	sqlite3_close(ref);
	return ret;
}

/* The checks that make a SQLite file a corpus this yidu can read. */
static int check_corpus(sqlite3 *db, const char *path, int64_t size,
			yd_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &st, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		int code = sqlite3_errcode(db);
		sqlite3_finalize(st);
		if (code == SQLITE_NOTADB)
			return yd_error_set(err, YD_ENOTCORPUS,
				"%s: file is not a database (not a yidu corpus)", path);
		if (code == SQLITE_CORRUPT)
			return yd_error_set(err, YD_ECORRUPT,
				"%s: the corpus is damaged: %s", path, sqlite3_errmsg(db));
		return yd_error_set(err, YD_EDB, "%s: %s", path, sqlite3_errmsg(db));
	}
	int64_t app = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (app != YD_APPLICATION_ID)
		return yd_error_set(err, YD_ENOTCORPUS,
			"%s: a SQLite database but not a yidu corpus "
			"(application_id 0x%08llx, expected 0x%08x)", path,
			(unsigned long long)(uint32_t)app, YD_APPLICATION_ID);
	int64_t ver = yd_sql_int(db, "PRAGMA user_version", -1);
	if (ver != YD_SCHEMA_VERSION)
		return yd_error_set(err, YD_EVERSION,
			"%s: corpus schema version %lld; this yidu reads version %d "
			"(rebuild the corpus with this version's yidu-import)",
			path, (long long)ver, YD_SCHEMA_VERSION);
	if (check_schema(db, path, err) != 0 ||
	    yd_corpus_check_trees(db, path, err) != 0)
		return -1;

	return check_size(path, size, err);
}

/* A corpus is opened read-only (mode=ro), which in rollback mode creates
 * nothing beside it. A corpus switched to WAL mode (by another program:
 * yidu-import never does) would make every reader create -wal and -shm
 * files, fail in a folder it cannot write, and show a hot WAL's changed
 * rows: it is refused, with the way back. Header bytes 18 and 19 are the
 * write and read versions: 2 means WAL. */
static int check_journal(const char *path, yd_error *err)
{
	unsigned char h[20];
	FILE *f = fopen(path, "rb");
	size_t n = f ? fread(h, 1, sizeof h, f) : 0;
	if (f)
		fclose(f);
	if (n == sizeof h && memcmp(h, "SQLite format 3", 16) == 0 &&
	    (h[18] == 2 || h[19] == 2))
		return yd_error_set(err, YD_ENOTCORPUS, "%s: refused: the corpus is "
			"in WAL mode (changed by another program); yidu reads it "
			"only in rollback mode, without writing beside it. Checkpoint "
			"it where the folder can be written: sqlite3 CORPUS "
			"'PRAGMA journal_mode=DELETE', or rebuild it with yidu-import",
			path);
	char journal[PATH_MAX + 16];
	struct stat sb;
	snprintf(journal, sizeof journal, "%s-journal", path);
	if (stat(journal, &sb) == 0 && sb.st_size > 0)
		return yd_error_set(err, YD_ECORRUPT, "%s: refused: a write to it was "
			"interrupted (%s-journal is beside it); open it once with "
			"sqlite3 where the folder can be written, or rebuild it with "
			"yidu-import", path, path);
	return 0;
}

yd_corpus *yd_corpus_open(const char *path, yd_error *err)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		yd_error_set(err, errno == ENOENT ? YD_ENOTFOUND : YD_EIO,
			     "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (!S_ISREG(sb.st_mode)) {
		yd_error_set(err, YD_ENOTCORPUS, "%s: not a regular file", path);
		return NULL;
	}
	/* SQLite treats an empty file as a valid, empty database. */
	if (sb.st_size == 0) {
		yd_error_set(err, YD_ENOTCORPUS,
			     "%s: empty file, not a yidu corpus", path);
		return NULL;
	}
	if (access(path, R_OK) != 0) {
		yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (check_journal(path, err) != 0)
		return NULL;

	yd_corpus *c = calloc(1, sizeof *c);
	char *uri = path_uri(path);
	if (!c || !uri) {
		free(c);
		free(uri);
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	int rc = sqlite3_open_v2(uri, &c->db,
				 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		yd_error_set(err, YD_EIO, "%s: %s", path,
			     c->db ? sqlite3_errmsg(c->db) : "cannot open");
		goto fail;
	}
	sqlite3_db_config(c->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	yd_search_register(c->db);   /* search tokenizer (lib/search-fts.c) */
	if (yd_sql_exec(c->db, "PRAGMA trusted_schema = OFF; PRAGMA query_only = 1",
			path, err) != 0)
		goto fail_check;
	if (check_corpus(c->db, path, (int64_t)sb.st_size, err) != 0)
		goto fail;
	c->count = yd_sql_prepare(c->db,
		"SELECT n FROM facet_count WHERE region = ?1 AND topic = ?2", err);
	c->article = yd_sql_prepare(c->db,
		"SELECT id, slug, title, summary, body, source, url, author, "
		"published, category, excerpt, hash FROM article WHERE id = ?1", err);
	c->slug = yd_sql_prepare(c->db,
		"SELECT id FROM article WHERE slug = ?1", err);
	if (!c->count || !c->article || !c->slug) {
		yd_error_set(err, YD_ECORRUPT, "%s: the corpus is incomplete: %s",
			     path, sqlite3_errmsg(c->db));
		goto fail;
	}
	return c;
fail_check:
	/* a file that is not SQLite fails at its first statement */
	check_corpus(c->db, path, (int64_t)sb.st_size, err);
fail:
	yd_corpus_close(c);
	return NULL;
}

void yd_corpus_close(yd_corpus *c)
{
	if (!c)
		return;
	sqlite3_finalize(c->count);
	sqlite3_finalize(c->article);
	sqlite3_finalize(c->slug);
	for (size_t i = 0; i < sizeof c->list / sizeof c->list[0]; i++)
		sqlite3_finalize(c->list[i]);
	sqlite3_finalize(c->tree_counts[0]);
	sqlite3_finalize(c->tree_counts[1]);
	sqlite3_finalize(c->art_nodes[0]);
	sqlite3_finalize(c->art_nodes[1]);
	sqlite3_finalize(c->art_related);
	sqlite3_close(c->db);
	free(c);
}

const char *yd_corpus_path(yd_corpus *c)
{
	return sqlite3_db_filename(c->db, "main");
}

static char *existing(const char *dir, const char *rel)
{
	size_t n = strlen(dir) + strlen(rel) + 2;
	char *p = malloc(n);
	if (!p)
		return NULL;
	snprintf(p, n, "%s/%s", dir, rel);
	if (access(p, R_OK) == 0)
		return p;
	free(p);
	return NULL;
}

char *yd_corpus_default_path(const char *argv0)
{
	const char *env = getenv("YIDU_CORPUS");
	if (env && *env)
		return strdup(env);
	/* In a build tree the program is tui/yidu and the sample data/sample.db
	 * (ahead of an installed copy, which may be older). */
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *p = NULL;
	if (n > 0) {
		exe[n] = '\0';
		p = existing(dirname(exe), "../data/sample.db");
	} else if (argv0 && strchr(argv0, '/') && strlen(argv0) < sizeof exe) {
		strcpy(exe, argv0);
		p = existing(dirname(exe), "../data/sample.db");
	}
	return p ? p : existing(PKGDATADIR, "sample.db");
}

void yd_node_list_free(yd_node_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].short_name);
		free(l->v[i].path);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int64_t yd_corpus_count(yd_corpus *c, int64_t region, int64_t topic)
{
	int64_t n = 0;
	sqlite3_reset(c->count);
	sqlite3_bind_int64(c->count, 1, region < 0 ? 0 : region);
	sqlite3_bind_int64(c->count, 2, topic < 1 ? 1 : topic);
	if (sqlite3_step(c->count) == SQLITE_ROW)
		n = sqlite3_column_int64(c->count, 0);
	sqlite3_reset(c->count);
	return n;
}

/* Puts nodes (sorted by id) into depth-first order: children follow their
 * parent, by id. Nodes whose parent is missing are treated as roots. */
static int depth_first(yd_node_list *l, bool all)
{
	size_t n = l->n;
	size_t *first = malloc((n + 1) * sizeof *first);  /* first child */
	size_t *next = malloc((n + 1) * sizeof *next);    /* next sibling */
	size_t *stack = malloc((n + 1) * sizeof *stack);
	yd_node *out = malloc((n + 1) * sizeof *out);
	bool *seen = calloc(n + 1, sizeof *seen);
	if (!first || !next || !stack || !out || !seen) {
		free(first); free(next); free(stack); free(out); free(seen);
		return -1;
	}
	const size_t none = (size_t)-1;
	for (size_t i = 0; i < n; i++)
		first[i] = next[i] = none;
	size_t root_first = none, *tail_root = &root_first;
	/* Walk backwards so that pushing to the front keeps id order. */
	for (size_t i = n; i-- > 0;) {
		size_t lo = 0, hi = n, p = none;
		int64_t want = l->v[i].parent;
		while (want >= 0 && lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (l->v[mid].id < want)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (want >= 0 && lo < n && l->v[lo].id == want && lo != i)
			p = lo;
		if (p == none) {
			l->v[i].parent = -1;
			next[i] = *tail_root;
			*tail_root = i;
		} else {
			next[i] = first[p];
			first[p] = i;
		}
	}
	size_t sp = 0, k = 0;
	for (size_t r = root_first; r != none; r = next[r]) {
		stack[sp++] = r;
		while (sp > 0) {
			size_t i = stack[--sp];
			yd_node *nd = &l->v[i];
			seen[i] = true;
			/* a zero count's subtree is all zero: its nodes are
			 * still visited, to be freed */
			if (!all && nd->count == 0) {
				free(nd->name); free(nd->short_name); free(nd->path);
			} else {
				out[k++] = *nd;
			}
			/* push children in reverse so the first is popped first */
			size_t cnt = 0;
			for (size_t ch = first[i]; ch != none; ch = next[ch])
				cnt++;
			if (sp + cnt > n)
				break;  /* cannot happen: each node is pushed once */
			size_t at = sp + cnt;
			for (size_t ch = first[i]; ch != none; ch = next[ch])
				stack[--at] = ch;
			sp += cnt;
		}
	}
	/* Nodes no root reaches (a parent loop: refused at open, so only in a
	 * corpus changed under the browser) are freed, not leaked. */
	for (size_t i = 0; i < n; i++)
		if (!seen[i]) {
			free(l->v[i].name);
			free(l->v[i].short_name);
			free(l->v[i].path);
		}
	free(first); free(next); free(stack); free(seen);
	free(l->v);
	l->v = out;
	l->n = k;
	return 0;
}

static int tree_counts(yd_corpus *c, int which, int64_t other,
		       yd_node_list *l, yd_error *err);

/* Reads a tree's nodes (sql: by id), then their counts under `other` in
 * one pass over facet_count (cheaper than a join: one index range, no
 * look-up per node). */
static int load_tree(yd_corpus *c, const char *sql, int64_t other, bool all,
		     bool regions, yd_node_list *out, yd_error *err)
{
	out->v = NULL;
	out->n = 0;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(c->db, "reading a tree", err);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap ? 2 * cap : 256;
			yd_node *v = realloc(out->v, cap * sizeof *v);
			if (!v)
				goto nomem;
			out->v = v;
		}
		yd_node *nd = &out->v[out->n++];
		nd->id = sqlite3_column_int64(st, 0);
		nd->parent = sqlite3_column_type(st, 1) == SQLITE_NULL ? -1
			: sqlite3_column_int64(st, 1);
		nd->level = sqlite3_column_int(st, 2);
		nd->name = yd_sql_text(st, 3);
		nd->short_name = yd_sql_text(st, 4);
		nd->path = regions ? NULL : yd_sql_text(st, 4);
		nd->count = 0;
		if (!nd->name || !nd->short_name || (!regions && !nd->path)) {
			free(nd->name); free(nd->short_name); free(nd->path);
			out->n--;
			goto nomem;
		}
		if (!regions) {
			/* topics: the short name is the name */
			free(nd->short_name);
			nd->short_name = strdup(nd->name);
			if (!nd->short_name) {
				free(nd->name); free(nd->path);
				out->n--;
				goto nomem;
			}
		}
	}
	if (rc != SQLITE_DONE) {
		yd_sql_fail(c->db, "reading a tree", err);
		sqlite3_finalize(st);
		yd_node_list_free(out);
		return -1;
	}
	sqlite3_finalize(st);
	if (tree_counts(c, regions ? 0 : 1, other, out, err) != 0) {
		yd_node_list_free(out);
		return -1;
	}
	if (depth_first(out, all) != 0)
		goto nomem_done;
	return 0;
nomem:
	sqlite3_finalize(st);
nomem_done:
	yd_node_list_free(out);
	return yd_error_set(err, YD_ENOMEM, "out of memory");
}

int yd_corpus_regions(yd_corpus *c, int64_t topic, bool all,
		      yd_node_list *out, yd_error *err)
{
	return load_tree(c,
		"SELECT code, parent, level, name, short_name FROM region ORDER BY code",
		topic < 1 ? 1 : topic, all, true, out, err);
}

int yd_corpus_topics(yd_corpus *c, int64_t region, bool all,
		     yd_node_list *out, yd_error *err)
{
	return load_tree(c,
		"SELECT id, parent, depth, name, path FROM topic ORDER BY id",
		region < 0 ? 0 : region, all, false, out, err);
}

typedef struct id_pos {
	int64_t id;
	size_t i;
} id_pos;

static int id_pos_cmp(const void *x, const void *y)
{
	int64_t a = ((const id_pos *)x)->id, b = ((const id_pos *)y)->id;
	return a < b ? -1 : a > b;
}

/* The nodes' positions by id: trees come depth first, which for codes and
 * ids assigned in tree order is already id order (no sort then). */
static id_pos *by_id(const yd_node_list *l)
{
	id_pos *ix = malloc((l->n + 1) * sizeof *ix);
	if (!ix)
		return NULL;
	bool sorted = true;
	for (size_t i = 0; i < l->n; i++) {
		ix[i].id = l->v[i].id;
		ix[i].i = i;
		if (i && ix[i].id <= ix[i - 1].id)
			sorted = false;
	}
	if (!sorted)
		qsort(ix, l->n, sizeof *ix, id_pos_cmp);
	return ix;
}

static int tree_counts(yd_corpus *c, int which, int64_t other,
		       yd_node_list *l, yd_error *err)
{
	static const char *const sql[2] = {
		"SELECT region, n FROM facet_count WHERE topic = ?1",
		"SELECT topic, n FROM facet_count WHERE region = ?1",
	};
	sqlite3_stmt **st = &c->tree_counts[which];
	if (!*st && !(*st = yd_sql_prepare(c->db, sql[which], err)))
		return -1;
	id_pos *ix = by_id(l);
	if (!ix)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	for (size_t i = 0; i < l->n; i++)
		l->v[i].count = 0;
	sqlite3_bind_int64(*st, 1, other);
	int rc;
	while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(*st, 0);
		size_t lo = 0, hi = l->n;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (ix[mid].id < id)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < l->n && ix[lo].id == id)
			l->v[ix[lo].i].count = sqlite3_column_int64(*st, 1);
	}
	free(ix);
	sqlite3_reset(*st);
	if (rc != SQLITE_DONE)
		return yd_sql_fail(c->db, "reading counts", err);
	return 0;
}

int yd_corpus_region_counts(yd_corpus *c, int64_t topic, yd_node_list *nodes,
			    yd_error *err)
{
	return tree_counts(c, 0, topic < 1 ? 1 : topic, nodes, err);
}

int yd_corpus_topic_counts(yd_corpus *c, int64_t region, yd_node_list *nodes,
			   yd_error *err)
{
	return tree_counts(c, 1, region < 0 ? 0 : region, nodes, err);
}

int64_t yd_corpus_topic_id(yd_corpus *c, const char *path)
{
	sqlite3_stmt *st = NULL;
	int64_t id = -1;
	if (sqlite3_prepare_v2(c->db, "SELECT id FROM topic WHERE path = ?1",
			       -1, &st, NULL) == SQLITE_OK) {
		yd_sql_bind_text(st, 1, path ? path : "");
		if (sqlite3_step(st) == SQLITE_ROW)
			id = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return id;
}

/* The code a query names if it names exactly one; -1 otherwise. */
static int64_t unique_code(yd_corpus *c, const char *sql, const char *arg)
{
	sqlite3_stmt *st = NULL;
	int64_t code = -1;
	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	yd_sql_bind_text(st, 1, arg);
	if (sqlite3_step(st) == SQLITE_ROW) {
		code = sqlite3_column_int64(st, 0);
		if (sqlite3_step(st) == SQLITE_ROW)
			code = -1;   /* ambiguous */
	}
	sqlite3_finalize(st);
	return code;
}

int64_t yd_corpus_region_code(yd_corpus *c, const char *s)
{
	if (!s || !*s)
		return -1;
	if (strspn(s, "0123456789") == strlen(s) && strlen(s) <= 9)
		return unique_code(c, "SELECT code FROM region WHERE code = ?1 + 0", s);
	int64_t code = unique_code(c,
		"SELECT DISTINCT code FROM region WHERE name = ?1", s);
	if (code < 0)
		code = unique_code(c,
			"SELECT code FROM region WHERE short_name = ?1 UNION "
			"SELECT code FROM region_alias WHERE alias = ?1", s);
	return code;
}

char *yd_corpus_meta(yd_corpus *c, const char *key)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	if (sqlite3_prepare_v2(c->db, "SELECT value FROM meta WHERE key = ?1",
			       -1, &st, NULL) == SQLITE_OK) {
		yd_sql_bind_text(st, 1, key);
		if (sqlite3_step(st) == SQLITE_ROW)
			v = yd_sql_text(st, 0);
	}
	sqlite3_finalize(st);
	return v;
}
