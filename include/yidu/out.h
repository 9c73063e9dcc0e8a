/* The one writer for text that leaves yidu on a stream: standard output
 * of --show, --list, --search, --tree and --dump, and every message on
 * standard error that can quote corpus or input text. Everything written
 * through it is sanitised by yd_text_sanitize (keeping newlines and tabs):
 * no C0 or C1 control, no escape sequence, no bidi override or isolate
 * reaches the terminal, whatever a corpus or an input holds. The only
 * escape sequences yidu itself writes to a stream are SGR styles, through
 * yd_out_sgr, which accepts nothing but digits and semicolons. */
#ifndef YIDU_OUT_H
#define YIDU_OUT_H

#include <stddef.h>
#include <stdio.h>

/* Each returns 0, or -1 when writing (or memory) failed. */
int yd_out_write(FILE *f, const char *s, size_t n);
int yd_out_puts(FILE *f, const char *s);
int yd_out_printf(FILE *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* ESC [ params m, for params of digits and ';' only. */
int yd_out_sgr(FILE *f, const char *params);

#endif
