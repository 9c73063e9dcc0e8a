/* Compound disease words (compound.h).
 *
 * In each word of the segmentation the first organ morpheme (the longest
 * listed at that place: 骨髓 before 骨) is looked for. The rest of the word
 * after it must end with a head (胆管炎: 胆管 + 炎; 心脑血管病: 心 + 病);
 * when the organ ends the word, the next word must end with one (脑 +
 * 动脉瘤, 心脏 + 衰竭). Which node the compound belongs to is the caller's
 * business (taxonomy.c: the head's node when it is not above the
 * organ's, so 肝 + 癌 is 肿瘤 and 肝 + 炎 is 肝病).
 */
#include <stdlib.h>
#include <string.h>
#include "compound.h"
#include "wordscan.h"

struct head {
	const char *word;
	size_t len;
	int id;
	bool symptom;
};

enum { BODY_PART = 0x40000000u }; /* organ value bit */

struct yd_compounds {
	yd_wordscan *organs;
	struct head *heads;
	size_t nheads, cap;
	int *organ_ids;         /* the node of each organ added */
	size_t norgans, capo;
};

yd_compounds *yd_compounds_new(void)
{
	yd_compounds *c = calloc(1, sizeof *c);

	if (c && !(c->organs = yd_ws_new())) {
		free(c);
		return NULL;
	}
	return c;
}

void yd_compounds_free(yd_compounds *c)
{
	if (!c)
		return;
	yd_ws_free(c->organs);
	free(c->heads);
	free(c->organ_ids);
	free(c);
}

int yd_compounds_add_organ(yd_compounds *c, const char *word, size_t len, int id,
			   bool body_part)
{
	if (c->norgans == c->capo) {
		size_t cap = c->capo ? c->capo * 2 : 32;
		int *v = realloc(c->organ_ids, cap * sizeof *v);

		if (!v)
			return -1;
		c->organ_ids = v;
		c->capo = cap;
	}
	c->organ_ids[c->norgans++] = id;
	return yd_ws_add(c->organs, word, len, (uint32_t)id | (body_part ? BODY_PART : 0));
}

size_t yd_compounds_organ_nodes(const yd_compounds *c, const int **ids)
{
	*ids = c->organ_ids;
	return c->norgans;
}

int yd_compounds_add_head(yd_compounds *c, const char *word, size_t len, int id,
			  bool symptom)
{
	if (c->nheads == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 32;
		struct head *v = realloc(c->heads, cap * sizeof *v);

		if (!v)
			return -1;
		c->heads = v;
		c->cap = cap;
	}
	c->heads[c->nheads++] = (struct head){ word, len, id, symptom };
	return 0;
}

int yd_compounds_build(yd_compounds *c)
{
	return yd_ws_build(c->organs);
}

/* The longest head ending s[a..b), or NULL. */
static const struct head *head_at_end(const yd_compounds *c, const char *s, size_t a, size_t b)
{
	const struct head *best = NULL;
	size_t i;

	for (i = 0; i < c->nheads; i++) {
		const struct head *h = &c->heads[i];

		if (h->len <= b - a && memcmp(s + b - h->len, h->word, h->len) == 0 &&
		    (!best || h->len > best->len))
			best = h;
	}
	return best;
}

static bool tag_is(const char *tag, const char *t)
{
	return tag && strcmp(tag, t) == 0;
}

/* A word of several characters the dictionary calls a verb, adjective,
 * adverb, idiom or name holds no organ: 心疼, 心地狭窄. */
static bool may_hold_organ(const char *s, const yd_token *t, size_t clen)
{
	const char *g = t->tag ? t->tag : "";

	(void)s;
	if (t->len <= clen)
		return true;
	return !(g[0] == 'v' || g[0] == 'a' || g[0] == 'd' || g[0] == 'i' ||
		 tag_is(g, "nr") || tag_is(g, "ns") || tag_is(g, "nt"));
}

/* The head's word may be anything but an idiom or a name. */
static bool may_hold_head(const yd_token *t)
{
	const char *g = t->tag ? t->tag : "";

	return !(g[0] == 'i' || tag_is(g, "nr") || tag_is(g, "ns") || tag_is(g, "nt"));
}

/* Lay phrasing puts a few words between the organ and what is wrong with
 * it (嘴里长了溃疡, 头一跳一跳地疼): a word that is a head by itself, up to
 * GAP words after the organ's, in the same run of Han text, with no other
 * organ between. The organ must be a word of its own here (头, not the
 * end of 馒头). */
enum { GAP = 6 };

/* 不, 没, 没有, 无 right before the head deny it (头不晕不疼). */
static bool negates(const char *s, const yd_token *t)
{
	static const char *const no[] = { "不", "没", "没有", "无", "未" };
	size_t i;

	for (i = 0; i < sizeof no / sizeof *no; i++)
		if (t->len == strlen(no[i]) && memcmp(s + t->off, no[i], t->len) == 0)
			return true;
	return false;
}

static const struct head *head_after_gap(const yd_compounds *c, const char *s, size_t n,
					 const yd_token *tok, size_t ntok, size_t i,
					 size_t *j, size_t *hoff, size_t *hend)
{
	size_t k;

	for (k = i + 1; k < ntok && k <= i + 1 + GAP; k++) {
		const yd_ws_entry *e[1];
		const struct head *h;
		size_t a = tok[k].off, b = a + tok[k].len;

		if (!(tok[k].flags & YD_TOK_HAN))
			return NULL;
		if (k > i + 1 && yd_ws_at(c->organs, s, n, a, e, 1) > 0)
			return NULL;
		h = head_at_end(c, s, a, b);
		if (k > i + 1 && h && h->len == b - a && may_hold_head(&tok[k]) &&
		    !negates(s, &tok[k - 1])) {
			*j = k;
			*hoff = a;
			*hend = b;
			return h;
		}
	}
	return NULL;
}

void yd_compounds_scan(const yd_compounds *c, const yd_dict *d, const char *s, size_t n,
		       void (*fn)(void *ctx, const yd_compound *m), void *ctx)
{
	yd_token *tok;
	size_t ntok = 0, i;

	if (!c || !d || n == 0 || c->nheads == 0)
		return;
	tok = yd_segment(d, s, n, &ntok);
	if (!tok)
		return;
	for (i = 0; i < ntok; i++) {
		size_t a = tok[i].off, end = a + tok[i].len, p;

		if (!(tok[i].flags & YD_TOK_HAN) ||
		    !may_hold_organ(s, &tok[i], yd_ws_charlen(s, n, a)))
			continue;
		for (p = a; p < end; p += yd_ws_charlen(s, n, p)) {
			const yd_ws_entry *e[4];
			size_t ne = yd_ws_at(c->organs, s, n, p, e, 4), k, oend;
			const struct head *h = NULL;
			size_t hend = 0, hoff = 0, j = i;

			if (ne > 4)
				ne = 4;
			for (k = 0; k < ne && p + e[k]->len > end; k++)
				;       /* longest organ inside this word */
			if (k == ne)
				continue;
			oend = p + e[k]->len;
			if (oend < end) {
				h = head_at_end(c, s, oend, end);
				hend = end;
				hoff = oend;
			} else if (i + 1 < ntok && (tok[i + 1].flags & YD_TOK_HAN) &&
				   may_hold_head(&tok[i + 1])) {
				hend = tok[i + 1].off + tok[i + 1].len;
				h = head_at_end(c, s, tok[i + 1].off, hend);
				hoff = tok[i + 1].off;
				j = i + 1;
				if (!h && p == a)
					h = head_after_gap(c, s, n, tok, ntok, i, &j, &hoff, &hend);
			}
			if (h && (e[k]->value & BODY_PART) && !h->symptom)
				h = NULL;       /* 手指发炎 is no finger's disease */
			if (h) {
				yd_compound m = { p, hend - p, e[k]->word,
						  (int)(e[k]->value & ~BODY_PART), h->id,
						  oend - p, hoff, (e[k]->value & BODY_PART) != 0 };

				fn(ctx, &m);
				if (hend > end)
					i = j;  /* the head's word is used */
			}
			break;  /* the first organ of a word decides */
		}
		/* no organ: a word ending with a head (压|疮, 印戒细胞癌),
		 * reported without one; the caller keeps those heads that
		 * decide by themselves */
		if (p >= end && may_hold_organ(s, &tok[i], yd_ws_charlen(s, n, a)) &&
		    may_hold_head(&tok[i])) {
			const struct head *h = head_at_end(c, s, a, end);

			if (h && !h->symptom) {
				yd_compound m = { a, end - a, h->word, 0, h->id, 0, end - h->len,
						  false };

				fn(ctx, &m);
			}
		}
	}
	free(tok);
}
