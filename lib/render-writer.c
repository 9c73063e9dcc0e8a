/* The line writer: every display line of a document is made here.
 *
 * Like cmark's src/render.c, one writer keeps a stack of container prefixes
 * and wraps block text under them, but it measures display columns (via
 * yd_text_*), not code points, so no line is ever wider than the layout.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "yidu/text.h"
#include "render-priv.h"

void rd_writer_init(rd_writer *w, yd_doc *doc)
{
	memset(w, 0, sizeof *w);
	w->doc = doc;
	w->width = doc->width;
	w->tflags = (doc->flags & YD_RENDER_AMBIGUOUS_WIDE) ? YD_AMBIGUOUS_WIDE : 0;
}

void rd_writer_free(rd_writer *w)
{
	while (w->npre)
		rd_pop(w);
	free(w->pre);
	free(w->ls);
	free(w->sp);
	w->pre = NULL;
	w->ls = NULL;
	w->sp = NULL;
}

int rd_width(const rd_writer *w, const char *s, size_t n)
{
	return yd_text_width(s, n, w->tflags);
}

void rd_push(rd_writer *w, const char *first, uint16_t attr_first,
	     const char *rest, uint16_t attr_rest)
{
	if (!yd_grow((void **)&w->pre, &w->cap_pre, w->npre + 1, sizeof *w->pre)) {
		w->oom = true;
		return;
	}
	rd_prefix *p = &w->pre[w->npre];
	p->first = strdup(first);
	p->rest = strdup(rest);
	if (!p->first || !p->rest) {
		free(p->first);
		free(p->rest);
		w->oom = true;
		return;
	}
	p->attr_first = attr_first;
	p->attr_rest = attr_rest;
	p->cols = rd_width(w, first, strlen(first));
	w->pre_cols += p->cols;
	w->npre++;
}

void rd_pop(rd_writer *w)
{
	if (w->npre == 0)
		return;
	rd_prefix *p = &w->pre[--w->npre];
	w->pre_cols -= p->cols;
	free(p->first);
	free(p->rest);
	if (w->first_from > w->npre)
		w->first_from = w->npre;
}

bool rd_top_unshown(const rd_writer *w)
{
	return w->npre > 0 && w->first_from < w->npre;
}

static int prefix_cap(const rd_writer *w)
{
	return w->width - RD_MIN_CONTENT;
}

int rd_avail(const rd_writer *w)
{
	long cols = w->pre_cols;
	if (cols > prefix_cap(w))
		cols = prefix_cap(w);
	return w->width - (int)cols;
}

void rd_put(rd_writer *w, const char *s, size_t n, uint16_t attr, uint16_t link)
{
	if (n == 0 || w->oom)
		return;
	if (!yd_grow((void **)&w->ls, &w->cap_ls, w->ln + n + 1, 1)) {
		w->oom = true;
		return;
	}
	memcpy(w->ls + w->ln, s, n);
	if (attr) {
		yd_span *last = w->nsp ? &w->sp[w->nsp - 1] : NULL;
		if (last && last->attr == attr && last->link == link &&
		    last->off + last->len == w->ln) {
			last->len += (uint32_t)n;
		} else if (yd_grow((void **)&w->sp, &w->cap_sp, w->nsp + 1, sizeof *w->sp)) {
			w->sp[w->nsp++] = (yd_span){ (uint32_t)w->ln, (uint32_t)n, attr, link };
		} else {
			w->oom = true;
		}
	}
	w->ln += n;
	w->ls[w->ln] = '\0';
}

/* Drops the first `cut` bytes of the line under construction. */
static void drop_front(rd_writer *w, size_t cut)
{
	memmove(w->ls, w->ls + cut, w->ln - cut + 1);
	w->ln -= cut;
	size_t k = 0;
	for (size_t i = 0; i < w->nsp; i++) {
		yd_span s = w->sp[i];
		size_t end = (size_t)s.off + s.len;
		if (end <= cut)
			continue;
		size_t off = s.off > cut ? s.off : cut;
		s.len = (uint32_t)(end - off);
		s.off = (uint32_t)(off - cut);
		w->sp[k++] = s;
	}
	w->nsp = k;
}

/* Cuts the line under construction to its first `keep` bytes. */
static void drop_back(rd_writer *w, size_t keep)
{
	w->ln = keep;
	if (w->ls)
		w->ls[keep] = '\0';
	size_t k = 0;
	for (size_t i = 0; i < w->nsp; i++) {
		yd_span s = w->sp[i];
		if (s.off >= keep)
			continue;
		if (s.off + s.len > keep)
			s.len = (uint32_t)(keep - s.off);
		w->sp[k++] = s;
	}
	w->nsp = k;
}

/* Writes the prefix. With deep nesting only the innermost entries that fit
 * in the width less RD_MIN_CONTENT are shown (the outer ones are cut off on
 * the left), so content always has room. */
static void put_prefix(rd_writer *w, bool blank)
{
	size_t from = 0;
	/* every entry is at least one column wide: later ones suffice */
	if (w->npre > (size_t)w->width)
		from = w->npre - (size_t)w->width;
	for (size_t i = from; i < w->npre; i++) {
		const rd_prefix *p = &w->pre[i];
		if (!blank && i >= w->first_from)
			rd_put(w, p->first, strlen(p->first), p->attr_first, 0);
		else
			rd_put(w, p->rest, strlen(p->rest), p->attr_rest, 0);
	}
	if (!blank)
		w->first_from = w->npre;
	int cols = rd_width(w, w->ls ? w->ls : "", w->ln);
	int cap = prefix_cap(w);
	if (cols > cap) {
		/* cut whole characters off the front until it fits */
		size_t cut = 0;
		while (cut < w->ln && cols > cap) {
			int used;
			size_t k = yd_text_prefix(w->ls + cut, w->ln - cut,
						  cols - cap, w->tflags, &used);
			if (used < cols - cap && cut + k < w->ln) {
				/* a wide character straddles: it goes too */
				uint32_t uc;
				k += (size_t)yd_utf8_decode(w->ls + cut + k,
							    w->ln - cut - k, &uc);
			}
			if (k == 0)
				break;
			cut += k;
			cols = rd_width(w, w->ls + cut, w->ln - cut);
		}
		drop_front(w, cut);
	}
}

void rd_line_begin(rd_writer *w)
{
	w->ln = 0;
	w->nsp = 0;
	put_prefix(w, false);
}

void rd_line_end(rd_writer *w, uint32_t src_off)
{
	yd_doc *d = w->doc;
	if (w->oom)
		return;
	const char *s = w->ls ? w->ls : "";
	int cols = rd_width(w, s, w->ln);
	if (cols > w->width) {
		/* a safety net: the layout above should never get here */
		int used;
		size_t keep = yd_text_prefix(s, w->ln, w->width, w->tflags, &used);
		drop_back(w, keep);
		cols = used;
	}
	if (!yd_grow((void **)&d->lines, &w->cap_lines, d->nlines + 1, sizeof *d->lines)) {
		w->oom = true;
		return;
	}
	yd_dline *l = &d->lines[d->nlines];
	memset(l, 0, sizeof *l);
	l->text = malloc(w->ln + 1);
	if (w->nsp)
		l->spans = malloc(w->nsp * sizeof *l->spans);
	if (!l->text || (w->nsp && !l->spans)) {
		free(l->text);
		free(l->spans);
		w->oom = true;
		return;
	}
	memcpy(l->text, s, w->ln);
	l->text[w->ln] = '\0';
	l->len = (uint32_t)w->ln;
	l->cols = (uint16_t)cols;
	l->level = w->level;
	if (w->nsp)
		memcpy(l->spans, w->sp, w->nsp * sizeof *l->spans);
	l->nspans = (uint32_t)w->nsp;
	l->src_line = w->src_line;
	l->src_off = src_off;
	d->nlines++;
}

void rd_blank_line(rd_writer *w)
{
	w->ln = 0;
	w->nsp = 0;
	uint8_t level = w->level;
	w->level = 0;
	put_prefix(w, true);
	size_t n = w->ln;
	while (n > 0 && w->ls[n - 1] == ' ')
		n--;
	drop_back(w, n);
	rd_line_end(w, 0);
	w->level = level;
	w->need_blank = false;
}

void rd_prefix_line(rd_writer *w)
{
	rd_line_begin(w);
	size_t n = w->ln;
	while (n > 0 && w->ls[n - 1] == ' ')
		n--;
	drop_back(w, n);
	rd_line_end(w, 0);
}

void rd_blank(rd_writer *w)
{
	if (w->need_blank && w->doc->nlines > 0)
		rd_blank_line(w);
	w->need_blank = false;
}

void rd_put_slice(rd_writer *w, const rd_text *t, size_t a, size_t b)
{
	for (size_t i = rd_text_run_at(t, a); i < t->nruns && a < b; i++) {
		const rd_run *r = &t->runs[i];
		size_t re = (size_t)r->off + r->len;
		if (r->off >= b)
			break;
		size_t x = a > r->off ? a : r->off;
		size_t y = b < re ? b : re;
		rd_put(w, t->s + x, y - x, r->attr, r->link);
	}
}

void rd_wrap(rd_writer *w, const rd_text *t, bool force)
{
	yd_wrap_line *v = NULL;
	size_t n = 0;
	if (t->n > 0) {
		n = yd_text_wrap(t->s, t->n, rd_avail(w), w->tflags, &v);
		if (n == (size_t)-1) {
			w->oom = true;
			return;
		}
	}
	for (size_t i = 0; i < n; i++) {
		rd_line_begin(w);
		rd_put_slice(w, t, v[i].start, v[i].end);
		rd_line_end(w, (uint32_t)v[i].start);
	}
	free(v);
	if (n == 0 && force) {
		rd_line_begin(w);
		rd_line_end(w, 0);
	}
}

void rd_pre(rd_writer *w, const char *s, size_t n, uint16_t attr, uint32_t src_off)
{
	static const char mark[] = "→";
	int avail = rd_avail(w);
	rd_line_begin(w);
	if (rd_width(w, s, n) <= avail) {
		rd_put(w, s, n, attr, 0);
	} else {
		int mw = rd_width(w, mark, sizeof mark - 1);
		size_t keep = yd_text_prefix(s, n, avail - mw, w->tflags, NULL);
		rd_put(w, s, keep, attr, 0);
		rd_put(w, mark, sizeof mark - 1, YD_A_DIM, 0);
	}
	rd_line_end(w, src_off);
}

void rd_put_rule(rd_writer *w, const char *glyph, int cols, uint16_t attr)
{
	size_t gl = strlen(glyph);
	int gw = rd_width(w, glyph, gl);
	if (gw < 1)
		gw = 1;
	int k;
	for (k = 0; k + gw <= cols; k += gw)
		rd_put(w, glyph, gl, attr, 0);
	for (; k < cols; k++)
		rd_put(w, " ", 1, 0, 0);
}

void rd_rule(rd_writer *w, const char *glyph, int cols, uint16_t attr,
	     uint32_t src_off)
{
	rd_line_begin(w);
	rd_put_rule(w, glyph, cols, attr);
	size_t n = w->ln;   /* no padding at the end of the line */
	while (n > 0 && w->ls[n - 1] == ' ')
		n--;
	drop_back(w, n);
	rd_line_end(w, src_off);
}
