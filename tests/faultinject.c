/* faultinject.so: an LD_PRELOAD shim that makes writes fail, for testing
 * how yidu-import copes with a full disk or a failing one.
 *
 *   FAULT_MATCH  substring of the file's path (from /proc/self/fd) that
 *                selects the files to fail (default ".tmp-")
 *   FAULT_AFTER  bytes that may be written to such files first (default 0);
 *                the write that crosses the limit is cut short there, the
 *                ones after it fail
 *   FAULT_ERRNO  ENOSPC (default) or EIO
 *   FAULT_LOG    a file to append one line to when a fault is injected, so
 *                a test can tell that its fault really happened
 *
 * write(), pwrite() and pwrite64() are wrapped (SQLite uses the last two).
 * Test-only: built by tests/harden.mk for make check, never installed. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);

static long long written;   /* bytes written to matching files so far */
static int logged;

static int matches(int fd)
{
	char link[64], path[4096];
	const char *pat = getenv("FAULT_MATCH");
	if (!pat || !*pat)
		pat = ".tmp-";
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, path, sizeof path - 1);
	if (n <= 0)
		return 0;
	path[n] = '\0';
	return strstr(path, pat) != NULL;
}

static void note(int fd, int err)
{
	const char *log = getenv("FAULT_LOG");
	if (logged || !log || !*log)
		return;
	logged = 1;
	/* the real write: this file is not a matching one */
	int lfd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
	if (lfd < 0)
		return;
	char line[128];
	int n = snprintf(line, sizeof line, "fault %s on fd %d after %lld bytes\n",
			 err == EIO ? "EIO" : "ENOSPC", fd, written);
	write_fn real = (write_fn)dlsym(RTLD_NEXT, "write");
	if (real && n > 0)
		real(lfd, line, (size_t)n);
	close(lfd);
}

/* How many of n bytes may go to fd: n, fewer (a short write), or -1 with
 * errno set. */
static ssize_t allow(int fd, size_t n)
{
	if (!matches(fd))
		return (ssize_t)n;
	const char *a = getenv("FAULT_AFTER"), *e = getenv("FAULT_ERRNO");
	long long limit = a ? atoll(a) : 0;
	int err = e && strcmp(e, "EIO") == 0 ? EIO : ENOSPC;
	if (written >= limit) {
		note(fd, err);
		errno = err;
		return -1;
	}
	if ((long long)n > limit - written)
		n = (size_t)(limit - written);
	return (ssize_t)n;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	static write_fn real;
	if (!real)
		real = (write_fn)dlsym(RTLD_NEXT, "write");
	ssize_t k = allow(fd, n);
	if (k < 0)
		return -1;
	ssize_t r = real(fd, buf, (size_t)k);
	if (r > 0 && matches(fd))
		written += r;
	return r;
}

static ssize_t do_pwrite(pwrite_fn real, int fd, const void *buf, size_t n,
			 off_t off)
{
	ssize_t k = allow(fd, n);
	if (k < 0)
		return -1;
	ssize_t r = real(fd, buf, (size_t)k, off);
	if (r > 0 && matches(fd))
		written += r;
	return r;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	static pwrite_fn real;
	if (!real)
		real = (pwrite_fn)dlsym(RTLD_NEXT, "pwrite");
	return do_pwrite(real, fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	static pwrite_fn real;
	if (!real)
		real = (pwrite_fn)dlsym(RTLD_NEXT, "pwrite64");
	return do_pwrite(real, fd, buf, n, off);
}
