/* The province map: a tile grid of China's 34 provincial-level units
 * (data/province-grid.tsv), for choosing a region by where it lies.
 *
 * This module knows the layout only: which tile is where, which tile an
 * arrow leads to, how big the tiles can be in a given space, and how
 * counts become shades. Drawing is the front end's job.
 */
#ifndef YIDU_PROVINCE_MAP_H
#define YIDU_PROVINCE_MAP_H

#include <stdint.h>
#include "yidu/error.h"

typedef struct yd_pmap_tile {
	int64_t code;        /* GB/T 2260, e.g. 440000 */
	char short1[8];      /* 粤 */
	char short2[16];     /* 广东 (内蒙古, 黑龙江: three characters) */
	int row, col;        /* 0-based grid position */
} yd_pmap_tile;

typedef struct yd_pmap {
	yd_pmap_tile *tiles; /* in file order */
	int n;
	int rows, cols;      /* grid size: 1 + the largest row and column */
} yd_pmap;

/* Reads a layout file; NULL with a message naming the line on error
 * (bad fields, a code twice, two tiles in one cell). */
yd_pmap *yd_pmap_load(const char *path, yd_error *err);
void yd_pmap_free(yd_pmap *m);

/* Index of the tile with this code, or of the province containing it
 * (a prefecture or county code); -1 if none. */
int yd_pmap_find(const yd_pmap *m, int64_t code);
/* Index of the tile at a grid cell, or -1. */
int yd_pmap_at(const yd_pmap *m, int row, int col);

typedef enum yd_pmap_dir {
	YD_PMAP_UP, YD_PMAP_DOWN, YD_PMAP_LEFT, YD_PMAP_RIGHT
} yd_pmap_dir;

/* The tile an arrow leads to from tile `from`: the next tile in the same
 * row or column (across empty cells); when there is none, the nearest
 * tile within 45° of that direction; `from` itself when there is nothing
 * that way. */
int yd_pmap_move(const yd_pmap *m, int from, yd_pmap_dir d);

/* How the grid is drawn: tile size in cells, gaps between tiles, and which
 * short name fits (1: short1, 2: short2). */
typedef struct yd_pmap_geom {
	const char *style;   /* "large", "normal", "compact" */
	int name;            /* 1 or 2 */
	int tile_w, tile_h;
	int gap_x, gap_y;
	int w, h;            /* the whole grid in cells */
} yd_pmap_geom;

/* The largest layout whose grid fits in w × h cells. Returns 0, or -1
 * when none does (even the compact ones). Short names are measured at
 * two columns a character. */
int yd_pmap_layout(const yd_pmap *m, int w, int h, yd_pmap_geom *g);
/* The sizes (grid w × h) of the two smallest layouts: the narrowest and
 * the shortest, for saying what a window too small would need. */
void yd_pmap_min_sizes(const yd_pmap *m, int *narrow_w, int *narrow_h,
		       int *short_w, int *short_h);
/* Top-left cell of tile i, relative to the grid's origin. */
void yd_pmap_tile_pos(const yd_pmap *m, const yd_pmap_geom *g, int i,
		      int *y, int *x);
/* The tile covering cell (y, x) relative to the grid's origin, or -1 (a
 * gap or an empty cell). */
int yd_pmap_hit(const yd_pmap *m, const yd_pmap_geom *g, int y, int x);

/* Shading: counts fall in YD_PMAP_LEVELS levels. Level 0 is "no
 * articles"; levels 1.. start at the counts in bounds[1..], round numbers
 * (1, 2, 5, 10, 20, 50 ...) spread on a log scale up to `max`. A bound of
 * 0 marks a level not used (when max is small). */
#define YD_PMAP_LEVELS 5
void yd_pmap_bounds(int64_t max, int64_t bounds[YD_PMAP_LEVELS]);
int yd_pmap_level(int64_t count, const int64_t bounds[YD_PMAP_LEVELS]);

/* A count in at most 4 characters: 999, 1.2k, 12k, 123k, 1.2M. */
void yd_pmap_count_label(int64_t n, char buf[8]);

#endif
