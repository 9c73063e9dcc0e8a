/* The terminal: set-up and restore, signals, reading keys, wiping. The
 * only part of the browser that talks to the terminal other than through
 * drawing. */
#ifndef YIDU_TUI_TERM_H
#define YIDU_TUI_TERM_H

#include <curses.h>
#include <stdbool.h>
#include <stdint.h>

#define KEY_NONE INT32_MIN          /* no key within the timeout */
#define KEY_GONE (INT32_MIN + 1)    /* the terminal went away */

double now_ms(void);
/* Opens the terminal (message on stderr and -1 when it cannot be used). */
int term_setup(SCREEN **scr, bool kiosk);
/* Leaves the terminal as it was. Safe to call twice. */
void term_restore(void);
void term_signals(bool kiosk);
/* The signal that asks the browser to end (SIGHUP, SIGTERM, SIGINT), or 0. */
int term_signalled(void);
/* One key (keymap.h codes), KEY_NONE or KEY_GONE. */
int term_read_key(int timeout_ms);
/* Whether input is waiting (without reading it). */
bool term_key_waiting(void);
/* Clears the screen and the terminal's scrollback (kiosk: a new reader). */
void term_wipe(void);

#endif
