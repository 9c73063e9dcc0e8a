/* Text drawing and the colour theme. */
#include <wchar.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/text.h"
#include "draw.h"

static attr_t roles[ROLE_MAX];
static int width_flags;

void theme_init(bool mono, int text_flags)
{
	width_flags = text_flags;
	/* Attributes alone must make everything distinguishable: they are all
	 * a monochrome terminal or NO_COLOR gets. */
	roles[ROLE_NORMAL] = A_NORMAL;
	roles[ROLE_TITLE_BAR] = A_REVERSE;
	roles[ROLE_STATUS] = A_REVERSE;
	roles[ROLE_ERROR] = A_REVERSE | A_BOLD;
	roles[ROLE_PANE_TITLE] = A_UNDERLINE;
	roles[ROLE_PANE_TITLE_FOCUS] = A_REVERSE | A_BOLD;
	roles[ROLE_SELECTED] = A_REVERSE;
	roles[ROLE_SELECTED_DIM] = A_UNDERLINE;
	roles[ROLE_CURRENT] = A_BOLD;
	roles[ROLE_COUNT_NUM] = A_DIM;
	roles[ROLE_DIM] = A_DIM;
	roles[ROLE_HEADING] = A_BOLD;
	roles[ROLE_LINK] = A_UNDERLINE;
	roles[ROLE_LINK_SELECTED] = A_REVERSE | A_UNDERLINE;
	roles[ROLE_CODE] = A_NORMAL;
	roles[ROLE_QUOTE] = A_DIM;
	roles[ROLE_MARKER] = A_BOLD;
	roles[ROLE_UNREAD] = A_BOLD;
	/* Not standout: under NO_COLOR that is reverse video, the cursor's. */
	roles[ROLE_MATCH] = A_BOLD | A_UNDERLINE;
	roles[ROLE_BORDER] = A_DIM;
	if (mono || !has_colors() || start_color() != OK)
		return;
	/* Colours on the terminal's own background (use_default_colors), and
	 * only hues that read on dark and light backgrounds alike. */
	use_default_colors();
	static const struct { role r; short fg, bg; attr_t extra; } pairs[] = {
		{ ROLE_TITLE_BAR, COLOR_WHITE, COLOR_BLUE, A_BOLD },
		{ ROLE_STATUS, COLOR_BLACK, COLOR_CYAN, 0 },
		{ ROLE_ERROR, COLOR_WHITE, COLOR_RED, A_BOLD },
		{ ROLE_PANE_TITLE_FOCUS, COLOR_WHITE, COLOR_BLUE, A_BOLD },
		{ ROLE_SELECTED, COLOR_BLACK, COLOR_CYAN, 0 },
		{ ROLE_CURRENT, COLOR_BLUE, -1, A_BOLD },
		{ ROLE_HEADING, COLOR_MAGENTA, -1, A_BOLD },
		{ ROLE_LINK, COLOR_BLUE, -1, A_UNDERLINE },
		{ ROLE_CODE, COLOR_GREEN, -1, 0 },
		{ ROLE_MARKER, COLOR_CYAN, -1, A_BOLD },
		{ ROLE_UNREAD, COLOR_RED, -1, A_BOLD },
		{ ROLE_MATCH, COLOR_BLACK, COLOR_YELLOW, 0 },
	};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		short n = (short)(i + 1);
		if (init_pair(n, pairs[i].fg, pairs[i].bg) == OK)
			roles[pairs[i].r] = COLOR_PAIR(n) | pairs[i].extra;
	}
}

attr_t theme_attr(role r)
{
	return r < ROLE_MAX ? roles[r] : A_NORMAL;
}

/* Clusters are queued as wide characters and drawn in runs: one
 * waddnwstr per run instead of one waddnstr per cluster (ncurses decodes
 * multibyte text byte by byte through mbrtowc: two thirds of a frame).
 * Only a cluster of one character whose width ncurses (wcwidth) measures
 * as we do joins a run, so every cluster still starts at the column
 * libunistring gave it; any other cluster is placed alone at its column. */
#define RUN_MAX 128

typedef struct run {
	wchar_t v[RUN_MAX + 1];
	int n;
	int y, x;      /* where v[0] goes */
} run;

static void run_flush(run *r)
{
	if (r->n > 0)
		mvaddnwstr(r->y, r->x, r->v, r->n);
	r->n = 0;
}

int draw_text(int y, int x, int w, const char *s, size_t n, attr_t attr)
{
	const char *p = s, *end = s + n;
	int col = 0;
	attr_t saved_attr;
	short saved_pair;
	run r;

	r.n = 0;
	r.y = y;
	attr_get(&saved_attr, &saved_pair, NULL);
	attrset(attr);
	while (p < end && col < w) {
		int cw;
		size_t len = yd_text_cluster(p, (size_t)(end - p), width_flags, &cw);
		if (len == 0 || col + cw > w)
			break;
		if (cw > 0) {
			uint32_t uc;
			size_t cl = (size_t)yd_utf8_decode(p, len, &uc);
			if (cl == len && uc >= 0x20 && wcwidth((wchar_t)uc) == cw) {
				if (r.n == RUN_MAX)
					run_flush(&r);
				if (r.n == 0)
					r.x = x + col;
				r.v[r.n++] = (wchar_t)uc;
			} else {
				run_flush(&r);
				mvaddnstr(y, x + col, p, (int)len);
			}
			col += cw;
		}
		p += len;
	}
	run_flush(&r);
	attr_set(saved_attr, saved_pair, NULL);
	return col;
}

int draw_str(int y, int x, int w, const char *s, attr_t attr)
{
	return s ? draw_text(y, x, w, s, strlen(s), attr) : 0;
}

void draw_fill(int y, int x, int w, attr_t attr)
{
	if (w <= 0)
		return;
	attr_t saved_attr;
	short saved_pair;
	attr_get(&saved_attr, &saved_pair, NULL);
	attrset(attr);
	mvhline(y, x, ' ', w);
	attr_set(saved_attr, saved_pair, NULL);
}

void draw_fit(int y, int x, int w, const char *s, attr_t attr, int text_flags)
{
	if (w <= 0)
		return;
	char *t = yd_text_fit(s ? s : "", s ? strlen(s) : 0, w, text_flags, true);
	draw_fill(y, x, w, attr);
	if (t)
		draw_str(y, x, w, t, attr);
	free(t);
}

static attr_t span_attr(const yd_span *sp, int sel)
{
	attr_t a = A_NORMAL;
	if (sp->attr & YD_A_HEADING)
		a |= theme_attr(ROLE_HEADING);
	if (sp->attr & YD_A_STRONG)
		a |= A_BOLD;
	if (sp->attr & YD_A_EMPH)
		a |= A_ITALIC;
	if (sp->attr & YD_A_CODE)
		a |= theme_attr(ROLE_CODE);
	if (sp->attr & (YD_A_QUOTE | YD_A_DIM | YD_A_RULE))
		a |= theme_attr(ROLE_DIM);
	if (sp->attr & YD_A_MARKER)
		a |= theme_attr(ROLE_MARKER);
	if (sp->attr & YD_A_TITLE)
		a |= A_BOLD;
	if (sp->attr & YD_A_LINK)
		a |= theme_attr(sp->link && sp->link == sel ? ROLE_LINK_SELECTED : ROLE_LINK);
	if (sp->attr & YD_A_MATCH)
		a |= theme_attr(ROLE_MATCH);
	return a;
}

void draw_dline(int y, int x, int w, const yd_dline *l, int sel, attr_t base)
{
	uint32_t pos = 0;
	int col = 0;
	for (uint32_t i = 0; i <= l->nspans && col < w; i++) {
		/* Plain text before span i (or after the last one). */
		uint32_t start = i < l->nspans ? l->spans[i].off : l->len;
		if (start > pos)
			col += draw_text(y, x + col, w - col, l->text + pos, start - pos, base);
		if (i == l->nspans)
			break;
		const yd_span *sp = &l->spans[i];
		col += draw_text(y, x + col, w - col, l->text + sp->off, sp->len,
				 base | span_attr(sp, sel));
		pos = sp->off + sp->len;
	}
}

int text_cols(const char *s, int text_flags)
{
	return s ? yd_text_width(s, strlen(s), text_flags) : 0;
}
