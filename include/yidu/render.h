/* Markdown → display lines at a given width.
 *
 * An article's Markdown (parsed by libcmark; raw HTML shown as text, never
 * interpreted) becomes a list of display lines: sanitised text plus styled
 * spans, each no wider than the requested width. The browser draws these;
 * `yidu --dump` prints them. No curses here: styles are roles that the
 * front end maps to colours or SGR attributes.
 */
#ifndef YIDU_RENDER_H
#define YIDU_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Span attributes: bits, combined. */
enum {
	YD_A_STRONG = 1 << 0,
	YD_A_EMPH = 1 << 1,
	YD_A_CODE = 1 << 2,      /* inline code or code block */
	YD_A_LINK = 1 << 3,      /* link text; span.link says which */
	YD_A_HEADING = 1 << 4,   /* heading text; line.level says which */
	YD_A_QUOTE = 1 << 5,     /* block quote bar */
	YD_A_MARKER = 1 << 6,    /* list bullet or number, link number */
	YD_A_RULE = 1 << 7,      /* thematic break, table borders */
	YD_A_DIM = 1 << 8,       /* clip markers, link list, image notes */
	YD_A_MATCH = 1 << 9,     /* a search match (set by the caller) */
	YD_A_TITLE = 1 << 10,    /* article header lines */
};

typedef struct yd_span {
	uint32_t off, len;   /* bytes of line.text */
	uint16_t attr;       /* YD_A_* bits */
	uint16_t link;       /* 1-based link number for YD_A_LINK, else 0 */
} yd_span;

typedef struct yd_dline {
	char *text;          /* sanitised UTF-8, NUL-terminated */
	uint32_t len;        /* bytes */
	uint16_t cols;       /* display width, <= the layout width */
	uint8_t level;       /* heading level 1..6 for heading lines, else 0 */
	yd_span *spans;      /* cover text in order; gaps are plain */
	uint32_t nspans;
	/* Source position of the first character on this line: the Markdown
	 * line (1-based) of its block, and the byte offset into that block's
	 * flattened text. Lines of one block share src_line, with rising
	 * src_off; yd_doc_locate() uses them to keep a reader's place when the
	 * width changes. */
	uint32_t src_line, src_off;
} yd_dline;

typedef struct yd_link {
	char *target;        /* sanitised URL as written */
	char *article;       /* slug for a corpus link ("yidu:SLUG"), else NULL */
} yd_link;

typedef struct yd_doc {
	yd_dline *lines;
	size_t nlines;
	yd_link *links;      /* links[i] is link number i + 1 */
	size_t nlinks;
	int width;
	int flags;           /* YD_RENDER_* it was laid out with */
} yd_doc;

enum {
	YD_RENDER_AMBIGUOUS_WIDE = 1 << 0, /* same meaning as YD_AMBIGUOUS_WIDE */
	YD_RENDER_NO_LINK_LIST = 1 << 1,   /* omit the trailing "链接" list */
};

/* Renders Markdown md[0..n) at `width` columns (clamped to 8..4096).
 * Returns NULL only when out of memory. */
yd_doc *yd_render_markdown(const char *md, size_t n, int width, int flags);

/* What the trailing list of link targets says, for a front end that knows
 * more than the renderer: the list's heading in its own language, and for
 * each link the text to show (a corpus article's title) or NULL for the
 * target as written. Returned text is sanitised here. */
typedef struct yd_render_opts {
	const char *links_label;      /* NULL: "链接" */
	const char *(*link_text)(void *ctx, const yd_link *link);
	void *ctx;
} yd_render_opts;

/* yd_render_markdown with options (o may be NULL). */
yd_doc *yd_render_markdown_opts(const char *md, size_t n, int width, int flags,
				const yd_render_opts *o);

/* Layout a part at a time: the Markdown is parsed at once, display lines
 * are written as far as asked (a reader sees the top of an article before
 * a long one is laid out to its end). Lines once written do not change.
 * NULL when out of memory; o is copied, o->ctx must outlive the job. */
typedef struct yd_render_job yd_render_job;
yd_render_job *yd_render_begin(const char *md, size_t n, int width, int flags,
			       const yd_render_opts *o);
/* Lays out until the document has at least min_lines lines or is
 * complete (SIZE_MAX: to the end). Returns 1 when complete, 0 when there
 * is more, -1 when out of memory. */
int yd_render_step(yd_render_job *j, size_t min_lines);
/* The document being written. It belongs to the caller (yd_doc_free),
 * and stays valid after yd_render_job_free. */
yd_doc *yd_render_job_doc(const yd_render_job *j);
bool yd_render_job_done(const yd_render_job *j);
/* How much of the source is laid out, 0 to 1 (by Markdown lines): enough
 * to estimate a position before the end is known. */
double yd_render_job_progress(const yd_render_job *j);
/* Frees the job's parse tree and state, not its document. */
void yd_render_job_free(yd_render_job *j);

/* An empty document at `width` (clamped the same way), for callers that
 * compose lines themselves (an article's header). NULL when out of memory. */
yd_doc *yd_doc_new(int width, int flags);

/* Appends s[0..n), sanitised, wrapped at doc->width, every line styled
 * `attr`; an empty string appends a blank line. Returns 0, or -1 when out
 * of memory. */
int yd_doc_add_text(yd_doc *doc, const char *s, size_t n, uint16_t attr);

/* Appends a rule (─) across the width. Returns 0, or -1 when out of memory. */
int yd_doc_add_rule(yd_doc *doc);

void yd_doc_free(yd_doc *doc);

/* Index of the line that shows source position (src_line, src_off) in doc:
 * the last line of that block starting at or before src_off (the first of
 * several lines that share that position), or the nearest following line. */
size_t yd_doc_locate(const yd_doc *doc, uint32_t src_line, uint32_t src_off);

/* Writes the document as plain text (sgr == 0) or with SGR escape
 * sequences built from attributes only (sgr != 0) to f, one line each. */
int yd_doc_write(const yd_doc *doc, FILE *f, int sgr);

#endif
