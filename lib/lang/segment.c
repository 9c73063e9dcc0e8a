/* The segmenter: the most probable way to cut a run of Chinese text into
 * dictionary words.
 *
 * The text is split into blocks: runs of word characters (Han characters
 * and letters/digits) and, between them, single other characters. In a
 * block every character boundary is a node, except inside a run of ASCII
 * (or full-width) letters and digits, which is never cut. From each node
 * the edges are the dictionary words that start there and end on a node,
 * plus one default edge: the whole letter/digit run, or the single Han
 * character. An edge weighs log(freq / total) (freq 1 when not a word);
 * the best path is found by dynamic programming from the block's end,
 * preferring the longer edge on ties — the DAG search of jieba without
 * its HMM for unknown words.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "yidu/lang.h"
#include "segment-impl.h"

enum cls { C_OTHER, C_HAN, C_ALNUM };

/* Decodes the character at s[0..n): its length (1 for a bad byte). */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c = s[0];
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if (len == 1 || len > n) {
		*cp = 0xFFFD;
		return 1;
	}
	c &= 0x3F >> (len - 1);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	*cp = c;
	return len;
}

static enum cls classify(uint32_t c)
{
	if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
	    (c >= 0xFF41 && c <= 0xFF5A))
		return C_ALNUM;
	if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007)
		return C_HAN;
	return C_OTHER;
}

struct seg {
	const yd_dict *d;
	const char *s;
	double logtotal;
	double *route;     /* best log-probability from a node to the block end */
	uint32_t *next;    /* the end of the best edge from a node */
	yd_word *word;     /* that edge's word (freq 0: not a word) */
	uint8_t *node;     /* 1 where a word may start or end */
	uint8_t *cls;      /* class of the character starting at a byte */
	yd_token *tok;
	size_t ntok, cap;
};

static int push(struct seg *g, size_t off, size_t len, const yd_word *w, unsigned flags)
{
	if (g->ntok == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 64;
		yd_token *v = realloc(g->tok, cap * sizeof *v);
		if (!v)
			return -1;
		g->tok = v;
		g->cap = cap;
	}
	g->tok[g->ntok++] = (yd_token){ (uint32_t)off, (uint32_t)len, w ? w->freq : 0,
					w ? w->tag : "", flags | (w ? YD_TOK_DICT : 0) };
	return 0;
}

/* Segments the word block s[start, end). */
static int block(struct seg *g, size_t start, size_t end)
{
	yd_word w[64];
	size_t i, k, m;

	g->route[end] = 0;
	for (i = end; i-- > start; ) {
		size_t dflt = i + 1;
		double best;

		if (!g->node[i])
			continue;
		while (!g->node[dflt])
			dflt++;
		/* the default edge, as an unknown word (a dictionary word of
		 * the same span is among the prefixes and only does better) */
		best = -g->logtotal + g->route[dflt];
		g->next[i] = (uint32_t)dflt;
		g->word[i] = (yd_word){ 0, 0, "" };
		m = yd_dict_prefixes(g->d, g->s + i, end - i, w, 64);
		for (k = 0; k < m && k < 64; k++) {
			size_t e = i + w[k].len;
			double p;

			if (e > end || !g->node[e])
				continue;
			p = log((double)w[k].freq) - g->logtotal + g->route[e];
			if (p > best || (p == best && e >= g->next[i])) {
				best = p;
				g->next[i] = (uint32_t)e;
				g->word[i] = w[k];
			}
		}
		g->route[i] = best;
	}
	for (i = start; i < end; i = g->next[i]) {
		size_t e = g->next[i], j;
		unsigned flags = 0;
		bool known = g->word[i].freq > 0 && g->word[i].len == e - i;

		for (j = i; j < e; j++)
			flags |= g->cls[j] == C_HAN ? YD_TOK_HAN : g->cls[j] == C_ALNUM ? YD_TOK_ALNUM : 0;
		if (push(g, i, e - i, known ? &g->word[i] : NULL, flags) < 0)
			return -1;
	}
	return 0;
}

yd_token *yd_segment(const yd_dict *d, const char *s, size_t n, size_t *count)
{
	struct seg g = { 0 };
	uint8_t *clen = NULL;
	size_t i, start;
	uint32_t cp;
	int prev = -1;

	*count = 0;
	if (!s || n == 0)
		return NULL;
	g.d = d;
	g.s = s;
	g.logtotal = log((double)yd_dict_total(d));
	g.route = malloc((n + 1) * sizeof *g.route);
	g.next = malloc((n + 1) * sizeof *g.next);
	g.word = malloc((n + 1) * sizeof *g.word);
	g.node = calloc(n + 1, 1);
	g.cls = malloc(n + 1);
	clen = calloc(n + 1, 1);
	if (!g.route || !g.next || !g.word || !g.node || !g.cls || !clen)
		goto fail;
	memset(g.cls, 0xFF, n + 1);  /* not a character start */
	for (i = 0; i < n; i += clen[i]) {
		clen[i] = (uint8_t)decode((const unsigned char *)s + i, n - i, &cp);
		g.cls[i] = (uint8_t)classify(cp);
		/* no node between two letters/digits of a run */
		g.node[i] = !(g.cls[i] == C_ALNUM && prev == C_ALNUM);
		prev = g.cls[i];
	}
	g.node[n] = 1;
	for (i = 0; i < n; ) {
		if (g.cls[i] == C_OTHER) {
			if (push(&g, i, clen[i], NULL, YD_TOK_OTHER) < 0)
				goto fail;
			i += clen[i];
			continue;
		}
		for (start = i; i < n && g.cls[i] != C_OTHER; i += clen[i])
			;
		g.node[i] = 1;
		if (block(&g, start, i) < 0)
			goto fail;
	}
	free(g.route);
	free(g.next);
	free(g.word);
	free(g.node);
	free(g.cls);
	free(clen);
	*count = g.ntok;
	return g.tok;
fail:
	free(g.route);
	free(g.next);
	free(g.word);
	free(g.node);
	free(g.cls);
	free(clen);
	free(g.tok);
	return NULL;
}

bool yd_seg_is_word_char(const char *s, size_t n, size_t pos)
{
	uint32_t cp;

	if (pos >= n)
		return false;
	decode((const unsigned char *)s + pos, n - pos, &cp);
	return classify(cp) != C_OTHER;
}

/* The start of the character that ends just before s[pos]. */
static size_t prev_char(const char *s, size_t pos)
{
	size_t k = 0;

	while (pos > 0 && k < 4) {
		pos--;
		k++;
		if (((unsigned char)s[pos] & 0xC0) != 0x80)
			break;
	}
	return pos;
}

yd_token *yd_seg_around(const yd_dict *d, const char *s, size_t n, size_t a, size_t b,
			size_t reach, size_t *count)
{
	size_t wa = a, wb = b, k, i;
	yd_token *t;

	for (k = 0; k < reach && wa > 0; k++) {
		size_t p = prev_char(s, wa);
		if (!yd_seg_is_word_char(s, n, p))
			break;
		wa = p;
	}
	for (k = 0; k < reach && wb < n && yd_seg_is_word_char(s, n, wb); k++) {
		uint32_t cp;
		wb += decode((const unsigned char *)s + wb, n - wb, &cp);
	}
	t = yd_segment(d, s + wa, wb - wa, count);
	for (i = 0; t && i < *count; i++)
		t[i].off += (uint32_t)wa;
	return t;
}

enum { WINDOW_REACH = 8, WINDOW_MARGIN = 3 };

const yd_token *yd_seg_window_at(struct yd_seg_window *w, const yd_dict *d,
				 const char *s, size_t n, size_t a, size_t b, size_t *count)
{
	size_t end, k;

	if (w->tok && a >= w->lo && b <= w->hi) {
		*count = w->ntok;
		return w->tok;
	}
	free(w->tok);
	w->tok = yd_seg_around(d, s, n, a, b, WINDOW_REACH, &w->ntok);
	*count = w->ntok;
	if (!w->tok || !w->ntok) {
		w->lo = w->hi = 0;
		return w->tok;
	}
	w->lo = a;
	end = w->tok[w->ntok - 1].off + w->tok[w->ntok - 1].len;
	w->hi = end;
	/* a window cut inside a run of words: its last characters may be
	 * segmented otherwise with what follows */
	if (end < n && yd_seg_is_word_char(s, n, end))
		for (k = 0; k < WINDOW_MARGIN && w->hi > b; k++)
			w->hi = prev_char(s, w->hi);
	if (w->hi < b)
		w->hi = b;
	return w->tok;
}

void yd_seg_window_free(struct yd_seg_window *w)
{
	free(w->tok);
	w->tok = NULL;
	w->ntok = 0;
}
