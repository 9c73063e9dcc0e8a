/* Where a build may write: the output path is checked before any work, and
 * a lock beside it serialises the imports that write it. The importer
 * replaces only a regular file that is a yidu corpus (or creates a new
 * one); a device, FIFO, socket, directory, empty or foreign file, or a
 * symbolic link to any of these, is refused with a message naming it. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build-internal.h"
#include "yidu/corpus.h"

static const char *kind_of(mode_t m)
{
	return S_ISDIR(m) ? "a directory" : S_ISCHR(m) ? "a character device"
		: S_ISBLK(m) ? "a block device" : S_ISFIFO(m) ? "a FIFO (named pipe)"
		: S_ISSOCK(m) ? "a socket" : S_ISLNK(m) ? "a symbolic link"
		: S_ISREG(m) ? "a regular file" : "a special file";
}

/* What a regular file holds, judged from its first 100 bytes (opened
 * without following links and without blocking, re-checked by fstat). */
static int check_regular(const char *target, const char *path,
			 const struct stat *want, const char *via, yd_error *err)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return yd_error_set(err, YD_EIO, "%s: %s; refusing to replace it",
				    target, strerror(errno));
	struct stat sb;
	unsigned char h[100];
	ssize_t n = -1;
	if (fstat(fd, &sb) == 0 && sb.st_dev == want->st_dev &&
	    sb.st_ino == want->st_ino && S_ISREG(sb.st_mode))
		n = read(fd, h, sizeof h);
	close(fd);
	if (n < 0)
		return yd_error_set(err, YD_EIO, "%s changed while it was checked; "
				    "refusing to replace it", target);
	if (n == 0)
		return yd_error_set(err, YD_ENOTCORPUS, "%s is %san empty file, not a "
				    "yidu corpus; refusing to replace it", target, via);
	if (n < 100 || memcmp(h, "SQLite format 3", 16) != 0)
		return yd_error_set(err, YD_ENOTCORPUS, "%s is %sa file that is not a "
				    "SQLite database (not a yidu corpus); refusing to "
				    "replace it", target, via);
	uint32_t app = (uint32_t)h[68] << 24 | (uint32_t)h[69] << 16 |
		(uint32_t)h[70] << 8 | h[71];
	if (app != YD_APPLICATION_ID)
		return yd_error_set(err, YD_ENOTCORPUS, "%s is %sa SQLite database of "
				    "another program (application_id 0x%08x), not a yidu "
				    "corpus; refusing to replace it", target, via, app);
	return 0;
}

int yd_build_target_check(const char *target, char **resolved, bool *exists,
			  yd_error *err)
{
	struct stat lb, sb;
	*resolved = NULL;
	*exists = false;
	if (!*target)
		return yd_error_set(err, YD_EUSAGE, "the output path is empty");
	if (lstat(target, &lb) != 0) {
		if (errno != ENOENT)
			return yd_error_set(err, YD_EIO, "%s: %s", target, strerror(errno));
		*resolved = strdup(target);   /* a new file */
		return *resolved ? 0 : yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	if (!S_ISLNK(lb.st_mode)) {
		if (!S_ISREG(lb.st_mode))
			return yd_error_set(err, YD_ENOTCORPUS, "%s is %s, not a yidu "
					    "corpus; refusing to replace it", target,
					    kind_of(lb.st_mode));
		if (check_regular(target, target, &lb, "", err) != 0)
			return -1;
		*exists = true;
		*resolved = strdup(target);
		return *resolved ? 0 : yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	/* A link: the file it leads to is what would be replaced (the link
	 * itself stays, the build is renamed over its target). */
	if (stat(target, &sb) != 0)
		return yd_error_set(err, YD_ENOTCORPUS, "%s is a symbolic link that "
				    "leads nowhere (%s); refusing to write through it",
				    target, strerror(errno));
	char real[PATH_MAX];
	if (!realpath(target, real))
		return yd_error_set(err, YD_EIO, "%s: %s", target, strerror(errno));
	if (!S_ISREG(sb.st_mode))
		return yd_error_set(err, YD_ENOTCORPUS, "%s is a symbolic link to %s "
				    "(%s), not a yidu corpus; refusing to replace it",
				    target, kind_of(sb.st_mode), real);
	if (check_regular(target, real, &sb, "a symbolic link to ", err) != 0)
		return -1;
	*exists = true;
	*resolved = strdup(real);
	return *resolved ? 0 : yd_error_set(err, YD_ENOMEM, "out of memory");
}

/* The lock file is .BASE.lock in the output's folder. It is left in place:
 * removing it would let a third import lock a new file while the second
 * still holds the old one. */
int yd_build_lock(const char *target, const char *shown, bool wait,
		  void (*waiting)(void *ctx, const char *msg), void *ctx,
		  yd_error *err)
{
	char *c1 = strdup(target), *c2 = strdup(target);
	if (!c1 || !c2) {
		free(c1);
		free(c2);
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	size_t n = 2 * strlen(target) + sizeof "./..lock";   /* dirname may add "." */
	char *lock = malloc(n);
	if (lock)
		snprintf(lock, n, "%s/.%s.lock", dirname(c1), basename(c2));
	free(c1);
	free(c2);
	if (!lock)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	int fd = open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
	if (fd < 0) {
		yd_error_set(err, YD_EIO, "cannot create the lock file %s: %s", lock,
			     strerror(errno));
		free(lock);
		return -1;
	}
	struct stat sb;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		yd_error_set(err, YD_EIO, "the lock file %s is not a regular file", lock);
		goto fail;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno != EWOULDBLOCK) {
			yd_error_set(err, YD_EIO, "cannot lock %s: %s", lock, strerror(errno));
			goto fail;
		}
		if (!wait) {
			yd_error_set(err, YD_EIO, "another import is writing %s (--wait "
				     "waits for it to finish)", shown);
			goto fail;
		}
		if (waiting) {
			char msg[600];
			snprintf(msg, sizeof msg, "another import is writing %.500s; "
				 "waiting for it to finish", shown);
			waiting(ctx, msg);
		}
		while (flock(fd, LOCK_EX) != 0) {
			if (errno != EINTR) {
				yd_error_set(err, YD_EIO, "cannot lock %s: %s", lock,
					     strerror(errno));
				goto fail;
			}
		}
	}
	free(lock);
	return fd;
fail:
	close(fd);
	free(lock);
	return -1;
}
