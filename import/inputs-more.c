/* yidu-import: WARC crawls and CSV/TSV data sets. Each HTML response of a
 * WARC is decoded (the HTTP header's charset first) and read as an HTML
 * page with its URL; a CSV file is decoded whole and read row by row. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "yidu/out.h"
#include "input.h"

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

/* CSV and TSV: decoded whole, then row by row. */
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
	size_t n;
	yd_decoded info;
	char *text = input_read(path, false, &n, &info, &err);
	if (!text)
		return import_bad(r, err.msg);
	r->inputs++;
	int rc = import_decoded(r, path, &info);
	if (rc == 0 && !r->extract) {
		rc = import_csv_threaded(r, path, text, n);
	} else if (rc == 0) {
		rc = yd_parse_csv(text, n, path, r->columns, csv_sink, csv_bad, r, &err);
		if (rc != 0 && err.code == YD_EUSAGE) {
			yd_out_printf(stderr, "yidu-import: %s\n", err.msg);
			rc = -1;
		} else if (rc != 0 && err.code) {
			rc = import_bad(r, err.msg);
		}
	}
	free(text);
	return rc;
}
