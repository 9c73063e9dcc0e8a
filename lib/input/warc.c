/* WARC crawls (.warc, .warc.gz): every "response" record whose HTTP
 * payload is HTML is a page. libarchive undoes the gzip (one member per
 * record, as wget, Heritrix and Common Crawl write them) and hands over
 * the plain stream, read here record by record: memory stays bounded by
 * the largest page kept, never by the file. */
#include "config.h"

#include <archive.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "yidu/parse.h"
#include "util.h"

/* A page larger than this is skipped (read past, not held). */
#define MAX_PAGE (32u << 20)

typedef struct reader {
	struct archive *ar;
	const char *buf;    /* libarchive's current block */
	size_t len, pos;
	bool eof;
} reader;

static bool fill(reader *r)
{
	if (r->pos < r->len)
		return true;
	if (r->eof)
		return false;
	const void *b;
	size_t n;
	la_int64_t off;
	int rc = archive_read_data_block(r->ar, &b, &n, &off);
	if (rc != ARCHIVE_OK || n == 0) {
		r->eof = true;
		return false;
	}
	r->buf = b;
	r->len = n;
	r->pos = 0;
	return true;
}

/* One header line, without its CR LF; false at the end of input. */
static bool get_line(reader *r, yd_buf *line)
{
	yd_buf_free(line);
	yd_buf_add(line, "", 0);
	for (;;) {
		if (!fill(r))
			return line->len > 0;
		const char *s = r->buf + r->pos;
		const char *nl = memchr(s, '\n', r->len - r->pos);
		size_t k = nl ? (size_t)(nl - s) : r->len - r->pos;
		if (line->len + k < 65536)
			yd_buf_add(line, s, k);
		r->pos += k + (nl != NULL);
		if (nl) {
			if (line->len && line->s[line->len - 1] == '\r')
				line->s[--line->len] = '\0';
			return true;
		}
	}
}

/* Reads (keep) or skips n bytes of a record block. */
static bool get_block(reader *r, size_t n, yd_buf *out)
{
	while (n > 0) {
		if (!fill(r))
			return false;
		size_t k = r->len - r->pos < n ? r->len - r->pos : n;
		if (out)
			yd_buf_add(out, r->buf + r->pos, k);
		r->pos += k;
		n -= k;
	}
	return true;
}

static const char *header_value(const char *line, const char *name)
{
	size_t k = strlen(name);
	if (strncasecmp(line, name, k) != 0 || line[k] != ':')
		return NULL;
	line += k + 1;
	while (*line == ' ' || *line == '\t')
		line++;
	return line;
}

/* The HTTP response inside the record: status, Content-Type's charset;
 * returns the offset of the payload or 0 if it is not an HTML page. */
static size_t http_payload(const char *s, size_t n, char *charset, size_t csz)
{
	charset[0] = '\0';
	if (n < 12 || strncmp(s, "HTTP/", 5) != 0)
		return 0;
	const char *sp = memchr(s, ' ', n < 20 ? n : 20);
	if (!sp || sp[1] != '2')
		return 0;   /* only 2xx responses are pages */
	bool html = false;
	size_t i = 0;
	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - s) : n;
		size_t len = e - i;
		if (len && s[e - 1] == '\r')
			len--;
		if (len == 0)
			return html ? (nl ? e + 1 : n) : 0;
		if (len > 13 && strncasecmp(s + i, "Content-Type:", 13) == 0) {
			char v[256];
			size_t vn = len - 13 < sizeof v - 1 ? len - 13 : sizeof v - 1;
			memcpy(v, s + i + 13, vn);
			v[vn] = '\0';
			for (char *c = v; *c; c++)
				*c = (char)((*c >= 'A' && *c <= 'Z') ? *c + 32 : *c);
			html = strstr(v, "text/html") || strstr(v, "application/xhtml");
			const char *cs = strstr(v, "charset=");
			if (cs) {
				cs += 8;
				while (*cs == '"' || *cs == '\'' || *cs == ' ')
					cs++;
				size_t k = strcspn(cs, "\"'; \t");
				if (k < csz) {
					memcpy(charset, cs, k);
					charset[k] = '\0';
				}
			}
		}
		if (!nl)
			break;
		i = e + 1;
	}
	return 0;
}

/* Reads the records of an opened archive. */
static int read_records(struct archive *ar, const char *path, yd_warc_page_fn fn, void *ctx,
			yd_error *err)
{
	reader r = { 0 };
	r.ar = ar;
	struct archive_entry *e;
	if (archive_read_next_header(r.ar, &e) != ARCHIVE_OK) {
		yd_error_set(err, YD_EFORMAT, "%s: %s", path, archive_error_string(r.ar) ?
			     archive_error_string(r.ar) : "cannot be read");
		return -1;
	}
	yd_buf line = { 0 }, block = { 0 };
	int rc = 0;
	size_t records = 0;
	while (rc == 0) {
		/* the version line, after the blank lines ending a record */
		bool got;
		while ((got = get_line(&r, &line)) && line.len == 0)
			;
		if (!got)
			break;
		if (strncmp(line.s, "WARC/", 5) != 0) {
			rc = yd_error_set(err, YD_EFORMAT, "%s: record %zu: not a WARC record "
					  "(no WARC/ version line)", path, records + 1);
			break;
		}
		records++;
		char uri[2048] = "", type[32] = "";
		long long clen = -1;
		while (get_line(&r, &line) && line.len > 0) {
			const char *v;
			if ((v = header_value(line.s, "WARC-Type")))
				snprintf(type, sizeof type, "%s", v);
			else if ((v = header_value(line.s, "WARC-Target-URI"))) {
				/* WARC 1.0 as wget writes it: <uri> */
				size_t k = strlen(v);
				if (k >= 2 && v[0] == '<' && v[k - 1] == '>')
					v++, k -= 2;
				if (k < sizeof uri) {
					memcpy(uri, v, k);
					uri[k] = '\0';
				}
			} else if ((v = header_value(line.s, "Content-Length")))
				clen = strtoll(v, NULL, 10);
		}
		if (clen < 0) {
			rc = yd_error_set(err, YD_EFORMAT, "%s: record %zu: no Content-Length",
					  path, records);
			break;
		}
		bool want = strcasecmp(type, "response") == 0 && (size_t)clen <= MAX_PAGE;
		yd_buf_free(&block);
		if (!get_block(&r, (size_t)clen, want ? &block : NULL)) {
			rc = yd_error_set(err, YD_EFORMAT, "%s: record %zu: cut short", path, records);
			break;
		}
		if (!want)
			continue;
		char charset[64];
		size_t off = http_payload(block.s, block.len, charset, sizeof charset);
		if (off == 0)
			continue;
		rc = fn(ctx, uri, charset[0] ? charset : NULL, block.s + off, block.len - off);
	}
	yd_buf_free(&line);
	yd_buf_free(&block);
	return rc;
}

static struct archive *new_reader(void)
{
	struct archive *ar = archive_read_new();
	archive_read_support_filter_all(ar);
	archive_read_support_format_raw(ar);
	return ar;
}

int yd_warc_read(const char *path, yd_warc_page_fn fn, void *ctx, yd_error *err)
{
	struct archive *ar = new_reader();
	int rc;
	if (archive_read_open_filename(ar, path, 1 << 16) != ARCHIVE_OK)
		rc = yd_error_set(err, YD_EIO, "%s: %s", path, archive_error_string(ar) ?
				  archive_error_string(ar) : "cannot be opened");
	else
		rc = read_records(ar, path, fn, ctx, err);
	archive_read_free(ar);
	return rc;
}

int yd_warc_read_mem(const void *buf, size_t n, const char *name, yd_warc_page_fn fn, void *ctx,
		     yd_error *err)
{
	struct archive *ar = new_reader();
	int rc;
	if (archive_read_open_memory(ar, buf, n) != ARCHIVE_OK)
		rc = yd_error_set(err, YD_EFORMAT, "%s: %s", name, archive_error_string(ar) ?
				  archive_error_string(ar) : "cannot be read");
	else
		rc = read_records(ar, name, fn, ctx, err);
	archive_read_free(ar);
	return rc;
}
