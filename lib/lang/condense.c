/* Taking adverbs out from between words (condense.h).
 *
 * Only a token of the segmentation that is one of the adverbs below, with
 * word characters on both sides, is taken out; runs of them go together
 * (就开始, 也都). The list holds adverbs of degree and frequency that
 * stand between a body part or function and what is wrong with it; words
 * that also start other words (好, 老, 会) are left out, since the
 * segmenter alone decides whether they are adverbs here. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "condense.h"
#include "segment-impl.h"

static const char *const adverbs[] = {
	"有点", "有点儿", "有些", "很", "特别", "非常", "十分", "越来越", "一直", "总是",
	"老是", "就", "都", "也", "还", "又", "经常", "常常", "突然", "开始", "有时",
	"有时候", "比较", "更", "更加", "一阵阵", "一阵一阵",
};

static int is_adverb(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof adverbs / sizeof *adverbs; i++)
		if (strlen(adverbs[i]) == len && memcmp(adverbs[i], s, len) == 0)
			return 1;
	return 0;
}

void yd_condensed_free(yd_condensed *c)
{
	free(c->s);
	free(c->orig);
	free(c->joints);
	memset(c, 0, sizeof *c);
}

int yd_condense(const yd_dict *d, const char *s, size_t n, yd_condensed *c)
{
	yd_token *tok;
	size_t ntok = 0, i, j, o = 0;

	memset(c, 0, sizeof *c);
	if (!d || n == 0)
		return 0;
	tok = yd_segment(d, s, n, &ntok);
	if (!tok)
		return 0;
	for (i = 1; i + 1 < ntok; i++)
		if (is_adverb(s + tok[i].off, tok[i].len))
			break;
	if (i + 1 >= ntok) {
		free(tok);
		return 0;
	}
	c->s = malloc(n + 1);
	c->orig = malloc((n + 1) * sizeof *c->orig);
	c->joints = malloc(ntok * sizeof *c->joints);
	if (!c->s || !c->orig || !c->joints) {
		free(tok);
		yd_condensed_free(c);
		return -1;
	}
	for (i = 0; i < ntok; ) {
		/* a run of adverbs between two words (not after an adverb kept) */
		bool after_word = i > 0 && yd_seg_is_word_char(s, n, tok[i - 1].off) &&
				  !is_adverb(s + tok[i - 1].off, tok[i - 1].len);

		for (j = i; after_word && j < ntok && is_adverb(s + tok[j].off, tok[j].len); j++)
			;
		if (j > i && j < ntok && yd_seg_is_word_char(s, n, tok[j].off)) {
			c->joints[c->njoints++] = o;
			i = j;
			continue;
		}
		for (j = 0; j < tok[i].len; j++) {
			c->orig[o] = tok[i].off + j;
			c->s[o++] = s[tok[i].off + j];
		}
		i++;
	}
	free(tok);
	if (c->njoints == 0) {
		yd_condensed_free(c);
		return 0;
	}
	c->s[o] = '\0';
	c->orig[o] = n;
	c->n = o;
	return 1;
}

int yd_condensed_spans(const yd_condensed *c, size_t a, size_t b)
{
	size_t i;

	for (i = 0; i < c->njoints; i++)
		if (c->joints[i] > a && c->joints[i] < b)
			return 1;
	return 0;
}
