/* QR codes to take an article away on a phone: libqrencode makes the
 * module matrix; it is drawn as text with half blocks, two modules (one
 * above the other) per character cell: ▀ ▄ █ or a space, with the quiet
 * zone of 4 modules that ISO/IEC 18004 asks for around the symbol.
 *
 * "Dark" means ink: draw the lines in black on white (or dark on light).
 */
#ifndef YIDU_QR_H
#define YIDU_QR_H

#include <stdbool.h>
#include <stddef.h>
#include "yidu/error.h"

#define YD_QR_QUIET 4

typedef struct yd_qr {
	int version;           /* 1..40 */
	char level;            /* error correction: 'L', 'M', 'Q' or 'H' */
	int size;              /* modules a side, quiet zone not included */
	unsigned char *dark;   /* size × size, row by row: 1 dark; NULL when
				* only the size is known (see YD_QR_TOO_BIG) */
} yd_qr;

/* Results of the encoding functions (besides -1: out of memory). */
enum {
	YD_QR_OK = 0,
	YD_QR_TOO_BIG = 1,     /* does not fit the space given: `out` holds
				* the version and size it would need */
	YD_QR_TOO_LONG = 2,    /* more than any QR code holds */
	YD_QR_NONE = 3,        /* nothing to encode (e.g. no web address) */
};

/* Encodes UTF-8 text as the smallest symbol that holds it (the lowest
 * version), with the strongest error correction that still fits that
 * version. The symbol must fit in max_cols × max_rows character cells as
 * drawn by yd_qr_line (0: no limit). cell_cols is the number of columns a
 * half block takes on the terminal: 1, or 2 where ambiguous-width
 * characters are drawn wide (spaces are then doubled to match).
 * Returns a YD_QR_* result; the symbol is in *out when YD_QR_OK. */
int yd_qr_encode(const char *text, int max_cols, int max_rows, int cell_cols,
		 yd_qr *out);
void yd_qr_free(yd_qr *q);

/* Character cells the drawn symbol takes, quiet zone included. */
int yd_qr_rows(const yd_qr *q);
int yd_qr_cols(const yd_qr *q, int cell_cols);
/* Row `row` (0 .. yd_qr_rows - 1) of the drawing: ▀ ▄ █ and spaces only;
 * malloc'd, NULL when out of memory. */
char *yd_qr_line(const yd_qr *q, int row, int cell_cols);

/* What a code for an article can carry. */
typedef enum yd_qr_kind {
	YD_QR_URL,             /* its source address, if it is a web address */
	YD_QR_TEXT,            /* its title and a short summary, as text */
	YD_QR_TITLE,           /* its title alone */
} yd_qr_kind;

/* The summary in YD_QR_TEXT is cut to at most this many characters, and
 * shorter (ending in "…") when the space needs it, but not below
 * YD_QR_SUMMARY_MIN (then the result is YD_QR_TOO_BIG). */
#define YD_QR_SUMMARY_MAX 100
#define YD_QR_SUMMARY_MIN 12

/* Whether s is a web address worth a code (http:// or https://, no
 * spaces or controls). */
bool yd_qr_is_web_url(const char *s);

/* Encodes what `kind` takes from an article (title, summary and url may
 * be NULL) to fit the space, as yd_qr_encode. Controls and escape
 * sequences are removed from the text first. On YD_QR_OK, *payload (if
 * not NULL) receives the text the code holds (malloc'd). */
int yd_qr_article(const char *title, const char *summary, const char *url,
		  yd_qr_kind kind, int max_cols, int max_rows, int cell_cols,
		  yd_qr *out, char **payload);

#endif
