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

/* The same build fed row by row while a new corpus's articles are
 * stored (lib/build-add.c), in id order; NULL when it does not apply (as
 * above, or YIDU_INDEX_LIVE=0). body is the article's Markdown,
 * body_text (if not NULL) yd_md_plain's text of it, made beforehand (on
 * another thread); facets the text lib/build-counts.c will give
 * search_facet (nfacets 0: none).
 * An article changed after it was fed spoils the build (nothing of it is
 * kept). finish, after the counts: writes the index and sets *built when
 * the articles are still the rows fed and search_facet holds their
 * facets; otherwise removes what it wrote (the index is then built from
 * search_src). SQLite result codes. */
struct yd_segment_live;
struct yd_segment_live *yd_segment_live_new(sqlite3 *db);
void yd_segment_live_add(struct yd_segment_live *L, int64_t id,
			 const char *body, const char *body_text,
			 size_t body_text_len, const char *title,
			 const char *summary, const char *facets, size_t nfacets);
void yd_segment_live_spoil(struct yd_segment_live *L);
int yd_segment_live_finish(struct yd_segment_live *L, bool *built);
void yd_segment_live_free(struct yd_segment_live *L);
/* How many indexes this process built while storing (for tests). */
unsigned yd_segment_live_builds(void);

#endif
