/* lib/search-runs.c: the sorted batches of lib/search-segment.c kept as
 * runs of (term, doclist) in a temporary file, and merged by term into
 * one FTS5 segment. Not part of the public API. */
#ifndef YIDU_SEARCH_RUNS_H
#define YIDU_SEARCH_RUNS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "search-segw.h"

struct yd_runs;

/* A temporary file ($TMPDIR or /tmp, removed at once); NULL on failure. */
struct yd_runs *yd_runs_new(void);
/* Terms in byte order within a run; a doclist: per row the rowid (the
 * first whole, then deltas), the poslist size × 2, the poslist; last: its
 * last rowid; the runs in rowid order. SQLite result codes. */
int yd_runs_add(struct yd_runs *r, const uint8_t *term, size_t nterm,
		int64_t last, const uint8_t *dl, size_t ndl);
int yd_runs_end(struct yd_runs *r);
/* Every term of every run, once, into w; a term's rows run by run. */
int yd_runs_merge(struct yd_runs *r, struct yd_segw *w);
/* Whether a read or write of the temporary file failed (no room). */
bool yd_runs_failed(const struct yd_runs *r);
void yd_runs_free(struct yd_runs *r);

#endif
