/* libFuzzer harness for the renderer. As in cmark's own fuzzer the first
 * bytes choose the layout: two bytes of width, one of flags; the rest is
 * Markdown. Every line must be clean (no control characters, valid UTF-8),
 * no wider than the width, with spans inside the text, and writing must
 * succeed in both modes. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/render.h"
#include "yidu/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3)
		return 0;
	int width = (data[0] | data[1] << 8) % 300;
	int flags = data[2] & (YD_RENDER_AMBIGUOUS_WIDE | YD_RENDER_NO_LINK_LIST);
	int tflags = (flags & YD_RENDER_AMBIGUOUS_WIDE) ? YD_AMBIGUOUS_WIDE : 0;
	yd_doc *d = yd_render_markdown((const char *)data + 3, size - 3, width, flags);
	if (!d)
		abort();
	int w = width < 8 ? 8 : width;
	if (d->width != w)
		abort();
	for (size_t i = 0; i < d->nlines; i++) {
		const yd_dline *l = &d->lines[i];
		if (strlen(l->text) != l->len || l->cols > w)
			abort();
		if (yd_text_width(l->text, l->len, tflags) != l->cols)
			abort();
		if (!yd_text_is_clean(l->text, l->len, 0))
			abort();
		for (uint32_t k = 0; k < l->len; k++) {
			unsigned char c = (unsigned char)l->text[k];
			if (c < 0x20 || c == 0x7f)
				abort();
		}
		uint32_t pos = 0;
		for (uint32_t k = 0; k < l->nspans; k++) {
			const yd_span *s = &l->spans[k];
			if (s->off < pos || s->off + s->len > l->len)
				abort();
			if ((s->attr & YD_A_LINK) && (s->link == 0 || s->link > d->nlinks))
				abort();
			pos = s->off + s->len;
		}
		if (yd_doc_locate(d, l->src_line, l->src_off) >= d->nlines)
			abort();
	}
	FILE *f = fopen("/dev/null", "w");
	if (f) {
		if (yd_doc_write(d, f, 0) || yd_doc_write(d, f, 1))
			abort();
		fclose(f);
	}
	yd_doc_free(d);
	return 0;
}
