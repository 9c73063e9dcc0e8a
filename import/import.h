/* Pieces of yidu-import. */
#ifndef YIDU_IMPORT_H
#define YIDU_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include "yidu/build.h"
#include "yidu/parse.h"
#include "yidu/extract.h"
#include "yidu/encoding.h"

typedef struct run {
	yd_builder *b;
	yd_format format;
	bool strict, quiet, tty;
	const char *columns;   /* --columns for CSV */
	bool extract;          /* --extract: print JSON lines, write nothing */
	yd_gazetteer *gaz;     /* for --extract's regions and topics */
	yd_taxonomy *tax;
	char **tpl_dirs;       /* site templates of text pages, by folder */
	yd_page_template **tpls;
	size_t ntpl;
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
/* CSV rows the same way, from a stream decoded a piece at a time. */
int import_csv_threaded(run *r, const char *path, yd_textstream *ts);
/* JSON lines in another encoding, or for --extract: on this thread, read
 * a piece at a time. */
int import_jsonl_stream(run *r, const char *path);
/* One JSON line (line number `no`) to the build or the extract. */
int import_json_line(run *r, const char *line, size_t n, const char *path, size_t no);

/* An input's category or department as a topic (import/category.c). */
void import_category_topics(const yd_taxonomy *t, yd_article *a);

/* WARC crawls and CSV/TSV files: every record goes to import_add. */
int import_warc(run *r, const char *path);
int import_csv(run *r, const char *path);

/* --extract: loads the tagging data; prints one article (and its related
 * entries as excerpts) as JSON lines, taking ownership of *a. */
int extract_open(run *r, const char *datadir);
void extract_close(run *r);
int extract_article(run *r, yd_article *a);
/* A decoded input's damage: a warning naming file and line (fatal with
 * --strict, -1), and a note when the encoding is not UTF-8. */
int import_decoded(run *r, const char *path, const yd_decoded *d);

/* Site templates: learnt from the text pages of each folder among the
 * inputs, before they are parsed; kept while the folder is imported. */
struct input_list;
void templates_build(run *r, const struct input_list *files);
/* Forgets the templates of the folder of `files` (all in one folder),
 * once its files are imported. */
void templates_drop(run *r, const struct input_list *files);
const yd_page_template *templates_for(const run *r, const char *path);
void templates_free(run *r);

/* --tag: reads lines on stdin ("title" or "title<TAB>body"), prints
 * "codes<TAB>topic paths" for each; with explain, then the words that
 * decided each tag on lines starting with "#". */
int import_tag(const char *datadir, bool explain);

#endif
