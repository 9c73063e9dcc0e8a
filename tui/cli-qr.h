/* yidu --qr ID: an article's QR code on standard output, for scripts. */
#ifndef YIDU_TUI_CLI_QR_H
#define YIDU_TUI_CLI_QR_H

#include "cli.h"

int cli_qr(yd_corpus *c, const char *id, const cli_opts *o);

#endif
