/* One list view for every list-like thing on screen (the trees, the
 * article list, related articles, the menu and help): it owns the cursor,
 * the scroll position, the movement keys and the row's colours; the pane
 * draws what is in a row. As htop's Panel and tmux's mode-tree do, so
 * that scrolling and the cursor behave the same everywhere. */
#ifndef YIDU_TUI_LISTVIEW_H
#define YIDU_TUI_LISTVIEW_H

#include <curses.h>
#include <stdbool.h>
#include <stdint.h>

#include "actions.h"
#include "draw.h"

typedef struct listview {
	int64_t count;      /* rows */
	int64_t cursor;     /* 0 <= cursor < count (0 when empty) */
	int64_t top;        /* first row shown */
	bool no_cursor;     /* text to scroll (help): movement keys scroll */
	int row_h;          /* screen lines a row takes (0 is 1): search
	                     * results are a title line and a snippet line */
	/* What the last draw showed, so that a cursor move within the same
	 * rows draws two rows, not the view (listview_draw's `partial`). */
	bool drawn_ok;
	int64_t drawn_top, drawn_cursor;
	int drawn_y, drawn_x, drawn_h, drawn_w, drawn_rh;
	bool drawn_focused;
} listview;

/* A row being drawn: where, and the attributes of its cursor state. */
typedef struct lv_row {
	int64_t i;          /* the row's index */
	int y, x, w;
	int h;              /* lines: 1, or the view's row_h */
	bool cursor;        /* the cursor row: the one most visible row */
	bool current;       /* the chosen node / the open article */
	attr_t base;        /* fill attribute of the row */
} lv_row;

typedef void (*lv_draw_fn)(void *ctx, const lv_row *row);
/* Whether row i is the chosen one (drawn bold or in the current colour). */
typedef bool (*lv_current_fn)(void *ctx, int64_t i);

void listview_set_count(listview *lv, int64_t count);
/* Moves the cursor to i (clamped). */
void listview_move_to(listview *lv, int64_t i);
/* Up, Down, PgUp, PgDn, Home, End for a view `h` lines high; false for
 * other actions. (Every `h` below is in screen lines.) */
bool listview_key(listview *lv, action act, int h);
/* Keeps the cursor inside the h rows shown. */
void listview_scroll(listview *lv, int h);
/* The row index at screen row `row`, or -1. */
int64_t listview_at(const listview *lv, int row);
/* Draws the rows in (y, x, h, w): rows past the end are cleared. With
 * `partial` (the rows' data are unchanged since the last draw), only the
 * old and the new cursor rows are drawn when nothing else moved. */
void listview_draw(listview *lv, int y, int x, int h, int w, bool focused, bool partial,
		   lv_draw_fn draw, lv_current_fn current, void *ctx);
/* The attribute for a mark or column of role r on this row: on the cursor
 * row the cursor's colour stays (its colour pair is never mixed with
 * another one, which would draw a different colour). */
attr_t lv_attr(const lv_row *row, role r);

#endif
