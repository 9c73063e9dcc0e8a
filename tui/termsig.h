/* Terminating signals: TERM, HUP, INT, QUIT, USR1, USR2, ALRM and PIPE
 * all restore the terminal and end yidu within 200 ms, also while the
 * terminal is not reading (Ctrl-S, a stalled SSH link), when the main
 * loop may be stuck writing a frame. */
#ifndef YIDU_TUI_TERMSIG_H
#define YIDU_TUI_TERMSIG_H

#include <signal.h>

/* Remembers the terminal's modes; call before curses changes them. */
void termsig_save_terminal(void);
/* Installs the handlers (after curses has set the terminal up). A kiosk
 * ignores SIGTSTP (the keyboard cannot send INT or QUIT in raw mode; a
 * kill can, and ends it like the others). */
void termsig_install(int kiosk);
/* The terminating signal received, or 0. */
int termsig_pending(void);
/* The terminal was restored the normal way: no emergency exit any more. */
void termsig_disarm(void);

#endif
