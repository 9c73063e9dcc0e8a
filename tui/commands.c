/* The app-level actions and the dispatcher. Pane-level actions (moving,
 * opening) are the panes' own (pane_ops.key); their handlers here run
 * only when the focused pane has no use for the key. */
#include <curses.h>
#include <string.h>

#include "commands.h"
#include "i18n.h"
#include "keymap.h"
#include "overlay.h"
#include "term.h"

#define YD_ACTION_FN(id, name, scope, menu, fn, ...) [ACT_##id] = fn,
static void (*const handlers[ACT_COUNT])(app *) = {
	YD_ACTIONS(YD_ACTION_FN)
};
#undef YD_ACTION_FN

bool action_offered(const app *a, action act)
{
	switch (action_menu(act)) {
	case M_YES: return true;
	case M_NOKIOSK: return !a->opt.kiosk;
	case M_KIOSK: return a->opt.kiosk;
	default: return false;
	}
}

void action_run(app *a, action act)
{
	if (act <= ACT_NONE || act >= ACT_COUNT)
		return;
	if (a->overlay != OVERLAY_NONE) {
		act = overlay_key(a, act);
		if (act == ACT_NONE)
			return;
	}
	a->dirty = true;
	int scope = action_scope(act);
	pane *p = a->panes[a->focus];
	if (scope != SC_APP && (scope & p->scope)) {
		app_touch(a, p->id);
		if (p->ops->key(p, a, act))
			return;
	}
	handlers[act](a);
}

/* Sends an action to a pane that is not (necessarily) focused. */
static bool to_pane(app *a, pane_id id, action act)
{
	pane *p = a->panes[id];
	app_touch(a, id);
	return p->ops->key(p, a, act);
}

void cmd_none(app *a)
{
	(void)a;
}

/* Unused arrows move between panes, so arrows alone go everywhere. */
void cmd_left(app *a)
{
	if (a->focus > 0)
		app_focus(a, a->focus - 1);
}

void cmd_right(app *a)
{
	if (a->focus + 1 < PANE_COUNT)
		app_focus(a, a->focus + 1);
}

void cmd_enter(app *a)
{
	if (a->focus == PANE_ARTICLE && a->article >= 0)
		app_focus(a, PANE_RELATED);
}

void cmd_back(app *a)
{
	if (a->keypad && a->focus == PANE_LIST) {
		a->keypad = false;
		app_notify(a, CH_FILTER);
		return;
	}
	if (app_can_back(a))
		app_back(a);
	else
		overlay_open(a, OVERLAY_MENU);
}

/* q: a step back, as in less and newsboat; at the start it quits (a kiosk
 * never quits but on its configured keys). */
void cmd_step_back(app *a)
{
	if (a->zoom) {
		cmd_zoom(a);
	} else if (app_can_back(a)) {
		app_back(a);
	} else if (!a->opt.kiosk) {
		a->quit = true;
	}
}

void cmd_forward(app *a)
{
	app_forward(a);
}

static void match(app *a, action act)
{
	if (a->article < 0) {
		app_message(a, false, "%s", _("Open an article to step through its matches."));
		return;
	}
	app_focus(a, PANE_ARTICLE);
	to_pane(a, PANE_ARTICLE, act);
}

void cmd_next_match(app *a)
{
	match(a, ACT_NEXT_MATCH);
}

void cmd_prev_match(app *a)
{
	match(a, ACT_PREV_MATCH);
}

void cmd_zoom(app *a)
{
	a->zoom = !a->zoom;
	layout_apply(a);
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

void cmd_next_pane(app *a)
{
	cycle_focus(a, 1);
}

void cmd_prev_pane(app *a)
{
	cycle_focus(a, -1);
}

void cmd_pane_1(app *a) { app_focus(a, PANE_REGIONS); }
void cmd_pane_2(app *a) { app_focus(a, PANE_TOPICS); }
void cmd_pane_3(app *a) { app_focus(a, PANE_LIST); }
void cmd_pane_4(app *a) { app_focus(a, PANE_ARTICLE); }
void cmd_pane_5(app *a) { app_focus(a, PANE_RELATED); }

void cmd_menu(app *a)
{
	overlay_open(a, OVERLAY_MENU);
}

void cmd_help(app *a)
{
	overlay_open(a, OVERLAY_HELP);
}

void cmd_sort(app *a)
{
	to_pane(a, PANE_LIST, ACT_SORT);
}

/* B bookmarks the open article, whatever pane has the focus. */
void cmd_bookmark(app *a)
{
	yd_error err = { 0 };
	if (!a->have_art) {
		app_message(a, false, "%s", _("Open an article to bookmark it."));
		return;
	}
	bool on = !yd_state_is_bookmarked(a->state, a->art.slug);
	if (yd_state_set_bookmark(a->state, a->art.slug, a->art.title, on, &err) != 0) {
		app_message(a, true, "%s", err.msg);
		return;
	}
	app_notify(a, CH_STATE);
	app_message(a, false, "%s", on ? _("Bookmarked.") : _("Bookmark removed."));
}

void cmd_bookmarks(app *a)
{
	app_show_bookmarks(a, !a->bookmarks);
}

void cmd_clear(app *a)
{
	/* Clears the filter; a search goes on over the whole corpus. */
	app_set_filter(a, 0, 1);
}

void cmd_new_reader(app *a)
{
	if (!a->opt.kiosk) {
		app_message(a, false, "%s", _("New reader is a kiosk feature."));
		return;
	}
	app_reset(a);
	term_wipe();
	app_touch_all(a);
}

void cmd_redraw(app *a)
{
	clearok(curscr, TRUE);
	app_touch_all(a);
}

void cmd_quit(app *a)
{
	/* A kiosk quits only on its configured key sequence. */
	if (!a->opt.kiosk)
		a->quit = true;
}
