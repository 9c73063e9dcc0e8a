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

/* UTF-8 text with a few invalid bytes, as opposed to another encoding:
 * valid multi-byte sequences outnumber invalid bytes twenty to one. */
static bool mostly_utf8(const char *s, size_t n)
{
	size_t good = 0, bad = 0;
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		int k = u8_mbtoucr(&uc, (const uint8_t *)s + i, n - i);
		if (k < 0) {
			bad++;
			i++;
		} else {
			good += k > 1;
			i += (size_t)k;
		}
	}
	return good > 0 && bad * 20 <= good;
}

/* Converts with iconv; NULL if the text is not valid in `from`. */
static char *convert(const char *from, const char *s, size_t n, size_t *len)
{
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1)
		return NULL;
	size_t cap = 2 * n + 16;
	char *out = malloc(cap + 1);
	char *in = (char *)s, *o = out;
	size_t inleft = n, outleft = cap;
	bool ok = out != NULL;
	while (ok && inleft > 0) {
		if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
			if (errno == E2BIG) {
				size_t used = (size_t)(o - out);
				char *bigger = realloc(out, 2 * cap + 1);
				if (!bigger) {
					ok = false;
					break;
				}
				out = bigger;
				o = out + used;
				outleft += cap;
				cap *= 2;
			} else {
				ok = false;
			}
		}
	}
	iconv_close(cd);
	if (!ok) {
		free(out);
		return NULL;
	}
	*len = (size_t)(o - out);
	out[*len] = '\0';
	return out;
}

char *input_read(const char *path, size_t *len, const char **note,
		 yd_error *err)
{
	*note = NULL;
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
	buf[n] = '\0';
	const unsigned char *u = (const unsigned char *)buf;
	char *out = NULL;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		memmove(buf, buf + 3, n - 2);
		n -= 3;
	} else if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
			      (u[0] == 0xFE && u[1] == 0xFF))) {
		*note = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		out = convert(*note, buf + 2, n - 2, len);
		free(buf);
		if (!out)
			yd_error_set(err, YD_EFORMAT, "%s: invalid %s text", path, *note);
		return out;
	}
	if (u8_check((const uint8_t *)buf, n) == NULL) {
		if (memchr(buf, '\0', n)) {
			free(buf);
			yd_error_set(err, YD_EFORMAT, "%s: a binary file (NUL bytes), "
				     "not text", path);
			return NULL;
		}
		*len = n;
		return buf;
	}
	if (mostly_utf8(buf, n)) {
		/* a few damaged sequences in UTF-8 text: the builder turns
		 * them into U+FFFD */
		*note = "UTF-8 with invalid sequences";
		*len = n;
		return buf;
	}
	if (!memchr(buf, '\0', n) && (out = convert("GB18030", buf, n, len))) {
		*note = "GB18030";
		free(buf);
		return out;
	}
	free(buf);
	yd_error_set(err, YD_EFORMAT, "%s: not UTF-8 text (nor UTF-16 with a BOM, "
		     "nor GB18030); convert it to UTF-8 first", path);
	return NULL;
}
