/* Where a query's words are inside a text: the same cutting as the index
 * (lib/tokenize.c, one unit per Han character or word), so what is
 * highlighted is what matched. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "yidu/search.h"
#include "search-internal.h"

#define MAX_WORD 64

struct unit {
	size_t off, len;      /* folded token in the arena */
	size_t start, end;    /* bytes in the text */
	bool joined;          /* a Han character right after another */
	bool han;
};

struct units {
	struct unit *v;
	size_t n, cap;
	char *arena;
	size_t an, acap;
	bool oom;
};

static int add_unit(void *ctx, int flags, const char *t, size_t n,
		    size_t start, size_t end)
{
	struct units *u = ctx;
	if (u->n == u->cap) {
		size_t cap = u->cap ? u->cap * 2 : 64;
		struct unit *v = realloc(u->v, cap * sizeof *v);
		if (!v)
			goto oom;
		u->v = v;
		u->cap = cap;
	}
	if (u->an + n > u->acap) {
		size_t cap = u->acap ? u->acap * 2 : 256;
		while (cap < u->an + n)
			cap *= 2;
		char *a = realloc(u->arena, cap);
		if (!a)
			goto oom;
		u->arena = a;
		u->acap = cap;
	}
	memcpy(u->arena + u->an, t, n);
	ucs4_t c = 0;
	u8_mbtouc(&c, (const uint8_t *)t, n);
	u->v[u->n++] = (struct unit){ u->an, n, start, end,
		(flags & YD_TOK_JOINED) != 0, yd_is_han(c) };
	u->an += n;
	return 0;
oom:
	u->oom = true;
	return 1;
}

static void units_free(struct units *u)
{
	free(u->v);
	free(u->arena);
}

static bool same(const struct units *a, size_t i, const struct units *b,
		 size_t j)
{
	return a->v[i].len == b->v[j].len &&
		memcmp(a->arena + a->v[i].off, b->arena + b->v[j].off,
		       a->v[i].len) == 0;
}

struct ranges {
	yd_range *v;
	size_t n, cap;
	bool oom;
};

static void add_range(struct ranges *r, size_t s, size_t e)
{
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		yd_range *v = realloc(r->v, cap * sizeof *v);
		if (!v) {
			r->oom = true;
			return;
		}
		r->v = v;
		r->cap = cap;
	}
	r->v[r->n++] = (yd_range){ s, e };
}

/* Every place the needle's units occur in order (Han characters that are
 * joined in the needle must be joined in the text). */
static size_t find_units(const struct units *t, const struct units *nd,
			 struct ranges *r)
{
	size_t found = 0;
	if (nd->n == 0)
		return 0;
	for (size_t i = 0; i + nd->n <= t->n; i++) {
		size_t k = 0;
		while (k < nd->n && same(t, i + k, nd, k) &&
		       (k == 0 || !nd->v[k].joined || t->v[i + k].joined))
			k++;
		if (k == nd->n) {
			add_range(r, t->v[i].start, t->v[i + k - 1].end);
			found++;
		}
	}
	return found;
}

/* Does w[pos..] spell Han units from i on, by full syllables or by
 * initials? Returns the unit after the last one used, or 0. */
static size_t spell(const struct units *t, size_t i, const char *w, size_t pos,
		    bool initials, int depth)
{
	if (w[pos] == '\0')
		return i;
	if (i >= t->n || !t->v[i].han || depth > MAX_WORD)
		return 0;
	ucs4_t c;
	u8_mbtouc(&c, (const uint8_t *)t->arena + t->v[i].off, t->v[i].len);
	const char *rd[16];
	size_t k = yd_pinyin_readings(c, rd, 16);
	for (size_t j = 0; j < k; j++) {
		size_t l = initials ? 1 : strlen(rd[j]);
		if (strncmp(w + pos, rd[j], l) != 0)
			continue;
		size_t e = spell(t, i + 1, w, pos + l, initials, depth + 1);
		if (e)
			return e;
	}
	return 0;
}

static void find_pinyin(const struct units *t, const char *w, struct ranges *r)
{
	if (strlen(w) < 2 || strlen(w) > MAX_WORD)
		return;
	for (size_t i = 0; i < t->n; i++) {
		size_t e = spell(t, i, w, 0, false, 0);
		if (!e)
			e = spell(t, i, w, 0, true, 0);
		if (e) {
			add_range(r, t->v[i].start, t->v[e - 1].end);
			i = e - 1;
		}
	}
}

static int cmp_range(const void *a, const void *b)
{
	const yd_range *x = a, *y = b;
	return x->start != y->start ? (x->start < y->start ? -1 : 1)
		: (x->end > y->end ? -1 : x->end < y->end);
}

long yd_search_highlight(const char *text, size_t n, const char *query,
			 yd_range **out)
{
	*out = NULL;
	yd_qplan q;
	if (yd_qplan_make(query, NULL, &q) != 0)
		return -1;
	struct units t = { 0 };
	struct ranges r = { 0 };
	if (text && n)
		yd_tokenize(text, n, YD_TOK_UNITS, add_unit, &t);
	/* every text of every word: synonyms and places included */
	for (size_t i = 0; i < q.n && !t.oom; i++) {
		size_t found = 0;
		for (size_t a = 0; a < q.v[i].nalt && !t.oom; a++) {
			struct units nd = { 0 };
			yd_tokenize(q.v[i].alt[a], strlen(q.v[i].alt[a]),
				    YD_TOK_UNITS, add_unit, &nd);
			found += nd.oom ? 0 : find_units(&t, &nd, &r);
			t.oom |= nd.oom;
			units_free(&nd);
		}
		/* A Latin word that is not in the text may be pinyin. */
		if (found == 0 && q.v[i].pinyin && !q.all_pinyin && q.n == 1)
			find_pinyin(&t, q.v[i].alt[0], &r);
	}
	if (q.all_pinyin && !t.oom) {       /* yi bao → yibao */
		char w[MAX_WORD + 1];
		size_t k = 0;
		for (size_t i = 0; i < q.n; i++) {
			size_t l = strlen(q.v[i].alt[0]);
			if (k + l > MAX_WORD)
				continue;
			memcpy(w + k, q.v[i].alt[0], l);
			k += l;
		}
		w[k] = '\0';
		find_pinyin(&t, w, &r);
	}
	bool oom = t.oom || r.oom;
	units_free(&t);
	yd_qplan_free(&q);
	if (oom) {
		free(r.v);
		return -1;
	}
	/* Sorted, overlapping and touching ones merged. */
	if (r.n)
		qsort(r.v, r.n, sizeof *r.v, cmp_range);
	size_t m = 0;
	for (size_t i = 0; i < r.n; i++) {
		/* touching matches are one (门诊 统筹 → 门诊统筹) */
		if (m && r.v[i].start <= r.v[m - 1].end) {
			if (r.v[i].end > r.v[m - 1].end)
				r.v[m - 1].end = r.v[i].end;
		} else {
			r.v[m++] = r.v[i];
		}
	}
	*out = r.v;
	return (long)m;
}

char *yd_search_plain_text(const char *markdown)
{
	return yd_md_plain(markdown ? markdown : "", markdown ? strlen(markdown) : 0,
			   NULL);
}
