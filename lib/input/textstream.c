/* Inputs decoded piece by piece: see yd_textstream in yidu/encoding.h. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/encoding.h"
#include "decode-piece.h"
#include "util.h"

#define PIECE_DEFAULT (1u << 20)
/* The encoding is chosen on at least this much of the file, whatever the
 * piece size: a few characters cannot tell GB18030 from Big5. */
#define CHOOSE_BYTES (64u << 10)

struct yd_textstream {
	FILE *f;
	char *path;
	char *raw;           /* bytes read and not yet decoded */
	size_t raw_len, raw_cap, piece;
	bool eof;
	yd_piece_dec dec;
	yd_buf out;          /* the piece handed out */
	size_t lines;        /* line breaks handed out before this piece */
	yd_decoded info;
};

static size_t fill(yd_textstream *ts, size_t want)
{
	size_t r = fread(ts->raw + ts->raw_len, 1, want - ts->raw_len, ts->f);
	ts->raw_len += r;
	if (r == 0 || feof(ts->f))
		ts->eof = true;
	return r;
}

static size_t count_lines(const char *s, size_t n)
{
	size_t k = 0;
	if (n == 0)
		return 0;   /* s may be NULL before the first piece */
	for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + n - p))) != NULL; p++)
		k++;
	return k;
}

yd_textstream *yd_textstream_open(const char *path, size_t piece, yd_error *err)
{
	yd_textstream *ts = calloc(1, sizeof *ts);
	if (!ts) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	ts->piece = piece >= 16 ? piece : PIECE_DEFAULT;
	ts->dec.cd = (iconv_t)-1;
	ts->path = strdup(path);
	ts->raw_cap = ts->piece > CHOOSE_BYTES ? ts->piece : CHOOSE_BYTES;
	ts->raw = malloc(ts->raw_cap);
	if (!ts->path || !ts->raw) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		goto fail;
	}
	if (!(ts->f = fopen(path, "rb"))) {
		yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
		goto fail;
	}
	fill(ts, ts->raw_cap);
	if (ferror(ts->f)) {
		yd_error_set(err, YD_EIO, "%s: read error", path);
		goto fail;
	}
	/* the choice yd_decode makes for the first piece holds for the file */
	yd_error e = { 0 };
	if (yd_decode(ts->raw, ts->raw_len, NULL, 0, &ts->info, &e) != 0) {
		yd_error_set(err, YD_EFORMAT, "%s: %s", path, e.msg);
		goto fail;
	}
	yd_decoded_free(&ts->info);
	ts->info.replaced = 0;
	ts->info.first_bad_line = 0;
	const unsigned char *u = (const unsigned char *)ts->raw;
	size_t skip = 0;
	if (ts->raw_len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		skip = 3;
	else if (ts->raw_len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		skip = 2;
	if (strcmp(ts->info.how, "BOM") != 0)
		skip = 0;
	memmove(ts->raw, ts->raw + skip, ts->raw_len - skip);
	ts->raw_len -= skip;
	if (yd_piece_open(&ts->dec, ts->info.encoding) != 0) {
		yd_error_set(err, YD_EFORMAT, "%s: no converter from %s", path, ts->info.encoding);
		goto fail;
	}
	return ts;
fail:
	yd_textstream_close(ts);
	return NULL;
}

int yd_textstream_next(yd_textstream *ts, const char **text, size_t *n, yd_error *err)
{
	ts->lines += count_lines(ts->out.s, ts->out.len);
	ts->out.len = 0;
	for (;;) {
		if (!ts->eof && ts->raw_len < ts->piece) {
			fill(ts, ts->piece);
			if (ferror(ts->f))
				return yd_error_set(err, YD_EIO, "%s: read error", ts->path);
		}
		if (ts->raw_len == 0 && ts->eof) {
			*text = "";
			*n = 0;
			return 0;
		}
		size_t bad = ts->dec.bad;
		size_t used = yd_piece_decode(&ts->dec, ts->raw, ts->raw_len, ts->eof, &ts->out);
		memmove(ts->raw, ts->raw + used, ts->raw_len - used);
		ts->raw_len -= used;
		if (bad == 0 && ts->dec.bad > 0)
			ts->info.first_bad_line = ts->lines + count_lines(ts->out.s, ts->dec.first_at) + 1;
		ts->info.replaced = ts->dec.bad;
		if (ts->out.len == 0)
			continue;   /* only a cut character so far */
		const char *nul = memchr(ts->out.s, '\0', ts->out.len);
		if (nul)
			return yd_error_set(err, YD_EFORMAT, "%s:%zu: not text (a NUL byte)", ts->path,
					    ts->lines + count_lines(ts->out.s, (size_t)(nul - ts->out.s)) + 1);
		*text = ts->out.s;
		*n = ts->out.len;
		return 1;
	}
}

const yd_decoded *yd_textstream_info(const yd_textstream *ts)
{
	return &ts->info;
}

void yd_textstream_close(yd_textstream *ts)
{
	if (!ts)
		return;
	if (ts->f)
		fclose(ts->f);
	yd_piece_close(&ts->dec);
	yd_buf_free(&ts->out);
	free(ts->raw);
	free(ts->path);
	free(ts);
}
