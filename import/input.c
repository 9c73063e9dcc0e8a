/* Finding input files and reading them as UTF-8. */
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

int input_collect(input_list *l, const char *path, yd_error *err)
{
	struct stat sb;
	if (stat(path, &sb) != 0)
		return yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
	if (!S_ISDIR(sb.st_mode))
		return push(l, path) == 0 ? 0
			: yd_error_set(err, YD_ENOMEM, "out of memory");
	DIR *d = opendir(path);
	if (!d)
		return yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
	input_list names = { 0 };
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.' && push(&names, e->d_name) != 0) {
			closedir(d);
			input_list_free(&names);
			return yd_error_set(err, YD_ENOMEM, "out of memory");
		}
	closedir(d);
	if (names.n)
		qsort(names.v, names.n, sizeof *names.v, cmp_str);
	int rc = 0;
	for (size_t i = 0; i < names.n && rc == 0; i++) {
		size_t n = strlen(path) + strlen(names.v[i]) + 2;
		char *p = malloc(n);
		if (!p) {
			rc = yd_error_set(err, YD_ENOMEM, "out of memory");
			break;
		}
		snprintf(p, n, "%s%s%s", path,
			 path[strlen(path) - 1] == '/' ? "" : "/", names.v[i]);
		rc = input_collect(l, p, err);
		free(p);
	}
	input_list_free(&names);
	return rc;
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
