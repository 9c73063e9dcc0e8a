/* Terminating signals (tui/termsig.h).
 *
 * The first signal only sets a flag: the main loop sees it within its
 * key wait (50 ms), restores the terminal with endwin and exits, saving
 * read marks. It also arms a watchdog (ITIMER_REAL, 80 ms). If the loop
 * is stuck (a write to a terminal that does not read blocks in the
 * kernel), the watchdog's SIGALRM, or a second terminating signal, takes
 * the emergency exit from the handler itself, with async-signal-safe
 * calls only: the frame still queued for the terminal is dropped
 * (tcflush), the restoring sequences are written without blocking, the
 * saved modes are put back (tcsetattr, TCSANOW), and _exit. */
#include "config.h"

#include <curses.h>
#include <term.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/time.h>
#include <termios.h>
#include <unistd.h>

#include "termsig.h"

#define WATCHDOG_MS 80

static volatile sig_atomic_t pending;
static volatile sig_atomic_t armed;
static struct termios saved;
static int have_saved;
/* What endwin would send: leave the alternate screen, show the cursor,
 * plain attributes, keypad and mouse and bracketed paste off. Made from
 * terminfo once curses is up; only yidu's own capability strings. */
static char restore_seq[256];
static size_t restore_len;

static const int terminating[] = {
	SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
};

static void add_cap(const char *name)
{
	char *s = tigetstr((char *)name);
	if (!s || s == (char *)-1)
		return;
	size_t n = strlen(s);
	if (restore_len + n < sizeof restore_seq) {
		memcpy(restore_seq + restore_len, s, n);
		restore_len += n;
	}
}

static void add_raw(const char *s)
{
	size_t n = strlen(s);
	if (restore_len + n < sizeof restore_seq) {
		memcpy(restore_seq + restore_len, s, n);
		restore_len += n;
	}
}

void termsig_save_terminal(void)
{
	have_saved = tcgetattr(STDIN_FILENO, &saved) == 0;
}

static void emergency_exit(void)
{
	int fl = fcntl(STDOUT_FILENO, F_GETFL);
	if (fl >= 0)
		fcntl(STDOUT_FILENO, F_SETFL, fl | O_NONBLOCK);
	if (isatty(STDOUT_FILENO))
		tcflush(STDOUT_FILENO, TCOFLUSH);   /* drop the frame */
	ssize_t w = write(STDOUT_FILENO, restore_seq, restore_len);
	(void)w;                                 /* a full queue: dropped */
	if (have_saved)
		tcsetattr(STDIN_FILENO, TCSANOW, &saved);
	_exit(0);
}

static void on_signal(int sig)
{
	int e = errno;
	if (pending && armed)
		emergency_exit();   /* the watchdog, or a second signal */
	if (!pending) {
		pending = sig;
		struct itimerval t = { { 0, 0 }, { 0, WATCHDOG_MS * 1000 } };
		armed = setitimer(ITIMER_REAL, &t, NULL) == 0;
	}
	errno = e;
}

void termsig_install(int kiosk)
{
	restore_len = 0;
	add_cap("sgr0");
	add_cap("cnorm");
	add_cap("rmkx");
	add_raw("\033[?1000l\033[?1006l\033[?2004l");
	add_cap("rmcup");
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof terminating / sizeof *terminating; i++)
		sigaddset(&sa.sa_mask, terminating[i]);
	/* No SA_RESTART: a signal must interrupt a blocked write. */
	for (size_t i = 0; i < sizeof terminating / sizeof *terminating; i++)
		sigaction(terminating[i], &sa, NULL);
	if (kiosk)
		signal(SIGTSTP, SIG_IGN);
}

int termsig_pending(void)
{
	return pending;
}

void termsig_disarm(void)
{
	struct itimerval t = { { 0, 0 }, { 0, 0 } };
	armed = 0;
	setitimer(ITIMER_REAL, &t, NULL);
}
