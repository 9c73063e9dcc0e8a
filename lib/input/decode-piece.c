/* See decode-piece.h. */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistr.h>

#include "decode-piece.h"

static void replaced(yd_piece_dec *d, yd_buf *b)
{
	if (d->bad++ == 0)
		d->first_at = b->len;
	yd_buf_adds(b, "\xEF\xBF\xBD");
}

int yd_piece_open(yd_piece_dec *d, const char *enc)
{
	memset(d, 0, sizeof *d);
	d->enc = enc;
	d->cd = (iconv_t)-1;
	if (strcmp(enc, "UTF-8") == 0)
		return 0;
	d->cd = iconv_open("UTF-8", enc);
	return d->cd == (iconv_t)-1 ? -1 : 0;
}

void yd_piece_close(yd_piece_dec *d)
{
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	d->cd = (iconv_t)-1;
}

/* The start of a UTF-8 character cut by the end of s[0..n), or n. */
static size_t utf8_cut(const char *s, size_t n)
{
	for (size_t k = 1; k <= 3 && k <= n; k++) {
		unsigned char c = (unsigned char)s[n - k];
		if (c < 0x80)
			return n;
		if (c >= 0xC0) {
			ucs4_t uc;
			return u8_mbtoucr(&uc, (const uint8_t *)s + n - k, k) == -2 ? n - k : n;
		}
	}
	return n;
}

static size_t piece_utf8(yd_piece_dec *d, const char *s, size_t n, bool last, yd_buf *b)
{
	if (!last)
		n = utf8_cut(s, n);
	yd_buf_add(b, "", 0);
	if (u8_check((const uint8_t *)s, n) == NULL) {
		yd_buf_add(b, s, n);   /* valid: copied whole */
		return n;
	}
	size_t i = 0, run = 0;
	while (i < n) {
		ucs4_t uc;
		int k = u8_mbtoucr(&uc, (const uint8_t *)s + i, n - i);
		if (k > 0) {
			i += (size_t)k;
			continue;
		}
		yd_buf_add(b, s + run, i - run);
		replaced(d, b);
		run = ++i;
	}
	yd_buf_add(b, s + run, n - run);
	return n;
}

static size_t piece_iconv(yd_piece_dec *d, const char *s, size_t n, bool last, yd_buf *b)
{
	char tmp[8192];
	char *in = (char *)s;
	size_t left = n;
	yd_buf_add(b, "", 0);
	while (left > 0) {
		char *o = tmp;
		size_t room = sizeof tmp;
		size_t r = iconv(d->cd, &in, &left, &o, &room);
		yd_buf_add(b, tmp, (size_t)(o - tmp));
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		if (errno == EINVAL && !last)
			break;   /* a character cut at the end: the next piece has the rest */
		/* EILSEQ, or EINVAL at the very end */
		replaced(d, b);
		in++;
		left--;
		iconv(d->cd, NULL, NULL, NULL, NULL);
	}
	return (size_t)(in - s);
}

size_t yd_piece_decode(yd_piece_dec *d, const char *s, size_t n, bool last, yd_buf *b)
{
	return d->cd == (iconv_t)-1 ? piece_utf8(d, s, n, last, b)
				    : piece_iconv(d, s, n, last, b);
}
