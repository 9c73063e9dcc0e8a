/* Line breaking for the terminal.
 *
 * One forward pass over the grapheme clusters, greedy: remember the last
 * place a line may break; when a cluster does not fit, break there, or, if
 * the line has none (a word, number or URL longer than the line), split
 * between clusters, stepping back over punctuation that may not start or
 * end a line as long as the moved part still fits and no space is crossed.
 *
 * Break opportunities are UAX #14's (u8_possible_linebreaks), changed so
 * that Chinese breaks between characters even next to quotation marks
 * (UAX #14 glues “ ” to both neighbours), URLs are never broken inside,
 * and no break falls before closing punctuation or after opening
 * punctuation.
 *
 * The per-byte array from u8_possible_linebreaks is reused for our own
 * per-cluster codes as the pass goes, so stepping back needs no other
 * memory, and columns are kept as a running total from the start of the
 * text, so the width of any stretch is one subtraction: no rescans.
 */
#include <stdlib.h>
#include <string.h>
#include <unilbrk.h>
#include "yidu/text.h"
#include "text-internal.h"

enum {
	C_WIDTH = 0x03, /* display width of the cluster */
	C_GLUE = 0x04,  /* punctuation forbids a break before this cluster */
	C_SPACE = 0x08, /* a lone ASCII space */
	C_START = 0x40, /* a cluster starts here (UAX #14 codes are all < 8) */
};

#define NO_BREAK ((size_t)-1)

/* Character classes of a cluster's first code point, looked up once. */
enum {
	K_CJK = 1,
	K_NOSTART = 2,       /* ，。）」” … */
	K_NOSTART_ASCII = 4, /* , . ) ...: not after CJK */
	K_NOEND = 8,         /* （「“ ( [ */
};

static unsigned classify(uint32_t c)
{
	if (c >= 0x4E00 && c <= 0x9FFF)
		return K_CJK;
	if (c < 0x80) {
		if (yd_is_nostart_ascii(c))
			return K_NOSTART_ASCII;
		return yd_is_noend(c) ? K_NOEND : 0;
	}
	return (yd_is_cjk(c) ? K_CJK : 0) | (yd_is_nostart(c) ? K_NOSTART : 0) |
	       (yd_is_noend(c) ? K_NOEND : 0);
}

typedef struct wrapper {
	const char *s;
	size_t n;
	int width;
	char *code;
	yd_wrap_line *lines;
	size_t nlines, cap;
	bool oom;
} wrapper;

static bool is_space_at(const wrapper *w, size_t i)
{
	return (w->code[i] & (C_START | C_SPACE)) == (C_START | C_SPACE);
}

/* Adds the line s[start, end) of `cols` columns, without trailing spaces. */
static void emit(wrapper *w, size_t start, size_t end, long cols)
{
	while (end > start && is_space_at(w, end - 1)) {
		end--;
		cols--;
	}
	if (w->nlines == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 16;
		yd_wrap_line *l = realloc(w->lines, cap * sizeof *l);
		if (!l) {
			w->oom = true;
			return;
		}
		w->lines = l;
		w->cap = cap;
	}
	w->lines[w->nlines++] = (yd_wrap_line){start, end, (int)cols};
}

static bool has_prefix_ci(const char *s, size_t n, const char *pre)
{
	size_t k = strlen(pre);
	if (n < k)
		return false;
	for (size_t i = 0; i < k; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != pre[i])
			return false;
	}
	return true;
}

/* End of the URL starting at s[i]: the next space or control, CJK
 * character, or CJK-style punctuation. */
static size_t url_end_at(const char *s, size_t n, size_t i)
{
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		uint32_t c;
		int len;

		if (b < 0x80) {
			if (b <= 0x20 || b == 0x7F)
				break;
			i++;
			continue;
		}
		len = yd_utf8_decode(s + i, n - i, &c);
		if (yd_is_cjk(c) || yd_is_nostart(c) || yd_is_noend(c))
			break;
		i += (size_t)len;
	}
	return i;
}

/* Where to split a line that has no break opportunity, cluster p (width
 * cw, at running column a) not fitting: just before p, or further back if
 * punctuation forbids that and the moved part still fits. */
static size_t split_point(const wrapper *w, size_t ls, size_t p, long a, int cw,
			  long *a_split)
{
	size_t x = p;
	long ax = a;

	for (;;) {
		if (x > ls && !(w->code[x] & (C_GLUE | C_SPACE)) && !is_space_at(w, x - 1)) {
			*a_split = ax;
			return x;
		}
		/* Punctuation cut off by a space stays where it is. */
		if (x <= ls || (w->code[x] & C_SPACE) || is_space_at(w, x - 1))
			break;
		do
			x--;
		while (x > ls && !(w->code[x] & C_START));
		ax -= w->code[x] & C_WIDTH;
		if (a + cw - ax > w->width)
			break;
	}
	*a_split = a;
	return p;
}

size_t yd_text_wrap(const char *s, size_t n, int width, int flags,
		    yd_wrap_line **out)
{
	const char *enc = yd_text_encoding(flags);
	wrapper w = {.s = s, .n = n, .width = width < 2 ? 2 : width};
	size_t p = 0, ls = 0, bp = NO_BREAK, url_start = 0, url_end = 0;
	long a = 0, a_ls = 0, a_bp = 0; /* running columns from the text start */
	unsigned pk = 0;  /* classes of the previous cluster */
	unsigned pnk = 0; /* ... of the previous one that is not a space */
	bool have_prev = false, prev_space = false;

	*out = NULL;
	if (n == 0)
		return 0;
	w.code = malloc(n);
	if (!w.code)
		return (size_t)-1;
	u8_possible_linebreaks((const uint8_t *)s, n, enc, w.code);

	while (p < n) {
		char uax = w.code[p];
		uint32_t b;
		int cw;
		size_t q = yd_cluster_next(s, n, p, enc, &cw, &b);
		bool sp = q == p + 1 && s[p] == ' ';
		bool glue = false, allow = false;
		unsigned k;

		if (s[p] == '\n') {
			w.code[p] = C_START;
			emit(&w, ls, p, a - a_ls);
			ls = q;
			a_ls = a;
			bp = NO_BREAK;
			have_prev = false;
			pnk = 0;
			p = q;
			continue;
		}
		if (p >= url_end && (b == 'h' || b == 'H' || b == 'w' || b == 'W') &&
		    (has_prefix_ci(s + p, n - p, "http://") ||
		     has_prefix_ci(s + p, n - p, "https://") ||
		     has_prefix_ci(s + p, n - p, "www."))) {
			url_start = p;
			url_end = url_end_at(s, n, p);
		}
		k = classify(b);
		if (have_prev) {
			/* Opening punctuation holds on across spaces too. */
			glue = (k & K_NOSTART) || (pnk & K_NOEND) ||
			       ((k & K_NOSTART_ASCII) && (pk & K_CJK));
			if (!sp && !glue && !(p > url_start && p < url_end)) {
				/* After a space too where UAX #14 says no (before
				 * "/" or a quotation mark), but not before , . ? ! */
				allow = uax == UC_BREAK_POSSIBLE || uax == UC_BREAK_HYPHENATION ||
					(prev_space && !(k & K_NOSTART_ASCII));
				/* Between CJK characters, and from closing to
				 * opening punctuation next to them. */
				if (!allow && !prev_space && (pk & (K_CJK | K_NOSTART)) &&
				    (k & (K_CJK | K_NOEND)) && ((pk | k) & K_CJK))
					allow = true;
			}
		}
		w.code[p] = (char)(C_START | cw | (glue ? C_GLUE : 0) | (sp ? C_SPACE : 0));
		if (allow) {
			bp = p;
			a_bp = a;
		}
		/* Spaces never push a line over: they hang and are dropped. */
		while (!sp && a + cw - a_ls > w.width) {
			long a_split;
			size_t split;

			if (bp != NO_BREAK && bp > ls) {
				split = bp;
				a_split = a_bp;
			} else {
				split = split_point(&w, ls, p, a, cw, &a_split);
			}
			emit(&w, ls, split, a_split - a_ls);
			ls = split;
			a_ls = a_split;
			bp = NO_BREAK;
		}
		a += cw;
		pk = k;
		if (!sp)
			pnk = k;
		prev_space = sp;
		have_prev = true;
		p = q;
	}
	emit(&w, ls, n, a - a_ls);
	free(w.code);
	if (w.oom) {
		free(w.lines);
		return (size_t)-1;
	}
	*out = w.lines;
	return w.nlines;
}
