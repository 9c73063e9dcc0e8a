/* The terminal: set-up and restore, signals, keys (UTF-8 assembled here),
 * and wiping the screen and scrollback for a kiosk's next reader. */
#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "keymap.h"
#include "term.h"

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

int term_signalled(void)
{
	return got_signal;
}

double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Reads one key. UTF-8 is assembled here, byte by byte, so that an invalid
 * byte (0xFF, or GBK from a misconfigured client) is dropped at once
 * instead of swallowing the keys after it. When the terminal is gone,
 * getch fails at once, again and again: that is the end, not a retry. */
int term_read_key(int timeout_ms)
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
bool term_key_waiting(void)
{
	struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };
	return poll(&pfd, 1, 0) > 0;
}

/* Clears the screen and the terminal's scrollback, so that the next reader
 * at a kiosk cannot scroll back to what the last one read. The sequence is
 * the terminal's E3 capability, or the common CSI 3 J; never content. */
void term_wipe(void)
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

/* Leaves the terminal as it was. Safe to call twice. */
void term_restore(void)
{
	if (!isendwin())
		endwin();
}

int term_setup(SCREEN **scr, bool kiosk)
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
		fprintf(stderr, "yidu: %s '%s'\n", _("unknown terminal type"), term);
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

void term_signals(bool kiosk)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal must interrupt getch. */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (kiosk) {
		signal(SIGINT, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
	} else {
		sigaction(SIGINT, &sa, NULL);
	}
}
