/* Every user action, in one table. The enum, the key bindings, the help
 * overlay and the menu are all generated from it, so they cannot disagree.
 *
 * X(ID, name, help text, keys...) — keys are key names understood by
 * keymap.c: single characters, "Up", "PgDn", "Enter", "C-l", "F1" ...
 * Arrows, Enter, Esc, Backspace, PgUp/PgDn, Home/End and digits are enough
 * to reach every action (through the menu); the letters are aliases.
 */
#ifndef YIDU_TUI_ACTIONS_H
#define YIDU_TUI_ACTIONS_H

#define YD_ACTIONS(X) \
	X(UP,        "up",        N_("Move up / scroll up"),                "Up", "k") \
	X(DOWN,      "down",      N_("Move down / scroll down"),            "Down", "j") \
	X(LEFT,      "left",      N_("Collapse, previous link, or go to the pane on the left"), "Left", "h") \
	X(RIGHT,     "right",     N_("Expand, next link, or go to the pane on the right"),      "Right", "l") \
	X(PAGE_UP,   "page-up",   N_("Page up"),                            "PgUp", "b", "C-b") \
	X(PAGE_DOWN, "page-down", N_("Page down"),                          "PgDn", " ", "C-f") \
	X(HOME,      "home",      N_("Go to the top"),                      "Home", "g") \
	X(END,       "end",       N_("Go to the bottom"),                   "End", "G") \
	X(ENTER,     "open",      N_("Open or choose the selected item"),   "Enter") \
	X(BACK,      "back",      N_("Back: previous article or filter (opens the menu when there is none)"), "Esc", "Backspace") \
	X(FORWARD,   "forward",   N_("Forward in history"),                 "f", "F") \
	X(NEXT_PANE, "next-pane", N_("Focus the next pane"),                "Tab") \
	X(PREV_PANE, "prev-pane", N_("Focus the previous pane"),            "BTab") \
	X(PANE_1,    "pane-1",    N_("Focus the region tree"),              "1") \
	X(PANE_2,    "pane-2",    N_("Focus the topic tree"),               "2") \
	X(PANE_3,    "pane-3",    N_("Focus the article list"),             "3") \
	X(PANE_4,    "pane-4",    N_("Focus the article"),                  "4") \
	X(PANE_5,    "pane-5",    N_("Focus the related articles"),         "5") \
	X(MENU,      "menu",      N_("Open the menu of all actions"),       "0", "F2", "m") \
	X(SEARCH,    "search",    N_("Search: type words, Enter to search, Esc to cancel"), "/", "F3") \
	X(NEXT_MATCH, "next-match", N_("Next search match in the article"), "n") \
	X(PREV_MATCH, "prev-match", N_("Previous search match in the article"), "N") \
	X(SORT,      "sort",      N_("Change the order of the list"),       "o") \
	X(BOOKMARK,  "bookmark",  N_("Bookmark or unbookmark the article"), "B", "*") \
	X(BOOKMARKS, "bookmarks", N_("Show bookmarked articles"),           "'") \
	X(CLEAR,     "clear-filter", N_("Clear the region and topic filter"), "c") \
	X(MAP,       "map",       N_("Province map: choose a region on a map"), "p") \
	X(QR,        "qr-code",   N_("QR code of the article, to take it with you on a phone"), "Q") \
	X(NEW_READER, "new-reader", N_("New reader: forget everything and return to the start"), "C-n") \
	X(HELP,      "help",      N_("Show this help"),                     "?", "F1") \
	X(REDRAW,    "redraw",    N_("Redraw the screen"),                  "C-l") \
	X(QUIT,      "quit",      N_("Quit"),                               "q", "F10")

#define YD_ACTION_ENUM(id, ...) ACT_##id,
typedef enum action {
	ACT_NONE = 0,
	YD_ACTIONS(YD_ACTION_ENUM)
	ACT_COUNT
} action;
#undef YD_ACTION_ENUM

#endif
