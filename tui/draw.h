/* Drawing text in columns. All text drawn is sanitised UTF-8 (from the
 * corpus or the layout module); it is placed one grapheme cluster at a
 * time at the column libunistring computed, so a terminal library that
 * measures a character differently cannot shift the rest of the line. */
#ifndef YIDU_TUI_DRAW_H
#define YIDU_TUI_DRAW_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "yidu/render.h"

/* Roles that the theme maps to colours and attributes. */
typedef enum role {
	ROLE_NORMAL,
	ROLE_TITLE_BAR,     /* top line */
	ROLE_STATUS,        /* bottom line */
	ROLE_ERROR,
	ROLE_PANE_TITLE,
	ROLE_PANE_TITLE_FOCUS,
	ROLE_SELECTED,      /* the cursor row in a focused pane */
	ROLE_SELECTED_DIM,  /* the cursor row in an unfocused pane */
	ROLE_CURRENT,       /* the chosen filter node */
	ROLE_COUNT_NUM,     /* counts in trees */
	ROLE_DIM,
	ROLE_HEADING,
	ROLE_LINK,
	ROLE_LINK_SELECTED,
	ROLE_CODE,
	ROLE_QUOTE,
	ROLE_MARKER,
	ROLE_UNREAD,
	ROLE_MATCH,
	ROLE_BORDER,
	ROLE_MAX
} role;

/* Sets up colours (or attributes only when `mono`), and the width flags
 * (YD_AMBIGUOUS_WIDE) every drawing function measures with. */
void theme_init(bool mono, int text_flags);
attr_t theme_attr(role r);

/* Draws s[0..n) at (y, x), at most w columns; returns the columns used. */
int draw_text(int y, int x, int w, const char *s, size_t n, attr_t attr);
int draw_str(int y, int x, int w, const char *s, attr_t attr);
/* Fills w columns with spaces. */
void draw_fill(int y, int x, int w, attr_t attr);
/* Draws s cut to w columns (with "…") and padded to exactly w. */
void draw_fit(int y, int x, int w, const char *s, attr_t attr, int text_flags);
/* Draws a display line; spans of link `sel` are highlighted, `base` is
 * OR-ed into every span. */
void draw_dline(int y, int x, int w, const yd_dline *l, int sel, attr_t base);

int text_cols(const char *s, int text_flags);

#endif
