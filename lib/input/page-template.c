/* A site's template: the lines that repeat across several of its pages
 * (menus, banners, footers, share bars) are furniture wherever they
 * appear, whatever words they use. Built from the pages imported together
 * from one folder. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/parse.h"
#include "page.h"
#include "util.h"

typedef struct slot {
	char *s;
	size_t n;
	unsigned pages;     /* pages the line was seen on */
	unsigned last;      /* the page that counted it last */
} slot;

struct yd_page_template {
	slot *v;
	size_t cap, used;
	unsigned pages;
};

static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static slot *find(const yd_page_template *t, const char *s, size_t n)
{
	if (!t->cap)
		return NULL;
	for (size_t i = hash(s, n) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		slot *e = &t->v[i];
		if (!e->s || (e->n == n && memcmp(e->s, s, n) == 0))
			return e;
	}
}

static void grow(yd_page_template *t)
{
	yd_page_template old = *t;
	t->cap = t->cap ? 2 * t->cap : 1024;
	t->v = calloc(t->cap, sizeof *t->v);
	if (!t->v)
		abort();
	for (size_t i = 0; i < old.cap; i++)
		if (old.v[i].s)
			*find(t, old.v[i].s, old.v[i].n) = old.v[i];
	free(old.v);
}

yd_page_template *yd_page_template_new(void)
{
	yd_page_template *t = calloc(1, sizeof *t);
	if (!t)
		abort();
	return t;
}

void yd_page_template_add(yd_page_template *t, const char *text, size_t n)
{
	page_lines pl;
	yd_page_split(text, n, &pl);
	t->pages++;
	for (size_t i = 0; i < pl.n; i++) {
		const page_line *L = &pl.v[i];
		if (L->n == 0)
			continue;
		if ((t->used + 1) * 2 > t->cap)
			grow(t);
		slot *e = find(t, L->s, L->n);
		if (!e->s) {
			e->s = yd_pu_strndup(L->s, L->n);
			e->n = L->n;
			t->used++;
		}
		if (e->last != t->pages) {
			e->last = t->pages;
			e->pages++;
		}
	}
	yd_page_lines_free(&pl);
}

size_t yd_page_template_pages(const yd_page_template *t)
{
	return t ? t->pages : 0;
}

bool yd_page_template_has(const yd_page_template *t, const char *s, size_t n)
{
	if (!t || t->pages < 2)
		return false;
	const slot *e = find(t, s, n);
	/* on two pages of three or more; on both of two */
	return e && e->s && e->pages >= 2;
}

void yd_page_template_free(yd_page_template *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->cap; i++)
		free(t->v[i].s);
	free(t->v);
	free(t);
}
