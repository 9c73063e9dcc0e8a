/* Building a corpus: the engine behind yidu-import.
 *
 * A build writes into a temporary file next to the target and renames it
 * into place only when everything succeeded, so a failed or killed import
 * leaves the previous corpus byte-for-byte intact.
 */
#ifndef YIDU_BUILD_H
#define YIDU_BUILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "yidu/article.h"
#include "yidu/error.h"
#include "yidu/lang.h"

typedef struct yd_builder yd_builder;

typedef struct yd_build_opts {
	const char *datadir;     /* regions, topics (YIDU_DATA_DIR / PKGDATADIR) */
	bool append;             /* start from the existing corpus at the target */
	size_t max_related;      /* related articles kept per article (default 8) */
	bool wait;               /* wait for another import writing the target */
} yd_build_opts;

typedef struct yd_build_stats {
	size_t articles;         /* articles stored in the end */
	size_t added;            /* records accepted */
	size_t merged;           /* duplicates merged into an existing record */
	size_t excerpts;         /* of the articles, excerpts */
	size_t with_region;      /* articles with at least one region */
	size_t with_topic;       /* articles with at least one topic */
	size_t region_links;     /* article–region rows */
	size_t topic_links;      /* article–topic rows */
	size_t related_listed, related_computed;
} yd_build_stats;

/* Starts a build whose result will be `target`. */
yd_builder *yd_builder_new(const char *target, const yd_build_opts *opts,
			   yd_error *err);

/* Adds one article (takes ownership of its contents and clears *a).
 * Regions and topics given by the input are used; otherwise they are
 * found in the text. Listed related entries become excerpt articles when
 * not already present. Invalid UTF-8 and control characters are cleaned. */
int yd_builder_add(yd_builder *b, yd_article *a, yd_error *err);

/* Optional first half of yd_builder_add, safe to run on another thread
 * while the builder's thread adds earlier articles (it reads only the
 * gazetteer and taxonomy): cleans the article and replaces its regions and
 * topics by the ones that will be stored (found in the text if the input
 * gave none), and makes the search index's text of the body when the
 * index is built as articles are stored, so that yd_builder_add has only
 * the database work and the index's tokens left. Fails like
 * yd_builder_add on a missing title. */
int yd_builder_prepare(const yd_builder *b, yd_article *a, yd_error *err);
/* yd_builder_add for an article that went through yd_builder_prepare (it
 * is not cleaned a second time). */
int yd_builder_add_prepared(yd_builder *b, yd_article *a, yd_error *err);

/* Computes relations and counts, checks, and renames the file into place.
 * The builder is freed, whether it succeeded or not. */
int yd_builder_finish(yd_builder *b, yd_build_stats *stats, yd_error *err);

/* Abandons the build: the temporary file is removed, the target untouched. */
void yd_builder_abort(yd_builder *b);

/* The gazetteer and taxonomy the builder loaded (for --tag). */
const yd_gazetteer *yd_builder_gazetteer(const yd_builder *b);
const yd_taxonomy *yd_builder_taxonomy(const yd_builder *b);

/* Where warnings go (unknown regions or topics, unresolved related
 * entries...): one message without a trailing newline per call. By default
 * they are printed to stderr. */
void yd_builder_set_warn(yd_builder *b, void (*fn)(void *ctx, const char *msg),
			 void *ctx);

/* Number of inputs read, recorded in the corpus's meta table. */
void yd_builder_set_inputs(yd_builder *b, size_t n);

/* The temporary file being written (for a signal handler to unlink). */
const char *yd_builder_temp_path(const yd_builder *b);

/* Normalised title used to recognise the same article twice: whitespace and
 * punctuation removed, full-width ASCII folded, Latin lower-cased.
 * malloc'd. */
char *yd_title_key(const char *title);

/* Where the data files are: $YIDU_DATA_DIR, else PKGDATADIR. */
const char *yd_data_dir(void);

#endif
