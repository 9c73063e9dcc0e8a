/* yidu --check CORPUS: the full integrity check (tui/cli-check.c). */
#ifndef YIDU_TUI_CLI_CHECK_H
#define YIDU_TUI_CLI_CHECK_H

#include "cli.h"

/* Prints one line per problem found and a last line that says whether the
 * corpus is sound; returns 0 if it is, 1 if not. */
int cli_check(yd_corpus *c);

#endif
