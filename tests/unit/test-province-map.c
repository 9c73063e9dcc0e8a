/* The province map: the real layout data (every provincial-level unit of
 * data/regions.tsv exactly once, moves that match the eye and come back),
 * layouts for a given space, shading levels, and broken layout files. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "yidu/province-map.h"

static const char *srcdir(void)
{
	const char *top = getenv("top_srcdir");
	return top ? top : ".";
}

static yd_pmap *load_real(void)
{
	char path[4096];
	yd_error err = { 0 };
	snprintf(path, sizeof path, "%s/data/province-grid.tsv", srcdir());
	yd_pmap *m = yd_pmap_load(path, &err);
	if (!m)
		fail_msg("load: %s", err.msg);
	return m;
}

static int by_name(const yd_pmap *m, const char *short2)
{
	for (int i = 0; i < m->n; i++)
		if (strcmp(m->tiles[i].short2, short2) == 0)
			return i;
	fail_msg("no tile %s", short2);
	return -1;
}

/* Every level-1 row of regions.tsv is on the map once, and nothing else;
 * the short name is the start of the official name. */
static void test_every_province_once(void **state)
{
	yd_pmap *m = load_real();
	char path[4096], line[512];
	snprintf(path, sizeof path, "%s/data/regions.tsv", srcdir());
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	int provinces = 0;
	int seen[64] = { 0 };
	assert_true(m->n <= 64);
	while (fgets(line, sizeof line, f)) {
		char name[256];
		long code;
		int level;
		if (sscanf(line, "%ld\t%255[^\t]\t%d", &code, name, &level) != 3 || level != 1)
			continue;
		provinces++;
		int i = yd_pmap_find(m, code);
		if (i < 0)
			fail_msg("province %ld %s is not on the map", code, name);
		assert_int_equal(m->tiles[i].code, code);
		seen[i]++;
		if (strncmp(name, m->tiles[i].short2, strlen(m->tiles[i].short2)) != 0)
			fail_msg("%s is not the start of %s", m->tiles[i].short2, name);
	}
	fclose(f);
	assert_int_equal(provinces, 34);
	assert_int_equal(m->n, 34);
	for (int i = 0; i < m->n; i++)
		assert_int_equal(seen[i], 1);
	/* A prefecture or county finds its province. */
	assert_int_equal(yd_pmap_find(m, 451100), by_name(m, "广西"));
	assert_int_equal(yd_pmap_find(m, 513325), by_name(m, "四川"));
	assert_int_equal(yd_pmap_find(m, 0), -1);
	yd_pmap_free(m);
}

/* Distinct cells, and yd_pmap_at agrees with the tiles. */
static void test_cells(void **state)
{
	yd_pmap *m = load_real();
	int tiles = 0;
	for (int r = 0; r < m->rows; r++)
		for (int c = 0; c < m->cols; c++) {
			int i = yd_pmap_at(m, r, c);
			if (i >= 0) {
				tiles++;
				assert_int_equal(m->tiles[i].row, r);
				assert_int_equal(m->tiles[i].col, c);
			}
		}
	assert_int_equal(tiles, m->n);
	yd_pmap_free(m);
}

static const yd_pmap_dir opposite[] = {
	[YD_PMAP_UP] = YD_PMAP_DOWN, [YD_PMAP_DOWN] = YD_PMAP_UP,
	[YD_PMAP_LEFT] = YD_PMAP_RIGHT, [YD_PMAP_RIGHT] = YD_PMAP_LEFT,
};

/* A move to a tile in the same row or column is undone by the opposite
 * arrow; every other move stays within 45° of the arrow; every tile can
 * be reached from every other. */
static void test_moves_symmetric_and_connected(void **state)
{
	yd_pmap *m = load_real();
	for (int i = 0; i < m->n; i++) {
		for (int d = 0; d < 4; d++) {
			int j = yd_pmap_move(m, i, (yd_pmap_dir)d);
			assert_true(j >= 0 && j < m->n);
			if (j == i)
				continue;
			const yd_pmap_tile *a = &m->tiles[i], *b = &m->tiles[j];
			int dr = b->row - a->row, dc = b->col - a->col;
			int along = d == YD_PMAP_UP ? -dr : d == YD_PMAP_DOWN ? dr
				  : d == YD_PMAP_LEFT ? -dc : dc;
			int side = d <= YD_PMAP_DOWN ? abs(dc) : abs(dr);
			assert_true(along > 0 && side <= along);
			if (side == 0 && yd_pmap_move(m, j, opposite[d]) != i)
				fail_msg("%s → %s is not undone by the opposite arrow",
					 a->short2, b->short2);
		}
	}
	/* Reachability: a flood fill over the moves. */
	int reached[64] = { 0 }, stack[64], sp = 0, count = 1;
	reached[0] = 1;
	stack[sp++] = 0;
	while (sp) {
		int i = stack[--sp];
		for (int d = 0; d < 4; d++) {
			int j = yd_pmap_move(m, i, (yd_pmap_dir)d);
			if (!reached[j]) {
				reached[j] = 1;
				count++;
				stack[sp++] = j;
			}
		}
	}
	assert_int_equal(count, m->n);
	yd_pmap_free(m);
}

static void expect_move(const yd_pmap *m, const char *from, yd_pmap_dir d, const char *to)
{
	int j = yd_pmap_move(m, by_name(m, from), d);
	if (strcmp(m->tiles[j].short2, to) != 0)
		fail_msg("from %s arrow %d went to %s, expected %s", from, (int)d,
			 m->tiles[j].short2, to);
}

/* Arrows go where a reader of the map expects. */
static void test_arrows_match_the_eye(void **state)
{
	yd_pmap *m = load_real();
	expect_move(m, "广东", YD_PMAP_LEFT, "广西");
	expect_move(m, "广西", YD_PMAP_RIGHT, "广东");
	expect_move(m, "广东", YD_PMAP_UP, "湖南");
	expect_move(m, "广东", YD_PMAP_RIGHT, "福建");
	expect_move(m, "湖南", YD_PMAP_DOWN, "广东");
	expect_move(m, "四川", YD_PMAP_RIGHT, "重庆");
	expect_move(m, "重庆", YD_PMAP_LEFT, "四川");
	expect_move(m, "河北", YD_PMAP_UP, "北京");
	expect_move(m, "北京", YD_PMAP_DOWN, "河北");
	expect_move(m, "吉林", YD_PMAP_UP, "黑龙江");
	expect_move(m, "吉林", YD_PMAP_DOWN, "辽宁");
	expect_move(m, "江苏", YD_PMAP_RIGHT, "上海");
	expect_move(m, "江苏", YD_PMAP_DOWN, "浙江");
	expect_move(m, "河南", YD_PMAP_DOWN, "湖北");
	expect_move(m, "海南", YD_PMAP_UP, "广西");
	expect_move(m, "新疆", YD_PMAP_DOWN, "西藏");
	expect_move(m, "福建", YD_PMAP_RIGHT, "台湾");
	/* No tile in line: the nearest one that way. */
	expect_move(m, "天津", YD_PMAP_UP, "北京");
	expect_move(m, "西藏", YD_PMAP_DOWN, "四川");
	/* Nothing that way at all: stay. */
	expect_move(m, "新疆", YD_PMAP_LEFT, "新疆");
	expect_move(m, "黑龙江", YD_PMAP_UP, "黑龙江");
	yd_pmap_free(m);
}

/* The largest layout that fits; tiles inside the grid, not overlapping;
 * a hit on any cell of a tile finds it, gaps find nothing. */
static void test_layouts(void **state)
{
	yd_pmap *m = load_real();
	yd_pmap_geom g;
	assert_int_equal(yd_pmap_layout(m, 132, 40, &g), 0);
	assert_string_equal(g.style, "large");
	assert_int_equal(yd_pmap_layout(m, 80, 21, &g), 0);
	assert_string_equal(g.style, "normal");
	assert_int_equal(g.name, 2);
	assert_true(g.w <= 80 && g.h <= 21);
	assert_int_equal(yd_pmap_layout(m, 70, 21, &g), 0);
	assert_string_equal(g.style, "compact");
	assert_int_equal(g.name, 1);
	assert_int_equal(yd_pmap_layout(m, 50, 17, &g), 0);
	assert_string_equal(g.style, "compact");
	assert_true(g.w <= 50 && g.h <= 17);
	assert_int_equal(yd_pmap_layout(m, 30, 10, &g), -1);

	int nw, nh, sw, sh;
	yd_pmap_min_sizes(m, &nw, &nh, &sw, &sh);
	assert_true(nw < sw && sh < nh);
	assert_int_equal(yd_pmap_layout(m, nw, nh, &g), 0);
	assert_int_equal(yd_pmap_layout(m, sw, sh, &g), 0);
	assert_int_equal(yd_pmap_layout(m, nw - 1, sh - 1, &g), -1);
	assert_int_equal(yd_pmap_layout(m, sw - 1, nh - 1, &g), -1);

	static const int sizes[][2] = { { 132, 40 }, { 80, 21 }, { 80, 16 }, { 64, 9 }, { 40, 16 } };
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		assert_int_equal(yd_pmap_layout(m, sizes[k][0], sizes[k][1], &g), 0);
		int covered = 0;
		for (int y = 0; y < g.h; y++)
			for (int x = 0; x < g.w; x++)
				covered += yd_pmap_hit(m, &g, y, x) >= 0;
		assert_int_equal(covered, m->n * g.tile_w * g.tile_h);
		for (int i = 0; i < m->n; i++) {
			int y, x;
			yd_pmap_tile_pos(m, &g, i, &y, &x);
			assert_true(y >= 0 && x >= 0 && y + g.tile_h <= g.h && x + g.tile_w <= g.w);
			assert_int_equal(yd_pmap_hit(m, &g, y, x), i);
			assert_int_equal(yd_pmap_hit(m, &g, y + g.tile_h - 1, x + g.tile_w - 1), i);
		}
		assert_int_equal(yd_pmap_hit(m, &g, -1, 0), -1);
	}
	yd_pmap_free(m);
}

static void test_levels(void **state)
{
	int64_t b[YD_PMAP_LEVELS];
	yd_pmap_bounds(0, b);
	assert_int_equal(yd_pmap_level(0, b), 0);
	assert_int_equal(yd_pmap_level(5, b), 0);
	yd_pmap_bounds(2, b);
	assert_int_equal(yd_pmap_level(0, b), 0);
	assert_int_equal(yd_pmap_level(1, b), 1);
	assert_true(yd_pmap_level(2, b) > 1);
	yd_pmap_bounds(1000, b);
	assert_int_equal(b[1], 1);
	for (int k = 2; k < YD_PMAP_LEVELS; k++) {
		assert_true(b[k] > b[k - 1]);
		assert_true(b[k] <= 1000);
	}
	assert_int_equal(yd_pmap_level(1000, b), YD_PMAP_LEVELS - 1);
	assert_int_equal(yd_pmap_level(1, b), 1);
	/* Levels never go down as counts go up. */
	int last = 0;
	for (int64_t n = 0; n <= 1000; n++) {
		int l = yd_pmap_level(n, b);
		assert_true(l >= last);
		last = l;
	}
	char buf[8];
	static const struct { int64_t n; const char *s; } labels[] = {
		{ 0, "0" }, { 999, "999" }, { 1000, "1.0k" }, { 1234, "1.2k" }, { 9999, "9.9k" },
		{ 12345, "12k" }, { 999999, "999k" }, { 1500000, "1.5M" }, { 25000000, "25M" },
	};
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		yd_pmap_count_label(labels[i].n, buf);
		assert_string_equal(buf, labels[i].s);
		assert_true(strlen(buf) <= 4);
	}
}

static void expect_broken(const char *text, const char *why)
{
	char path[] = "/tmp/yidu-pmap-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	yd_error err = { 0 };
	yd_pmap *m = yd_pmap_load(path, &err);
	unlink(path);
	if (m)
		fail_msg("accepted a broken file (%s)", why);
	if (!strstr(err.msg, why))
		fail_msg("message '%s' does not say '%s'", err.msg, why);
}

static void test_broken_files(void **state)
{
	expect_broken("code\tshort1\tshort2\trow\tcol\n", "no tiles");
	expect_broken("440000\t粤\t广东\t1\n", ":1: expected 5");
	expect_broken("# c\n440100\t粤\t广东\t1\t1\n", ":2: the code");
	expect_broken("440000\t广东\t广东\t1\t1\n", "short1");
	expect_broken("440000\t粤\t广东省会\t1\t1\n", "short2");
	expect_broken("440000\t粤\t广\x1b[31m\t1\t1\n", "short2");
	expect_broken("440000\t粤\t广东\t-1\t1\n", "row and column");
	expect_broken("440000\t粤\t广东\t1\t1\n450000\t桂\t广西\t1\t1\n", ":2: another tile");
	expect_broken("440000\t粤\t广东\t1\t1\n440000\t粤\t广东\t1\t2\n", ":2: this code");
	yd_error err = { 0 };
	assert_null(yd_pmap_load("/nonexistent/grid.tsv", &err));
	assert_int_equal(err.code, YD_EIO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_province_once),
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_moves_symmetric_and_connected),
		cmocka_unit_test(test_arrows_match_the_eye),
		cmocka_unit_test(test_layouts),
		cmocka_unit_test(test_levels),
		cmocka_unit_test(test_broken_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
