/* Shared between the corpus reader's files; not part of the public API. */
#ifndef YIDU_CORPUS_INTERNAL_H
#define YIDU_CORPUS_INTERNAL_H

#include <sqlite3.h>
#include "yidu/corpus.h"

struct yd_corpus {
	sqlite3 *db;
	sqlite3_stmt *count;      /* facet_count lookup */
	sqlite3_stmt *article;    /* one article by id */
	sqlite3_stmt *slug;
	sqlite3_stmt *list[8];    /* by yd_corpus_list's plan, see corpus-list.c */
	sqlite3_stmt *tree_counts[2];   /* [0] regions by topic, [1] topics by region */
	sqlite3_stmt *art_nodes[2];     /* an article's [0] regions, [1] topics */
	sqlite3_stmt *art_related;
};

/* lib/corpus-trees.c: refuses a region or topic tree with a parent loop,
 * naming a node on it. */
int yd_corpus_check_trees(sqlite3 *db, const char *path, yd_error *err);

#endif
