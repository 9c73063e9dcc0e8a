/* yidu's non-interactive modes (for scripts and tests). Each returns the
 * process exit status: 0 success, 1 failure (message already printed to
 * stderr), 2 usage error. */
#ifndef YIDU_TUI_CLI_H
#define YIDU_TUI_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include "yidu/corpus.h"

typedef struct cli_opts {
	const char *corpus;      /* path given by the user, or NULL */
	const char *region;      /* --region CODE or name */
	const char *topic;       /* --topic PATH */
	long limit;              /* --limit N; 0 = default */
	int width;               /* --width N; 0 = terminal's or 80 */
	bool color;              /* --color */
	int text_flags;          /* YD_AMBIGUOUS_WIDE ... */
} cli_opts;

/* Resolves --region (cli-region.c): 0 and *code, or 1 after printing why
 * not on standard error (an ambiguous name lists its candidates). */
int cli_region(yd_corpus *c, const char *s, int64_t *code);
/* Resolves --region and --topic (0 and 1 when not given): 0, or an exit
 * status after a message. */
int cli_filters(yd_corpus *c, const cli_opts *o, int64_t *region, int64_t *topic);
/* --tree regions|topics: the region's code or the topic's path, the
 * count and the indented name, tab-separated */
int cli_tree(yd_corpus *c, const char *which, const cli_opts *o);
/* The article an argument names (an id, else a slug) into *a: 0, or 1
 * after a message. */
int cli_article(yd_corpus *c, const char *arg, yd_full_article *a);
/* --list */
int cli_list(yd_corpus *c, const cli_opts *o);
/* --show ID */
int cli_show(yd_corpus *c, const char *id, const cli_opts *o);
/* --dump ID (c != NULL) */
int cli_dump_article(yd_corpus *c, const char *id, const cli_opts *o);
/* --dump-file FILE.md (no corpus needed) */
int cli_dump_file(const char *path, const cli_opts *o);

#endif
