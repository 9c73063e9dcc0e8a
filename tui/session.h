/* Where the reader left off (--resume): the filter, the open article and
 * the place in it, kept in a small text file beside the state file. */
#ifndef YIDU_TUI_SESSION_H
#define YIDU_TUI_SESSION_H

#include "app.h"

/* Writes the session to path (errors are ignored: it is a convenience). */
void session_save(app *a, const char *path);
/* Reopens what path describes; nothing if it is missing or stale. */
void session_load(app *a, const char *path);

#endif
