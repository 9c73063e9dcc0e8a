/* Bracketed paste: the terminal marks pasted text (ESC [ 200 ~ ... ESC [
 * 201 ~), and yidu takes all of it as text for the search line, never as
 * keys: an Esc, Enter or letter inside a paste runs no command. The text
 * is read straight from the terminal in large reads, so a 1 MB paste takes
 * milliseconds, and the search line keeps its first INPUT_MAX characters
 * with a note that the rest was cut. */
#ifndef YIDU_TUI_PASTE_H
#define YIDU_TUI_PASTE_H

#include "app.h"

/* Turns bracketed paste on and teaches curses its start marker. */
void paste_enable(void);
/* Turns it off (before the terminal is given back). */
void paste_disable(void);
/* The key (as read_key returns keys) that starts a paste. */
int paste_key(void);
/* Reads the pasted text into the search line, opening it if needed. */
void paste_to_search(app *a);

#endif
