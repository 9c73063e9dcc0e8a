/* Splitting a run of pinyin letters (yibao, xian) into syllables. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "search-internal.h"

#define MAX_SYL 6        /* longest syllable: zhuang, shuang */
#define MAX_WORD 64

struct seg {
	const char *w;
	size_t n;
	size_t cut[MAX_WORD + 1];   /* syllable ends of the current path */
	bool dead[MAX_WORD + 1];  /* no segmentation from here: bounds the search */
	char **out;
	size_t max, found;
};

static char *join(const char *w, const size_t *cut, size_t k)
{
	char *s = malloc(cut[k - 1] + k);
	if (!s)
		return NULL;
	size_t o = 0, from = 0;
	for (size_t i = 0; i < k; i++) {
		if (i)
			s[o++] = ' ';
		memcpy(s + o, w + from, cut[i] - from);
		o += cut[i] - from;
		from = cut[i];
	}
	s[o] = '\0';
	return s;
}

/* Depth-first, longest syllable first, so the first answers use the
 * fewest syllables (xian before xi an). */
static void walk(struct seg *g, size_t pos, size_t k)
{
	if (g->found >= g->max)
		return;
	if (pos == g->n) {
		char *s = join(g->w, g->cut, k);
		if (s)
			g->out[g->found++] = s;
		return;
	}
	if (g->dead[pos])
		return;
	size_t before = g->found;
	for (size_t len = MAX_SYL; len >= 1; len--) {
		if (pos + len > g->n || g->dead[pos + len] ||
		    !yd_pinyin_is_syllable(g->w + pos, len))
			continue;
		g->cut[k] = pos + len;
		walk(g, pos + len, k + 1);
	}
	if (g->found == before)
		g->dead[pos] = true;
}

size_t yd_pinyin_segment(const char *w, size_t n, char **out, size_t max)
{
	if (n == 0 || n > MAX_WORD)
		return 0;
	struct seg g = { .w = w, .n = n, .out = out, .max = max };
	walk(&g, 0, 0);
	return g.found;
}
