/* yidu-import: WARC crawls and CSV/TSV data sets. Each HTML response of a
 * WARC is decoded (the HTTP header's charset first) and read as an HTML
 * page with its URL; a CSV file, and JSON lines not read on the second
 * thread, are decoded a piece at a time (yd_textstream), so that a data
 * set of any size is read in bounded memory. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "yidu/out.h"
#include "input.h"

static int add_bytes(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
	if (*len + n + 1 > *cap) {
		size_t c = *cap ? *cap : 4096;
		while (c < *len + n + 1)
			c *= 2;
		char *b = realloc(*buf, c);
		if (!b) {
			fputs("yidu-import: out of memory\n", stderr);
			return -1;
		}
		*buf = b;
		*cap = c;
	}
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
	return 0;
}

typedef struct warc_ctx {
	run *r;
	const char *path;
} warc_ctx;

static int one_page(void *ctx, const char *url, const char *charset, const char *body, size_t n)
{
	warc_ctx *w = ctx;
	char origin[4096 + 2100];
	snprintf(origin, sizeof origin, "%s: %s", w->path, url);
	yd_decoded d;
	yd_error err = { 0 };
	if (yd_decode(body, n, charset, YD_DECODE_MARKUP, &d, &err) != 0) {
		char msg[sizeof origin + 600];
		snprintf(msg, sizeof msg, "%s: %s", origin, err.msg);
		return import_bad(w->r, msg);
	}
	if (import_decoded(w->r, origin, &d) != 0) {
		yd_decoded_free(&d);
		return -1;
	}
	yd_article a;
	int rc;
	if (yd_parse_html(d.text, d.len, origin, url, &a, &err) != 0)
		rc = import_bad(w->r, err.msg);
	else
		rc = import_add(w->r, &a, false);
	yd_decoded_free(&d);
	return rc;
}

int import_warc(run *r, const char *path)
{
	warc_ctx w = { r, path };
	yd_error err = { 0 };
	r->inputs++;
	int rc = yd_warc_read(path, one_page, &w, &err);
	if (rc != 0 && err.code)
		return import_bad(r, err.msg);
	return rc;
}

/* CSV and TSV: decoded a piece at a time, then row by row. */
static int csv_sink(void *ctx, yd_article *a)
{
	return import_add(ctx, a, false);
}

static int csv_bad(void *ctx, const char *msg)
{
	return import_bad(ctx, msg);
}

int import_csv(run *r, const char *path)
{
	yd_error err = { 0 };
	yd_textstream *ts = yd_textstream_open(path, 0, &err);
	if (!ts)
		return import_bad(r, err.msg);
	r->inputs++;
	int rc;
	if (!r->extract) {
		rc = import_csv_threaded(r, path, ts);
	} else {
		rc = yd_parse_csv_stream(ts, path, r->columns, csv_sink, csv_bad, r, &err);
		if (rc != 0 && err.code == YD_EUSAGE) {
			yd_out_printf(stderr, "yidu-import: %s\n", err.msg);
			rc = -1;
		} else if (rc != 0 && err.code) {
			rc = import_bad(r, err.msg);
		}
	}
	if (rc == 0)
		rc = import_decoded(r, path, yd_textstream_info(ts));
	yd_textstream_close(ts);
	return rc;
}

/* JSON lines that the second thread does not read (another encoding than
 * UTF-8, --extract): decoded a piece at a time and cut into lines. */
static int json_line(run *r, const char *path, const char *s, size_t n, size_t no)
{
	if (no == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3, n -= 3;
	return import_json_line(r, s, n, path, no);
}

int import_jsonl_stream(run *r, const char *path)
{
	yd_error err = { 0 };
	yd_textstream *ts = yd_textstream_open(path, 0, &err);
	if (!ts)
		return import_bad(r, err.msg);
	char *carry = NULL;   /* a line cut by the end of a piece */
	size_t len = 0, cap = 0, no = 0;
	const char *t;
	size_t n;
	int rc = 0, k;
	while (rc == 0 && (k = yd_textstream_next(ts, &t, &n, &err)) > 0) {
		const char *p = t, *end = t + n, *e;
		while (rc == 0 && (e = memchr(p, '\n', (size_t)(end - p))) != NULL) {
			if (len == 0) {
				rc = json_line(r, path, p, (size_t)(e - p), ++no);
			} else {
				rc = add_bytes(&carry, &len, &cap, p, (size_t)(e - p));
				if (rc == 0)
					rc = json_line(r, path, carry, len, ++no);
				len = 0;
			}
			p = e + 1;
		}
		if (rc == 0 && p < end)
			rc = add_bytes(&carry, &len, &cap, p, (size_t)(end - p));
	}
	if (rc == 0 && k < 0)
		rc = import_bad(r, err.msg);
	if (rc == 0 && len > 0)
		rc = json_line(r, path, carry, len, ++no);
	if (rc == 0)
		rc = import_decoded(r, path, yd_textstream_info(ts));
	free(carry);
	yd_textstream_close(ts);
	return rc;
}
