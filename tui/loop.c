/* The browser's main loop: a frame when something changed, idle work
 * (the list's next rows, the article under the cursor read ahead), then
 * one key, turned into an action and run. */
#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/out.h"
#include "commands.h"
#include "draw.h"
#include "frame.h"
#include "keymap.h"
#include "overlay-map.h"
#include "paste.h"
#include "search-prompt.h"
#include "session.h"
#include "term.h"
#include "termsig.h"
#include "ui.h"

/* How long one wait for a key lasts. ncurses resumes its wait after a
 * signal, so this bounds how late SIGHUP/SIGTERM are noticed (the exit
 * must be done within 200 ms; tui/termsig.c). */
#define IDLE_MS 50
/* How long the cursor rests on an article before it is read ahead. */
#define AHEAD_MS 40

/* What a key did, for --trace-frames: its action's name and the pane
 * that had the focus ("open@regions" chooses a region, "open@list" opens
 * an article), so that frame times can be told apart by action. */
static const char *trace_name(int key, pane_id focus, char *buf, size_t n)
{
	static const char *const panes[PANE_COUNT] = {
		[PANE_REGIONS] = "regions", [PANE_TOPICS] = "topics", [PANE_LIST] = "list",
		[PANE_ARTICLE] = "article", [PANE_RELATED] = "related",
	};
	if (key == KEYCODE_FN(KEY_RESIZE))
		return "resize";
	if (key == KEYCODE_FN(KEY_MOUSE))
		return "mouse";
	action act = keymap_lookup(key);
	snprintf(buf, n, "%s@%s", act != ACT_NONE ? action_name(act) : "other",
		 focus >= 0 && focus < PANE_COUNT && panes[focus] ? panes[focus] : "?");
	return buf;
}

static void handle_mouse(app *a)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return;
	if (a->overlay == OVERLAY_MAP) {
		if (!(ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)))
			map_overlay_click(a, ev.y, ev.x);
		return;
	}
	if (a->overlay != OVERLAY_NONE)
		return;
	for (int i = 0; i < PANE_COUNT; i++) {
		pane *p = a->panes[i];
		rect f = p->frame;
		if (!p->shown || ev.y < f.y || ev.y >= f.y + f.h || ev.x < f.x || ev.x >= f.x + f.w)
			continue;
		if (a->focus != p->id)
			app_focus(a, p->id);
		app_touch(a, p->id);
		if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
			if (p->ops->wheel)
				p->ops->wheel(p, a, ev.bstate & BUTTON4_PRESSED ? -3 : 3);
		} else if (ev.y > f.y && p->ops->click) {
			p->ops->click(p, a, ev.y - p->body.y);
		}
		a->dirty = true;
		return;
	}
}

static void resize(app *a)
{
	getmaxyx(stdscr, a->rows, a->cols);
	layout_apply(a);
	app_touch_all(a);
}

/* The article the focused list's cursor rests on, or -1. */
static int64_t cursor_article(app *a)
{
	pane *p = a->panes[a->focus];
	if (!p->ops->cursor_article)
		p = a->panes[PANE_LIST];
	return p->ops->cursor_article ? p->ops->cursor_article(p, a) : -1;
}

static bool idle_work(app *a)
{
	bool did = search_prompt_idle(a);
	for (int i = 0; i < PANE_COUNT; i++)
		if (a->panes[i]->ops->idle && a->panes[i]->ops->idle(a->panes[i], a))
			did = true;
	return did;
}

static void handle_key(app *a, int key)
{
	if (a->message[0]) {
		a->message[0] = '\0';
		a->dirty = true;
	}
	if (key == KEYCODE_FN(KEY_RESIZE)) {
		resize(a);
	} else if (key == paste_key()) {
		paste_to_search(a);   /* text for the prompt, never keys */
	} else if (a->editing) {
		search_prompt_key(a, key);
	} else if (key == KEYCODE_FN(KEY_MOUSE)) {
		handle_mouse(a);
	} else if (!keypad_search_key(a, key)) {
		action act = keymap_lookup(key);
		if (act != ACT_NONE)
			action_run(a, act);
	}
}

/* One line of --trace-frames: "start MS" for the first frame, else
 * "frame MS [ACTION]" from the key (t0) to the finished frame, then where
 * that time went: the key's action (t_key: reading the corpus, state
 * changes), drawing into stdscr (t_draw: the panes' layout and drawing)
 * and the refresh (ncurses' comparison and output). */
static void trace_frame(app *a, double t0, double t_key, double t_draw, const char *what,
			bool first, double t_start)
{
	double t1 = now_ms();
	if (first)
		fprintf(a->trace, "start %.3f\n", t1 - t_start);
	else
		fprintf(a->trace, "frame %.3f %s key %.3f draw %.3f refresh %.3f\n", t1 - t0,
			what ? what : "-", t_key - t0, t_draw - t_key, t1 - t_draw);
	fflush(a->trace);
}

int ui_run(yd_corpus *c, const app_options *opt)
{
	double t_start = opt->t_start > 0 ? opt->t_start : now_ms();
	app a;
	yd_error err = { 0 };
	SCREEN *scr = NULL;
	int status = 0;

	memset(&a, 0, sizeof a);
	a.corpus = c;
	a.opt = *opt;
	a.article = -1;

	char *state_path = opt->state_path ? strdup(opt->state_path) : yd_state_default_path();
	a.state = yd_state_open_for(state_path ? state_path : ":memory:",
				    yd_corpus_path(c), &err);
	/* --resume: a file beside the state file (never for a kiosk, never
	 * for a state kept in memory). */
	char session[4200] = "";
	if (opt->resume && !opt->kiosk && state_path && strcmp(state_path, ":memory:") != 0)
		snprintf(session, sizeof session, "%s.last", state_path);
	free(state_path);
	if (!a.state) {
		yd_out_printf(stderr, "yidu: %s\n", err.msg);
		return 1;
	}
	if (opt->trace_frames && !(a.trace = fopen(opt->trace_frames, "w"))) {
		fprintf(stderr, "yidu: cannot write %s: %s\n", opt->trace_frames, strerror(errno));
		yd_state_close(a.state);
		return 1;
	}
	termsig_save_terminal();
	if (term_setup(&scr, opt->kiosk) != 0) {
		yd_state_close(a.state);
		if (a.trace)
			fclose(a.trace);
		return 1;
	}
	term_signals(opt->kiosk);
	theme_init(opt->no_color || getenv("NO_COLOR") != NULL, opt->text_flags);
	if (!opt->no_mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	keymap_init();
	getmaxyx(stdscr, a.rows, a.cols);
	if (app_init(&a) != 0) {
		a.quit = true;
		status = 1;
	} else {
		resize(&a);
		if (session[0])
			session_load(&a, session);
	}
	if (yd_state_note(a.state))   /* a read-only or full state file */
		app_message(&a, true, "%s", yd_state_note(a.state));

	bool first = true, wiped = true;
	double last_input = now_ms();
	int recent[8] = { 0 };
	while (!a.quit && !term_signalled()) {
		double t0 = now_ms();
		if (a.dirty) {
			frame_draw(&a);
			double t_draw = now_ms();
			refresh();
			a.dirty = false;
			if (a.trace)
				trace_frame(&a, t0, t0, t_draw, NULL, first, t_start);
			first = false;
		}
		app_flush_state(&a);
		/* With no key waiting, fetch ahead now. */
		while (!term_key_waiting() && idle_work(&a))
			;
		if (a.dirty && !term_key_waiting())
			continue;   /* idle work changed the screen (live results): draw first */
		/* And the article under the cursor, which Enter would open, once
		 * the cursor has rested there for AHEAD_MS: keys held down to
		 * move through the list do not wait for articles they pass. */
		int key = KEY_NONE;
		int64_t ahead = cursor_article(&a);
		if (!app_has_article(&a, ahead)) {
			key = term_read_key(AHEAD_MS);
			if (key == KEY_NONE)
				app_read_ahead(&a, ahead);
		}
		if (key == KEY_NONE)
			key = term_read_key(IDLE_MS);
		if (key == KEY_GONE)
			break;
		if (key == KEY_NONE) {
			/* Privacy between readers: after the idle time, wipe. */
			if (opt->kiosk && opt->idle_seconds > 0 && !wiped &&
			    now_ms() - last_input >= opt->idle_seconds * 1000.0) {
				cmd_new_reader(&a);
				wiped = true;
			}
			continue;
		}
		last_input = now_ms();
		wiped = false;
		if (opt->kiosk && !opt->quit_disabled && opt->nquit > 0) {
			memmove(recent, recent + 1, sizeof recent - sizeof recent[0]);
			recent[7] = key;
			if (memcmp(recent + 8 - opt->nquit, opt->quit_keys,
				   (size_t)opt->nquit * sizeof key) == 0)
				break;
		}
		t0 = now_ms();
		pane_id focus = a.focus;
		handle_key(&a, key);
		if (a.trace && a.dirty) {
			/* The frame time runs from the key to the finished frame. */
			double t_key = now_ms();
			frame_draw(&a);
			double t_draw = now_ms();
			refresh();
			a.dirty = false;
			char name[64];
			trace_frame(&a, t0, t_key, t_draw, trace_name(key, focus, name, sizeof name),
				     false, t_start);
		}
	}

	term_restore();
	termsig_disarm();
	app_flush_state(&a);
	if (session[0] && status == 0)
		session_save(&a, session);
	delscreen(scr);
	app_free(&a);
	yd_state_close(a.state);
	if (a.trace)
		fclose(a.trace);
	return status;
}
