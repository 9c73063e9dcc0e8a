/* Pieces of yidu-import. */
#ifndef YIDU_IMPORT_H
#define YIDU_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include "yidu/build.h"
#include "yidu/parse.h"

typedef struct run {
	yd_builder *b;
	yd_format format;
	bool strict, quiet, tty;
	size_t records, skipped, inputs;
	struct timespec start, last;
} run;

/* A bad input: reported as "file:line: message"; -1 if fatal (--strict). */
int import_bad(run *r, const char *msg);
/* Adds a parsed (or prepared) article to the build; -1 if fatal. */
int import_add(run *r, yd_article *a, bool prepared);
/* A parser's warning (a message with code 0), printed unless --quiet. */
void import_parser_warning(run *r, const yd_error *err);
/* JSON lines in UTF-8, parsed and prepared on a second thread while this
 * one stores: a million-line file is never held in memory. */
int import_jsonl_threaded(run *r, const char *path);

/* --tag: reads lines on stdin ("title" or "title<TAB>body"), prints
 * "codes<TAB>topic paths" for each; with explain, then the words that
 * decided each tag on lines starting with "#". */
int import_tag(const char *datadir, bool explain);

#endif
