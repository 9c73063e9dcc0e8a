/* yidu --search QUERY: non-interactive search (tui/cli-search.c). */
#ifndef YIDU_TUI_CLI_SEARCH_H
#define YIDU_TUI_CLI_SEARCH_H

#include "cli.h"

/* Prints id<TAB>title<TAB>snippet lines, matches marked with 【】, best
 * first; --region, --topic and --limit (default 20) apply. */
int cli_search(yd_corpus *c, const char *query, const cli_opts *o);

#endif
