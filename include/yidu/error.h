/* Error reporting shared by every libyidu module.
 *
 * Functions that can fail take a `yd_error *` (which may be NULL) and fill
 * it with a one-line, human-readable message; the caller decides whether to
 * print it (command-line tools) or show it on the status line (the browser).
 */
#ifndef YIDU_ERROR_H
#define YIDU_ERROR_H

#include <stddef.h>

typedef struct yd_error {
	int code;          /* a YD_E* value; 0 means no error */
	char msg[512];     /* NUL-terminated message, no trailing newline */
} yd_error;

enum {
	YD_OK = 0,
	YD_EIO = 1,        /* a file could not be read or written */
	YD_EFORMAT = 2,    /* input is not in the expected format */
	YD_ENOTCORPUS = 3, /* the file is not a yidu corpus */
	YD_EVERSION = 4,   /* a corpus of another schema version */
	YD_ECORRUPT = 5,   /* the corpus is damaged */
	YD_ENOMEM = 6,
	YD_EDB = 7,        /* any other SQLite failure */
	YD_ENOTFOUND = 8,
	YD_EUSAGE = 9,
};

/* Sets err->code and a printf-style message; a NULL err is ignored.
 * Always returns -1 so that `return yd_error_set(...)` reads naturally. */
int yd_error_set(yd_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

void yd_error_clear(yd_error *err);

#endif
