/* Decoding text piece by piece into UTF-8 (private to lib/input). A
 * character cut at the end of a piece is left for the next piece; a byte
 * that does not decode becomes U+FFFD and is counted. Decoding a whole
 * buffer is one piece with `last` set. */
#ifndef YIDU_DECODE_PIECE_H
#define YIDU_DECODE_PIECE_H

#include <iconv.h>
#include <stdbool.h>
#include <stddef.h>
#include "util.h"

typedef struct yd_piece_dec {
	const char *enc;   /* canonical name; UTF-8 is checked, not converted */
	iconv_t cd;
	size_t bad;        /* bytes replaced so far */
	size_t first_at;   /* where the first of them went in its output buffer */
} yd_piece_dec;

/* -1 when iconv does not know `enc`. */
int yd_piece_open(yd_piece_dec *d, const char *enc);
/* Appends the text of s[0..n) to b; returns how many bytes were used: all
 * of them when `last`, otherwise all but a character cut at the end. */
size_t yd_piece_decode(yd_piece_dec *d, const char *s, size_t n, bool last, yd_buf *b);
void yd_piece_close(yd_piece_dec *d);

#endif
