/* The province map (a region picker): the tile grid of lib/province-map.c
 * drawn over the panes, each tile shaded by its article count under the
 * current topic, with a legend. Colours where the theme has them;
 * otherwise (monochrome, NO_COLOR) patterns ░ ▒ ▓ █ and the counts
 * carry the shading. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/build.h"
#include "yidu/province-map.h"
#include "yidu/text.h"
#include "draw.h"
#include "i18n.h"
#include "overlay-map.h"

/* Colour pairs of our own, above the few the theme uses (draw.c). */
#define PAIR_LEVEL 40          /* 40 .. 44: levels 0 .. 4 */
#define PAIR_SELECTED 45

static struct {
	yd_pmap *map;
	int sel;
	int64_t counts[64];
	int64_t bounds[YD_PMAP_LEVELS];
	bool colour;               /* pairs set up (else patterns) */
	yd_pmap_geom g;            /* the last frame's layout and origin, */
	int oy, ox;                /* for clicks; g.w == 0: none drawn */
} st;

static bool load_map(app *a)
{
	char path[4096];
	yd_error err = { 0 };
	if (st.map)
		return true;
	snprintf(path, sizeof path, "%s/province-grid.tsv", yd_data_dir());
	st.map = yd_pmap_load(path, &err);
	if (!st.map) {
		app_message(a, true, "%s", err.msg);
		return false;
	}
	if (st.map->n > 64) {   /* counts[] */
		yd_pmap_free(st.map);
		st.map = NULL;
		app_message(a, true, "%s: %s", path, "more than 64 tiles");
		return false;
	}
	return true;
}

/* Shading colours: a blue ramp on 256-colour terminals; on 8 or 16, a
 * heat scale (green, yellow, red, magenta) that reads in either
 * background. None when the theme is monochrome. */
static void setup_colours(const app *a)
{
	st.colour = false;
	if (a->opt.no_color || getenv("NO_COLOR") || !has_colors() || COLOR_PAIRS <= PAIR_SELECTED)
		return;
	static const short ramp256[][2] = { { -1, -1 }, { COLOR_BLACK, 153 }, { COLOR_BLACK, 111 },
					    { COLOR_WHITE, 68 }, { COLOR_WHITE, 25 } };
	static const short ramp8[][2] = { { -1, -1 }, { COLOR_BLACK, COLOR_GREEN }, { COLOR_BLACK, COLOR_YELLOW },
					  { COLOR_WHITE, COLOR_RED }, { COLOR_WHITE, COLOR_MAGENTA } };
	bool wide = COLORS >= 256;
	for (int k = 0; k < YD_PMAP_LEVELS; k++) {
		const short *c = wide ? ramp256[k] : ramp8[k];
		if (init_pair((short)(PAIR_LEVEL + k), c[0], c[1]) != OK)
			return;
	}
	if (init_pair(PAIR_SELECTED, COLOR_BLACK, wide ? 220 : COLOR_CYAN) != OK)
		return;
	st.colour = true;
}

static attr_t level_attr(int level)
{
	if (!st.colour)
		return level == 0 ? A_DIM : A_NORMAL;
	return COLOR_PAIR(PAIR_LEVEL + level) | (level == 0 ? A_DIM : 0);
}

/* The pattern that fills a tile without colours (ASCII where the
 * terminal draws block elements wide). */
static const char *level_pattern(const app *a, int level)
{
	static const char *blocks[] = { " ", "░", "▒", "▓", "█" };
	static const char *ascii[] = { " ", ".", ":", "+", "#" };
	return (a->opt.text_flags & YD_AMBIGUOUS_WIDE) ? ascii[level] : blocks[level];
}

void map_overlay_open(app *a)
{
	if (!load_map(a))
		return;
	setup_colours(a);
	int64_t max = 0;
	for (int i = 0; i < st.map->n; i++) {
		st.counts[i] = yd_corpus_count(a->corpus, st.map->tiles[i].code, a->topic);
		if (st.counts[i] > max)
			max = st.counts[i];
	}
	yd_pmap_bounds(max, st.bounds);
	/* Start on the chosen region's province, else where most articles are. */
	st.sel = yd_pmap_find(st.map, a->region);
	if (st.sel < 0) {
		st.sel = 0;
		for (int i = 1; i < st.map->n; i++)
			if (st.counts[i] > st.counts[st.sel])
				st.sel = i;
	}
	st.g.w = 0;
	a->overlay = OVERLAY_MAP;
	a->dirty = true;
}

/* Draws s centred in w columns at (y, x). */
static void draw_centred(int y, int x, int w, const char *s, attr_t attr, int flags)
{
	int cols = text_cols(s, flags);
	int pad = cols < w ? (w - cols) / 2 : 0;
	draw_str(y, x + pad, w - pad, s, attr);
}

static void draw_tile(app *a, int i, int y, int x)
{
	const yd_pmap_geom *g = &st.g;
	const yd_pmap_tile *t = &st.map->tiles[i];
	int level = yd_pmap_level(st.counts[i], st.bounds);
	bool sel = i == st.sel;
	attr_t attr = sel ? (st.colour ? COLOR_PAIR(PAIR_SELECTED) : A_REVERSE) | A_BOLD
		: level_attr(level);
	int flags = a->opt.text_flags;
	const char *pattern = sel || st.colour ? " " : level_pattern(a, level);
	for (int r = 0; r < g->tile_h; r++)
		for (int c = 0; c < g->tile_w; c += text_cols(pattern, flags))
			draw_str(y + r, x + c, g->tile_w - c, pattern, attr);
	/* The province of the chosen region is underlined. */
	attr_t name_attr = attr | (yd_pmap_find(st.map, a->region) == i ? A_UNDERLINE : 0);
	const char *name = g->name == 2 ? t->short2 : t->short1;
	char count[8], padded[12];
	yd_pmap_count_label(st.counts[i], count);
	if (g->tile_h == 1) {
		/* 粤  12: name left, count right, a space before it. */
		int cw = (int)strlen(count) + 1;
		snprintf(padded, sizeof padded, " %s", count);
		draw_str(y, x, g->tile_w - cw, name, name_attr);
		draw_str(y, x + g->tile_w - cw, cw, padded, attr);
		return;
	}
	/* Name over count; spaces around them so a pattern does not touch
	 * the letters. */
	char label[40];
	snprintf(label, sizeof label, " %s ", name);
	draw_centred(y, x, g->tile_w, g->tile_w - text_cols(label, flags) >= 0 ? label : name,
		     name_attr, flags);
	snprintf(padded, sizeof padded, " %s ", count);
	draw_centred(y + 1, x, g->tile_w, (int)strlen(padded) <= g->tile_w ? padded : count, attr, flags);
}

static void draw_legend(app *a, int y)
{
	pane *tp = a->panes[PANE_TOPICS];
	char *topic = tp->ops->label ? tp->ops->label(tp, a) : NULL;
	char head[256];
	int flags = a->opt.text_flags;
	snprintf(head, sizeof head, _(" Articles under %s: "), topic ? topic : "");
	free(topic);
	/* The levels come first: without room for both, the heading goes. */
	int need = 0;
	for (int k = 0; k < YD_PMAP_LEVELS; k++) {
		char label[32];
		if (k == 0 || st.bounds[k] > 0)
			need += 3 + snprintf(label, sizeof label, " %lld+  ", (long long)st.bounds[k]);
	}
	if (text_cols(head, flags) + need > a->cols)
		snprintf(head, sizeof head, " ");
	draw_fill(y, 0, a->cols, A_NORMAL);
	int x = draw_str(y, 0, a->cols, head, A_NORMAL);
	for (int k = 0; k < YD_PMAP_LEVELS && x < a->cols; k++) {
		if (k > 0 && st.bounds[k] == 0)
			continue;
		const char *swatch = st.colour ? " " : level_pattern(a, k);
		attr_t attr = level_attr(k);
		if (k == 0 && !st.colour)
			swatch = "·";
		for (int c = 0; c < 2; c += text_cols(swatch, flags))
			x += draw_str(y, x, a->cols - x, swatch, attr);
		char label[32];
		if (k == 0)
			snprintf(label, sizeof label, " 0  ");
		else
			snprintf(label, sizeof label, " %lld+  ", (long long)st.bounds[k]);
		x += draw_str(y, x, a->cols - x, label, A_NORMAL);
	}
}

void map_overlay_draw(app *a)
{
	int flags = a->opt.text_flags;
	/* Rows 1 .. rows-1: the location line stays. */
	for (int y = 1; y < a->rows; y++)
		draw_fill(y, 0, a->cols, A_NORMAL);
	if (!st.map || a->rows < 4)
		return;
	const yd_pmap_tile *t = &st.map->tiles[st.sel];
	char title[256];
	snprintf(title, sizeof title, _(" Province map · %s %lld · arrows move · Enter choose · Esc close"),
		 t->short2, (long long)st.counts[st.sel]);
	draw_fit(1, 0, a->cols, title, theme_attr(ROLE_PANE_TITLE_FOCUS), flags);
	int top = 2, h = a->rows - 3;
	st.g.w = 0;
	if (yd_pmap_layout(st.map, a->cols, h, &st.g) != 0) {
		int nw, nh, sw, sh;
		char msg[256];
		yd_pmap_min_sizes(st.map, &nw, &nh, &sw, &sh);
		snprintf(msg, sizeof msg, _("The map needs a larger window: %d×%d or %d×%d at least."),
			 nw, nh + 3, sw, sh + 3);
		draw_fit(top + h / 2, 0, a->cols, msg, A_BOLD, flags);
		return;
	}
	st.oy = top + (h - st.g.h) / 2;
	st.ox = (a->cols - st.g.w) / 2;
	for (int i = 0; i < st.map->n; i++) {
		int y, x;
		yd_pmap_tile_pos(st.map, &st.g, i, &y, &x);
		draw_tile(a, i, st.oy + y, st.ox + x);
	}
	draw_legend(a, a->rows - 1);
}

static void choose(app *a)
{
	int64_t code = st.map->tiles[st.sel].code;
	a->overlay = OVERLAY_NONE;
	app_set_filter(a, code, a->topic);
	pane *rp = a->panes[PANE_REGIONS];
	if (rp->ops->reveal)
		rp->ops->reveal(rp, a, code);
	app_focus(a, PANE_REGIONS);
}

action map_overlay_key(app *a, action act)
{
	a->dirty = true;
	if (!st.map) {
		a->overlay = OVERLAY_NONE;
		return act == ACT_QUIT ? ACT_QUIT : ACT_NONE;
	}
	switch (act) {
	case ACT_UP: st.sel = yd_pmap_move(st.map, st.sel, YD_PMAP_UP); break;
	case ACT_DOWN: st.sel = yd_pmap_move(st.map, st.sel, YD_PMAP_DOWN); break;
	case ACT_LEFT: st.sel = yd_pmap_move(st.map, st.sel, YD_PMAP_LEFT); break;
	case ACT_RIGHT: st.sel = yd_pmap_move(st.map, st.sel, YD_PMAP_RIGHT); break;
	case ACT_ENTER: choose(a); break;
	case ACT_BACK: case ACT_MAP:
		a->overlay = OVERLAY_NONE;
		break;
	case ACT_QUIT: case ACT_MENU: case ACT_HELP: case ACT_NEW_READER:
		a->overlay = OVERLAY_NONE;
		return act;
	default:
		break;
	}
	return ACT_NONE;
}

void map_overlay_click(app *a, int y, int x)
{
	if (!st.map || st.g.w == 0)
		return;
	int i = yd_pmap_hit(st.map, &st.g, y - st.oy, x - st.ox);
	if (i < 0)
		return;
	a->dirty = true;
	if (i == st.sel)
		choose(a);
	else
		st.sel = i;
}
