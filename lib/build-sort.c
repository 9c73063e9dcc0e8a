/* External sort for the builder's finish (lib/build-sort.h).
 *
 * In memory, a record is an entry (its key, where its payload sits in an
 * arena, its length); entries are sorted, payloads stay put. On disk, a
 * run is records one after another: k0, k1 (8 bytes each, host order),
 * the payload's length (2 bytes) and the payload. Reading merges the runs
 * through a binary heap of their first records, each run read through a
 * small buffer; beyond FANIN runs, groups of FANIN are first merged into
 * longer runs, so reading holds at most FANIN buffers. */
#define _GNU_SOURCE          /* O_TMPFILE */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>

#include "build-sort.h"

#define HEAD 18                   /* k0, k1, length */
#define RBUF (16 * 1024)          /* read buffer of a run: > HEAD + MAX_PAYLOAD */
#define WBUF (64 * 1024)          /* write buffer: > HEAD + MAX_PAYLOAD */
#define FANIN 64                  /* runs merged at once */
_Static_assert(RBUF >= HEAD + YD_XSORT_MAX_PAYLOAD && WBUF >= HEAD + YD_XSORT_MAX_PAYLOAD,
	       "a record fits in a buffer");

typedef struct ent {
	uint64_t k0, k1;
	uint32_t off, len;
} ent;

typedef struct run {
	off_t pos, end;           /* still to read */
	unsigned char *buf;
	size_t have, at;          /* bytes in buf, first unread */
	yd_xrec cur;
} run;

struct yd_xsort {
	char *dir;
	int fd;
	off_t fend;
	ent *e, *tmp;             /* tmp: the sort's copy */
	size_t ne, cape;
	unsigned char *arena;
	size_t used, capa;
	run *runs;
	size_t nruns, caprun;
	bool reading;
	size_t pos;               /* in memory: next entry to return */
	size_t *heap, nheap;
	bool advance;             /* the heap's top was returned last */
};

static size_t budget = 24u << 20;

/* YIDU_BUILD_SORT_KIB overrides the budget (tests make every sort spill). */
size_t yd_xsort_budget(void)
{
	const char *e = getenv("YIDU_BUILD_SORT_KIB");
	if (e && *e)
		return (size_t)strtoul(e, NULL, 10) * 1024 < 4096
			? 4096 : (size_t)strtoul(e, NULL, 10) * 1024;
	return budget;
}
void yd_xsort_set_budget(size_t bytes) { budget = bytes < 4096 ? 4096 : bytes; }

char *yd_xsort_dir_of(sqlite3 *db)
{
	const char *f = sqlite3_db_filename(db, "main");
	if (!f || !*f)
		return NULL;
	char *c = strdup(f);
	if (!c)
		return NULL;
	char *d = strdup(dirname(c));
	free(c);
	return d;
}

yd_xsort *yd_xsort_new(const char *dir)
{
	yd_xsort *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->fd = -1;
	if (!dir)
		dir = getenv("TMPDIR");
	s->dir = strdup(dir && *dir ? dir : "/tmp");
	/* a third for the entries, a third for the sort's copy of them, a
	 * third for the payloads */
	size_t b = yd_xsort_budget();
	s->cape = b / 3 / sizeof(ent);
	s->capa = b / 3;
	if (s->capa < YD_XSORT_MAX_PAYLOAD)
		s->capa = YD_XSORT_MAX_PAYLOAD;
	if (!s->dir) {
		free(s);
		return NULL;
	}
	return s;
}

static inline bool ent_less(const ent *a, const ent *b)
{
	return a->k0 != b->k0 ? a->k0 < b->k0 : a->k1 < b->k1;
}

/* Sorts v[0..n) with tmp (n entries) beside it: insertion sort of short
 * runs, then merges of runs twice as long, back and forth. Inline
 * comparisons and a buffer kept from one run to the next, where qsort
 * calls through a pointer and maps a fresh buffer every time. */
static void sort_ents(ent *v, ent *tmp, size_t n)
{
	enum { SHORT = 16 };
	for (size_t lo = 0; lo < n; lo += SHORT) {
		size_t hi = lo + SHORT < n ? lo + SHORT : n;
		for (size_t i = lo + 1; i < hi; i++) {
			ent x = v[i];
			size_t j = i;
			for (; j > lo && ent_less(&x, &v[j - 1]); j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
	}
	ent *from = v, *to = tmp;
	for (size_t w = SHORT; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n;
			size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				to[k++] = ent_less(&from[j], &from[i]) ? from[j++] : from[i++];
			while (i < mid)
				to[k++] = from[i++];
			while (j < hi)
				to[k++] = from[j++];
		}
		ent *t = from;
		from = to;
		to = t;
	}
	if (from != v)
		memcpy(v, from, n * sizeof *v);
}

/* An unnamed file in s->dir: gone when closed, even after a crash. */
static int open_temp(yd_xsort *s)
{
#ifdef O_TMPFILE
	s->fd = open(s->dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (s->fd >= 0)
		return 0;
#endif
	size_t n = strlen(s->dir) + sizeof "/.yidu-sort-XXXXXX";
	char *t = malloc(n);
	if (!t)
		return -1;
	snprintf(t, n, "%s/.yidu-sort-XXXXXX", s->dir);
	s->fd = mkstemp(t);
	if (s->fd >= 0)
		unlink(t);
	free(t);
	return s->fd >= 0 ? 0 : -1;
}

static int write_all(int fd, const unsigned char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int add_run(yd_xsort *s, off_t start, off_t end)
{
	if (s->nruns == s->caprun) {
		size_t cap = s->caprun ? 2 * s->caprun : 16;
		run *r = realloc(s->runs, cap * sizeof *r);
		if (!r)
			return -1;
		s->runs = r;
		s->caprun = cap;
	}
	s->runs[s->nruns++] = (run){ .pos = start, .end = end };
	return 0;
}

/* Sorts the entries in memory and writes them out as one run. */
static int spill(yd_xsort *s)
{
	if (s->fd < 0 && open_temp(s) != 0)
		return -1;
	if (!s->tmp && !(s->tmp = malloc(s->cape * sizeof *s->tmp)))
		return -1;
	sort_ents(s->e, s->tmp, s->ne);
	unsigned char *w = malloc(WBUF);
	if (!w)
		return -1;
	size_t wn = 0;
	off_t start = s->fend;
	for (size_t i = 0; i < s->ne; i++) {
		const ent *e = &s->e[i];
		if (wn + HEAD + e->len > WBUF) {
			if (write_all(s->fd, w, wn) != 0)
				goto fail;
			s->fend += (off_t)wn;
			wn = 0;
		}
		uint16_t len = (uint16_t)e->len;
		memcpy(w + wn, &e->k0, 8);
		memcpy(w + wn + 8, &e->k1, 8);
		memcpy(w + wn + 16, &len, 2);
		memcpy(w + wn + HEAD, s->arena + e->off, e->len);
		wn += HEAD + e->len;
	}
	if (write_all(s->fd, w, wn) != 0)
		goto fail;
	s->fend += (off_t)wn;
	free(w);
	s->ne = 0;
	s->used = 0;
	return add_run(s, start, s->fend);
fail:
	free(w);
	return -1;
}

int yd_xsort_add(yd_xsort *s, uint64_t k0, uint64_t k1, const void *data,
		 size_t len)
{
	if (s->reading || len > YD_XSORT_MAX_PAYLOAD) {
		errno = EINVAL;
		return -1;
	}
	if ((s->ne == s->cape || s->used + len > s->capa) && s->ne &&
	    spill(s) != 0)
		return -1;
	if (!s->e) {
		s->e = malloc(s->cape * sizeof *s->e);
		s->arena = malloc(s->capa);
		if (!s->e || !s->arena)
			return -1;
	}
	if (len)
		memcpy(s->arena + s->used, data, len);
	s->e[s->ne++] = (ent){ k0, k1, (uint32_t)s->used, (uint32_t)len };
	s->used += len;
	return 0;
}

size_t yd_xsort_runs(const yd_xsort *s) { return s->nruns; }

/* Reads run r's next record into r->cur: 1, 0 at its end, -1 on error. */
static int run_next(yd_xsort *s, run *r)
{
	for (;;) {
		size_t left = r->have - r->at;
		if (left >= HEAD) {
			uint16_t len;
			memcpy(&len, r->buf + r->at + 16, 2);
			if (left >= HEAD + (size_t)len) {
				const unsigned char *p = r->buf + r->at;
				memcpy(&r->cur.k0, p, 8);
				memcpy(&r->cur.k1, p + 8, 8);
				r->cur.data = p + HEAD;
				r->cur.len = len;
				r->at += HEAD + len;
				return 1;
			}
		}
		if (r->pos >= r->end) {
			if (left) {
				errno = EIO;       /* a record cut short */
				return -1;
			}
			return 0;
		}
		memmove(r->buf, r->buf + r->at, left);
		r->have = left;
		r->at = 0;
		size_t want = RBUF - left;
		if ((off_t)want > r->end - r->pos)
			want = (size_t)(r->end - r->pos);
		ssize_t n = pread(s->fd, r->buf + left, want, r->pos);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return -1;
		}
		r->have += (size_t)n;
		r->pos += n;
	}
}

static bool run_less(const yd_xsort *s, size_t a, size_t b)
{
	const yd_xrec *x = &s->runs[a].cur, *y = &s->runs[b].cur;
	return x->k0 != y->k0 ? x->k0 < y->k0 : x->k1 < y->k1;
}

static void sift_down(yd_xsort *s, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		if (l < s->nheap && run_less(s, s->heap[l], s->heap[m]))
			m = l;
		if (l + 1 < s->nheap && run_less(s, s->heap[l + 1], s->heap[m]))
			m = l + 1;
		if (m == i)
			return;
		size_t t = s->heap[i];
		s->heap[i] = s->heap[m];
		s->heap[m] = t;
		i = m;
	}
}

/* Merges runs [lo, hi) through the heap, reading each through its own
 * buffer (allocated here, freed by yd_xsort_free or drop_buffers). */
static int heap_init(yd_xsort *s, size_t lo, size_t hi)
{
	s->nheap = 0;
	s->advance = false;
	for (size_t i = lo; i < hi; i++) {
		run *r = &s->runs[i];
		if (!r->buf && !(r->buf = malloc(RBUF)))
			return -1;
		int rc = run_next(s, r);
		if (rc < 0)
			return -1;
		if (rc > 0)
			s->heap[s->nheap++] = i;
	}
	for (size_t i = s->nheap / 2; i-- > 0;)
		sift_down(s, i);
	return 0;
}

static int heap_pop(yd_xsort *s, yd_xrec *r)
{
	if (s->advance && s->nheap) {
		int rc = run_next(s, &s->runs[s->heap[0]]);
		if (rc < 0)
			return -1;
		if (rc == 0)
			s->heap[0] = s->heap[--s->nheap];
		sift_down(s, 0);
	}
	s->advance = true;
	if (!s->nheap)
		return 0;
	*r = s->runs[s->heap[0]].cur;
	return 1;
}

static void drop_buffers(yd_xsort *s, size_t lo, size_t hi)
{
	for (size_t i = lo; i < hi; i++) {
		free(s->runs[i].buf);
		s->runs[i].buf = NULL;
	}
}

/* Merges runs [lo, lo + FANIN) into one new run at the end of the file:
 * the runs read at once, and their buffers, stay at FANIN however many
 * runs the records needed. */
static int merge_some(yd_xsort *s, size_t lo)
{
	unsigned char *w = malloc(WBUF);
	yd_xrec r;
	size_t wn = 0;
	off_t start = s->fend;
	int rc;
	if (!w || heap_init(s, lo, lo + FANIN) != 0)
		goto fail;
	while ((rc = heap_pop(s, &r)) > 0) {
		if (wn + HEAD + r.len > WBUF) {
			if (write_all(s->fd, w, wn) != 0)
				goto fail;
			s->fend += (off_t)wn;
			wn = 0;
		}
		uint16_t len = (uint16_t)r.len;
		memcpy(w + wn, &r.k0, 8);
		memcpy(w + wn + 8, &r.k1, 8);
		memcpy(w + wn + 16, &len, 2);
		memcpy(w + wn + HEAD, r.data, r.len);
		wn += HEAD + r.len;
	}
	if (rc < 0 || write_all(s->fd, w, wn) != 0)
		goto fail;
	s->fend += (off_t)wn;
	free(w);
	drop_buffers(s, lo, lo + FANIN);
	return add_run(s, start, s->fend);
fail:
	free(w);
	return -1;
}

/* Switches from adding to reading. */
static int start_reading(yd_xsort *s)
{
	s->reading = true;
	if (s->nruns == 0) {
		if (s->ne && !(s->tmp = malloc(s->ne * sizeof *s->tmp)))
			return -1;
		sort_ents(s->e, s->tmp, s->ne);
		free(s->tmp);
		s->tmp = NULL;
		return 0;
	}
	if (s->ne && spill(s) != 0)
		return -1;
	free(s->e);
	free(s->tmp);
	free(s->arena);
	s->e = s->tmp = NULL;
	s->arena = NULL;
	if (!(s->heap = malloc(FANIN * sizeof *s->heap)))
		return -1;
	size_t lo = 0;
	for (; s->nruns - lo > FANIN; lo += FANIN)
		if (merge_some(s, lo) != 0)
			return -1;
	return heap_init(s, lo, s->nruns);
}

int yd_xsort_next(yd_xsort *s, yd_xrec *r)
{
	if (!s->reading && start_reading(s) != 0)
		return -1;
	if (s->nruns == 0) {
		if (s->pos == s->ne)
			return 0;
		const ent *e = &s->e[s->pos++];
		*r = (yd_xrec){ e->k0, e->k1, s->arena + e->off, e->len };
		return 1;
	}
	return heap_pop(s, r);
}

void yd_xsort_free(yd_xsort *s)
{
	if (!s)
		return;
	if (s->fd >= 0)
		close(s->fd);
	for (size_t i = 0; i < s->nruns; i++)
		free(s->runs[i].buf);
	free(s->runs);
	free(s->heap);
	free(s->e);
	free(s->tmp);
	free(s->arena);
	free(s->dir);
	free(s);
}
