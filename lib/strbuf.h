/* A growing NUL-terminated string, for code that writes text piece by
 * piece (the search expressions). Out of memory is sticky: the writer
 * goes on, and the owner checks oom once at the end. */
#ifndef YIDU_STRBUF_H
#define YIDU_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct yd_strbuf {
	char *p;           /* NULL until something is added; the owner frees */
	size_t n, cap;
	bool oom;
} yd_strbuf;

void yd_strbuf_add(yd_strbuf *b, const char *s, size_t n);
void yd_strbuf_adds(yd_strbuf *b, const char *s);

#endif
