/* QR codes as text: libqrencode's module matrix drawn with half blocks. */
#include <errno.h>
#include <qrencode.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/qr.h"

void yd_qr_free(yd_qr *q)
{
	if (!q)
		return;
	free(q->dark);
	q->dark = NULL;
}

/* The symbol for text at this error-correction level, of version `version`
 * or the smallest above it; NULL with errno set when it cannot be made. */
static QRcode *encode_at(const char *text, int version, QRecLevel level)
{
	/* QR_MODE_8 as the hint: numbers and upper-case runs still get their
	 * compact modes; everything else is bytes (UTF-8), which phones and
	 * zbar read as UTF-8. */
	return QRcode_encodeString(text, version, level, QR_MODE_8, 1);
}

int yd_qr_rows(const yd_qr *q)
{
	return (q->size + 2 * YD_QR_QUIET + 1) / 2;
}

int yd_qr_cols(const yd_qr *q, int cell_cols)
{
	return (q->size + 2 * YD_QR_QUIET) * (cell_cols == 2 ? 2 : 1);
}

int yd_qr_encode(const char *text, int max_cols, int max_rows, int cell_cols,
		 yd_qr *out)
{
	static const struct { QRecLevel level; char name; } levels[] = {
		{ QR_ECLEVEL_H, 'H' }, { QR_ECLEVEL_Q, 'Q' }, { QR_ECLEVEL_M, 'M' },
	};
	memset(out, 0, sizeof *out);
	if (!text || !*text)
		return YD_QR_NONE;
	errno = 0;
	QRcode *best = encode_at(text, 0, QR_ECLEVEL_L);
	if (!best)
		return errno == ENOMEM ? -1 : YD_QR_TOO_LONG;
	out->level = 'L';
	/* The lowest version is the one level L needs; the strongest level
	 * that still fits in that version costs nothing in size. */
	for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
		QRcode *q = encode_at(text, best->version, levels[i].level);
		if (q && q->version == best->version) {
			QRcode_free(best);
			best = q;
			out->level = levels[i].name;
			break;
		}
		QRcode_free(q);
	}
	out->version = best->version;
	out->size = best->width;
	if ((max_cols > 0 && yd_qr_cols(out, cell_cols) > max_cols) ||
	    (max_rows > 0 && yd_qr_rows(out) > max_rows)) {
		QRcode_free(best);
		return YD_QR_TOO_BIG;
	}
	size_t n = (size_t)out->size * (size_t)out->size;
	out->dark = malloc(n);
	if (!out->dark) {
		QRcode_free(best);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		out->dark[i] = best->data[i] & 1;   /* bit 0: dark module */
	QRcode_free(best);
	return YD_QR_OK;
}

static bool dark_at(const yd_qr *q, int y, int x)
{
	return q->dark && y >= 0 && x >= 0 && y < q->size && x < q->size &&
	       q->dark[(size_t)y * (size_t)q->size + (size_t)x];
}

char *yd_qr_line(const yd_qr *q, int row, int cell_cols)
{
	int n = q->size + 2 * YD_QR_QUIET;
	/* 3 bytes a block, or 2 spaces: 3 bytes a module at most */
	char *s = malloc((size_t)n * 3 + 1), *p = s;
	if (!s)
		return NULL;
	int y = 2 * row - YD_QR_QUIET;
	for (int x = -YD_QR_QUIET; x < q->size + YD_QR_QUIET; x++) {
		bool top = dark_at(q, y, x), bottom = dark_at(q, y + 1, x);
		const char *g = top && bottom ? "█" : top ? "▀" : bottom ? "▄" : NULL;
		if (g) {
			memcpy(p, g, 3);
			p += 3;
		} else {
			*p++ = ' ';
			if (cell_cols == 2)
				*p++ = ' ';
		}
	}
	*p = '\0';
	return s;
}
