/* Shared between the builder's files; not part of the public API. */
#ifndef YIDU_BUILD_INTERNAL_H
#define YIDU_BUILD_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include "yidu/build.h"

/* Statements of yd_builder_add, prepared once. */
enum {
	ST_FIND_KEY, ST_FIND_SLUG, ST_INSERT, ST_UPDATE, ST_DEL_REGIONS,
	ST_DEL_TOPICS, ST_ADD_REGION, ST_ADD_TOPIC, ST_ADD_RELATED,
	ST_MAX_RANK, ST_HAS_RELATED, ST_ADD_PENDING, ST_COUNT
};

struct yd_builder {
	char *target;            /* final path (a link to a corpus resolved) */
	int lock_fd;             /* holds the lock on the output (or -1) */
	char *tmp;               /* the temporary file being built */
	sqlite3 *db;
	yd_gazetteer *gaz;
	yd_taxonomy *tax;
	yd_build_opts opts;
	sqlite3_stmt *st[ST_COUNT];
	int64_t next_id;
	int64_t first_new;       /* ids from here on are indexed at finish */
	/* a new corpus: its index built as the articles are stored */
	struct yd_segment_live *live;
	struct yd_facet_trees *facet_trees;
	size_t added, merged, inputs;
	void (*warn)(void *ctx, const char *msg);
	void *warn_ctx;
};

/* Reports a warning through the builder's callback. */
void yd_builder_warn(yd_builder *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Tests: fn(path) is called by yd_builder_finish once the temporary file
 * is committed and closed, before it is checked (NULL: none). */
void yd_builder_test_before_check(void (*fn)(const char *path));
/* Prepares the statements yd_builder_add uses. */
int yd_builder_prepare_sql(yd_builder *b, yd_error *err);
/* Resolves related entries given as slugs or titles (at finish). */
int yd_builder_resolve(yd_builder *b, yd_error *err);

/* Derived tables, recomputed at every finish (lib/build-counts.c):
 * region_member, topic_member and facet_count. */
int yd_build_counts(sqlite3 *db, yd_error *err);

/* Each article's search facets as yd_build_counts writes them
 * (search_facet), worked out while the article is stored, for the index
 * built then (lib/search-segment.c): the trees as the corpus holds them;
 * regions and topics sorted and distinct; the text's length (0: no
 * facets). */
typedef struct yd_facet_trees yd_facet_trees;
yd_facet_trees *yd_facet_trees_load(sqlite3 *db);
void yd_facet_trees_free(yd_facet_trees *t);
#define YD_FACET_TEXT_MAX 3080
size_t yd_facet_text_of(const yd_facet_trees *t, const int64_t *regions,
			size_t nr, const int64_t *topics, size_t nt, char *buf,
			size_t cap);

/* Computed related articles (lib/build-related.c): every article gets up
 * to max_related rows in total, listed ones first. */
int yd_build_related(sqlite3 *db, size_t max_related, size_t *computed,
		     yd_error *err);

/* lib/build-target.c: checks that the output may be replaced (a new path,
 * or a regular file that is a yidu corpus, also through a link); sets
 * *resolved (malloc'd) to the path to write and *exists. */
int yd_build_target_check(const char *target, char **resolved, bool *exists,
			  yd_error *err);
/* Takes the lock serialising the imports to target (waiting for it with
 * wait, else failing with "another import is writing SHOWN"). Returns the
 * lock's descriptor (close it to release) or -1. */
int yd_build_lock(const char *target, const char *shown, bool wait,
		  void (*waiting)(void *ctx, const char *msg), void *ctx,
		  yd_error *err);

/* lib/build-limit.c: a body longer than YD_BODY_MAX bytes is cut (at a
 * line or character boundary) and ends with a note saying so; returns its
 * length before the cut, or 0 when it was kept whole. */
#define YD_BODY_MAX ((size_t)2 << 20)
size_t yd_build_cut_body(char **body);

/* lib/build-key.c */
uint64_t yd_fnv1a64(uint64_t h, const void *p, size_t n);
#define YD_FNV_OFFSET 0xcbf29ce484222325ULL
/* The content hash: FNV-1a's prime applied a word at a time. */
uint64_t yd_hash64(uint64_t h, const void *p, size_t n);
/* Days since 1970-01-01 of "YYYY-MM-DD"; false if s is not a valid date. */
bool yd_date_days(const char *s, int64_t *days);
/* Hashes of the title's adjacent character pairs (Han bigrams and the
 * like), sorted and distinct; returns the count stored (at most max). */
size_t yd_title_bigrams(const char *title, uint32_t *out, size_t max);

/* A cursor over (article, node) rows ordered by article: relating and
 * counting walk article_region and article_topic beside the articles. */
typedef struct yd_node_cursor {
	sqlite3_stmt *st;
	bool row;
} yd_node_cursor;

static inline void yd_node_cursor_next(yd_node_cursor *c)
{
	c->row = sqlite3_step(c->st) == SQLITE_ROW;
}

#endif
