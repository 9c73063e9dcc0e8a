/* The province map's layout (data/province-grid.tsv), arrow moves between
 * its tiles, tile sizes for a given space, and shading levels. */
#include <errno.h>
#include <stdbool.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/province-map.h"
#include "yidu/text.h"

#define MAX_GRID 32

void yd_pmap_free(yd_pmap *m)
{
	if (!m)
		return;
	free(m->tiles);
	free(m);
}

/* Number of characters in s if it is 1..max valid UTF-8 characters with
 * no controls or spaces, else 0. */
static int name_chars(const char *s, int max)
{
	size_t n = strlen(s);
	int count = 0;
	if (n == 0 || !yd_text_is_clean(s, n, 0))
		return 0;
	while (n > 0) {
		uint32_t uc;
		int len = yd_utf8_decode(s, n, &uc);
		if (uc <= ' ' || ++count > max)
			return 0;
		s += len;
		n -= (size_t)len;
	}
	return count;
}

static int parse_int(const char *s, long lo, long hi, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* One data line into t; a message in why on failure. */
static int parse_line(char *line, yd_pmap_tile *t, const char **why)
{
	char *f[6];
	int nf = 0;
	for (char *p = line; nf < 6; nf++) {
		f[nf] = p;
		p = strchr(p, '\t');
		if (!p) {
			nf++;
			break;
		}
		*p++ = '\0';
	}
	long code, row, col;
	if (nf != 5)
		return *why = "expected 5 tab-separated fields (code, short1, short2, row, col)", -1;
	if (strlen(f[0]) != 6 || parse_int(f[0], 110000, 999999, &code) != 0 || code % 10000 != 0)
		return *why = "the code is not a provincial-level GB/T 2260 code (xx0000)", -1;
	if (name_chars(f[1], 1) != 1 || strlen(f[1]) >= sizeof t->short1)
		return *why = "short1 must be one character", -1;
	if (name_chars(f[2], 3) == 0 || strlen(f[2]) >= sizeof t->short2)
		return *why = "short2 must be one to three characters", -1;
	if (parse_int(f[3], 0, MAX_GRID - 1, &row) != 0 || parse_int(f[4], 0, MAX_GRID - 1, &col) != 0)
		return *why = "row and column must be numbers from 0 to 31", -1;
	t->code = code;
	snprintf(t->short1, sizeof t->short1, "%s", f[1]);
	snprintf(t->short2, sizeof t->short2, "%s", f[2]);
	t->row = (int)row;
	t->col = (int)col;
	return 0;
}

yd_pmap *yd_pmap_load(const char *path, yd_error *err)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		yd_error_set(err, YD_EIO, "cannot read %s: %s", path, strerror(errno));
		return NULL;
	}
	yd_pmap *m = calloc(1, sizeof *m);
	int cap = 0, lineno = 0;
	char line[512];
	bool header = false;
	const char *why = NULL;
	while (m && fgets(line, sizeof line, f)) {
		lineno++;
		size_t len = strlen(line);
		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		else if (!feof(f)) {
			why = "line too long";
			break;
		}
		if (len && line[len - 1] == '\r')
			line[--len] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (!header && strncmp(line, "code\t", 5) == 0) {
			header = true;
			continue;
		}
		if (m->n == cap) {
			cap = cap ? 2 * cap : 64;
			yd_pmap_tile *v = realloc(m->tiles, (size_t)cap * sizeof *v);
			if (!v) {
				why = "out of memory";
				break;
			}
			m->tiles = v;
		}
		yd_pmap_tile *t = &m->tiles[m->n];
		if (parse_line(line, t, &why) != 0)
			break;
		for (int i = 0; i < m->n && !why; i++) {
			if (m->tiles[i].code == t->code)
				why = "this code is already on the map";
			else if (m->tiles[i].row == t->row && m->tiles[i].col == t->col)
				why = "another tile is already in this cell";
		}
		if (why)
			break;
		m->n++;
		if (t->row + 1 > m->rows)
			m->rows = t->row + 1;
		if (t->col + 1 > m->cols)
			m->cols = t->col + 1;
	}
	bool read_error = ferror(f);
	fclose(f);
	if (!m) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	if (!why && read_error)
		why = "read error";
	if (!why && m->n == 0) {
		why = "no tiles";
		lineno = 0;
	}
	if (why) {
		if (lineno)
			yd_error_set(err, YD_EFORMAT, "%s:%d: %s", path, lineno, why);
		else
			yd_error_set(err, YD_EFORMAT, "%s: %s", path, why);
		yd_pmap_free(m);
		return NULL;
	}
	return m;
}

int yd_pmap_find(const yd_pmap *m, int64_t code)
{
	int64_t province = code / 10000 * 10000;
	for (int i = 0; i < m->n; i++)
		if (m->tiles[i].code == province)
			return i;
	return -1;
}

int yd_pmap_at(const yd_pmap *m, int row, int col)
{
	for (int i = 0; i < m->n; i++)
		if (m->tiles[i].row == row && m->tiles[i].col == col)
			return i;
	return -1;
}

int yd_pmap_move(const yd_pmap *m, int from, yd_pmap_dir d)
{
	if (from < 0 || from >= m->n)
		return from;
	static const int step[4][2] = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };
	int dr = step[d][0], dc = step[d][1];
	const yd_pmap_tile *a = &m->tiles[from];
	int best = from, best_along = 0, best_side = 0;
	/* along: distance in the arrow's direction; side: distance across it.
	 * A tile in line (side 0) always wins, the nearest first, so that the
	 * way back is the same arrow reversed. Otherwise the nearest within
	 * 45°, weighing a step aside twice a step ahead. */
	for (int i = 0; i < m->n; i++) {
		const yd_pmap_tile *b = &m->tiles[i];
		int along = (b->row - a->row) * dr + (b->col - a->col) * dc;
		int side = abs((b->row - a->row) * dc) + abs((b->col - a->col) * dr);
		if (i == from || along <= 0 || side > along)
			continue;
		bool better;
		if (best == from)
			better = true;
		else if ((side == 0) != (best_side == 0))
			better = side == 0;
		else if (along + 2 * side != best_along + 2 * best_side)
			better = along + 2 * side < best_along + 2 * best_side;
		else
			better = side < best_side;
		if (better) {
			best = i;
			best_along = along;
			best_side = side;
		}
	}
	return best;
}

/* Layouts, largest first. Names are 2 columns a character: short2 needs
 * 6 (three characters), short1 2; counts need up to 4 (yd_pmap_count_label). */
static const yd_pmap_geom presets[] = {
	{ "large",   2, 12, 3, 2, 1, 0, 0 },
	{ "normal",  2, 10, 2, 1, 1, 0, 0 },
	{ "normal",  2, 10, 2, 1, 0, 0, 0 },
	{ "compact", 1,  7, 1, 1, 1, 0, 0 },   /* 粤 1.2k on one row */
	{ "compact", 1,  7, 1, 1, 0, 0, 0 },
	{ "compact", 1,  4, 2, 1, 0, 0, 0 },   /* 粤 over 1.2k: narrow */
};
#define NPRESETS (int)(sizeof presets / sizeof presets[0])

static yd_pmap_geom sized(const yd_pmap *m, int k)
{
	yd_pmap_geom g = presets[k];
	g.w = m->cols * g.tile_w + (m->cols - 1) * g.gap_x;
	g.h = m->rows * g.tile_h + (m->rows - 1) * g.gap_y;
	return g;
}

int yd_pmap_layout(const yd_pmap *m, int w, int h, yd_pmap_geom *g)
{
	for (int k = 0; k < NPRESETS; k++) {
		yd_pmap_geom c = sized(m, k);
		if (c.w <= w && c.h <= h) {
			*g = c;
			return 0;
		}
	}
	return -1;
}

void yd_pmap_min_sizes(const yd_pmap *m, int *narrow_w, int *narrow_h,
		       int *short_w, int *short_h)
{
	yd_pmap_geom n = sized(m, 0), s = n;
	for (int k = 1; k < NPRESETS; k++) {
		yd_pmap_geom c = sized(m, k);
		if (c.w < n.w || (c.w == n.w && c.h < n.h))
			n = c;
		if (c.h < s.h || (c.h == s.h && c.w < s.w))
			s = c;
	}
	*narrow_w = n.w;
	*narrow_h = n.h;
	*short_w = s.w;
	*short_h = s.h;
}

void yd_pmap_tile_pos(const yd_pmap *m, const yd_pmap_geom *g, int i, int *y, int *x)
{
	*y = m->tiles[i].row * (g->tile_h + g->gap_y);
	*x = m->tiles[i].col * (g->tile_w + g->gap_x);
}

int yd_pmap_hit(const yd_pmap *m, const yd_pmap_geom *g, int y, int x)
{
	if (y < 0 || x < 0)
		return -1;
	int row = y / (g->tile_h + g->gap_y), col = x / (g->tile_w + g->gap_x);
	if (y % (g->tile_h + g->gap_y) >= g->tile_h || x % (g->tile_w + g->gap_x) >= g->tile_w)
		return -1;
	return yd_pmap_at(m, row, col);
}

/* The round number (1, 2 or 5 × 10^k) nearest to v on a log scale. */
static int64_t round_nice(double v)
{
	if (v <= 1)
		return 1;
	double p = pow(10, floor(log10(v)));
	static const double steps[] = { 1, 2, 5, 10 };
	int64_t best = 1;
	double best_d = INFINITY;
	for (int i = 0; i < 4; i++) {
		double d = fabs(log(v) - log(steps[i] * p));
		if (d < best_d) {
			best_d = d;
			best = (int64_t)llround(steps[i] * p);
		}
	}
	return best;
}

void yd_pmap_bounds(int64_t max, int64_t bounds[YD_PMAP_LEVELS])
{
	memset(bounds, 0, YD_PMAP_LEVELS * sizeof bounds[0]);
	if (max <= 0)
		return;
	bounds[1] = 1;
	int64_t last = 1;
	/* Levels 2.. start at max^(1/4), max^(2/4), max^(3/4), rounded; a
	 * bound that is not above the one before is left out. */
	for (int k = 2; k < YD_PMAP_LEVELS; k++) {
		int64_t b = round_nice(pow((double)max, (double)(k - 1) / (YD_PMAP_LEVELS - 1)));
		if (b > last && b <= max) {
			bounds[k] = b;
			last = b;
		}
	}
}

int yd_pmap_level(int64_t count, const int64_t bounds[YD_PMAP_LEVELS])
{
	int level = 0;
	for (int k = 1; k < YD_PMAP_LEVELS; k++)
		if (bounds[k] > 0 && count >= bounds[k])
			level = k;
	return level;
}

void yd_pmap_count_label(int64_t n, char buf[8])
{
	if (n < 0)
		n = 0;
	if (n < 1000)
		snprintf(buf, 8, "%d", (int)n);
	else if (n < 10000)
		snprintf(buf, 8, "%d.%dk", (int)(n / 1000), (int)(n % 1000 / 100));
	else if (n < 1000000)
		snprintf(buf, 8, "%dk", (int)(n / 1000));
	else if (n < 10000000)
		snprintf(buf, 8, "%d.%dM", (int)(n / 1000000), (int)(n % 1000000 / 100000));
	else if (n < 1000000000)
		snprintf(buf, 8, "%dM", (int)(n / 1000000));
	else
		snprintf(buf, 8, "%dG", (int)(n / 1000000000 > 999 ? 999 : n / 1000000000));
}
