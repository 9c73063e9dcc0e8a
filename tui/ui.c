/* The browser's main loop: terminal set-up and restore, input, signals,
 * and drawing the frame around the panes. */
#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "yidu/out.h"
#include "yidu/text.h"
#include "draw.h"
#include "i18n.h"
#include "keymap.h"
#include "input.h"
#include "overlay.h"
#include "paste.h"
#include "termsig.h"
#include "ui.h"

#define KEY_NONE INT32_MIN
#define KEY_GONE (INT32_MIN + 1)
/* How long one wait for a key lasts. ncurses resumes its wait after a
 * signal, so this bounds how late SIGHUP/SIGTERM are noticed (the exit
 * must be done within 200 ms; tui/termsig.c). */
#define IDLE_MS 50
/* How long the list's cursor rests on an article before it is read ahead. */
#define AHEAD_MS 40


#define got_signal termsig_pending()   /* tui/termsig.c */

/* What a key did, for --trace-frames: its action's name, so that frame
 * times can be told apart by action. */
static const char *trace_name(int key)
{
	if (key == KEYCODE_FN(KEY_RESIZE))
		return "resize";
	if (key == KEYCODE_FN(KEY_MOUSE))
		return "mouse";
	action act = keymap_lookup(key);
	return act != ACT_NONE ? action_name(act) : "other";
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Reads one key. UTF-8 is assembled here, byte by byte, so that an invalid
 * byte (0xFF, or GBK from a misconfigured client) is dropped at once
 * instead of swallowing the keys after it. When the terminal is gone,
 * getch fails at once, again and again: that is the end, not a retry. */
static int read_key(int timeout_ms)
{
	static int fast_errors;
	double t0 = now_ms();
	timeout(timeout_ms);
	int c = getch();
	if (c == ERR) {
		if (got_signal)
			return KEY_NONE;
		if (now_ms() - t0 < timeout_ms / 4.0) {
			if (++fast_errors >= 5)
				return KEY_GONE;
		} else {
			fast_errors = 0;
		}
		return KEY_NONE;
	}
	fast_errors = 0;
	if (c >= KEY_MIN)
		return KEYCODE_FN(c);
	if (c < 0x80)
		return c;
	int need = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 && c <= 0xef ? 2 :
		   c >= 0xc2 && c <= 0xdf ? 1 : 0;
	if (!need)
		return KEY_NONE;
	uint32_t cp = (uint32_t)c & (0x3fu >> need);
	for (int i = 0; i < need; i++) {
		timeout(50);
		int d = getch();
		if (d == ERR || (d & 0xc0) != 0x80) {
			if (d != ERR)
				ungetch(d);
			return KEY_NONE;
		}
		cp = cp << 6 | ((uint32_t)d & 0x3f);
	}
	return (int)cp;
}

/* Whether input is waiting (without reading it). */
static bool key_waiting(void)
{
	struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };
	return poll(&pfd, 1, 0) > 0;
}

static void draw_location(app *a)
{
	char line[1024];
	char *region = tree_pane_label(a->panes[PANE_REGIONS], a);
	char *topic = tree_pane_label(a->panes[PANE_TOPICS], a);
	int64_t pos = 0, total = 0;
	list_pane_position(a->panes[PANE_LIST], &pos, &total);
	if (a->searching)
		snprintf(line, sizeof line, " %s “%s” · %s · %s · %lld %s", _("Search"), a->query,
			 region ? region : "", topic ? topic : "", (long long)total, _("results"));
	else if (a->bookmarks)
		snprintf(line, sizeof line, " yidu · %s · %lld", _("Bookmarks"), (long long)total);
	else
		snprintf(line, sizeof line, " %s · %s · %lld %s", region ? region : "",
			 topic ? topic : "", (long long)total, _("articles"));
	free(region);
	free(topic);
	draw_fit(0, 0, a->cols, line, theme_attr(ROLE_TITLE_BAR), a->opt.text_flags);
}

static void draw_status(app *a)
{
	int y = a->rows - 1;
	if (a->editing) {
		input_draw(&a->input, _("Search: "), y, 0, a->cols, a->opt.text_flags);
		return;
	}
	if (a->message[0]) {
		draw_fit(y, 0, a->cols, a->message,
			 theme_attr(a->message_error ? ROLE_ERROR : ROLE_STATUS), a->opt.text_flags);
		return;
	}
	const char *hints = a->mode == LAYOUT_NARROW
		? _("Enter open · Esc back · Tab pane · 0 menu · ? help")
		: _("Arrows move · Enter open · Esc back · Tab next pane · 0 menu · ? help · q quit");
	draw_fit(y, 0, a->cols, hints, theme_attr(ROLE_STATUS), a->opt.text_flags);
}

static void draw_pane_title(app *a, pane *p)
{
	char t[128];
	bool focused = a->focus == p->id;
	snprintf(t, sizeof t, " %d %s", (int)p->id + 1, _(p->title));
	if (p->id == PANE_LIST) {
		int64_t pos, total;
		list_pane_position(p, &pos, &total);
		size_t n = strlen(t);
		if (total > 0)
			snprintf(t + n, sizeof t - n, "  %lld/%lld", (long long)pos + 1, (long long)total);
	}
	draw_fit(p->frame.y, p->frame.x, p->frame.w, t,
		 theme_attr(focused ? ROLE_PANE_TITLE_FOCUS : ROLE_PANE_TITLE), a->opt.text_flags);
}

static void draw_tiny(app *a)
{
	/* Below the minimum: a short notice, as much of it as fits. */
	const char *msg = _("Window too small");
	for (int y = 0; y < a->rows; y++)
		draw_fill(y, 0, a->cols, A_NORMAL);
	draw_fit(a->rows / 2, 0, a->cols, msg, A_BOLD, a->opt.text_flags);
}

/* Whether the last frame can be drawn over: same layout, same pane
 * geometry, no overlay gone (it covered parts of several panes). */
static bool needs_full_redraw(const app *a)
{
	if (a->redraw_all || a->mode != a->drawn_mode ||
	    (a->drawn_overlay != OVERLAY_NONE && a->overlay == OVERLAY_NONE))
		return true;
	for (int i = 0; i < PANE_COUNT; i++) {
		const pane *p = a->panes[i];
		if (p->shown != p->drawn_shown ||
		    (p->shown && memcmp(&p->frame, &p->drawn, sizeof p->drawn) != 0))
			return true;
	}
	return false;
}

/* Draws the frame into stdscr. Only the panes whose content changed are
 * drawn again (the rest of stdscr still holds them), so a key that moves a
 * cursor costs one pane, and refresh has only those lines to compare; the
 * location, pane titles and status line are a line each and always drawn. */
static void draw_all(app *a)
{
	bool full = needs_full_redraw(a);
	a->redraw_all = false;
	a->drawn_mode = a->mode;
	a->drawn_overlay = a->overlay;
	if (full)
		erase();
	if (a->mode == LAYOUT_TINY) {
		draw_tiny(a);
		return;
	}
	draw_location(a);
	if (full)
		for (int y = 1; y < a->rows - 1; y++)
			draw_fill(y, 0, a->cols, A_NORMAL);
	for (int i = 0; i < PANE_COUNT; i++) {
		pane *p = a->panes[i];
		bool body = full || p->dirty;
		p->dirty = false;
		p->drawn_shown = p->shown;
		p->drawn = p->frame;
		if (!p->shown)
			continue;
		draw_pane_title(a, p);
		if (!body)
			continue;
		p->whole = full;
		p->ops->draw(p, a);
		/* A rule between side-by-side panes. */
		int sx = p->frame.x + p->frame.w;
		if (sx < a->cols) {
			attrset(theme_attr(ROLE_BORDER));
			mvvline(p->frame.y, sx, ACS_VLINE, p->frame.h);
			attrset(A_NORMAL);
		}
	}
	draw_status(a);
	if (a->overlay != OVERLAY_NONE)
		overlay_draw(a);
}

/* Clears the screen and the terminal's scrollback, so that the next reader
 * at a kiosk cannot scroll back to what the last one read. The sequence is
 * the terminal's E3 capability, or the common CSI 3 J; never content. */
static void wipe_screen(void)
{
	char *e3 = tigetstr("E3");
	erase();
	refresh();
	if (e3 && e3 != (char *)-1)
		putp(e3);
	else
		fputs("\033[3J", stdout);
	fflush(stdout);
	clearok(curscr, TRUE);
}

static void new_reader(app *a)
{
	app_reset(a);
	wipe_screen();
	app_touch_all(a);
}

static void cycle_focus(app *a, int dir)
{
	int f = (int)a->focus;
	for (int i = 0; i < PANE_COUNT; i++) {
		f = (f + dir + PANE_COUNT) % PANE_COUNT;
		/* In the wide layout every pane is there; elsewhere any pane can
		 * be brought in by focusing it. */
		if (a->mode != LAYOUT_WIDE || a->panes[f]->shown)
			break;
	}
	app_focus(a, (pane_id)f);
}

static void dispatch(app *a, action act)
{
	if (a->overlay != OVERLAY_NONE) {
		act = overlay_key(a, act);
		if (act == ACT_NONE)
			return;
	}
	a->dirty = true;
	switch (act) {
	case ACT_QUIT:
		/* A kiosk quits only on its configured key sequence. */
		if (!a->opt.kiosk)
			a->quit = true;
		return;
	case ACT_NEW_READER:
		if (a->opt.kiosk)
			new_reader(a);
		else
			app_message(a, false, "%s", _("New reader is a kiosk feature."));
		return;
	case ACT_HELP: overlay_open(a, OVERLAY_HELP); return;
	case ACT_MENU: overlay_open(a, OVERLAY_MENU); return;
	case ACT_REDRAW: clearok(curscr, TRUE); app_touch_all(a); return;
	case ACT_NEXT_PANE: cycle_focus(a, 1); return;
	case ACT_PREV_PANE: cycle_focus(a, -1); return;
	case ACT_PANE_1: case ACT_PANE_2: case ACT_PANE_3: case ACT_PANE_4: case ACT_PANE_5:
		app_focus(a, (pane_id)(act - ACT_PANE_1));
		return;
	case ACT_BACK:
		if (a->hist_pos > 0)
			app_back(a);
		else
			overlay_open(a, OVERLAY_MENU);
		return;
	case ACT_FORWARD: app_forward(a); return;
	case ACT_SEARCH:
		a->editing = true;
		input_set(&a->input, a->searching ? a->query : "");
		curs_set(1);
		return;
	case ACT_BOOKMARKS: app_show_bookmarks(a, !a->bookmarks); return;
	case ACT_CLEAR:
		/* Clears the filter; a search goes on over the whole corpus. */
		app_set_filter(a, 0, 1);
		return;
	default:
		break;
	}
	pane *p = a->panes[a->focus];
	app_touch(a, p->id);
	if (p->ops->key(p, a, act))
		return;
	/* Unused arrows move between panes, so arrows alone go everywhere. */
	if (act == ACT_RIGHT && a->focus + 1 < PANE_COUNT)
		app_focus(a, a->focus + 1);
	else if (act == ACT_LEFT && a->focus > 0)
		app_focus(a, a->focus - 1);
	else if (act == ACT_ENTER && a->focus == PANE_ARTICLE)
		app_focus(a, PANE_RELATED);
	else if (act == ACT_BOOKMARK)
		app_message(a, false, "%s", _("Open an article to bookmark it."));
}

/* A key while the search line is open. */
static void edit_search(app *a, int key)
{
	char text[4 * INPUT_MAX + 1];
	input_result r = input_key(&a->input, key);
	a->dirty = true;
	if (r == INPUT_CONTINUE)
		return;
	a->editing = false;
	curs_set(0);
	input_text(&a->input, text);
	if (r == INPUT_DONE && text[0])
		app_search(a, text);
}

static void handle_mouse(app *a)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
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
			action act = ev.bstate & BUTTON4_PRESSED ? ACT_UP : ACT_DOWN;
			if (p->id == PANE_ARTICLE)
				article_pane_scroll(p, act == ACT_UP ? -3 : 3);
			else
				for (int k = 0; k < 3; k++)
					p->ops->key(p, a, act);
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

/* Leaves the terminal as it was. Safe to call twice. */
static void restore_terminal(void)
{
	if (!isendwin()) {
		paste_disable();
		endwin();
	}
}

static int setup_terminal(SCREEN **scr, bool kiosk)
{
	const char *term = getenv("TERM");
	if (!term || !*term || strcmp(term, "dumb") == 0) {
		fprintf(stderr, "yidu: %s\n", _("this terminal cannot show the browser (TERM is unset or dumb); "
			"use --list, --show or --dump instead"));
		return -1;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "yidu: %s\n", _("the browser needs a terminal; use --list, --show or --dump in pipes"));
		return -1;
	}
	/* newterm, not initscr: initscr exits on an unknown TERM. */
	*scr = newterm(NULL, stdout, stdin);
	if (!*scr) {
		yd_out_printf(stderr, "yidu: %s '%s'\n", _("unknown terminal type"), term);
		return -1;
	}
	set_term(*scr);
	/* A kiosk reads Ctrl-C, Ctrl-Z and Ctrl-\\ as plain keys (and ignores
	 * them): nothing suspends it, dumps core or reaches a shell. */
	if (kiosk)
		raw();
	else
		cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(50);
	return 0;
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
	a.region = 0;
	a.topic = 1;

	char *state_path = opt->state_path ? strdup(opt->state_path) : yd_state_default_path();
	a.state = yd_state_open_for(state_path ? state_path : ":memory:",
				    yd_corpus_path(c), &err);
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
	if (setup_terminal(&scr, opt->kiosk) != 0) {
		yd_state_close(a.state);
		if (a.trace)
			fclose(a.trace);
		return 1;
	}
	termsig_install(opt->kiosk);
	paste_enable();
	theme_init(opt->no_color || getenv("NO_COLOR") != NULL, opt->text_flags);
	if (!opt->no_mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	keymap_init();

	a.panes[PANE_REGIONS] = tree_pane_new(PANE_REGIONS);
	a.panes[PANE_TOPICS] = tree_pane_new(PANE_TOPICS);
	a.panes[PANE_LIST] = list_pane_new();
	a.panes[PANE_ARTICLE] = article_pane_new();
	a.panes[PANE_RELATED] = related_pane_new();
	for (int i = 0; i < PANE_COUNT; i++)
		if (!a.panes[i]) {
			a.quit = true;
			status = 1;
		}
	a.focus = PANE_REGIONS;
	a.nav = PANE_REGIONS;
	if (!a.quit) {
		app_set_filter(&a, 0, 1);
		resize(&a);
	}
	if (yd_state_note(a.state))   /* a read-only or full state file */
		app_message(&a, true, "%s", yd_state_note(a.state));

	bool first = true, wiped = true;
	double last_input = now_ms();
	int recent[8] = { 0 };
	while (!a.quit && !got_signal) {
		double t0 = now_ms();
		if (a.dirty) {
			draw_all(&a);
			refresh();
			a.dirty = false;
			if (a.trace) {
				double t1 = now_ms();
				if (first)
					fprintf(a.trace, "start %.3f\n", t1 - t_start);
				else
					fprintf(a.trace, "frame %.3f\n", t1 - t0);
				fflush(a.trace);
			}
			first = false;
		}
		app_flush_state(&a);
		/* With no key waiting, fetch the list's next rows now. */
		while (a.panes[PANE_LIST]->shown && !key_waiting() &&
		       list_pane_prefetch(a.panes[PANE_LIST], &a))
			;
		/* And the article under the cursor, which Enter would open, once
		 * the cursor has rested there for AHEAD_MS: keys held down to
		 * move through the list do not wait for articles they pass. */
		int key = KEY_NONE;
		int64_t ahead = a.panes[PANE_LIST]->shown
			? list_pane_cursor_id(a.panes[PANE_LIST], &a) : -1;
		if (!article_pane_has(a.panes[PANE_ARTICLE], ahead)) {
			key = read_key(AHEAD_MS);
			if (key == KEY_NONE)
				article_pane_prefetch(a.panes[PANE_ARTICLE], &a, ahead);
		}
		if (key == KEY_NONE)
			key = read_key(IDLE_MS);
		if (key == KEY_GONE)
			break;
		if (key == KEY_NONE) {
			/* Privacy between readers: after the idle time, wipe. */
			if (opt->kiosk && opt->idle_seconds > 0 && !wiped &&
			    now_ms() - last_input >= opt->idle_seconds * 1000.0) {
				new_reader(&a);
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
		if (a.message[0]) {
			a.message[0] = '\0';
			a.dirty = true;
		}
		if (key == KEYCODE_FN(KEY_RESIZE)) {
			resize(&a);
		} else if (key == paste_key()) {
			paste_to_search(&a);   /* text for the prompt, never keys */
		} else if (a.editing) {
			edit_search(&a, key);
		} else if (key == KEYCODE_FN(KEY_MOUSE)) {
			handle_mouse(&a);
		} else {
			action act = keymap_lookup(key);
			if (act != ACT_NONE)
				dispatch(&a, act);
		}
		if (a.trace && a.dirty) {
			/* The frame time runs from the key to the finished frame. */
			draw_all(&a);
			refresh();
			a.dirty = false;
			fprintf(a.trace, "frame %.3f %s\n", now_ms() - t0, trace_name(key));
			fflush(a.trace);
		}
	}

	restore_terminal();
	termsig_disarm();
	app_flush_state(&a);
	delscreen(scr);
	for (int i = 0; i < PANE_COUNT; i++)
		if (a.panes[i])
			a.panes[i]->ops->free(a.panes[i]);
	yd_state_close(a.state);
	if (a.trace)
		fclose(a.trace);
	return status;
}
