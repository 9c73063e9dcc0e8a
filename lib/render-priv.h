/* Internals shared by the render modules (not part of the public API).
 *
 * A block's inline content is first flattened into an rd_text: sanitised
 * UTF-8 plus styled runs. The writer (render-writer.c) is the one place that
 * turns text into display lines: it wraps an rd_text at the width left after
 * the container prefixes (quote bars, list markers), measuring columns with
 * yd_text_*, and appends yd_dlines to the document.
 */
#ifndef YIDU_RENDER_PRIV_H
#define YIDU_RENDER_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "yidu/grow.h"
#include "yidu/render.h"

#define RD_MIN_WIDTH 8
#define RD_MAX_WIDTH 4096
/* Columns always left for content however deep the nesting. */
#define RD_MIN_CONTENT 4

typedef struct rd_run {
	uint32_t off, len;
	uint16_t attr, link;
} rd_run;

/* Where a soft break fell in the flattened text (tables need the lines). */
typedef struct rd_soft {
	uint32_t off;
	bool space;          /* a space was inserted at off */
} rd_soft;

typedef struct rd_text {
	char *s;
	size_t n, cap;
	rd_run *runs;        /* cover s[0..n) in order */
	size_t nruns, cap_runs;
	rd_soft *softs;
	size_t nsofts, cap_softs;
	bool pending_soft;   /* a soft break waits for the next text */
	bool oom;
} rd_text;


void rd_text_init(rd_text *t);
void rd_text_reset(rd_text *t);
void rd_text_free(rd_text *t);
/* Appends s[0..n) after sanitising it (keep: YD_SANITIZE_* flags). */
void rd_text_add(rd_text *t, const char *s, size_t n, uint16_t attr,
		 uint16_t link, int keep);
/* Appends bytes known to be clean. */
void rd_text_add_clean(rd_text *t, const char *s, size_t n, uint16_t attr,
		       uint16_t link);
void rd_text_softbreak(rd_text *t);
void rd_text_hardbreak(rd_text *t);
/* Appends t->s[a..b) with its runs from another text. */
void rd_text_add_slice(rd_text *t, const rd_text *from, size_t a, size_t b);
/* Index of the first run of t that ends after byte a (binary search). */
size_t rd_text_run_at(const rd_text *t, size_t a);

/* One container's contribution to each line's prefix: `first` on the first
 * line after it was pushed (a list marker), `rest` afterwards. Both are
 * equally wide. */
typedef struct rd_prefix {
	char *first, *rest;
	uint16_t attr_first, attr_rest;
	int cols;
} rd_prefix;

typedef struct rd_writer {
	yd_doc *doc;
	int width;
	int tflags;          /* yd_text flags (YD_AMBIGUOUS_WIDE) */
	rd_prefix *pre;
	size_t npre, cap_pre;
	size_t first_from;   /* entries from here on have not shown `first` */
	long pre_cols;       /* sum of the entries' widths */
	bool need_blank;     /* a blank line goes before the next block */
	uint32_t src_line;   /* of the block being written */
	uint8_t level;       /* heading level of the lines being written */
	/* the line under construction */
	char *ls;
	size_t ln, cap_ls;
	yd_span *sp;
	size_t nsp, cap_sp;
	size_t cap_lines;
	bool oom;
} rd_writer;

void rd_writer_init(rd_writer *w, yd_doc *doc);
void rd_writer_free(rd_writer *w);
void rd_push(rd_writer *w, const char *first, uint16_t attr_first,
	     const char *rest, uint16_t attr_rest);
void rd_pop(rd_writer *w);
/* True while the innermost entry has not shown its `first` form. */
bool rd_top_unshown(const rd_writer *w);
/* Columns left for content on a line. */
int rd_avail(const rd_writer *w);
int rd_width(const rd_writer *w, const char *s, size_t n);

/* Building one line: begin (writes the prefix), put pieces, end. */
void rd_line_begin(rd_writer *w);
void rd_put(rd_writer *w, const char *s, size_t n, uint16_t attr, uint16_t link);
void rd_put_slice(rd_writer *w, const rd_text *t, size_t a, size_t b);
void rd_line_end(rd_writer *w, uint32_t src_off);

/* Emits the pending blank line, if any (only the prefix's bars). */
void rd_blank(rd_writer *w);
void rd_blank_line(rd_writer *w);
/* A line of only the prefix (an empty list item's marker), trimmed. */
void rd_prefix_line(rd_writer *w);
/* Wraps t at the available width into lines; `force` emits one (empty)
 * line for empty text. */
void rd_wrap(rd_writer *w, const rd_text *t, bool force);
/* One line of preformatted text, clipped at the width with a marker. */
void rd_pre(rd_writer *w, const char *s, size_t n, uint16_t attr, uint32_t src_off);
/* A line of `glyph` repeated across `cols` columns (padded with spaces
 * when the glyph is wide). */
void rd_rule(rd_writer *w, const char *glyph, int cols, uint16_t attr,
	     uint32_t src_off);
void rd_put_rule(rd_writer *w, const char *glyph, int cols, uint16_t attr);

/* Tables (render-table.c): if paragraph text t is a GFM pipe table, writes
 * it and returns true. */
bool rd_table(rd_writer *w, const rd_text *t);

bool rd_is_han(uint32_t uc);

#endif
