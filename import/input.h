/* yidu-import's inputs: the files named on the command line (folders
 * walked recursively, in sorted order) and their text as UTF-8. */
#ifndef YIDU_IMPORT_INPUT_H
#define YIDU_IMPORT_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include "yidu/error.h"
#include "yidu/encoding.h"

typedef struct input_list {
	char **v;
	size_t n, cap;
} input_list;

/* Visits `path`: a file, or every file under a folder, entries in name
 * order, hidden ones skipped. For each folder, `folder` gets the files
 * directly in it before any of its entries is visited (a site template is
 * learnt from them), and `leave` the same list after. A folder is listed
 * only when it is reached, so the tree's names are never all held. A
 * non-zero return from a callback stops the walk and is returned; a
 * folder that cannot be read stops it with -1 and err set. */
typedef struct input_walker {
	int (*folder)(void *ctx, const input_list *files);
	int (*file)(void *ctx, const char *path);
	void (*leave)(void *ctx, const input_list *files);
	void *ctx;
} input_walker;
int input_walk(const char *path, const input_walker *w, yd_error *err);
void input_list_free(input_list *l);

/* The first bytes of a file, enough to detect its format and encoding. */
#define INPUT_HEAD 65536

/* Reads a whole file as UTF-8 (see yidu/encoding.h): `markup` looks for
 * a <meta charset> declaration. *info tells how it was decoded and how
 * many bytes were replaced. Returns a malloc'd NUL-terminated buffer, or
 * NULL with err set (unreadable, or not text at all). */
char *input_read(const char *path, bool markup, size_t *len, yd_decoded *info,
		 yd_error *err);

/* True if head[0..n) looks like UTF-8 text (without BOM), ignoring a
 * sequence cut at the end. */
bool input_head_is_utf8(const char *head, size_t n);

#endif
