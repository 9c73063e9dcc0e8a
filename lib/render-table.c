/* GFM pipe tables. libcmark (CommonMark only) leaves them as paragraphs:
 * a paragraph whose first line has cells and whose second line is a
 * delimiter row (|---|:--:|) becomes a table. Columns are measured in
 * display width; when they cannot fit, each body row becomes a record of
 * "列名：值" lines with a rule between records.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "yidu/text.h"
#include "render-priv.h"

/* Narrowest a column may be squeezed to before records are used. */
#define MIN_COL 8

enum { AL_LEFT, AL_CENTER, AL_RIGHT };

typedef struct cell {
	size_t a, b;         /* bytes of the paragraph text, trimmed */
} cell;

typedef struct row {
	cell *c;
	size_t n;
	uint32_t off;        /* start of the row in the paragraph text */
} row;

typedef struct table {
	row *rows;           /* rows[0] header, rows[1] delimiter, then body */
	size_t nrows;
	size_t ncols;
	int *align;
} table;

/* Borders: box drawing, or ASCII when box drawing is drawn wide. */
typedef struct borders {
	const char *v, *h, *tl, *tm, *tr, *ml, *mm, *mr, *bl, *bm, *br;
} borders;

static const borders box = { "│", "─", "┌", "┬", "┐", "├", "┼", "┤", "└", "┴", "┘" };
static const borders ascii = { "|", "-", "+", "+", "+", "+", "+", "+", "+", "+", "+" };

static bool is_sep(const rd_text *t, size_t i)
{
	if (t->s[i] != '|')
		return false;
	/* a pipe inside inline code is content */
	size_t lo = 0, hi = t->nruns;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((size_t)t->runs[mid].off + t->runs[mid].len <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == t->nruns || !(t->runs[lo].attr & YD_A_CODE);
}

static bool split_row(const rd_text *t, size_t a, size_t b, row *r)
{
	while (a < b && t->s[a] == ' ')
		a++;
	while (b > a && t->s[b - 1] == ' ')
		b--;
	r->off = (uint32_t)a;
	r->c = NULL;
	r->n = 0;
	if (a == b)
		return false;
	bool lead = t->s[a] == '|';
	bool trail = b - a > 1 && is_sep(t, b - 1);
	if (lead)
		a++;
	if (trail)
		b--;
	size_t cap = 0, start = a;
	bool any = lead || trail;
	for (size_t i = a; i <= b; i++) {
		if (i < b && !is_sep(t, i))
			continue;
		if (i < b)
			any = true;
		if (!YD_GROW(r->c, cap, r->n + 1))
			return false;
		size_t x = start, y = i;
		while (x < y && t->s[x] == ' ')
			x++;
		while (y > x && t->s[y - 1] == ' ')
			y--;
		r->c[r->n++] = (cell){ x, y };
		start = i + 1;
	}
	return any;
}

/* A delimiter row: cells of -, optionally with : at either end. */
static bool delimiter_row(const rd_text *t, const row *r, int *align)
{
	for (size_t i = 0; i < r->n; i++) {
		const char *s = t->s + r->c[i].a;
		size_t n = r->c[i].b - r->c[i].a;
		bool left = n && s[0] == ':', right = n && s[n - 1] == ':';
		size_t x = left, y = n - (right && n > 1);
		if (x >= y)
			return false;
		for (size_t j = x; j < y; j++)
			if (s[j] != '-')
				return false;
		if (align)
			align[i] = left && right ? AL_CENTER : right ? AL_RIGHT : AL_LEFT;
	}
	return r->n > 0;
}

static void free_table(table *tb)
{
	for (size_t i = 0; i < tb->nrows; i++)
		free(tb->rows[i].c);
	free(tb->rows);
	free(tb->align);
}

/* Splits t into rows at its soft breaks; false if it is no table. */
static bool parse(const rd_text *t, table *tb)
{
	memset(tb, 0, sizeof *tb);
	if (t->nsofts == 0)
		return false;
	/* cheap checks first: a pipe in line 1, line 2 only of | - : space */
	size_t e0 = t->softs[0].off;
	size_t a1 = e0 + (t->softs[0].space ? 1 : 0);
	size_t e1 = t->nsofts > 1 ? t->softs[1].off : t->n;
	if (!memchr(t->s, '|', e0) || memchr(t->s, '\n', t->n))
		return false;
	bool dash = false;
	for (size_t i = a1; i < e1; i++) {
		if (!strchr("|-: ", t->s[i]))
			return false;
		dash |= t->s[i] == '-';
	}
	if (!dash)
		return false;
	size_t a = 0, nrows = t->nsofts + 1;
	tb->rows = calloc(nrows, sizeof *tb->rows);
	if (!tb->rows)
		return false;
	for (size_t i = 0; i < nrows; i++) {
		size_t b = i < t->nsofts ? t->softs[i].off : t->n;
		bool ok = split_row(t, a, b, &tb->rows[i]);
		tb->nrows = i + 1;
		if (i < 2 && !ok)
			return false;
		if (i == 1) {
			if (tb->rows[1].n != tb->rows[0].n ||
			    !delimiter_row(t, &tb->rows[1], NULL))
				return false;
		}
		if (i < t->nsofts)
			a = b + (t->softs[i].space ? 1 : 0);
	}
	tb->ncols = tb->rows[0].n;
	tb->align = calloc(tb->ncols, sizeof *tb->align);
	if (!tb->align)
		return false;
	delimiter_row(t, &tb->rows[1], tb->align);
	return true;
}

/* Cell c of row r, or an empty cell for a short row. */
static cell cell_at(const table *tb, size_t r, size_t c)
{
	const row *x = &tb->rows[r];
	if (c < x->n) {
		cell v = x->c[c];
		/* GFM drops cells past the header's; keep their text in the last */
		if (c == tb->ncols - 1 && x->n > tb->ncols)
			v.b = x->c[x->n - 1].b;
		return v;
	}
	return (cell){ 0, 0 };
}

/* Column widths for the grid, or false if the table cannot fit `avail`. */
static bool grid_widths(rd_writer *w, const rd_text *t, const table *tb,
			int avail, int bw, int *cols)
{
	long budget = avail - (long)(tb->ncols + 1) * bw - 2L * (long)tb->ncols;
	long sum = 0;
	int maxnat = 0;
	for (size_t c = 0; c < tb->ncols; c++) {
		int nat = 1;
		for (size_t r = 0; r < tb->nrows; r++) {
			if (r == 1)
				continue;
			cell x = cell_at(tb, r, c);
			int cw = rd_width(w, t->s + x.a, x.b - x.a);
			if (cw > nat)
				nat = cw;
		}
		cols[c] = nat;
		sum += nat;
		if (nat > maxnat)
			maxnat = nat;
	}
	if (sum <= budget)
		return true;
	/* squeeze the widest columns to a common cap */
	int lo = 1, hi = maxnat;
	while (lo < hi) {
		int mid = lo + (hi - lo + 1) / 2;
		long s = 0;
		for (size_t c = 0; c < tb->ncols; c++)
			s += cols[c] < mid ? cols[c] : mid;
		if (s <= budget)
			lo = mid;
		else
			hi = mid - 1;
	}
	int cap = lo;
	long s = 0;
	for (size_t c = 0; c < tb->ncols; c++)
		s += cols[c] < cap ? cols[c] : cap;
	if (cap < MIN_COL || s > budget)
		return false;
	long left = budget - s;
	for (size_t c = 0; c < tb->ncols; c++) {
		if (cols[c] > cap) {
			int extra = cols[c] - cap;
			if (extra > left)
				extra = (int)left;
			cols[c] = cap + extra;
			left -= extra;
		}
	}
	return true;
}

static void border(rd_writer *w, const borders *bd, const int *cols, size_t n,
		   const char *l, const char *m, const char *r, uint32_t off)
{
	rd_line_begin(w);
	rd_put(w, l, strlen(l), YD_A_RULE, 0);
	for (size_t c = 0; c < n; c++) {
		rd_put_rule(w, bd->h, cols[c] + 2, YD_A_RULE);
		const char *j = c + 1 < n ? m : r;
		rd_put(w, j, strlen(j), YD_A_RULE, 0);
	}
	rd_line_end(w, off);
}

static void pad(rd_writer *w, int n)
{
	for (int i = 0; i < n; i++)
		rd_put(w, " ", 1, 0, 0);
}

/* One row of the grid: each cell wrapped within its column. */
static void grid_row(rd_writer *w, const rd_text *t, const table *tb,
		     size_t r, const int *cols, const borders *bd, yd_wrap_line **wl, size_t *nwl)
{
	size_t height = 1;
	rd_text *cells = calloc(tb->ncols, sizeof *cells);
	if (!cells) {
		w->oom = true;
		return;
	}
	for (size_t c = 0; c < tb->ncols; c++) {
		cell x = cell_at(tb, r, c);
		rd_text_init(&cells[c]);
		rd_text_add_slice(&cells[c], t, x.a, x.b);
		if (r == 0)   /* header cells are strong */
			for (size_t i = 0; i < cells[c].nruns; i++)
				cells[c].runs[i].attr |= YD_A_STRONG;
		wl[c] = NULL;
		nwl[c] = 0;
		if (cells[c].n) {
			nwl[c] = yd_text_wrap(cells[c].s, cells[c].n, cols[c], w->tflags, &wl[c]);
			if (nwl[c] == (size_t)-1) {
				nwl[c] = 0;
				w->oom = true;
			}
		}
		if (nwl[c] > height)
			height = nwl[c];
	}
	for (size_t k = 0; k < height && !w->oom; k++) {
		rd_line_begin(w);
		rd_put(w, bd->v, strlen(bd->v), YD_A_RULE, 0);
		for (size_t c = 0; c < tb->ncols; c++) {
			int used = 0, room;
			size_t a = 0, b = 0;
			if (k < nwl[c]) {
				a = wl[c][k].start;
				b = wl[c][k].end;
				used = rd_width(w, cells[c].s + a, b - a);
			}
			room = cols[c] - used;
			if (room < 0)
				room = 0;
			int lpad = tb->align[c] == AL_RIGHT ? room :
				   tb->align[c] == AL_CENTER ? room / 2 : 0;
			pad(w, 1 + lpad);
			rd_put_slice(w, &cells[c], a, b);
			pad(w, room - lpad + 1);
			rd_put(w, bd->v, strlen(bd->v), YD_A_RULE, 0);
		}
		rd_line_end(w, tb->rows[r].off);
	}
	for (size_t c = 0; c < tb->ncols; c++) {
		rd_text_free(&cells[c]);
		free(wl[c]);
	}
	free(cells);
}

static void grid(rd_writer *w, const rd_text *t, const table *tb, const int *cols,
		 const borders *bd)
{
	yd_wrap_line **wl = calloc(tb->ncols, sizeof *wl);
	size_t *nwl = calloc(tb->ncols, sizeof *nwl);
	if (!wl || !nwl) {
		free(wl);
		free(nwl);
		w->oom = true;
		return;
	}
	border(w, bd, cols, tb->ncols, bd->tl, bd->tm, bd->tr, tb->rows[0].off);
	grid_row(w, t, tb, 0, cols, bd, wl, nwl);
	if (tb->nrows > 2)
		border(w, bd, cols, tb->ncols, bd->ml, bd->mm, bd->mr, tb->rows[2].off);
	for (size_t r = 2; r < tb->nrows && !w->oom; r++)
		grid_row(w, t, tb, r, cols, bd, wl, nwl);
	border(w, bd, cols, tb->ncols, bd->bl, bd->bm, bd->br,
	       tb->rows[tb->nrows - 1].off);
	free(wl);
	free(nwl);
}

/* One record per body row: "列名：值", a rule between records. */
static void records(rd_writer *w, const rd_text *t, const table *tb,
		    const borders *bd)
{
	rd_text rec;
	rd_text_init(&rec);
	char name[32];
	for (size_t r = 2; r < tb->nrows && !w->oom; r++) {
		if (r > 2)
			rd_rule(w, bd->h, rd_avail(w), YD_A_RULE, tb->rows[r].off);
		for (size_t c = 0; c < tb->ncols; c++) {
			cell h = cell_at(tb, 0, c), v = cell_at(tb, r, c);
			rd_text_reset(&rec);
			if (h.a < h.b) {
				rd_text_add_slice(&rec, t, h.a, h.b);
				for (size_t i = 0; i < rec.nruns; i++)
					rec.runs[i].attr |= YD_A_STRONG;
			} else {
				snprintf(name, sizeof name, "列%zu", c + 1);
				rd_text_add_clean(&rec, name, strlen(name), YD_A_STRONG, 0);
			}
			rd_text_add_clean(&rec, "：", strlen("："), YD_A_STRONG, 0);
			rd_text_add_slice(&rec, t, v.a, v.b);
			size_t before = w->doc->nlines;
			rd_wrap(w, &rec, true);
			for (size_t i = before; i < w->doc->nlines; i++)
				w->doc->lines[i].src_off = tb->rows[r].off;
		}
		if (rec.oom)
			w->oom = true;
	}
	if (tb->nrows == 2) {
		/* a table with a header only: its names on one line */
		rd_text_reset(&rec);
		cell h = { tb->rows[0].c[0].a, tb->rows[0].c[tb->rows[0].n - 1].b };
		rd_text_add_slice(&rec, t, h.a, h.b);
		rd_wrap(w, &rec, true);
	}
	rd_text_free(&rec);
}

bool rd_table(rd_writer *w, const rd_text *t)
{
	table tb;
	if (!parse(t, &tb)) {
		free_table(&tb);
		return false;
	}
	const borders *bd = rd_width(w, "│", strlen("│")) == 1 &&
			    rd_width(w, "─", strlen("─")) == 1 ? &box : &ascii;
	int *cols = calloc(tb.ncols, sizeof *cols);
	if (!cols) {
		w->oom = true;
		free_table(&tb);
		return true;
	}
	if (grid_widths(w, t, &tb, rd_avail(w), rd_width(w, bd->v, strlen(bd->v)), cols))
		grid(w, t, &tb, cols, bd);
	else
		records(w, t, &tb, bd);
	free(cols);
	free_table(&tb);
	return true;
}
