/* Text encodings of inputs: what a file declares (BOM, HTTP header,
 * <meta charset>, http-equiv, XML declaration) or, when it declares
 * nothing, what its bytes are (UTF-8, else GB18030, else Big5), decoded to
 * UTF-8 with iconv. Bytes that do not decode become U+FFFD and are
 * counted, so the caller can warn (or refuse with --strict); nothing is
 * decoded silently into mojibake. */
#ifndef YIDU_ENCODING_H
#define YIDU_ENCODING_H

#include <stdbool.h>
#include <stddef.h>
#include "yidu/error.h"

typedef struct yd_decoded {
	char *text;            /* malloc'd, NUL-terminated UTF-8 */
	size_t len;
	const char *encoding;  /* "UTF-8", "GB18030", "BIG5-HKSCS", ... (static) */
	const char *how;       /* "BOM", "declared", "detected", "default" */
	size_t replaced;       /* invalid bytes replaced by U+FFFD */
	size_t first_bad_line; /* 1-based line of the first of them, or 0 */
	bool overrode;         /* a declaration was wrong and was ignored */
	char declared[32];     /* the declaration seen, or "" */
} yd_decoded;

/* Look at the first bytes for <meta charset>, http-equiv Content-Type or
 * an XML/crawl-wrapper encoding="..." declaration. */
#define YD_DECODE_MARKUP 1

/* Decodes buf[0..n). `declared` (may be NULL) is a charset from outside
 * the file, such as the HTTP Content-Type header of a WARC record; it wins
 * over a <meta> declaration but not over a BOM. Fails (YD_EFORMAT) only
 * when the bytes are not text at all (NUL bytes or control characters
 * outside UTF-16). */
int yd_decode(const char *buf, size_t n, const char *declared, int flags,
	      yd_decoded *out, yd_error *err);
void yd_decoded_free(yd_decoded *d);

/* The iconv name for a charset label ("gb2312" → "GB18030", "big5" →
 * "BIG5-HKSCS", "latin1" → "WINDOWS-1252"), or NULL for a label iconv does
 * not know. */
const char *yd_charset_canonical(const char *label, size_t n);

/* Finds a charset declaration in the first bytes of markup; copies the
 * label into out[outsz] and returns true. */
bool yd_charset_sniff(const char *buf, size_t n, char *out, size_t outsz);

/* A large input decoded piece by piece, so that memory holds a piece and
 * not the file (CSV data sets and JSON lines of any size). The encoding is
 * chosen on the first piece as yd_decode chooses it for a whole file (a
 * BOM, else detection); a character cut between pieces is carried over.
 * `piece` is the size read at a time, 0 for the default (1 MiB). */
typedef struct yd_textstream yd_textstream;
yd_textstream *yd_textstream_open(const char *path, size_t piece, yd_error *err);
/* The next piece of UTF-8 text in *text (valid until the next call): 1;
 * 0 at the end; -1 on a read error or binary data (a NUL byte). */
int yd_textstream_next(yd_textstream *ts, const char **text, size_t *n, yd_error *err);
/* The encoding and how it was chosen; `replaced` and `first_bad_line`
 * count what has been read so far; `text` is NULL. */
const yd_decoded *yd_textstream_info(const yd_textstream *ts);
void yd_textstream_close(yd_textstream *ts);

#endif
