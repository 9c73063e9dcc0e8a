/* Walking the input files and reading them as UTF-8. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistr.h>

#include "input.h"

static int push(input_list *l, const char *path)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;
		char **v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return -1;
		l->v = v;
		l->cap = cap;
	}
	if (!(l->v[l->n] = strdup(path)))
		return -1;
	l->n++;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "dir/name", without doubling a slash the folder's name ends with */
static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/",
			 name);
	return p;
}

/* A folder: its entries sorted, its own files handed to w->folder before
 * any entry is visited, each entry then in name order. Only this folder's
 * names (and its ancestors') are held, not the tree's. */
static int walk_folder(const char *path, const input_walker *w, yd_error *err)
{
	DIR *d = opendir(path);
	if (!d)
		return yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
	input_list names = { 0 }, files = { 0 };
	char *dirs = NULL;   /* which entries are folders */
	struct dirent *e;
	int rc = 0;
	while (rc == 0 && (e = readdir(d)) != NULL)
		if (e->d_name[0] != '.' && push(&names, e->d_name) != 0)
			rc = yd_error_set(err, YD_ENOMEM, "out of memory");
	closedir(d);
	if (rc == 0 && names.n) {
		qsort(names.v, names.n, sizeof *names.v, cmp_str);
		if (!(dirs = calloc(names.n, 1)))
			rc = yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < names.n && rc == 0; i++) {
		char *p = join(path, names.v[i]);
		struct stat sb;
		if (!p)
			rc = yd_error_set(err, YD_ENOMEM, "out of memory");
		else if (stat(p, &sb) != 0)
			rc = yd_error_set(err, YD_EIO, "%s: %s", p, strerror(errno));
		else if (S_ISDIR(sb.st_mode))
			dirs[i] = 1;
		else if (push(&files, p) != 0)
			rc = yd_error_set(err, YD_ENOMEM, "out of memory");
		free(p);
	}
	if (rc == 0 && w->folder)
		rc = w->folder(w->ctx, &files);
	for (size_t i = 0, f = 0; i < names.n && rc == 0; i++) {
		if (!dirs[i]) {
			rc = w->file(w->ctx, files.v[f++]);
			continue;
		}
		char *p = join(path, names.v[i]);
		rc = p ? walk_folder(p, w, err) : yd_error_set(err, YD_ENOMEM, "out of memory");
		free(p);
	}
	if (w->leave)
		w->leave(w->ctx, &files);
	free(dirs);
	input_list_free(&names);
	input_list_free(&files);
	return rc;
}

int input_walk(const char *path, const input_walker *w, yd_error *err)
{
	struct stat sb;
	if (stat(path, &sb) != 0)
		return yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
	if (S_ISDIR(sb.st_mode))
		return walk_folder(path, w, err);
	return w->file(w->ctx, path);
}

void input_list_free(input_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

bool input_head_is_utf8(const char *head, size_t n)
{
	/* a multi-byte sequence may be cut at the end of the head */
	size_t cut = n;
	for (size_t k = 0; k < 3 && cut > 0; k++) {
		unsigned char c = (unsigned char)head[cut - 1];
		if (c < 0x80)
			break;
		cut--;
		if (c >= 0xC0)
			break;
	}
	if (n - cut > 0 && n - cut < 4 && n == INPUT_HEAD)
		n = cut;
	return u8_check((const uint8_t *)head, n) == NULL &&
		memchr(head, '\0', n) == NULL;
}

char *input_read(const char *path, bool markup, size_t *len, yd_decoded *info,
		 yd_error *err)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0, r;
	char *buf = malloc(cap + 1);
	while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			char *b = realloc(buf, 2 * cap + 1);
			if (!b) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = b;
			cap *= 2;
		}
	}
	bool failed = ferror(f);
	fclose(f);
	if (!buf || failed) {
		free(buf);
		yd_error_set(err, failed ? YD_EIO : YD_ENOMEM, "%s: %s", path,
			     failed ? "read error" : "out of memory");
		return NULL;
	}
	yd_error e = { 0 };
	int rc = yd_decode(buf, n, NULL, markup ? YD_DECODE_MARKUP : 0, info, &e);
	free(buf);
	if (rc != 0) {
		yd_error_set(err, YD_EFORMAT, "%s: %s", path, e.msg);
		return NULL;
	}
	*len = info->len;
	char *t = info->text;
	info->text = NULL;
	return t;
}
