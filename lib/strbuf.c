#include "config.h"

#include <string.h>

#include "strbuf.h"
#include "yidu/grow.h"

void yd_strbuf_add(yd_strbuf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (!yd_grow((void **)&b->p, &b->cap, b->n + n + 1, 1)) {
		b->oom = true;
		return;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

void yd_strbuf_adds(yd_strbuf *b, const char *s)
{
	yd_strbuf_add(b, s, strlen(s));
}
