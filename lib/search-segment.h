/* lib/search-segment.c: a new corpus's search index built by sorting
 * instead of through FTS5's hash. Not part of the public API. */
#ifndef YIDU_SEARCH_SEGMENT_H
#define YIDU_SEARCH_SEGMENT_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

/* How far to go: the first three only measure (bench/seg-bench), and
 * write nothing. */
enum {
	YD_SEGMENT_TOKENIZE,  /* read the rows and tokenize them */
	YD_SEGMENT_SORT,      /* and sort each batch */
	YD_SEGMENT_ENCODE,    /* and encode the doclists */
	YD_SEGMENT_BUILD      /* and write the index */
};

struct yd_segment_stats {
	uint64_t rows, tokens, long_tokens, batches, segments, terms;
};

/* With YD_SEGMENT_BUILD: fills the empty index of table "search" from
 * every row of search_src, in the caller's transaction, and sets *built;
 * leaves *built false and changes nothing when the index is not empty,
 * SQLite is not 3.40 or YIDU_INDEX_SERIAL=1, or when its temporary file
 * ($TMPDIR or /tmp; about the index's size) cannot be created, written
 * or read (then FTS5 must build it).
 * stats may be NULL. An SQLite result code. */
int yd_search_segment_run(sqlite3 *db, int stage, bool *built,
			  struct yd_segment_stats *stats);

#endif
