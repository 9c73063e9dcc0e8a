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

#include <stdlib.h>
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

static void put_record(struct yd_segw *w, int64_t id, const uint8_t *p, size_t n)
{
	if (w->rc != SQLITE_OK)
		return;
	sqlite3_bind_int64(w->put_data, 1, id);
	sqlite3_bind_blob(w->put_data, 2, p, (int)n, SQLITE_STATIC);
	sqlite3_step(w->put_data);
	w->rc = sqlite3_reset(w->put_data);
	sqlite3_bind_null(w->put_data, 2);
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
	if (w->rc == SQLITE_OK) {
		sqlite3_bind_int(w->put_idx, 1, w->segid);
		sqlite3_bind_blob(w->put_idx, 2, w->bt_term.n ? (void *)w->bt_term.p : "",
				  (int)w->bt_term.n, SQLITE_STATIC);
		sqlite3_bind_int64(w->put_idx, 3,
				   ((int64_t)w->bt_page << 1) + (flag ? 1 : 0));
		sqlite3_step(w->put_idx);
		w->rc = sqlite3_reset(w->put_idx);
		sqlite3_bind_null(w->put_idx, 2);
	}
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
