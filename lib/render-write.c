/* yd_doc_write: a document as plain text or with SGR styling. The escape
 * sequences come from a fixed table indexed by attribute bits; no byte of
 * content ever reaches the terminal except as the sanitised line text. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "yidu/out.h"
#include "yidu/render.h"

static const struct {
	uint16_t attr;
	const char *sgr;
} styles[] = {
	{ YD_A_STRONG, "1" },
	{ YD_A_EMPH, "3" },
	{ YD_A_CODE, "36" },
	{ YD_A_LINK, "4;34" },
	{ YD_A_HEADING, "1;33" },
	{ YD_A_QUOTE, "32" },
	{ YD_A_MARKER, "33" },
	{ YD_A_RULE, "2" },
	{ YD_A_DIM, "2" },
	{ YD_A_MATCH, "7" },
	{ YD_A_TITLE, "1;35" },
};

static int start_style(FILE *f, uint16_t attr)
{
	char p[64] = "0";
	for (size_t i = 0; i < sizeof styles / sizeof styles[0]; i++)
		if (attr & styles[i].attr) {
			strcat(p, ";");
			strcat(p, styles[i].sgr);
		}
	return yd_out_sgr(f, p);
}

/* Line text goes through the one sanitising writer (lib/out.c), as every
 * other output does, although the renderer has cleaned it already. */
static int write_line(const yd_dline *l, FILE *f, int sgr)
{
	if (!sgr || l->nspans == 0)
		return yd_out_write(f, l->text, l->len);
	uint32_t pos = 0;
	for (uint32_t i = 0; i < l->nspans; i++) {
		const yd_span *s = &l->spans[i];
		if (s->off > l->len || s->len > l->len - s->off || s->off < pos)
			continue;      /* malformed span: leave the text plain */
		if (yd_out_write(f, l->text + pos, s->off - pos) < 0)
			return -1;
		if (start_style(f, s->attr) < 0 ||
		    yd_out_write(f, l->text + s->off, s->len) < 0 ||
		    yd_out_sgr(f, "0") < 0)
			return -1;
		pos = s->off + s->len;
	}
	return yd_out_write(f, l->text + pos, l->len - pos);
}

int yd_doc_write(const yd_doc *doc, FILE *f, int sgr)
{
	for (size_t i = 0; i < doc->nlines; i++)
		if (write_line(&doc->lines[i], f, sgr) < 0 || fputc('\n', f) == EOF)
			return -1;
	return fflush(f) == EOF ? -1 : 0;
}
