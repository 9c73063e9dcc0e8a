/* Read-only access to a yidu corpus (one SQLite file; schema in
 * data/schema.sql). This module owns every SQL statement the readers use;
 * callers see named functions, never SQL.
 */
#ifndef YIDU_CORPUS_H
#define YIDU_CORPUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "yidu/error.h"

#define YD_APPLICATION_ID 0x59494455   /* "YIDU" */
#define YD_SCHEMA_VERSION 4

typedef struct yd_corpus yd_corpus;

/* Opens read-only (the file is never written). Refuses, with a clear
 * message, a missing file, a file that is not SQLite, a SQLite file that is
 * not a yidu corpus (application_id), another schema version, a schema
 * other than this yidu's, or a file whose size is not the header's page
 * count. It reads no more than the header and the schema, so it costs the
 * same whatever the corpus's size: damage inside the file is found by
 * yd_corpus_check() or by the read that meets it. */
yd_corpus *yd_corpus_open(const char *path, yd_error *err);
void yd_corpus_close(yd_corpus *c);
/* The full integrity check (every page: slow on a large corpus). Calls
 * problem() with each problem found (one line of text, at most 100),
 * returns how many, or -1 with err set when the check could not run to its
 * end (the message says what stopped it). */
int yd_corpus_check(yd_corpus *c, void (*problem)(void *, const char *),
		    void *ctx, yd_error *err);
/* The corpus's file (as SQLite resolved it), for checks such as "the
 * state file is not the corpus". */
const char *yd_corpus_path(yd_corpus *c);

/* The corpus to open when the user names none: $YIDU_CORPUS, else the
 * installed sample, else the sample next to the program in a build tree.
 * Returns a malloc'd path, or NULL if none exists. */
char *yd_corpus_default_path(const char *argv0);

/* A node of the region tree (code; 0 is 全国) or the topic tree (id; 1 is
 * 全部主题). */
typedef struct yd_node {
	int64_t id;
	int64_t parent;      /* -1 for a root */
	int level;           /* 0 for a root */
	char *name;
	char *short_name;    /* regions: 贺州; topics: same as name */
	char *path;          /* topics: 医保/报销; regions: NULL */
	int64_t count;       /* articles in (this subtree × the other filter) */
} yd_node;

typedef struct yd_node_list {
	yd_node *v;
	size_t n;
} yd_node_list;

void yd_node_list_free(yd_node_list *l);

/* Every node of a tree, in depth-first order (children by code or file
 * order), with counts restricted to the other tree's node `other`
 * (topic id for the region tree, region code for the topic tree).
 * Nodes with a zero count are included only if `all`. */
int yd_corpus_regions(yd_corpus *c, int64_t topic, bool all,
		      yd_node_list *out, yd_error *err);
int yd_corpus_topics(yd_corpus *c, int64_t region, bool all,
		     yd_node_list *out, yd_error *err);

/* Sets the counts of a whole tree (as returned with `all`) to those under
 * another choice of the other tree; names and order stay. One query over
 * the nonzero counts (facet_count), no names read: for a browser that
 * keeps its tree and only follows the other tree's choice. */
int yd_corpus_region_counts(yd_corpus *c, int64_t topic, yd_node_list *nodes,
			    yd_error *err);
int yd_corpus_topic_counts(yd_corpus *c, int64_t region, yd_node_list *nodes,
			   yd_error *err);

/* Number of articles in region subtree × topic subtree. */
int64_t yd_corpus_count(yd_corpus *c, int64_t region, int64_t topic);

/* Resolves a topic path ("医保/报销", "" for the root) to its id; -1 if
 * unknown. Resolves a region code or name to its code; -1 if unknown. */
int64_t yd_corpus_topic_id(yd_corpus *c, const char *path);
int64_t yd_corpus_region_code(yd_corpus *c, const char *code_or_name);

/* A row of the article list. */
typedef struct yd_list_item {
	int64_t id;
	int64_t key;         /* sort key: newest first means descending key */
	char date[11];       /* YYYY-MM-DD or "" */
	char *title;
	char *slug;
	char *region;        /* short name of its first region, or NULL */
	bool excerpt;
} yd_list_item;

typedef struct yd_list_page {
	yd_list_item *v;
	size_t n;
} yd_list_page;

void yd_list_page_free(yd_list_page *p);

/* Keyset paging over region subtree × topic subtree, newest first:
 * up to `limit` items with key < before (use INT64_MAX for the first page).
 * With `ascending`, items with key > before, oldest first (INT64_MIN for
 * the oldest page) — the browser uses it for End and for paging back. */
int yd_corpus_list(yd_corpus *c, int64_t region, int64_t topic,
		   int64_t before, bool ascending, size_t limit,
		   yd_list_page *out, yd_error *err);

/* A related article. */
typedef struct yd_rel {
	int64_t id;
	char *title;
	char date[11];
	bool listed;         /* listed by the source (else computed) */
	bool excerpt;
} yd_rel;

/* One whole article. */
typedef struct yd_full_article {
	int64_t id;
	char *slug, *title, *summary, *body, *source, *url, *author, *category;
	char date[11];
	bool excerpt;
	char *hash;
	yd_node *regions;    /* id, name, short_name set */
	size_t nregions;
	yd_node *topics;     /* id, name, path set */
	size_t ntopics;
	yd_rel *related;
	size_t nrelated;
} yd_full_article;

int yd_corpus_article(yd_corpus *c, int64_t id, yd_full_article *out,
		      yd_error *err);
/* Looks an article up by slug; returns its id or -1. */
int64_t yd_corpus_article_by_slug(yd_corpus *c, const char *slug);
/* The title of the article with this slug (malloc'd), or NULL. */
char *yd_corpus_title_by_slug(yd_corpus *c, const char *slug);
void yd_full_article_free(yd_full_article *a);

/* Value of a meta key (malloc'd), or NULL. */
char *yd_corpus_meta(yd_corpus *c, const char *key);

#endif
