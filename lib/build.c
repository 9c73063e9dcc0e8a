/* The corpus builder's life cycle: a temporary file next to the target,
 * one transaction, and an atomic rename when everything succeeded. */
#include "config.h"
#include "yidu/out.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <sys/resource.h>
#endif
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "build-internal.h"
#include "search-internal.h"
#include "search-segment.h"
#include "sqlutil.h"
#include "yidu/corpus.h"

/* A program run from the build tree (tui/yidu, import/yidu-import,
 * tests/unit/...) finds data/ beside its build, so every command works
 * before `make install`; an installed one finds PKGDATADIR. */
const char *yd_data_dir(void)
{
	static char found[PATH_MAX];
	const char *d = getenv("YIDU_DATA_DIR");
	if (d && *d)
		return d;
	if (found[0])
		return found;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		const char *ups[] = { "/../data", "/../../data" };
		char *dir = dirname(exe);
		for (size_t i = 0; i < sizeof ups / sizeof *ups; i++) {
			char cand[PATH_MAX], probe[PATH_MAX + 16];
			if ((size_t)snprintf(cand, sizeof cand, "%s%s", dir, ups[i]) >= sizeof cand)
				continue;
			snprintf(probe, sizeof probe, "%s/schema.sql", cand);
			if (access(probe, R_OK) == 0 && realpath(cand, found))
				return found;
		}
	}
	return PKGDATADIR;
}

static void warn_stderr(void *ctx, const char *msg)
{
	yd_out_printf(stderr, "warning: %s\n", msg);
}

void yd_builder_set_warn(yd_builder *b, void (*fn)(void *, const char *),
			 void *ctx)
{
	b->warn = fn ? fn : warn_stderr;
	b->warn_ctx = ctx;
}

void yd_builder_warn(yd_builder *b, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	b->warn(b->warn_ctx, msg);
}

void yd_builder_set_inputs(yd_builder *b, size_t n) { b->inputs = n; }
const char *yd_builder_temp_path(const yd_builder *b) { return b->tmp; }
const yd_gazetteer *yd_builder_gazetteer(const yd_builder *b) { return b->gaz; }
const yd_taxonomy *yd_builder_taxonomy(const yd_builder *b) { return b->tax; }

static char *dir_of(const char *path)
{
	char *copy = strdup(path);
	if (!copy)
		return NULL;
	char *d = strdup(dirname(copy));
	free(copy);
	return d;
}

static char *base_of(const char *path)
{
	char *copy = strdup(path);
	if (!copy)
		return NULL;
	char *b = strdup(basename(copy));
	free(copy);
	return b;
}

/* Temporary files of builds whose process is gone: .BASE.tmp-PID-XXXXXX. */
static void clean_stale(const char *dir, const char *base)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	size_t bl = strlen(base);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		const char *n = e->d_name;
		if (n[0] != '.' || strncmp(n + 1, base, bl) != 0 ||
		    strncmp(n + 1 + bl, ".tmp-", 5) != 0)
			continue;
		long pid = strtol(n + bl + 6, NULL, 10);
		if (pid <= 0 || (kill((pid_t)pid, 0) == 0 || errno != ESRCH))
			continue;
		char p[4096];
		if ((size_t)snprintf(p, sizeof p, "%s/%s", dir, n) < sizeof p)
			unlink(p);
	}
	closedir(d);
}

static int copy_file(const char *from, int to, yd_error *err)
{
	int fd = open(from, O_RDONLY);
	if (fd < 0)
		return yd_error_set(err, YD_EIO, "%s: %s", from, strerror(errno));
	char buf[1 << 16];
	ssize_t n;
	while ((n = read(fd, buf, sizeof buf)) > 0) {
		for (ssize_t off = 0; off < n;) {
			ssize_t w = write(to, buf + off, (size_t)(n - off));
			if (w < 0) {
				close(fd);
				return yd_error_set(err, YD_EIO, "writing a copy of %s: %s",
						    from, strerror(errno));
			}
			off += w;
		}
	}
	close(fd);
	if (n < 0)
		return yd_error_set(err, YD_EIO, "%s: %s", from, strerror(errno));
	return 0;
}

struct alias_ctx {
	sqlite3_stmt *st;
	int rc;
};

static void add_alias(void *ctx, const char *alias, uint32_t code,
		      const char *kind)
{
	struct alias_ctx *a = ctx;
	if (a->rc != SQLITE_DONE)
		return;
	sqlite3_reset(a->st);
	yd_sql_bind_text(a->st, 1, alias);
	sqlite3_bind_int64(a->st, 2, code);
	yd_sql_bind_text(a->st, 3, kind);
	a->rc = sqlite3_step(a->st);
}

/* Writes the region tree, its aliases and the topic tree. */
static int write_trees(yd_builder *b, yd_error *err)
{
	sqlite3_stmt *st = NULL;
	if (yd_sql_exec(b->db, "INSERT INTO region VALUES (0, NULL, 0, '全国', '全国')",
			"writing regions", err) != 0)
		return -1;
	if (sqlite3_prepare_v2(b->db, "INSERT OR IGNORE INTO region VALUES "
			       "(?1, ?2, ?3, ?4, ?5)", -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(b->db, "writing regions", err);
	for (size_t i = 0; i < yd_gazetteer_count(b->gaz); i++) {
		const yd_region *r = yd_gazetteer_at(b->gaz, i);
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, r->code);
		sqlite3_bind_int64(st, 2, r->parent);
		sqlite3_bind_int(st, 3, r->level);
		yd_sql_bind_text(st, 4, r->name);
		yd_sql_bind_text(st, 5, r->short_name ? r->short_name : r->name);
		if (sqlite3_step(st) != SQLITE_DONE)
			goto fail;
	}
	sqlite3_finalize(st);
	struct alias_ctx a = { NULL, SQLITE_DONE };
	if (sqlite3_prepare_v2(b->db, "INSERT OR IGNORE INTO region_alias "
			       "VALUES (?1, ?2, ?3)", -1, &a.st, NULL) != SQLITE_OK)
		return yd_sql_fail(b->db, "writing region names", err);
	yd_gazetteer_each_alias(b->gaz, add_alias, &a);
	sqlite3_finalize(a.st);
	if (a.rc != SQLITE_DONE)
		return yd_sql_fail(b->db, "writing region names", err);

	if (sqlite3_prepare_v2(b->db, "INSERT INTO topic VALUES "
			       "(?1, ?2, ?3, ?4, ?5, ?6)", -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(b->db, "writing topics", err);
	for (size_t i = 0; i < yd_taxonomy_count(b->tax); i++) {
		const yd_topic *t = yd_taxonomy_at(b->tax, i);
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, t->id);
		if (t->parent > 0)
			sqlite3_bind_int64(st, 2, t->parent);
		else
			sqlite3_bind_null(st, 2);
		sqlite3_bind_int(st, 3, t->depth);
		yd_sql_bind_text(st, 4, t->name);
		yd_sql_bind_text(st, 5, t->path);
		yd_sql_bind_text(st, 6, t->words ? t->words : "");
		if (sqlite3_step(st) != SQLITE_DONE)
			goto fail;
	}
	sqlite3_finalize(st);
	return 0;
fail:
	yd_sql_fail(b->db, "writing the trees", err);
	sqlite3_finalize(st);
	return -1;
}

/* --append keeps article_topic rows, so the topic ids must still mean the
 * same paths. */
static int check_topics(yd_builder *b, yd_error *err)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(b->db, "SELECT id, path FROM topic ORDER BY id",
			       -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(b->db, "reading topics", err);
	size_t i = 0;
	bool same = true;
	while (same && sqlite3_step(st) == SQLITE_ROW) {
		const yd_topic *t = i < yd_taxonomy_count(b->tax)
			? yd_taxonomy_at(b->tax, i) : NULL;
		const char *p = (const char *)sqlite3_column_text(st, 1);
		same = t && t->id == sqlite3_column_int64(st, 0) && p &&
			strcmp(p, t->path) == 0;
		i++;
	}
	sqlite3_finalize(st);
	if (!same || i != yd_taxonomy_count(b->tax))
		return yd_error_set(err, YD_EFORMAT,
			"%s was built with another topic tree; rebuild it "
			"without --append", b->target);
	return 0;
}

/* The page cache while articles are stored: 128 MiB (their tables and
 * indexes grow everywhere at once), 32 MiB beside the index built as
 * they are stored (its batch is 128 MB while sorted; peak memory ≤ 256
 * MB). */
#define STORE_LIVE_CACHE_KIB "32768"

#define CORPUS_PAGE_SIZE "16384"

static int open_db(yd_builder *b, bool fresh, yd_error *err)
{
	/* NOMUTEX: only the thread that calls yd_builder_add and _finish
	 * uses the connection (yd_builder_prepare, on the reader's thread,
	 * does not) */
	if (sqlite3_open_v2(b->tmp, &b->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK)
		return yd_sql_fail(b->db, b->tmp, err);
	if (yd_search_register(b->db) != SQLITE_OK)   /* lib/search-fts.c */
		return yd_sql_fail(b->db, "registering the search tokenizer", err);
	/* Pages of 16 KiB for a new corpus: a quarter of the reads and
	 * writes of 4 KiB pages (each a system call: the import's kernel
	 * time at 1,000,000 articles 95 -> 47 s, the check of the file
	 * written 75 -> 23 s), and no slower to query (bench/README.md).
	 * A corpus added to keeps its own. */
	if (fresh && yd_sql_exec(b->db, "PRAGMA page_size = " CORPUS_PAGE_SIZE,
				 b->tmp, err) != 0)
		return -1;
	/* The temporary file is thrown away on any failure, so no journal and
	 * no syncing until the end. */
	if (yd_sql_exec(b->db,
			"PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
			"PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -131072;"
			"PRAGMA temp_store = FILE; BEGIN", b->tmp, err) != 0)
		return -1;
	if (fresh) {
		if (yd_sql_exec(b->db, yd_schema_sql, "creating the corpus", err) != 0 ||
		    write_trees(b, err) != 0)
			return -1;
		b->next_id = 1;
	} else {
		if (check_topics(b, err) != 0)
			return -1;
		b->next_id = yd_sql_int(b->db, "SELECT coalesce(max(id), 0) + 1 "
					"FROM article", 1);
	}
	b->first_new = b->next_id;
	if (yd_search_index_begin(b->db, b->first_new) != SQLITE_OK)
		return yd_sql_fail(b->db, "preparing the search index", err);
	/* a new corpus's index is built as its articles are stored (when it
	 * cannot be, at the finish) */
	if (fresh && (b->facet_trees = yd_facet_trees_load(b->db)) != NULL)
		b->live = yd_segment_live_new(b->db);
	/* its batch (128 MB while sorted) is in memory beside the page cache */
	if (b->live && yd_sql_exec(b->db, "PRAGMA cache_size = -" STORE_LIVE_CACHE_KIB,
				   b->tmp, err) != 0)
		return -1;
	if (yd_sql_exec(b->db, "CREATE TEMP TABLE pending (article INTEGER, "
			"rank INTEGER, ref TEXT, origin TEXT)", "creating the corpus",
			err) != 0)
		return -1;
	return yd_builder_prepare_sql(b, err);
}

yd_builder *yd_builder_new(const char *target, const yd_build_opts *opts,
			   yd_error *err)
{
	yd_builder *b = calloc(1, sizeof *b);
	char *dir = NULL, *base = NULL, *topics = NULL;
	int fd = -1;
	if (!b)
		goto nomem;
	b->warn = warn_stderr;
	if (opts)
		b->opts = *opts;
	if (!b->opts.datadir)
		b->opts.datadir = yd_data_dir();
	if (b->opts.max_related == 0)
		b->opts.max_related = 8;
	b->lock_fd = -1;
	/* Before any work: the output is checked (lib/build-target.c), then
	 * locked, then checked again (it may have changed while waiting). A
	 * link to a corpus is followed: the file it leads to is replaced. */
	bool exists;
	if (yd_build_target_check(target, &b->target, &exists, err) != 0)
		goto fail;
	b->lock_fd = yd_build_lock(b->target, target, b->opts.wait, b->warn,
				   b->warn_ctx, err);
	if (b->lock_fd < 0)
		goto fail;
	free(b->target);
	if (yd_build_target_check(target, &b->target, &exists, err) != 0)
		goto fail;
	dir = dir_of(b->target);
	base = base_of(b->target);
	topics = malloc(strlen(b->opts.datadir) + sizeof "/topics.tsv");
	if (!dir || !base || !topics)
		goto nomem;
	sprintf(topics, "%s/topics.tsv", b->opts.datadir);
	if (!(b->gaz = yd_gazetteer_load(b->opts.datadir, err)) ||
	    !(b->tax = yd_taxonomy_load(topics, err)))
		goto fail;

	bool fresh = true;
	if (b->opts.append && exists) {
		yd_corpus *c = yd_corpus_open(b->target, err);
		if (!c)
			goto fail;
		yd_corpus_close(c);
		fresh = false;
	}
	clean_stale(dir, base);
	size_t n = strlen(dir) + strlen(base) + 64;
	if (!(b->tmp = malloc(n)))
		goto nomem;
	snprintf(b->tmp, n, "%s/.%s.tmp-%ld-XXXXXX", dir, base, (long)getpid());
	fd = mkstemp(b->tmp);
	if (fd < 0) {
		yd_error_set(err, YD_EIO, "cannot create a file in %s: %s", dir,
			     strerror(errno));
		free(b->tmp);
		b->tmp = NULL;
		goto fail;
	}
	fchmod(fd, 0644);
	if (!fresh && copy_file(b->target, fd, err) != 0)
		goto fail;
	close(fd);
	fd = -1;
	if (open_db(b, fresh, err) != 0)
		goto fail;
	free(dir);
	free(base);
	free(topics);
	return b;
nomem:
	yd_error_set(err, YD_ENOMEM, "out of memory");
fail:
	if (fd >= 0)
		close(fd);
	free(dir);
	free(base);
	free(topics);
	yd_builder_abort(b);
	return NULL;
}

static void free_live(yd_builder *b)
{
	yd_segment_live_free(b->live);
	b->live = NULL;
	yd_facet_trees_free(b->facet_trees);
	b->facet_trees = NULL;
}

static void free_builder(yd_builder *b)
{
	free_live(b);
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(b->st[i]);
	sqlite3_close(b->db);
	yd_gazetteer_free(b->gaz);
	yd_taxonomy_free(b->tax);
	free(b->target);
	free(b->tmp);
	if (b->lock_fd >= 0)
		close(b->lock_fd);   /* releases the lock (after the rename) */
	free(b);
}

void yd_builder_abort(yd_builder *b)
{
	if (!b)
		return;
	free_live(b);
	for (int i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(b->st[i]);
		b->st[i] = NULL;
	}
	sqlite3_close(b->db);
	b->db = NULL;
	if (b->tmp)
		unlink(b->tmp);
	free_builder(b);
}

static int write_meta(yd_builder *b, yd_error *err)
{
	char now[32], num[32], ver[16], inputs[32];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(num, sizeof num, "%lld",
		 (long long)yd_sql_int(b->db, "SELECT count(*) FROM article", 0));
	snprintf(ver, sizeof ver, "%d", YD_SCHEMA_VERSION);
	snprintf(inputs, sizeof inputs, "%zu", b->inputs);
	const char *kv[][2] = {
		{ "schema_version", ver }, { "builder", "yidu-import" },
		{ "builder_version", PACKAGE_VERSION }, { "built_at", now },
		{ "inputs", inputs }, { "articles", num },
	};
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(b->db, "INSERT OR REPLACE INTO meta VALUES (?1, ?2)",
			       -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(b->db, "writing meta", err);
	for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++) {
		/* with --append, inputs accumulate */
		if (strcmp(kv[i][0], "inputs") == 0) {
			int64_t old = yd_sql_int(b->db, "SELECT value + 0 FROM meta "
						 "WHERE key = 'inputs'", 0);
			snprintf(inputs, sizeof inputs, "%lld",
				 (long long)(old + (int64_t)b->inputs));
		}
		sqlite3_reset(st);
		yd_sql_bind_text(st, 1, kv[i][0]);
		yd_sql_bind_text(st, 2, kv[i][1]);
		if (sqlite3_step(st) != SQLITE_DONE) {
			sqlite3_finalize(st);
			return yd_sql_fail(b->db, "writing meta", err);
		}
	}
	sqlite3_finalize(st);
	return 0;
}

static size_t count(sqlite3 *db, const char *sql)
{
	int64_t n = yd_sql_int(db, sql, 0);
	return n > 0 ? (size_t)n : 0;
}

static void fill_stats(yd_builder *b, yd_build_stats *s)
{
	sqlite3 *db = b->db;
	memset(s, 0, sizeof *s);
	s->articles = count(db, "SELECT count(*) FROM article");
	s->added = b->added;
	s->merged = b->merged;
	s->excerpts = count(db, "SELECT count(*) FROM article WHERE excerpt");
	s->with_region = count(db, "SELECT count(DISTINCT article) FROM article_region");
	s->with_topic = count(db, "SELECT count(DISTINCT article) FROM article_topic");
	s->region_links = count(db, "SELECT count(*) FROM article_region");
	s->topic_links = count(db, "SELECT count(*) FROM article_topic");
	s->related_listed = count(db, "SELECT count(*) FROM related WHERE kind = 'listed'");
}

/* The finished file made durable on a thread of its own (fsync is mostly
 * waiting for the disk) while the file is checked. */
struct syncer {
	const char *path;
	pthread_t thread;
	int err;                 /* errno, 0: synced */
};

static void *sync_file(void *arg)
{
	struct syncer *s = arg;
	int fd = open(s->path, O_RDONLY);
	if (fd < 0 || fsync(fd) != 0)
		s->err = errno ? errno : EIO;
	if (fd >= 0)
		close(fd);
	return NULL;
}

/* Puts the synced file in place. */
static int install(yd_builder *b, yd_error *err)
{
	if (rename(b->tmp, b->target) != 0)
		return yd_error_set(err, YD_EIO, "cannot rename %s to %s: %s",
				    b->tmp, b->target, strerror(errno));
	char *dir = dir_of(b->target);
	if (dir) {
		int fd = open(dir, O_RDONLY | O_DIRECTORY);
		if (fd >= 0) {
			fsync(fd);
			close(fd);
		}
		free(dir);
	}
	return 0;
}

/* Peak memory stays under 256 MB whatever the corpus's size: a 128 MiB
 * page cache while articles are stored (their tables and indexes grow
 * everywhere at once), then a small one for the finish, whose steps read
 * and write in order and keep bounded working sets of their own (the
 * external sorts of relating and counting, FTS5's 16 MB hash). Dirty
 * pages are written out first: SQLite frees only clean ones; malloc_trim
 * hands the freed heap back to the system. */
#define FINISH_CACHE_KIB 32768
/* Relating and counting work through external sorts (lib/build-sort.c,
 * a few tens of MB whatever the corpus's size) and write their rows in
 * key order: a small cache is enough while relating. */
#define RELATE_CACHE_KIB 8192
/* The check reads every page once, in no useful order for a cache. */
#define CHECK_CACHE_KIB "8192"

static void shrink_cache(yd_builder *b, int kib)
{
	char sql[64];
	sqlite3_db_cacheflush(b->db);
	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", kib);
	sqlite3_exec(b->db, sql, NULL, NULL, NULL);
	sqlite3_db_release_memory(b->db);
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

/* Tests: called with the temporary file's path once it is committed
 * and closed, before it is checked (lib/build-internal.h). */
static void (*before_check)(const char *path);

void yd_builder_test_before_check(void (*fn)(const char *path))
{
	before_check = fn;
}

/* quick_check of the file written, committed and closed, on a connection
 * of its own: damage reported as rows. */
static int check_written(const char *path, yd_error *err)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
				 NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA cache_size = -" CHECK_CACHE_KIB,
				  NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(st);
	const char *res = rc == SQLITE_ROW
		? (const char *)sqlite3_column_text(st, 0) : NULL;
	if (!res || strcmp(res, "ok") != 0) {
		yd_error_set(err, YD_ECORRUPT, "%s: the file written is damaged: "
			     "%.200s", path, res ? res : sqlite3_errmsg(db));
		for (char *p = err ? strchr(err->msg, '\n') : NULL; p;
		     p = strchr(p, '\n'))
			*p = ' ';
		rc = -1;
	} else
		rc = 0;
	sqlite3_finalize(st);
	sqlite3_close(db);
	return rc;
}

/* YIDU_BUILD_TRACE=1 prints how long each step of the finish takes (wall
 * and CPU), and the process's peak resident size so far (ru_maxrss, KiB
 * on Linux). */
static void trace(const char *step)
{
	static struct timespec last;
	static double last_cpu;
	struct timespec now;
	struct rusage ru;
	if (!getenv("YIDU_BUILD_TRACE"))
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (getrusage(RUSAGE_SELF, &ru) != 0)
		memset(&ru, 0, sizeof ru);
	double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
		(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
	if (step)
		fprintf(stderr, "build: %-10s %8.3f s, CPU %8.3f s  (peak so far %ld MB)\n",
			step, (double)(now.tv_sec - last.tv_sec) +
			(now.tv_nsec - last.tv_nsec) / 1e9, cpu - last_cpu,
			ru.ru_maxrss / 1024);
	last = now;
	last_cpu = cpu;
}

int yd_builder_finish(yd_builder *b, yd_build_stats *stats, yd_error *err)
{
	yd_build_stats s;
	size_t computed = 0;
	trace(NULL);
	if (yd_builder_resolve(b, err) != 0)
		goto fail;
	trace("resolve");
	shrink_cache(b, RELATE_CACHE_KIB);
	trace("shrink");
	if (yd_build_related(b->db, b->opts.max_related, &computed, err) != 0)
		goto fail;
	trace("related");
	shrink_cache(b, FINISH_CACHE_KIB);
	if (yd_build_counts(b->db, err) != 0)
		goto fail;
	trace("counts");
	if (yd_search_index_finish(b->db, b->first_new, b->live) != SQLITE_OK) {
		yd_sql_fail(b->db, "building the search index", err);
		goto fail;
	}
	free_live(b);
	trace("search");
	if (write_meta(b, err) != 0)
		goto fail;
	fill_stats(b, &s);
	s.related_computed = computed;
	for (int i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(b->st[i]);
		b->st[i] = NULL;
	}
	if (yd_sql_exec(b->db, "COMMIT", "saving the corpus", err) != 0)
		goto fail;
	if (sqlite3_close(b->db) != SQLITE_OK) {
		yd_sql_fail(b->db, "closing the corpus", err);
		goto fail;
	}
	b->db = NULL;
	trace("commit");
	if (before_check)
		before_check(b->tmp);
	/* Readers no longer check every page on open (lib/corpus.c): the file
	 * is checked here, once, as it is written, while another thread makes
	 * it durable; it is put in place only when both succeeded. */
	struct syncer sync = { .path = b->tmp };
	bool syncing = pthread_create(&sync.thread, NULL, sync_file, &sync) == 0;
	if (!syncing)
		sync_file(&sync);
	int checked = check_written(b->tmp, err);
	if (syncing)
		pthread_join(sync.thread, NULL);
	if (checked != 0)
		goto fail;
	trace("check");
	if (sync.err != 0) {
		yd_error_set(err, YD_EIO, "%s: %s", b->tmp, strerror(sync.err));
		goto fail;
	}
	if (install(b, err) != 0)
		goto fail;
	trace("install");
	if (stats)
		*stats = s;
	free(b->tmp);
	b->tmp = NULL;
	free_builder(b);
	return 0;
fail:
	yd_builder_abort(b);
	return -1;
}
