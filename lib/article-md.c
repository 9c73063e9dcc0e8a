/* yd_article_markdown: see include/yidu/article-md.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "yidu/article-md.h"
#include "yidu/grow.h"

typedef struct buf {
	char *s;
	size_t n, cap;
	bool oom;
} buf;

static void add(buf *b, const char *s)
{
	size_t n = strlen(s);
	if (!yd_grow((void **)&b->s, &b->cap, b->n + n + 1, 1)) {
		b->oom = true;
		return;
	}
	memcpy(b->s + b->n, s, n + 1);
	b->n += n;
}

/* Markdown-escapes a field (titles may contain * _ [ ...); a newline in a
 * field becomes a space. */
static void add_escaped(buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (!yd_grow((void **)&b->s, &b->cap, b->n + 3, 1)) {
			b->oom = true;
			return;
		}
		if (strchr("\\`*_{}[]()#+-.!<>|&", *s))
			b->s[b->n++] = '\\';
		b->s[b->n++] = *s == '\n' || *s == '\r' ? ' ' : *s;
		b->s[b->n] = '\0';
	}
}

char *yd_article_markdown(const yd_full_article *a, const yd_header_labels *l)
{
	buf b = { 0 };
	add(&b, "# ");
	add_escaped(&b, a->title);
	add(&b, "\n\n");
	if (a->date[0] || a->source || a->category || l->bookmarked) {
		const char *sep = "";
		if (a->date[0]) {
			add_escaped(&b, a->date);
			sep = " · ";
		}
		if (a->source && a->source[0]) {
			add(&b, sep);
			add_escaped(&b, a->source);
			sep = " · ";
		}
		if (a->category && a->category[0]) {
			add(&b, sep);
			add_escaped(&b, a->category);
			sep = " · ";
		}
		if (l->bookmarked) {
			add(&b, sep);
			add_escaped(&b, l->bookmarked);
		}
		add(&b, "  \n");
	}
	if (a->url && a->url[0]) {
		add_escaped(&b, l->url);
		add_escaped(&b, a->url);
		add(&b, "  \n");
	}
	if (a->nregions) {
		add_escaped(&b, l->regions);
		for (size_t i = 0; i < a->nregions; i++) {
			add(&b, i ? "、" : "");
			add_escaped(&b, a->regions[i].name);
		}
		add(&b, "  \n");
	}
	if (a->ntopics) {
		add_escaped(&b, l->topics);
		for (size_t i = 0; i < a->ntopics; i++) {
			add(&b, i ? "、" : "");
			add_escaped(&b, a->topics[i].path ? a->topics[i].path : a->topics[i].name);
		}
		add(&b, "\n");
	}
	add(&b, "\n* * *\n\n");
	if (a->excerpt || !a->body || !a->body[0]) {
		add(&b, "> ");
		add_escaped(&b, l->excerpt);
		add(&b, "\n\n");
		add_escaped(&b, a->summary);
		add(&b, "\n");
	} else {
		add(&b, a->body);
	}
	if (b.oom) {
		free(b.s);
		return NULL;
	}
	return b.s;
}
