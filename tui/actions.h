/* Every user action, in one table. The enum, the handlers' prototypes, the
 * key bindings, the help overlay and the menu are all generated from it,
 * so they cannot disagree. Adding an action is one row here and its
 * handler (a `void fn(app *)`) in whatever file owns the feature.
 *
 * X(ID, name, scope, menu, handler, help text, keys...)
 *   scope    SC_APP: the handler runs, whatever pane has the focus;
 *            otherwise the pane kinds (SC_TREE | SC_LIST ...) that use it:
 *            the focused pane gets it first, and the handler runs only
 *            when that pane has no use for it (an arrow at an edge moves
 *            to the next pane).
 *   menu     M_NO: not in the menu; M_YES: in it; M_NOKIOSK: in it, but
 *            not in kiosk mode (Quit); M_KIOSK: only in kiosk mode.
 *   keys     key names understood by keymap.c: single characters, "Up",
 *            "PgDn", "Enter", "Ctrl-L", "Shift-Tab", "F1" ...
 * Arrows, Enter, Esc, Backspace, PgUp/PgDn, Home/End and digits are enough
 * to reach every action (through the menu); the letters are aliases.
 */
#ifndef YIDU_TUI_ACTIONS_H
#define YIDU_TUI_ACTIONS_H

enum {
	SC_APP = 0,
	SC_TREE = 1 << 0,
	SC_LIST = 1 << 1,
	SC_ARTICLE = 1 << 2,
	SC_RELATED = 1 << 3,
	SC_PANES = SC_TREE | SC_LIST | SC_ARTICLE | SC_RELATED,
};

enum { M_NO, M_YES, M_NOKIOSK, M_KIOSK };

#define YD_ACTIONS(X) \
	X(UP,        "up",        SC_PANES, M_NO, cmd_none, N_("Move up / scroll up"),   "Up", "k") \
	X(DOWN,      "down",      SC_PANES, M_NO, cmd_none, N_("Move down / scroll down"), "Down", "j") \
	X(LEFT,      "left",      SC_PANES, M_NO, cmd_left, N_("Collapse, previous link, or go to the pane on the left"), "Left", "h") \
	X(RIGHT,     "right",     SC_PANES, M_NO, cmd_right, N_("Expand, next link, or go to the pane on the right"), "Right", "l") \
	X(PAGE_UP,   "page-up",   SC_PANES, M_NO, cmd_none, N_("Page up"),               "PgUp", "b", "Ctrl-B") \
	X(PAGE_DOWN, "page-down", SC_PANES, M_NO, cmd_none, N_("Page down"),             "PgDn", "Space", "Ctrl-F") \
	X(HOME,      "home",      SC_PANES, M_NO, cmd_none, N_("Go to the top"),         "Home", "g") \
	X(END,       "end",       SC_PANES, M_NO, cmd_none, N_("Go to the bottom"),      "End", "G") \
	X(ENTER,     "open",      SC_PANES, M_NO, cmd_enter, N_("Open or choose the selected item"), "Enter") \
	X(BACK,      "back",      SC_APP, M_YES, cmd_back, N_("Back: previous article or filter (opens the menu when there is none)"), "Esc", "Backspace") \
	X(STEP_BACK, "step-back", SC_APP, M_NO, cmd_step_back, N_("Back, or quit when there is nothing to go back to"), "q") \
	X(FORWARD,   "forward",   SC_APP, M_YES, cmd_forward, N_("Forward in history"), "f", "F") \
	X(SEARCH,    "search",    SC_APP, M_YES, cmd_search, N_("Search: type words, Enter to search, Esc to cancel"), "/", "F3") \
	X(KEYPAD,    "keypad-search", SC_APP, M_YES, cmd_keypad, N_("Keypad search: digits spell the pinyin initials of titles (2 abc … 9 wxyz)"), "F4", "#") \
	X(NEXT_MATCH, "next-match", SC_ARTICLE, M_YES, cmd_next_match, N_("Next search match in the article"), "n") \
	X(PREV_MATCH, "prev-match", SC_ARTICLE, M_YES, cmd_prev_match, N_("Previous search match in the article"), "N") \
	X(ZOOM,      "full-screen", SC_APP, M_YES, cmd_zoom, N_("Full screen: the focused pane alone, or all panes again"), "z", "F5") \
	X(NEXT_PANE, "next-pane", SC_APP, M_NO, cmd_next_pane, N_("Focus the next pane"), "Tab") \
	X(PREV_PANE, "prev-pane", SC_APP, M_NO, cmd_prev_pane, N_("Focus the previous pane"), "Shift-Tab") \
	X(PANE_1,    "pane-1",    SC_APP, M_YES, cmd_pane_1, N_("Focus the region tree"), "1") \
	X(PANE_2,    "pane-2",    SC_APP, M_YES, cmd_pane_2, N_("Focus the topic tree"), "2") \
	X(PANE_3,    "pane-3",    SC_APP, M_YES, cmd_pane_3, N_("Focus the article list"), "3") \
	X(PANE_4,    "pane-4",    SC_APP, M_YES, cmd_pane_4, N_("Focus the article"), "4") \
	X(PANE_5,    "pane-5",    SC_APP, M_YES, cmd_pane_5, N_("Focus the related articles"), "5") \
	X(MENU,      "menu",      SC_APP, M_NO, cmd_menu, N_("Open the menu of all actions"), "0", "F2", "m") \
	X(SORT,      "sort",      SC_APP, M_YES, cmd_sort, N_("Change the order of the list"), "o") \
	X(BOOKMARK,  "bookmark",  SC_APP, M_YES, cmd_bookmark, N_("Bookmark or unbookmark the open article"), "B", "*") \
	X(BOOKMARKS, "bookmarks", SC_APP, M_YES, cmd_bookmarks, N_("Show bookmarked articles"), "'") \
	X(CLEAR,     "clear-filter", SC_APP, M_YES, cmd_clear, N_("Clear the region and topic filter"), "c") \
	X(NEW_READER, "new-reader", SC_APP, M_KIOSK, cmd_new_reader, N_("New reader: forget everything and return to the start"), "Ctrl-N") \
	X(HELP,      "help",      SC_APP, M_YES, cmd_help, N_("Show this help"), "?", "F1") \
	X(REDRAW,    "redraw",    SC_APP, M_YES, cmd_redraw, N_("Redraw the screen"), "Ctrl-L") \
	X(QUIT,      "quit",      SC_APP, M_NOKIOSK, cmd_quit, N_("Quit"), "Q", "F10")

#define YD_ACTION_ENUM(id, ...) ACT_##id,
typedef enum action {
	ACT_NONE = 0,
	YD_ACTIONS(YD_ACTION_ENUM)
	ACT_COUNT
} action;
#undef YD_ACTION_ENUM

#endif
