/* Keys and actions. A key is an int: a Unicode code point (>= 0) for
 * characters, or the negated curses KEY_* code for function keys, so the
 * two ranges cannot collide. */
#ifndef YIDU_TUI_KEYMAP_H
#define YIDU_TUI_KEYMAP_H

#include <stddef.h>
#include "actions.h"

#define KEYCODE_FN(k) (-(k))

void keymap_init(void);
action keymap_lookup(int key);
/* A key name ("q", "Ctrl-Q" or "C-q", "F10", "Esc", "9") to its code; -1
 * if unknown. */
int keymap_parse_key(const char *name, int *code);
const char *action_name(action a);
const char *action_help(action a);          /* translated */
int action_scope(action a);                 /* SC_APP or pane kinds */
int action_menu(action a);                  /* M_NO, M_YES, M_NOKIOSK */
/* Writes the action's keys as the reader sees them ("↑, k", "Ctrl-B",
 * "空格"), translated, into buf; returns buf. At most `max` keys (0: all). */
char *action_keys(action a, char *buf, size_t n, int max);

#endif
