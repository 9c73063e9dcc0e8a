/* A block's flattened inline text: sanitised UTF-8 with styled runs. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "yidu/text.h"
#include "render-priv.h"

void rd_text_init(rd_text *t)
{
	memset(t, 0, sizeof *t);
}

void rd_text_reset(rd_text *t)
{
	t->n = 0;
	t->nruns = 0;
	t->nsofts = 0;
	t->pending_soft = false;
}

void rd_text_free(rd_text *t)
{
	free(t->s);
	free(t->runs);
	free(t->softs);
	rd_text_init(t);
}

bool rd_is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	       /* CJK punctuation and fullwidth forms join like Han */
	       (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) ||
	       (c >= 0xFE30 && c <= 0xFE4F);
}

/* Last code point of t->s, or 0. */
static uint32_t last_char(const rd_text *t)
{
	size_t i = t->n;
	int k = 0;
	while (i > 0 && k < 4) {
		i--;
		k++;
		if (((unsigned char)t->s[i] & 0xC0) != 0x80)
			break;
	}
	if (i == t->n)
		return 0;
	uint32_t uc;
	yd_utf8_decode(t->s + i, t->n - i, &uc);
	return uc;
}

static void add_bytes(rd_text *t, const char *s, size_t n, uint16_t attr,
		      uint16_t link)
{
	if (n == 0 || t->oom)
		return;
	if (t->n + n >= UINT32_MAX) {      /* run offsets are 32-bit */
		t->oom = true;
		return;
	}
	if (!yd_grow((void **)&t->s, &t->cap, t->n + n + 1, 1)) {
		t->oom = true;
		return;
	}
	memcpy(t->s + t->n, s, n);
	rd_run *last = t->nruns ? &t->runs[t->nruns - 1] : NULL;
	if (last && last->attr == attr && last->link == link &&
	    last->off + last->len == t->n) {
		last->len += (uint32_t)n;
	} else {
		if (!yd_grow((void **)&t->runs, &t->cap_runs, t->nruns + 1,
			  sizeof *t->runs)) {
			t->oom = true;
			return;
		}
		t->runs[t->nruns++] = (rd_run){ (uint32_t)t->n, (uint32_t)n, attr, link };
	}
	t->n += n;
	t->s[t->n] = '\0';
}

/* Resolves a pending soft break before text starting with `next`: a space,
 * except between two Han characters (Chinese has no spaces between words,
 * so a line break in the source must not add one). */
static void resolve_soft(rd_text *t, uint32_t next)
{
	if (!t->pending_soft)
		return;
	t->pending_soft = false;
	bool space = !(rd_is_han(last_char(t)) && rd_is_han(next));
	if (yd_grow((void **)&t->softs, &t->cap_softs, t->nsofts + 1, sizeof *t->softs))
		t->softs[t->nsofts++] = (rd_soft){ (uint32_t)t->n, space };
	else
		t->oom = true;
	if (space)
		add_bytes(t, " ", 1, 0, 0);
}

void rd_text_add_clean(rd_text *t, const char *s, size_t n, uint16_t attr,
		       uint16_t link)
{
	if (n == 0)
		return;
	if (t->pending_soft) {
		uint32_t uc;
		yd_utf8_decode(s, n, &uc);
		resolve_soft(t, uc);
	}
	add_bytes(t, s, n, attr, link);
}

void rd_text_add(rd_text *t, const char *s, size_t n, uint16_t attr,
		 uint16_t link, int keep)
{
	size_t len;
	char *clean = yd_text_sanitize(s, n, keep, &len);
	if (!clean) {
		t->oom = true;
		return;
	}
	rd_text_add_clean(t, clean, len, attr, link);
	free(clean);
}

void rd_text_softbreak(rd_text *t)
{
	if (t->n > 0)
		t->pending_soft = true;
}

void rd_text_hardbreak(rd_text *t)
{
	t->pending_soft = false;
	add_bytes(t, "\n", 1, 0, 0);
}

size_t rd_text_run_at(const rd_text *t, size_t a)
{
	size_t lo = 0, hi = t->nruns;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((size_t)t->runs[mid].off + t->runs[mid].len <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void rd_text_add_slice(rd_text *t, const rd_text *from, size_t a, size_t b)
{
	for (size_t i = rd_text_run_at(from, a); i < from->nruns && a < b; i++) {
		const rd_run *r = &from->runs[i];
		size_t re = (size_t)r->off + r->len;
		if (re <= a)
			continue;
		if (r->off >= b)
			break;
		size_t x = a > r->off ? a : r->off;
		size_t y = b < re ? b : re;
		add_bytes(t, from->s + x, y - x, r->attr, r->link);
	}
}
