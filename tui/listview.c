/* The list view: cursor, scrolling, movement keys and row colours. */
#include "listview.h"

void listview_set_count(listview *lv, int64_t count)
{
	lv->count = count > 0 ? count : 0;
	listview_move_to(lv, lv->cursor);
	lv->drawn_ok = false;
}

void listview_move_to(listview *lv, int64_t i)
{
	if (i >= lv->count)
		i = lv->count - 1;
	if (i < 0)
		i = 0;
	lv->cursor = i;
}

/* Rows that fit in h screen lines. */
static int rows_in(const listview *lv, int h)
{
	return lv->row_h > 1 ? h / lv->row_h : h;
}

bool listview_key(listview *lv, action act, int h)
{
	h = rows_in(lv, h);
	int64_t page = h > 1 ? h - 1 : 1;
	if (lv->no_cursor) {
		/* A text: the keys move the view. */
		int64_t max = lv->count - h > 0 ? lv->count - h : 0;
		int64_t t = lv->top;
		switch (act) {
		case ACT_UP: t--; break;
		case ACT_DOWN: t++; break;
		case ACT_PAGE_UP: t -= page; break;
		case ACT_PAGE_DOWN: t += page; break;
		case ACT_HOME: t = 0; break;
		case ACT_END: t = max; break;
		default: return false;
		}
		lv->top = t > max ? max : t < 0 ? 0 : t;
		lv->cursor = lv->top;
		return true;
	}
	switch (act) {
	case ACT_UP: listview_move_to(lv, lv->cursor - 1); return true;
	case ACT_DOWN: listview_move_to(lv, lv->cursor + 1); return true;
	/* A page moves the view with the cursor, as less and w3m do. */
	case ACT_PAGE_UP:
		listview_move_to(lv, lv->cursor - page);
		lv->top -= page;
		return true;
	case ACT_PAGE_DOWN:
		listview_move_to(lv, lv->cursor + page);
		lv->top += page;
		return true;
	case ACT_HOME: listview_move_to(lv, 0); return true;
	case ACT_END: listview_move_to(lv, lv->count - 1); return true;
	default: return false;
	}
}

void listview_scroll(listview *lv, int h)
{
	h = rows_in(lv, h);
	if (h <= 0)
		return;
	if (lv->top > lv->count - h)
		lv->top = lv->count - h;
	if (lv->no_cursor) {
		if (lv->top < 0)
			lv->top = 0;
		return;
	}
	if (lv->cursor < lv->top)
		lv->top = lv->cursor;
	if (lv->cursor >= lv->top + h)
		lv->top = lv->cursor - h + 1;
	if (lv->top < 0)
		lv->top = 0;
}

int64_t listview_at(const listview *lv, int row)
{
	if (row < 0)
		return -1;
	int64_t i = lv->top + (lv->row_h > 1 ? row / lv->row_h : row);
	return i < lv->count ? i : -1;
}

attr_t lv_attr(const lv_row *row, role r)
{
	attr_t add = theme_attr(r);
	if (row->base & A_COLOR)
		add &= ~A_COLOR;
	return row->base | add;
}

static void draw_one(listview *lv, int y, int x, int w, bool focused, int row,
		     lv_draw_fn draw, lv_current_fn current, void *ctx)
{
	int rh = lv->row_h > 1 ? lv->row_h : 1;
	lv_row r = { .i = lv->top + row, .y = y + row * rh, .x = x, .w = w, .h = rh };
	r.cursor = !lv->no_cursor && r.i == lv->cursor;
	r.current = r.i < lv->count && current && current(ctx, r.i);
	if (r.cursor) {
		/* The cursor wins over every other colour; the chosen row is
		 * bold on it. */
		r.base = theme_attr(focused ? ROLE_SELECTED : ROLE_SELECTED_DIM);
		if (r.current)
			r.base |= A_BOLD;
	} else {
		r.base = r.current ? theme_attr(ROLE_CURRENT) : A_NORMAL;
	}
	for (int k = 0; k < rh; k++)
		draw_fill(r.y + k, x, w, r.i < lv->count ? r.base : A_NORMAL);
	if (r.i < lv->count)
		draw(ctx, &r);
}

void listview_draw(listview *lv, int y, int x, int h, int w, bool focused, bool partial,
		   lv_draw_fn draw, lv_current_fn current, void *ctx)
{
	listview_scroll(lv, h);
	int rh = lv->row_h > 1 ? lv->row_h : 1;
	int rows = h / rh;
	bool same = partial && lv->drawn_ok && lv->top == lv->drawn_top &&
		focused == lv->drawn_focused && y == lv->drawn_y && x == lv->drawn_x &&
		h == lv->drawn_h && w == lv->drawn_w && rh == lv->drawn_rh;
	if (same) {
		if (lv->drawn_cursor != lv->cursor && lv->drawn_cursor - lv->top < rows)
			draw_one(lv, y, x, w, focused, (int)(lv->drawn_cursor - lv->top), draw, current, ctx);
		draw_one(lv, y, x, w, focused, (int)(lv->cursor - lv->top), draw, current, ctx);
	} else {
		for (int row = 0; row < rows; row++)
			draw_one(lv, y, x, w, focused, row, draw, current, ctx);
		for (int k = rows * rh; k < h; k++)   /* a line left under the last row */
			draw_fill(y + k, x, w, A_NORMAL);
	}
	lv->drawn_ok = true;
	lv->drawn_top = lv->top;
	lv->drawn_cursor = lv->cursor;
	lv->drawn_focused = focused;
	lv->drawn_y = y;
	lv->drawn_x = x;
	lv->drawn_h = h;
	lv->drawn_rh = rh;
	lv->drawn_w = w;
}
