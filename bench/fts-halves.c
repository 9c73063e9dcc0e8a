/* fts-halves CORPUS COPY: measures building the search index in two
 * halves on two threads (issue 17), on a corpus yidu-import built, and
 * COPY, a byte copy of it. Both connections drop the index ('delete-all');
 * the main thread indexes the articles up to the middle id into CORPUS,
 * a second thread those after it into COPY's index and optimizes it into
 * one segment; then the second half's segments, segment index, document
 * sizes and token totals are grafted into CORPUS's index (FTS5's record
 * formats of SQLite 3.40: segment pages at rowid segid << 37 + page, the
 * structure record at rowid 10, the totals at rowid 1), and the result
 * optimized into one segment, as the importer leaves it. Prints the time
 * of each step. A prototype to measure the design, not used by the
 * importer: its record formats are FTS5's internals (the structure
 * record gained fields in later SQLite versions). Check the result with
 * `fts-halves --check CORPUS` (FTS5's integrity-check: the index against
 * the text, tokenized again). `fts-halves --serial CORPUS`: the same
 * steps on one thread, to compare. */
#include "config.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "search-segw.h"   /* SQLite's varint, as FTS5 writes it */

int yd_search_register(sqlite3 *db);   /* lib/search-fts.c */

#define SEG_SHIFT 37     /* FTS5_SEGMENT_ROWID: segid << (31 + 5 + 1) */
#define MAX_SEGS 2000

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(sqlite3 *db, const char *what)
{
	fprintf(stderr, "fts-halves: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
	exit(1);
}

static void exec(sqlite3 *db, const char *sql)
{
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		die(db, sql);
}

static sqlite3 *open_db(const char *path)
{
	sqlite3 *db;
	if (sqlite3_open(path, &db) != SQLITE_OK || yd_search_register(db) != SQLITE_OK)
		die(db, path);
	exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
	     "PRAGMA cache_size = -32768");
	return db;
}

static void index_range(sqlite3 *db, const char *cond)
{
	char sql[512];
	exec(db, "BEGIN; INSERT INTO search (search) VALUES ('delete-all');"
	     "INSERT INTO search (search, rank) VALUES ('hashsize', 16777216)");
	snprintf(sql, sizeof sql, "INSERT INTO search (rowid, title, summary, "
		 "body, py, facets) SELECT id, title, summary, body, py, facets "
		 "FROM search_src WHERE %s ORDER BY id", cond);
	exec(db, sql);
}

struct half {
	const char *path;
	char cond[64];
	double secs;
};

static void *second_half(void *arg)
{
	struct half *h = arg;
	double t0 = now_s();
	sqlite3 *db = open_db(h->path);
	index_range(db, h->cond);
	exec(db, "INSERT INTO search (search) VALUES ('optimize'); COMMIT");
	sqlite3_close(db);
	h->secs = now_s() - t0;
	return NULL;
}

struct seg {
	uint64_t id, first, last;
};
struct level {
	uint64_t merge, nseg;
	struct seg *s;
};
struct structure {
	uint32_t cookie;
	uint64_t nlevel, nseg, writes;
	struct level lv[64];
};

static void *blob(sqlite3 *db, const char *sql, int *n)
{
	sqlite3_stmt *st;
	void *out = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		die(db, sql);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*n = sqlite3_column_bytes(st, 0);
		out = malloc((size_t)*n + 16);
		memcpy(out, sqlite3_column_blob(st, 0), (size_t)*n);
		memset((char *)out + *n, 0, 16);
	}
	sqlite3_finalize(st);
	if (!out)
		die(db, sql);
	return out;
}

static void read_structure(sqlite3 *db, const char *schema, struct structure *s)
{
	char sql[128];
	int n;
	snprintf(sql, sizeof sql, "SELECT block FROM %s.search_data WHERE id = 10", schema);
	unsigned char *p = blob(db, sql, &n);
	s->cookie = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
	int i = 4;
	i += yd_varint_get(p + i, &s->nlevel);
	i += yd_varint_get(p + i, &s->nseg);
	i += yd_varint_get(p + i, &s->writes);
	if (s->nlevel > 63)
		die(NULL, "too many levels");
	for (uint64_t l = 0; l < s->nlevel; l++) {
		struct level *lv = &s->lv[l];
		i += yd_varint_get(p + i, &lv->merge);
		i += yd_varint_get(p + i, &lv->nseg);
		lv->s = calloc(lv->nseg + 1, sizeof *lv->s);
		for (uint64_t k = 0; k < lv->nseg; k++) {
			i += yd_varint_get(p + i, &lv->s[k].id);
			i += yd_varint_get(p + i, &lv->s[k].first);
			i += yd_varint_get(p + i, &lv->s[k].last);
		}
	}
	free(p);
}

static void write_blob(sqlite3 *db, int64_t rowid, const void *p, int n)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "REPLACE INTO main.search_data (id, block) "
			       "VALUES (?1, ?2)", -1, &st, NULL) != SQLITE_OK)
		die(db, "write");
	sqlite3_bind_int64(st, 1, rowid);
	sqlite3_bind_blob(st, 2, p, n, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		die(db, "write");
	sqlite3_finalize(st);
}

/* main's structure, then one more level holding all of b's segments
 * (b was optimized: no merge in progress), their ids moved past main's. */
static void graft(sqlite3 *db)
{
	struct structure a, b;
	read_structure(db, "main", &a);
	read_structure(db, "b", &b);
	uint64_t maxid = 0;
	for (uint64_t l = 0; l < a.nlevel; l++)
		for (uint64_t k = 0; k < a.lv[l].nseg; k++)
			if (a.lv[l].s[k].id > maxid)
				maxid = a.lv[l].s[k].id;
	char sql[512];
	snprintf(sql, sizeof sql, "INSERT INTO main.search_data (id, block) "
		 "SELECT id + (%llu << %d), block FROM b.search_data "
		 "WHERE id >= (1 << %d)", (unsigned long long)maxid, SEG_SHIFT, SEG_SHIFT);
	exec(db, sql);
	snprintf(sql, sizeof sql, "INSERT INTO main.search_idx (segid, term, pgno) "
		 "SELECT segid + %llu, term, pgno FROM b.search_idx",
		 (unsigned long long)maxid);
	exec(db, sql);
	exec(db, "INSERT INTO main.search_docsize SELECT * FROM b.search_docsize");

	unsigned char *p = malloc(64 + (size_t)(a.nseg + b.nseg) * 30);
	int i = 4;
	p[0] = (unsigned char)(a.cookie >> 24);
	p[1] = (unsigned char)(a.cookie >> 16);
	p[2] = (unsigned char)(a.cookie >> 8);
	p[3] = (unsigned char)a.cookie;
	i += yd_varint_put(p + i, a.nlevel + 1);
	i += yd_varint_put(p + i, a.nseg + b.nseg);
	i += yd_varint_put(p + i, a.writes + b.writes);
	for (uint64_t l = 0; l < a.nlevel; l++) {
		i += yd_varint_put(p + i, a.lv[l].merge);
		i += yd_varint_put(p + i, a.lv[l].nseg);
		for (uint64_t k = 0; k < a.lv[l].nseg; k++) {
			i += yd_varint_put(p + i, a.lv[l].s[k].id);
			i += yd_varint_put(p + i, a.lv[l].s[k].first);
			i += yd_varint_put(p + i, a.lv[l].s[k].last);
		}
	}
	i += yd_varint_put(p + i, 0);
	i += yd_varint_put(p + i, b.nseg);
	for (uint64_t l = 0; l < b.nlevel; l++) {
		if (b.lv[l].merge)
			die(NULL, "second half has a merge in progress");
		for (uint64_t k = 0; k < b.lv[l].nseg; k++) {
			i += yd_varint_put(p + i, b.lv[l].s[k].id + maxid);
			i += yd_varint_put(p + i, b.lv[l].s[k].first);
			i += yd_varint_put(p + i, b.lv[l].s[k].last);
		}
	}
	write_blob(db, 10, p, i);
	free(p);

	/* totals: rows, then tokens per column */
	int na, nb;
	unsigned char *ta = blob(db, "SELECT block FROM main.search_data WHERE id = 1", &na);
	unsigned char *tb = blob(db, "SELECT block FROM b.search_data WHERE id = 1", &nb);
	unsigned char out[128];
	int ia = 0, ib = 0, io = 0;
	while (ia < na && ib < nb && io < 100) {
		uint64_t x, y;
		ia += yd_varint_get(ta + ia, &x);
		ib += yd_varint_get(tb + ib, &y);
		io += yd_varint_put(out + io, x + y);
	}
	write_blob(db, 1, out, io);
	free(ta);
	free(tb);
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--check") == 0) {
		sqlite3 *c = open_db(argv[2]);
		exec(c, "INSERT INTO search (search, rank) VALUES ('integrity-check', 1)");
		sqlite3_close(c);
		puts("integrity-check: ok");
		return 0;
	}
	if (argc == 3 && strcmp(argv[1], "--serial") == 0) {
		double t0 = now_s();
		sqlite3 *c = open_db(argv[2]);
		index_range(c, "1");
		exec(c, "COMMIT");
		double t1 = now_s();
		exec(c, "INSERT INTO search (search) VALUES ('optimize')");
		sqlite3_close(c);
		printf("serial: index %.1f s; optimize %.1f s; total %.1f s\n",
		       t1 - t0, now_s() - t1, now_s() - t0);
		return 0;
	}
	if (argc != 3) {
		fputs("usage: fts-halves CORPUS COPY | --check CORPUS | --serial CORPUS\n", stderr);
		return 2;
	}
	/* Both threads allocate all the time: without this every allocation
	 * takes SQLite's one memory-statistics mutex. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	sqlite3 *db = open_db(argv[1]);
	sqlite3_stmt *st;
	int64_t lo = 0, hi = 0;
	if (sqlite3_prepare_v2(db, "SELECT min(id), max(id) FROM article", -1,
			       &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		lo = sqlite3_column_int64(st, 0);
		hi = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	int64_t mid = lo + (hi - lo + 1) / 2;
	struct half h = { argv[2], "", 0 };
	snprintf(h.cond, sizeof h.cond, "id >= %lld", (long long)mid);
	double t0 = now_s();
	pthread_t th;
	if (pthread_create(&th, NULL, second_half, &h) != 0)
		die(NULL, "thread");
	char cond[64];
	snprintf(cond, sizeof cond, "id < %lld", (long long)mid);
	index_range(db, cond);
	exec(db, "COMMIT");
	double t1 = now_s();
	pthread_join(th, NULL);
	double t2 = now_s();
	sqlite3_close(db);

	/* a connection whose FTS5 has no cached structure */
	db = open_db(argv[1]);
	char sql[4200];
	snprintf(sql, sizeof sql, "ATTACH '%s' AS b", argv[2]);
	exec(db, sql);
	exec(db, "BEGIN");
	graft(db);
	exec(db, "COMMIT; DETACH b");
	double t3 = now_s();
	sqlite3_close(db);
	db = open_db(argv[1]);
	exec(db, "INSERT INTO search (search) VALUES ('optimize')");
	double t4 = now_s();
	sqlite3_close(db);
	printf("first half %.1f s, second half (indexed and optimized) %.1f s, "
	       "both done %.1f s; graft %.1f s; optimize %.1f s; total %.1f s "
	       "(ids %lld-%lld | %lld-%lld)\n", t1 - t0, h.secs, t2 - t0, t3 - t2,
	       t4 - t3, t4 - t0, (long long)lo, (long long)mid - 1, (long long)mid,
	       (long long)hi);
	return 0;
}
