/* Runs of (term, doclist) for lib/search-segment.c: each sorted batch is
 * written to a temporary file as it is done, so that memory holds one
 * batch, and the runs are merged into one segment at the end (a heap of
 * the runs' current terms). A term's doclists follow one another run by
 * run, the runs being in rowid order, so merging is concatenating.
 * Writing the one segment ourselves costs less than FTS5's 'optimize' of
 * a segment per batch (which decodes every poslist again): 20,000
 * articles, 1.5 s for the optimize. */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "search-runs.h"

#define WRITE_CHUNK (1u << 20)
#define READ_CHUNK (64u << 10)     /* per run: 450 runs at 1,000,000 articles */

struct run {
	off_t start, end;
};

struct yd_runs {
	int fd;
	off_t size;               /* bytes written so far */
	struct yd_bytes out;      /* not yet written */
	off_t run_start;
	struct run *runs;
	size_t nruns, cap;
	bool failed;              /* a read or write of the file failed */
};

struct yd_runs *yd_runs_new(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/yidu-index-XXXXXX", dir && *dir ? dir : "/tmp");
	struct yd_runs *r = calloc(1, sizeof *r);
	if (!r)
		return NULL;
	r->fd = mkstemp(path);
	if (r->fd < 0) {
		free(r);
		return NULL;
	}
	unlink(path);
	return r;
}

static int write_out(struct yd_runs *r)
{
	size_t done = 0;
	while (done < r->out.n) {
		ssize_t k = write(r->fd, r->out.p + done, r->out.n - done);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			r->failed = true;
			return SQLITE_IOERR_WRITE;
		}
		done += (size_t)k;
	}
	r->size += (off_t)r->out.n;
	r->out.n = 0;
	return SQLITE_OK;
}

int yd_runs_add(struct yd_runs *r, const uint8_t *term, size_t nterm,
		int64_t last, const uint8_t *dl, size_t ndl)
{
	if (!yd_bytes_varint(&r->out, nterm) || !yd_bytes_add(&r->out, term, nterm) ||
	    !yd_bytes_varint(&r->out, (uint64_t)last) ||
	    !yd_bytes_varint(&r->out, ndl) || !yd_bytes_add(&r->out, dl, ndl))
		return SQLITE_NOMEM;
	return r->out.n >= WRITE_CHUNK ? write_out(r) : SQLITE_OK;
}

int yd_runs_end(struct yd_runs *r)
{
	int rc = write_out(r);
	if (rc != SQLITE_OK)
		return rc;
	if (r->size > r->run_start) {
		if (r->nruns == r->cap) {
			size_t cap = r->cap ? r->cap * 2 : 16;
			struct run *v = realloc(r->runs, cap * sizeof *v);
			if (!v)
				return SQLITE_NOMEM;
			r->runs = v;
			r->cap = cap;
		}
		r->runs[r->nruns++] = (struct run){ r->run_start, r->size };
	}
	r->run_start = r->size;
	return SQLITE_OK;
}

bool yd_runs_failed(const struct yd_runs *r)
{
	return r->failed;
}

void yd_runs_free(struct yd_runs *r)
{
	if (!r)
		return;
	close(r->fd);
	free(r->out.p);
	free(r->runs);
	free(r);
}

/* Reading one run back, a record at a time. */
struct reader {
	struct yd_runs *runs;
	int fd;
	off_t off, end;
	struct yd_bytes buf;
	size_t at, len;           /* the current record in buf */
	const uint8_t *term, *dl;
	size_t nterm, ndl;
	int64_t last;             /* the doclist's last rowid */
};

/* At least need bytes from at on in buf (fewer at the run's end). */
static int ensure(struct reader *r, size_t need)
{
	size_t have = r->buf.n - r->at;
	if (have >= need || r->off == r->end)
		return SQLITE_OK;
	if (have)
		memmove(r->buf.p, r->buf.p + r->at, have);
	r->buf.n = have;
	r->at = 0;
	size_t want = need - have < READ_CHUNK ? READ_CHUNK : need - have;
	if ((off_t)want > r->end - r->off)
		want = (size_t)(r->end - r->off);
	if (r->buf.cap < have + want + 16) {
		uint8_t *p = realloc(r->buf.p, have + want + 16);
		if (!p)
			return SQLITE_NOMEM;
		r->buf.p = p;
		r->buf.cap = have + want + 16;
	}
	size_t done = 0;
	while (done < want) {
		ssize_t k = pread(r->fd, r->buf.p + have + done, want - done,
				  r->off + (off_t)done);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			r->runs->failed = true;
			return SQLITE_IOERR_READ;
		}
		done += (size_t)k;
	}
	r->off += (off_t)want;
	r->buf.n += want;
	memset(r->buf.p + r->buf.n, 0, 16);    /* varints never read past */
	return SQLITE_OK;
}

/* The next record; r->term NULL at the run's end. */
static int reader_next(struct reader *r)
{
	r->at += r->len;
	r->len = 0;
	r->term = NULL;
	if (r->at == r->buf.n && r->off == r->end)
		return SQLITE_OK;
	int rc = ensure(r, 20);
	uint64_t nt = 0, nd = 0, last = 0;
	size_t h = 0, h2 = 0;
	if (rc == SQLITE_OK) {
		h = (size_t)yd_varint_get(r->buf.p + r->at, &nt);
		rc = ensure(r, h + nt + 18);
	}
	if (rc == SQLITE_OK) {
		/* the last rowid, then the doclist's size */
		h2 = (size_t)yd_varint_get(r->buf.p + r->at + h + nt, &last);
		h2 += (size_t)yd_varint_get(r->buf.p + r->at + h + nt + h2, &nd);
		rc = ensure(r, h + nt + h2 + nd);
	}
	if (rc != SQLITE_OK)
		return rc;
	if (r->buf.n - r->at < h + nt + h2 + nd)
		return SQLITE_CORRUPT;
	const uint8_t *p = r->buf.p + r->at;
	r->term = p + h;
	r->nterm = nt;
	r->dl = p + h + nt + h2;
	r->ndl = nd;
	r->last = (int64_t)last;
	r->len = h + nt + h2 + nd;
	return SQLITE_OK;
}

/* Heap order: the smaller term first, then the earlier run. */
static bool before(const struct reader *rd, size_t a, size_t b)
{
	const struct reader *x = &rd[a], *y = &rd[b];
	size_t n = x->nterm < y->nterm ? x->nterm : y->nterm;
	int c = memcmp(x->term, y->term, n);
	if (c)
		return c < 0;
	if (x->nterm != y->nterm)
		return x->nterm < y->nterm;
	return a < b;
}

static void sift_down(const struct reader *rd, size_t *heap, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		if (l < n && before(rd, heap[l], heap[m]))
			m = l;
		if (l + 1 < n && before(rd, heap[l + 1], heap[m]))
			m = l + 1;
		if (m == i)
			return;
		size_t t = heap[i];
		heap[i] = heap[m];
		heap[m] = t;
		i = m;
	}
}

/* One run's doclist of the current term into w: whole when it fits on
 * the page, else row by row. */
static void copy_doclist(struct yd_segw *w, const uint8_t *p, size_t n,
			 int64_t last)
{
	if (yd_segw_doclist(w, p, n, last))
		return;
	size_t i = 0;
	int64_t rowid = 0;
	bool first = true;
	while (i < n && w->rc == SQLITE_OK) {
		uint64_t v, sz;
		i += (size_t)yd_varint_get(p + i, &v);
		rowid = first ? (int64_t)v : rowid + (int64_t)v;
		first = false;
		i += (size_t)yd_varint_get(p + i, &sz);
		yd_segw_row(w, rowid, p + i, (size_t)(sz / 2));
		i += (size_t)(sz / 2);
	}
}

int yd_runs_merge(struct yd_runs *r, struct yd_segw *w)
{
	size_t k = r->nruns;
	struct reader *rd = calloc(k ? k : 1, sizeof *rd);
	size_t *heap = calloc(k ? k : 1, sizeof *heap);
	size_t *same = calloc(k ? k : 1, sizeof *same);
	int rc = rd && heap && same ? SQLITE_OK : SQLITE_NOMEM;
	size_t n = 0;
	for (size_t i = 0; i < k && rc == SQLITE_OK; i++) {
		rd[i] = (struct reader){ .runs = r, .fd = r->fd, .off = r->runs[i].start,
					 .end = r->runs[i].end };
		rc = reader_next(&rd[i]);
		if (rc == SQLITE_OK && rd[i].term)
			heap[n++] = i;
	}
	for (size_t i = n; i-- > 0;)
		sift_down(rd, heap, n, i);
	while (rc == SQLITE_OK && n > 0) {
		/* every run whose current term is the smallest, in run order */
		size_t ns = 0;
		do {
			same[ns++] = heap[0];
			heap[0] = heap[--n];
			sift_down(rd, heap, n, 0);
		} while (n > 0 && rd[heap[0]].nterm == rd[same[0]].nterm &&
			 memcmp(rd[heap[0]].term, rd[same[0]].term,
				rd[same[0]].nterm) == 0);
		yd_segw_term(w, rd[same[0]].term, rd[same[0]].nterm);
		for (size_t j = 0; j < ns; j++)
			copy_doclist(w, rd[same[j]].dl, rd[same[j]].ndl,
				     rd[same[j]].last);
		rc = w->rc;
		for (size_t j = 0; j < ns && rc == SQLITE_OK; j++) {
			rc = reader_next(&rd[same[j]]);
			if (rc == SQLITE_OK && rd[same[j]].term) {
				/* sift up */
				size_t i = n++;
				heap[i] = same[j];
				while (i > 0 && before(rd, heap[i], heap[(i - 1) / 2])) {
					size_t t = heap[i];
					heap[i] = heap[(i - 1) / 2];
					heap[(i - 1) / 2] = t;
					i = (i - 1) / 2;
				}
			}
		}
	}
	for (size_t i = 0; rd && i < k; i++)
		free(rd[i].buf.p);
	free(rd);
	free(heap);
	free(same);
	return rc;
}
