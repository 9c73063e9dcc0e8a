/* yd_doc_write: a document as plain text or with SGR styling. The escape
 * sequences come from a fixed table indexed by attribute bits; no byte of
 * content ever reaches the terminal except as the sanitised line text. */
#include "config.h"

#include <stdio.h>
#include <string.h>

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
	if (fputs("\033[0", f) == EOF)
		return -1;
	for (size_t i = 0; i < sizeof styles / sizeof styles[0]; i++)
		if ((attr & styles[i].attr) && fprintf(f, ";%s", styles[i].sgr) < 0)
			return -1;
	return fputc('m', f) == EOF ? -1 : 0;
}

static int write_line(const yd_dline *l, FILE *f, int sgr)
{
	if (!sgr || l->nspans == 0)
		return fwrite(l->text, 1, l->len, f) == l->len ? 0 : -1;
	uint32_t pos = 0;
	for (uint32_t i = 0; i < l->nspans; i++) {
		const yd_span *s = &l->spans[i];
		if (s->off > l->len || s->len > l->len - s->off || s->off < pos)
			continue;      /* malformed span: leave the text plain */
		if (fwrite(l->text + pos, 1, s->off - pos, f) != s->off - pos)
			return -1;
		if (start_style(f, s->attr) < 0 ||
		    fwrite(l->text + s->off, 1, s->len, f) != s->len ||
		    fputs("\033[0m", f) == EOF)
			return -1;
		pos = s->off + s->len;
	}
	return fwrite(l->text + pos, 1, l->len - pos, f) == l->len - pos ? 0 : -1;
}

int yd_doc_write(const yd_doc *doc, FILE *f, int sgr)
{
	for (size_t i = 0; i < doc->nlines; i++)
		if (write_line(&doc->lines[i], f, sgr) < 0 || fputc('\n', f) == EOF)
			return -1;
	return fflush(f) == EOF ? -1 : 0;
}
