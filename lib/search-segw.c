/* Writing one FTS5 segment into the shadow tables, for lib/search-segment.c
 * (why it exists is said there). The format is SQLite 3.40's, as read in
 * ext/fts5/fts5_index.c; this is our own writer of it:
 *
 * - Leaf pages are %_data rows at rowid segid << 37 | pgno (pgno from 1).
 *   A leaf: a 2-byte offset of its first rowid when a rowid comes before
 *   any term on it (else 0), a 2-byte offset of its footer, then terms
 *   and doclists, then the footer: the offsets of the terms on the page,
 *   each as a varint delta from the previous.
 * - The first term on a page is written whole (varint length, bytes); the
 *   others as (bytes shared with the previous term, new bytes, the bytes).
 * - A doclist: the first rowid, then rowid deltas; each followed by the
 *   poslist's size in bytes × 2 and the poslist. A doclist or a poslist
 *   runs on over as many pages as it needs; a page that starts inside a
 *   doclist writes its first rowid whole.
 * - %_idx has a row per page that starts a term: (segid, the shortest
 *   prefix of that term greater than the term before it, pgno << 1 | 1
 *   when the last doclist begun on that page has a doclist index). Page
 *   1's row has an empty term.
 * - A doclist index (rowid segid << 37 | 1 << 36 | height << 31 | pgno) is
 *   written when a doclist spans 4 or more pages without a term: a flags
 *   byte, the first leaf's page number, then per leaf its first rowid
 *   (delta) or 0 for a leaf without one; full pages push a level up.
 *
 * The page-filling rules (when a page is full, where a poslist is cut)
 * follow FTS5's own, so the pages are those FTS5 would write. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include "search-segw.h"

#define SEG_ROWID(segid, pgno) (((int64_t)(segid) << 37) + (pgno))
#define DLIDX_ROWID(segid, height, pgno) \
	(((int64_t)(segid) << 37) + ((int64_t)1 << 36) + \
	 ((int64_t)(height) << 31) + (pgno))
#define MIN_DLIDX_EMPTY 4    /* pages without a term that earn an index */

int yd_varint_put(uint8_t *p, uint64_t v)
{
	if (v <= 0x7f) {
		p[0] = (uint8_t)v;
		return 1;
	}
	if (v >> 56) {
		p[8] = (uint8_t)v;
		v >>= 8;
		for (int i = 7; i >= 0; i--) {
			p[i] = (uint8_t)((v & 0x7f) | 0x80);
			v >>= 7;
		}
		return 9;
	}
	uint8_t tmp[9];
	int n = 0;
	do {
		tmp[n++] = (uint8_t)((v & 0x7f) | 0x80);
		v >>= 7;
	} while (v);
	tmp[0] &= 0x7f;
	for (int i = 0; i < n; i++)
		p[i] = tmp[n - 1 - i];
	return n;
}

int yd_varint_get(const uint8_t *p, uint64_t *v)
{
	uint64_t x = 0;
	for (int i = 0; i < 8; i++) {
		x = (x << 7) | (p[i] & 0x7f);
		if (!(p[i] & 0x80)) {
			*v = x;
			return i + 1;
		}
	}
	*v = (x << 8) | p[8];
	return 9;
}

static bool reserve(struct yd_bytes *b, size_t more)
{
	if (b->n + more <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->n + more)
		cap *= 2;
	uint8_t *p = realloc(b->p, cap);
	if (!p)
		return false;
	b->p = p;
	b->cap = cap;
	return true;
}

bool yd_bytes_varint(struct yd_bytes *b, uint64_t v)
{
	if (!reserve(b, 9))
		return false;
	b->n += (size_t)yd_varint_put(b->p + b->n, v);
	return true;
}

bool yd_bytes_add(struct yd_bytes *b, const void *p, size_t n)
{
	if (!reserve(b, n))
		return false;
	if (n)
		memcpy(b->p + b->n, p, n);
	b->n += n;
	return true;
}

static void bytes_free(struct yd_bytes *b)
{
	free(b->p);
	*b = (struct yd_bytes){ 0 };
}

static void put_u16(uint8_t *p, size_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void oom(struct yd_segw *w)
{
	if (w->rc == SQLITE_OK)
		w->rc = SQLITE_NOMEM;
}

static void varint(struct yd_segw *w, struct yd_bytes *b, uint64_t v)
{
	if (!yd_bytes_varint(b, v))
		oom(w);
}

static void add(struct yd_segw *w, struct yd_bytes *b, const void *p, size_t n)
{
	if (!yd_bytes_add(b, p, n))
		oom(w);
}

int yd_segw_prepare(sqlite3 *db, const char *name, sqlite3_stmt **put_data,
		    sqlite3_stmt **put_idx)
{
	char *sql = sqlite3_mprintf("INSERT INTO main.\"%w_data\" (id, block) "
				    "VALUES (?1, ?2)", name);
	int rc = sql ? sqlite3_prepare_v2(db, sql, -1, put_data, NULL) : SQLITE_NOMEM;
	sqlite3_free(sql);
	if (rc != SQLITE_OK)
		return rc;
	sql = sqlite3_mprintf("INSERT INTO main.\"%w_idx\" (segid, term, pgno) "
			      "VALUES (?1, ?2, ?3)", name);
	rc = sql ? sqlite3_prepare_v2(db, sql, -1, put_idx, NULL) : SQLITE_NOMEM;
	sqlite3_free(sql);
	return rc;
}

/* A record of %_data (id, block) or of %_idx (segid, term, pgno). */
enum { REC_DATA, REC_IDX };

static int write_record(struct yd_segw *w, int kind, int64_t v,
			const uint8_t *p, size_t n)
{
	sqlite3_stmt *st = kind == REC_DATA ? w->put_data : w->put_idx;
	if (kind == REC_DATA) {
		sqlite3_bind_int64(st, 1, v);
		sqlite3_bind_blob(st, 2, p, (int)n, SQLITE_STATIC);
	} else {
		sqlite3_bind_int(st, 1, w->segid);
		/* a blob of no bytes, not NULL: FTS5's first term is "" */
		sqlite3_bind_blob(st, 2, n ? (const void *)p : "", (int)n,
				  SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, v);
	}
	sqlite3_step(st);
	int rc = sqlite3_reset(st);
	sqlite3_bind_null(st, 2);
	return rc;
}

static int pipe_put(struct yd_segw_pipe *q, int kind, int64_t v,
		    const uint8_t *p, size_t n);

/* Written at once, or queued for the thread that writes them. */
static void emit(struct yd_segw *w, int kind, int64_t v, const uint8_t *p,
		 size_t n)
{
	if (w->rc != SQLITE_OK)
		return;
	w->rc = w->pipe ? pipe_put(w->pipe, kind, v, p, n)
		: write_record(w, kind, v, p, n);
}

static void put_record(struct yd_segw *w, int64_t id, const uint8_t *p, size_t n)
{
	emit(w, REC_DATA, id, p, n);
}

int yd_segw_init(struct yd_segw *w, sqlite3_stmt *put_data,
		 sqlite3_stmt *put_idx, int segid, int pgsz)
{
	*w = (struct yd_segw){ .put_data = put_data, .put_idx = put_idx,
			       .segid = segid, .pgsz = pgsz, .pgno = 1,
			       .first_term_in_page = true, .bt_page = 1 };
	w->dl = calloc(1, sizeof *w->dl);
	w->ndl = 1;
	static const uint8_t zero[4];
	if (!w->dl || !yd_bytes_add(&w->page, zero, 4))
		return w->rc = SQLITE_NOMEM;
	return SQLITE_OK;
}

static bool dlidx_grow(struct yd_segw *w, int n)
{
	if (n <= w->ndl)
		return true;
	struct yd_dlidx *d = realloc(w->dl, (size_t)n * sizeof *d);
	if (!d) {
		oom(w);
		return false;
	}
	memset(d + w->ndl, 0, (size_t)(n - w->ndl) * sizeof *d);
	w->dl = d;
	w->ndl = n;
	return true;
}

/* Writes (flush) or drops the doclist index built so far. */
static void dlidx_clear(struct yd_segw *w, bool flush)
{
	for (int i = 0; i < w->ndl && w->dl[i].buf.n > 0; i++) {
		struct yd_dlidx *d = &w->dl[i];
		if (flush)
			put_record(w, DLIDX_ROWID(w->segid, i, d->pgno), d->buf.p,
				   d->buf.n);
		d->buf.n = 0;
		d->prev_valid = false;
	}
}

/* The %_idx row of page bt_page, once the doclist of its last term is
 * complete: with a doclist index if that doclist earned one. */
static void flush_btree(struct yd_segw *w)
{
	if (w->bt_page == 0)
		return;
	bool flag = w->dl[0].buf.n > 0 && w->n_empty >= MIN_DLIDX_EMPTY;
	dlidx_clear(w, flag);
	w->n_empty = 0;
	emit(w, REC_IDX, ((int64_t)w->bt_page << 1) + (flag ? 1 : 0),
	     w->bt_term.p, w->bt_term.n);
	w->bt_page = 0;
}

/* The first rowid of a leaf, added to the doclist index of the current
 * term (a level is written out when full and a level above begun). */
static void dlidx_append(struct yd_segw *w, int64_t rowid)
{
	bool done = false;
	for (int i = 0; !done && w->rc == SQLITE_OK; i++) {
		struct yd_dlidx *d = &w->dl[i];
		if (d->buf.n >= (size_t)w->pgsz) {
			d->buf.p[0] = 0x01;              /* not the root */
			put_record(w, DLIDX_ROWID(w->segid, i, d->pgno), d->buf.p,
				   d->buf.n);
			if (!dlidx_grow(w, i + 2))
				return;
			d = &w->dl[i];
			if (d[1].buf.n == 0) {
				/* d was the root: its first entry goes up to a new root */
				uint8_t *p = d->buf.p + 1;
				uint64_t pg = 0, first = 0;
				p += yd_varint_get(p, &pg);
				yd_varint_get(p, &first);
				d[1].pgno = d->pgno;
				varint(w, &d[1].buf, 0);
				varint(w, &d[1].buf, (uint64_t)d->pgno);
				varint(w, &d[1].buf, first);
				d[1].prev_valid = true;
				d[1].prev = (int64_t)first;
			}
			d->buf.n = 0;
			d->prev_valid = false;
			d->pgno++;
		} else {
			done = true;
		}
		uint64_t v;
		if (d->prev_valid) {
			v = (uint64_t)rowid - (uint64_t)d->prev;
		} else {
			int pg = i == 0 ? w->pgno : d[-1].pgno;
			varint(w, &d->buf, done ? 0 : 1);
			varint(w, &d->buf, (uint64_t)pg);
			v = (uint64_t)rowid;
		}
		varint(w, &d->buf, v);
		d->prev_valid = true;
		d->prev = rowid;
	}
}

static void flush_leaf(struct yd_segw *w)
{
	put_u16(w->page.p + 2, w->page.n);
	if (w->first_term_in_page) {
		/* a page without a term: a 0 in the doclist index when it holds
		 * no rowid either */
		if (w->first_rowid_in_page && w->dl[0].buf.n > 0)
			varint(w, &w->dl[0].buf, 0);
		w->n_empty++;
	} else {
		add(w, &w->page, w->pgidx.p, w->pgidx.n);
	}
	put_record(w, SEG_ROWID(w->segid, w->pgno), w->page.p, w->page.n);
	w->page.n = 0;
	static const uint8_t zero[4];
	add(w, &w->page, zero, 4);
	w->pgidx.n = 0;
	w->prev_pgidx = 0;
	w->pgno++;
	w->leaves++;
	w->first_term_in_page = true;
	w->first_rowid_in_page = true;
}

static size_t shared_prefix(const struct yd_bytes *a, const uint8_t *t, size_t n)
{
	size_t m = a->n < n ? a->n : n, i = 0;
	while (i < m && a->p[i] == t[i])
		i++;
	return i;
}

void yd_segw_term(struct yd_segw *w, const uint8_t *t, size_t n)
{
	if (w->rc != SQLITE_OK)
		return;
	if (w->page.n + w->pgidx.n + n + 2 >= (size_t)w->pgsz && w->page.n > 4)
		flush_leaf(w);
	varint(w, &w->pgidx, w->page.n - w->prev_pgidx);
	w->prev_pgidx = w->page.n;
	size_t prefix = 0;
	if (w->first_term_in_page) {
		if (w->pgno != 1) {
			/* the page's key in %_idx: one byte more than it shares
			 * with the term before */
			size_t k = w->term.n ? 1 + shared_prefix(&w->term, t, n) : n;
			flush_btree(w);
			w->bt_term.n = 0;
			add(w, &w->bt_term, t, k);
			w->bt_page = w->pgno;
		}
	} else {
		prefix = shared_prefix(&w->term, t, n);
		varint(w, &w->page, prefix);
	}
	varint(w, &w->page, n - prefix);
	add(w, &w->page, t + prefix, n - prefix);
	w->term.n = 0;
	add(w, &w->term, t, n);
	w->first_term_in_page = false;
	w->first_rowid_in_page = false;
	w->first_rowid_in_doclist = true;
	w->dl[0].pgno = w->pgno;
}

static void append_rowid(struct yd_segw *w, int64_t rowid)
{
	if (w->page.n + w->pgidx.n >= (size_t)w->pgsz)
		flush_leaf(w);
	if (w->first_rowid_in_page) {
		put_u16(w->page.p, w->page.n);
		dlidx_append(w, rowid);
	}
	if (w->first_rowid_in_doclist || w->first_rowid_in_page)
		varint(w, &w->page, (uint64_t)rowid);
	else
		varint(w, &w->page, (uint64_t)rowid - (uint64_t)w->prev_rowid);
	w->prev_rowid = rowid;
	w->first_rowid_in_doclist = false;
	w->first_rowid_in_page = false;
}

/* Bytes of the varint at p (poslist values are below 2^32). */
static size_t varint_len(const uint8_t *p)
{
	size_t i = 0;
	while (i < 8 && (p[i] & 0x80))
		i++;
	return i + 1;
}

/* Poslist bytes: as many whole varints as fill the page (one more than
 * fits, as FTS5 does), the page written, and on. */
static void append_poslist(struct yd_segw *w, const uint8_t *a, size_t n)
{
	while (w->rc == SQLITE_OK && w->page.n + w->pgidx.n + n >= (size_t)w->pgsz) {
		size_t want = (size_t)w->pgsz - w->page.n - w->pgidx.n, take = 0;
		if (w->page.n + w->pgidx.n > (size_t)w->pgsz)
			want = 0;
		while (take < want)
			take += varint_len(a + take);
		add(w, &w->page, a, take);
		a += take;
		n -= take;
		flush_leaf(w);
	}
	if (n > 0)
		add(w, &w->page, a, n);
}

void yd_segw_row(struct yd_segw *w, int64_t rowid, const uint8_t *pl, size_t n)
{
	if (w->rc != SQLITE_OK)
		return;
	append_rowid(w, rowid);
	varint(w, &w->page, (uint64_t)n * 2);
	append_poslist(w, pl, n);
}

bool yd_segw_doclist(struct yd_segw *w, const uint8_t *dl, size_t n,
		     int64_t last)
{
	/* a page's first rowid sets its header and the doclist index: the
	 * row-by-row path; so does a doclist that would not fit */
	if (w->rc != SQLITE_OK || w->first_rowid_in_page ||
	    w->page.n + w->pgidx.n + n + 9 >= (size_t)w->pgsz)
		return false;
	uint64_t first;
	size_t h = (size_t)yd_varint_get(dl, &first);
	if (w->first_rowid_in_doclist)
		varint(w, &w->page, first);
	else
		varint(w, &w->page, first - (uint64_t)w->prev_rowid);
	add(w, &w->page, dl + h, n - h);
	w->prev_rowid = last;
	w->first_rowid_in_doclist = false;
	return true;
}

int yd_segw_finish(struct yd_segw *w, int *last)
{
	if (w->rc == SQLITE_OK && w->page.n > 4)
		flush_leaf(w);
	*last = w->pgno - 1;
	if (w->rc == SQLITE_OK && w->pgno > 1)
		flush_btree(w);
	return w->rc;
}

void yd_segw_free(struct yd_segw *w)
{
	bytes_free(&w->page);
	bytes_free(&w->pgidx);
	bytes_free(&w->term);
	bytes_free(&w->bt_term);
	for (int i = 0; i < w->ndl; i++)
		bytes_free(&w->dl[i].buf);
	free(w->dl);
	w->dl = NULL;
	w->ndl = 0;
}

/* The pipeline: the records made on the worker's thread are packed into
 * chunks (kind, value, size, bytes); the calling thread, which owns the
 * connection, writes a chunk's records while the worker fills the next.
 * A few chunks in all: the worker waits when they are all full. */
#define PIPE_CHUNKS 4
#define PIPE_CHUNK (1u << 20)

struct chunk {
	uint8_t *p;
	size_t n, cap;
};

struct yd_segw_pipe {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct chunk c[PIPE_CHUNKS];
	/* chunks [head, tail) (mod PIPE_CHUNKS) are full; c[fill] is being
	 * filled by the worker */
	unsigned head, tail;
	bool done;               /* the worker has queued its last chunk */
	int failed;              /* the writer's error: the worker stops */
	size_t chunk;
};

struct rec_head {
	uint8_t kind;
	int64_t v;
	uint32_t n;
};

static struct chunk *filling(struct yd_segw_pipe *q)
{
	return &q->c[q->tail % PIPE_CHUNKS];
}

/* Hands the chunk being filled to the writer; waits for a free one. */
static int pipe_push(struct yd_segw_pipe *q)
{
	pthread_mutex_lock(&q->mu);
	q->tail++;
	pthread_cond_broadcast(&q->cv);
	while (q->tail - q->head >= PIPE_CHUNKS && !q->failed)
		pthread_cond_wait(&q->cv, &q->mu);
	int rc = q->failed;
	pthread_mutex_unlock(&q->mu);
	filling(q)->n = 0;
	return rc;
}

static int pipe_put(struct yd_segw_pipe *q, int kind, int64_t v,
		    const uint8_t *p, size_t n)
{
	struct rec_head h = { (uint8_t)kind, v, (uint32_t)n };
	struct chunk *c = filling(q);
	size_t need = sizeof h + n;
	if (c->n > 0 && c->n + need > q->chunk) {
		int rc = pipe_push(q);
		if (rc != SQLITE_OK)
			return rc;
		c = filling(q);
	}
	if (c->n + need > c->cap) {
		size_t cap = c->n + need > q->chunk ? c->n + need : q->chunk;
		uint8_t *np = realloc(c->p, cap);
		if (!np)
			return SQLITE_NOMEM;
		c->p = np;
		c->cap = cap;
	}
	memcpy(c->p + c->n, &h, sizeof h);
	if (n)
		memcpy(c->p + c->n + sizeof h, p, n);
	c->n += need;
	return SQLITE_OK;
}

/* Writes one chunk's records; the first error. */
static int write_chunk(struct yd_segw *w, const struct chunk *c)
{
	int rc = SQLITE_OK;
	for (size_t i = 0; i < c->n && rc == SQLITE_OK;) {
		struct rec_head h;
		memcpy(&h, c->p + i, sizeof h);
		rc = write_record(w, h.kind, h.v, c->p + i + sizeof h, h.n);
		i += sizeof h + h.n;
	}
	return rc;
}

struct worker {
	struct yd_segw *w;
	int (*work)(void *);
	void *arg;
	int rc;
	double cpu;              /* the worker thread's CPU (s) */
};

static double thread_cpu(void)
{
	struct timespec t;
	if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
		return 0;
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void *run_worker(void *arg)
{
	struct worker *k = arg;
	struct yd_segw_pipe *q = k->w->pipe;
	k->rc = k->work(k->arg);
	k->cpu = thread_cpu();
	pthread_mutex_lock(&q->mu);
	if (filling(q)->n > 0)
		q->tail++;       /* the last chunk: nothing waits for a free one */
	q->done = true;
	pthread_cond_broadcast(&q->cv);
	pthread_mutex_unlock(&q->mu);
	return NULL;
}

static size_t pipe_chunk(void)
{
	const char *e = getenv("YIDU_SEGMENT_PIPE");
	long v = e ? strtol(e, NULL, 10) : 1;
	return v <= 0 ? 0 : v == 1 ? PIPE_CHUNK : (size_t)v;
}

static unsigned pipelines;

unsigned yd_segw_pipelines(void)
{
	return pipelines;
}

int yd_segw_pipeline(struct yd_segw *w, int (*work)(void *), void *arg)
{
	struct yd_segw_pipe q = { .chunk = pipe_chunk() };
	struct worker k = { w, work, arg, SQLITE_OK, 0 };
	pthread_t t;
	if (q.chunk == 0 || w->pipe)
		return work(arg);
	pthread_mutex_init(&q.mu, NULL);
	pthread_cond_init(&q.cv, NULL);
	w->pipe = &q;
	if (pthread_create(&t, NULL, run_worker, &k) != 0) {
		w->pipe = NULL;
		k.rc = work(arg);
		goto out;
	}
	int rc = SQLITE_OK;
	double cpu0 = thread_cpu();
	pthread_mutex_lock(&q.mu);
	for (;;) {
		while (q.head == q.tail && !q.done)
			pthread_cond_wait(&q.cv, &q.mu);
		if (q.head == q.tail)
			break;
		struct chunk *c = &q.c[q.head % PIPE_CHUNKS];
		pthread_mutex_unlock(&q.mu);
		if (rc == SQLITE_OK)
			rc = write_chunk(w, c);
		pthread_mutex_lock(&q.mu);
		if (rc != SQLITE_OK)
			q.failed = rc;
		q.head++;
		pthread_cond_broadcast(&q.cv);
	}
	pthread_mutex_unlock(&q.mu);
	pthread_join(t, NULL);
	w->pipe = NULL;
	pipelines++;
	/* YIDU_BUILD_TRACE=1 (lib/build.c): each thread's share */
	if (getenv("YIDU_BUILD_TRACE"))
		fprintf(stderr, "search: pipeline CPU: writing %.3f s, merging "
			"%.3f s\n", thread_cpu() - cpu0, k.cpu);
	if (rc != SQLITE_OK)
		k.rc = rc;
out:
	for (int i = 0; i < PIPE_CHUNKS; i++)
		free(q.c[i].p);
	pthread_cond_destroy(&q.cv);
	pthread_mutex_destroy(&q.mu);
	return k.rc;
}
