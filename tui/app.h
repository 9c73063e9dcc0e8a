/* The browser's state and the pane interface.
 *
 * Each pane is a struct whose first member is `pane`, with a small vtable
 * (draw, key, click, wheel). Panes never call each other: they change the
 * application through app_*() calls (choose a filter, open an article),
 * and the main loop redraws.
 */
#ifndef YIDU_TUI_APP_H
#define YIDU_TUI_APP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "yidu/corpus.h"
#include "yidu/state.h"
#include "actions.h"
#include "input.h"

typedef struct rect {
	int y, x, h, w;
} rect;

typedef enum pane_id {
	PANE_REGIONS,
	PANE_TOPICS,
	PANE_LIST,
	PANE_ARTICLE,
	PANE_RELATED,
	PANE_COUNT
} pane_id;

typedef struct app app;
typedef struct pane pane;

/* What changed, for pane_ops.changed. */
enum {
	CH_FILTER = 1 << 0,    /* the filter, the search or the bookmarks view */
	CH_ARTICLE = 1 << 1,   /* the open article (a->art) */
	CH_STATE = 1 << 2,     /* bookmarks or read marks */
};

/* A pane's place (scroll position, selection), kept in history. */
typedef struct pane_pos {
	int64_t v[3];
	bool set;
} pane_pos;

typedef struct pane_ops {
	/* Fetches what the next draw needs (reads the corpus); draw itself
	 * only draws what is in memory. May be NULL. */
	void (*prepare)(pane *p, app *a);
	/* Draws the pane's content into p->body. */
	void (*draw)(pane *p, app *a);
	/* Handles an action; returns false if the pane has no use for it. */
	bool (*key)(pane *p, app *a, action act);
	/* A click on row `row` of the body (0-based). */
	void (*click)(pane *p, app *a, int row);
	/* The mouse wheel: n rows (negative: up). */
	void (*wheel)(pane *p, app *a, int n);
	/* What the pane shows changed (CH_* bits). */
	void (*changed)(pane *p, app *a, unsigned what);
	/* Text after the pane's title ("3/230", "37 %"), or "". */
	void (*info)(pane *p, app *a, char *buf, size_t n);
	/* The status line's hints while the pane has the focus. */
	const char *(*hints)(pane *p, app *a);
	/* One step of idle work (fetching ahead); returns whether it did some. */
	bool (*idle)(pane *p, app *a);
	/* The article under the cursor (read ahead while it rests), or -1. */
	int64_t (*cursor_article)(pane *p, app *a);
	/* The place in the pane, for history. */
	void (*save)(pane *p, pane_pos *pos);
	void (*restore)(pane *p, app *a, const pane_pos *pos);
	/* The chosen node for the location line, malloc'd; NULL: none. */
	char *(*label)(pane *p, app *a);
	void (*free)(pane *p);
} pane_ops;

struct pane {
	const pane_ops *ops;
	pane_id id;
	int scope;           /* SC_TREE, SC_LIST ... (actions.h) */
	const char *title;   /* untranslated; drawn with _() */
	bool shown;
	rect frame;          /* title row + body */
	rect body;
	/* The body is drawn only when it changed: `dirty` is set by whatever
	 * changes what it shows (app_touch); a change of geometry since the
	 * last frame (drawn, drawn_shown) redraws the whole screen. */
	bool dirty;
	bool drawn_shown;
	rect drawn;
	bool whole;          /* set for draw: stdscr was erased, draw all of it */
};

typedef enum layout_mode {
	LAYOUT_TINY,         /* too small: a notice only */
	LAYOUT_NARROW,       /* one pane at a time */
	LAYOUT_MEDIUM,       /* a navigation pane beside the article */
	LAYOUT_WIDE,         /* trees, list and article side by side */
	LAYOUT_ZOOM,         /* full screen: the focused pane alone */
} layout_mode;

typedef enum overlay {
	OVERLAY_NONE,
	OVERLAY_HELP,
	OVERLAY_MENU,
	OVERLAY_COUNT
} overlay_kind;

#define QUERY_MAX 512

typedef struct history_entry {
	int64_t region, topic;
	int64_t article;     /* -1: none open */
	pane_id focus;
	bool bookmarks;
	bool searching;
	char query[QUERY_MAX];
	pane_pos pos[PANE_COUNT];   /* where each pane was, when left */
} history_entry;

#define HISTORY_MAX 256

typedef struct app_options {
	int text_flags;      /* YD_AMBIGUOUS_WIDE */
	bool no_color;
	bool no_mouse;
	const char *trace_frames;   /* file for frame times, or NULL */
	double t_start;             /* CLOCK_MONOTONIC ms at main(); 0: unknown */
	const char *state_path;     /* NULL: the default */
	/* Kiosk mode: state in memory only, raw keyboard, idle wipe. */
	bool kiosk;
	int idle_seconds;           /* wipe after this long idle; 0: never */
	bool quit_disabled;
	int quit_keys[8];           /* the sequence that quits a kiosk */
	int nquit;
	/* Where the browser opens (--region, --topic, --search): 0/NULL for
	 * everything. A kiosk returns there for each new reader. */
	int64_t region, topic;
	const char *search;
} app_options;

struct app {
	yd_corpus *corpus;
	yd_state *state;
	app_options opt;

	/* What is shown. */
	int64_t region, topic;      /* the filter: region code, topic id */
	int64_t article;            /* open article, -1 none */
	bool bookmarks;             /* the list shows bookmarks, not the filter */
	bool searching;             /* the list shows search results */
	char query[QUERY_MAX];      /* the search, also highlighted in articles */
	bool editing;               /* the search line is open */
	line_input input;
	int64_t list_total;         /* rows in the article list (its pane sets it) */
	bool keypad;                /* keypad (T9) search: the list shows */
	char digits[32];            /* titles whose initials the digits spell */

	/* The open article (app_open_article) and one read ahead. */
	yd_full_article art;
	bool have_art;
	yd_full_article ahead;
	bool have_ahead;
	int64_t tried;              /* id last read ahead (even if it failed) */

	pane *panes[PANE_COUNT];
	pane_id focus;
	pane_id nav;                /* medium layout: which pane is on the left */
	layout_mode mode;
	bool zoom;                  /* the focused pane alone (full screen) */
	bool tab_row;               /* row 1 names the panes (not all shown) */
	int rows, cols;

	overlay_kind overlay;
	int overlay_sel, overlay_top;

	history_entry hist[HISTORY_MAX];
	int hist_len, hist_pos;     /* hist[hist_pos] is the current state */

	char message[256];
	bool message_error;
	bool quit;
	char *pending_read;         /* slug to mark read after the frame */
	bool dirty;                 /* the screen must be redrawn */
	bool redraw_all;            /* ... all of it, not only dirty panes */
	layout_mode drawn_mode;     /* the layout and overlay of the last frame */
	overlay_kind drawn_overlay;
	FILE *trace;
};

/* Changes the filter; the trees' counts and the list follow. */
void app_set_filter(app *a, int64_t region, int64_t topic);
/* Opens an article in the article pane; records it in history. */
void app_open_article(app *a, int64_t id);
/* Runs a search (within the filter) and shows the results in the list. */
void app_search(app *a, const char *query);
/* Shows the bookmarks in the list pane (or the filter again). */
void app_show_bookmarks(app *a, bool on);
void app_focus(app *a, pane_id id);
/* Marks a pane's content changed (redrawn in the next frame), or every
 * pane and the space between them. */
void app_touch(app *a, pane_id id);
void app_touch_all(app *a);
/* Forgets everything the last reader did (kiosk): history, bookmarks, read
 * marks, positions, filter; back to the start. */
void app_reset(app *a);
void app_back(app *a);
void app_forward(app *a);
/* Writes what waits for the state file (the read mark of the article just
 * opened): called once its frame is out, so the write is not in the time
 * from the key to the frame, and before quitting. */
void app_flush_state(app *a);
/* A message for the status line (printf format). */
void app_message(app *a, bool error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Tells every pane what changed (CH_* bits). */
void app_notify(app *a, unsigned what);
/* Reads the article ahead so that opening it does not wait for the corpus
 * (a cold article on a large corpus is disk reads). Returns whether it
 * read; app_has_article says whether it is open or read (true for -1). */
bool app_read_ahead(app *a, int64_t id);
bool app_has_article(const app *a, int64_t id);
/* Whether there is something to go back to. */
bool app_can_back(const app *a);
/* Starts the browser's state: panes, filter, first history entry. Returns
 * -1 when out of memory. */
int app_init(app *a);
void app_free(app *a);

/* Pane constructors (pane-*.c). */
pane *tree_pane_new(pane_id id);
pane *list_pane_new(void);
pane *article_pane_new(void);
pane *related_pane_new(void);

/* layout.c: places the panes for a rows × cols screen. */
void layout_apply(app *a);

#endif
