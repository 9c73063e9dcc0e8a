/* lib/search-segw.c: one FTS5 segment written straight into the index's
 * shadow tables, in SQLite 3.40's on-disk format; lib/search-segment.c
 * decides what goes in it. Not part of the public API. */
#ifndef YIDU_SEARCH_SEGW_H
#define YIDU_SEARCH_SEGW_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct yd_bytes {
	uint8_t *p;
	size_t n, cap;
};

/* SQLite's varint (big-endian groups of 7 bits, a 9th byte of 8). */
int yd_varint_put(uint8_t *p, uint64_t v);
int yd_varint_get(const uint8_t *p, uint64_t *v);
bool yd_bytes_varint(struct yd_bytes *b, uint64_t v);
bool yd_bytes_add(struct yd_bytes *b, const void *p, size_t n);

/* One level of a doclist index under construction. */
struct yd_dlidx {
	int pgno;
	struct yd_bytes buf;
	bool prev_valid;
	int64_t prev;
};

struct yd_segw_pipe;

struct yd_segw {
	struct yd_segw_pipe *pipe;   /* records queued for another thread */
	sqlite3_stmt *put_data;      /* INSERT INTO %_data (id, block) */
	sqlite3_stmt *put_idx;       /* INSERT INTO %_idx (segid, term, pgno) */
	int segid, pgsz;
	int rc;
	/* the leaf being filled */
	struct yd_bytes page, pgidx;
	int pgno;
	size_t prev_pgidx;
	struct yd_bytes term;        /* the last term written */
	bool first_term_in_page, first_rowid_in_page, first_rowid_in_doclist;
	int64_t prev_rowid;
	/* the %_idx row of the page whose first term is bt_term */
	int bt_page;
	struct yd_bytes bt_term;
	int n_empty;                 /* pages without a term since bt_page */
	struct yd_dlidx *dl;
	int ndl;
	int leaves;
};

/* Statements for table "<name>_data" and "<name>_idx" of schema main. */
int yd_segw_prepare(sqlite3 *db, const char *name, sqlite3_stmt **put_data,
		    sqlite3_stmt **put_idx);
/* Starts segment segid (pages from 1) with the index's page size. */
int yd_segw_init(struct yd_segw *w, sqlite3_stmt *put_data,
		 sqlite3_stmt *put_idx, int segid, int pgsz);
/* A term (its index key: '0' then the token), larger than the last. */
void yd_segw_term(struct yd_segw *w, const uint8_t *t, size_t n);
/* One row of the current term's doclist: rowids ascending; poslist as
 * FTS5 stores it (columns' offsets, without the size field). */
void yd_segw_row(struct yd_segw *w, int64_t rowid, const uint8_t *pl,
		 size_t n);
/* A whole doclist of rows as yd_segw_row would write them (the first
 * rowid whole; last: the last one), copied at once when it fits on the
 * current page after a rowid already on it or a term; false (nothing
 * written) otherwise. */
bool yd_segw_doclist(struct yd_segw *w, const uint8_t *dl, size_t n,
		     int64_t last);
/* Writes the last page; *last: the segment's last page (0: empty). */
int yd_segw_finish(struct yd_segw *w, int *last);
/* Runs work(arg), which writes into w, on a thread of its own while the
 * calling thread (the connection's) writes its records as they come, in
 * the same order; the first error of either. YIDU_SEGMENT_PIPE=0 runs
 * work on the calling thread; =N (> 1) sets the bytes per chunk passed
 * between the two (tests). */
int yd_segw_pipeline(struct yd_segw *w, int (*work)(void *), void *arg);
/* How many pipelines have run in this process (tests). */
unsigned yd_segw_pipelines(void);
void yd_segw_free(struct yd_segw *w);

#endif
