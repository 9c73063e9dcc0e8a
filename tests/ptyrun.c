/* ptyrun: runs a program on a pseudo-terminal of a given size, types keys
 * into it and records every byte it writes, so tests can check the raw
 * output rather than what a terminal made of it.
 *
 *   ptyrun COLS ROWS OUT KEYS PROGRAM [ARG...]
 *
 * KEYS is typed after a short start-up pause; in it "~" waits 300 ms and
 * "\r", "\e" and "\xHH" are the usual escapes; "!" closes the terminal
 * (the pty's master side). When KEYS is used up the program gets 2 s to
 * exit, then SIGTERM. Exit status: the program's; 124 if it had to be
 * killed after "!".
 *
 * With PTYRUN_NOCTTY=1 in the environment the pty is not the program's
 * controlling terminal, so closing it sends no SIGHUP: the program has to
 * notice on its own that its terminal is gone. ptyrun then reports on
 * stderr how long the program took to exit and the CPU time it used. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static FILE *out;
static int master = -1;
static int closed;      /* "!" was typed */

/* Copies what the program wrote during the next `ms` milliseconds. */
static void drain(int ms)
{
	struct pollfd p = { master, POLLIN, 0 };
	struct timespec t0, t;
	char buf[4096];
	if (master < 0) {
		usleep((useconds_t)ms * 1000);
		return;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		clock_gettime(CLOCK_MONOTONIC, &t);
		long left = ms - ((t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) / 1000000);
		if (left <= 0)
			return;
		if (poll(&p, 1, (int)left) <= 0)
			return;
		ssize_t n = read(master, buf, sizeof buf);
		if (n <= 0)
			return;
		fwrite(buf, 1, (size_t)n, out);
	}
}

static void type(const char *keys)
{
	for (const char *k = keys; *k; k++) {
		unsigned char c = (unsigned char)*k;
		if (c == '~') {
			drain(300);
			continue;
		}
		if (c == '!') {
			drain(100);
			close(master);
			master = -1;
			closed = 1;
			return;
		}
		if (c == '\\' && k[1]) {
			k++;
			if (*k == 'r')
				c = '\r';
			else if (*k == 'e')
				c = 27;
			else if (*k == 'x' && k[1] && k[2]) {
				char hex[3] = { k[1], k[2], 0 };
				c = (unsigned char)strtol(hex, NULL, 16);
				k += 2;
			} else
				c = (unsigned char)*k;
		}
		if (write(master, &c, 1) != 1)
			return;
		drain(60);
	}
}

int main(int argc, char **argv)
{
	if (argc < 6) {
		fputs("usage: ptyrun COLS ROWS OUT KEYS PROGRAM [ARG...]\n", stderr);
		return 2;
	}
	struct winsize ws = { .ws_col = (unsigned short)atoi(argv[1]),
			      .ws_row = (unsigned short)atoi(argv[2]) };
	if (!(out = fopen(argv[3], "wb"))) {
		perror(argv[3]);
		return 2;
	}
	const char *noctty = getenv("PTYRUN_NOCTTY");
	pid_t pid;
	if (noctty && *noctty == '1') {
		int slave;
		if (openpty(&master, &slave, NULL, NULL, &ws) != 0) {
			perror("openpty");
			return 2;
		}
		pid = fork();
		if (pid == 0) {
			/* A session of its own with no controlling terminal: the
			 * pty is only its stdin, stdout and stderr. */
			setsid();
			dup2(slave, 0);
			dup2(slave, 1);
			dup2(slave, 2);
			close(slave);
			close(master);
			execvp(argv[5], argv + 5);
			perror(argv[5]);
			_exit(127);
		}
		close(slave);
	} else {
		pid = forkpty(&master, NULL, NULL, &ws);
		if (pid == 0) {
			execvp(argv[5], argv + 5);
			perror(argv[5]);
			_exit(127);
		}
	}
	if (pid < 0) {
		perror("fork");
		return 2;
	}
	drain(800);
	type(argv[4]);
	int status = 0;
	struct rusage ru;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int i = 0; i < 40; i++) {
		drain(50);
		if (wait4(pid, &status, WNOHANG, &ru) == pid)
			goto done;
	}
	kill(pid, closed ? SIGKILL : SIGTERM);
	drain(200);
	wait4(pid, &status, 0, &ru);
	if (closed) {
		fprintf(stderr, "ptyrun: still running 2 s after its terminal closed\n");
		fclose(out);
		return 124;
	}
done:
	if (closed) {
		clock_gettime(CLOCK_MONOTONIC, &t1);
		fprintf(stderr, "ptyrun: exited %.0f ms after its terminal closed, %.0f ms of CPU\n",
			(t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6,
			ru.ru_utime.tv_sec * 1e3 + ru.ru_utime.tv_usec / 1e3 +
			ru.ru_stime.tv_sec * 1e3 + ru.ru_stime.tv_usec / 1e3);
	}
	drain(100);
	fclose(out);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
