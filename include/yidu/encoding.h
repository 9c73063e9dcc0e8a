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

#endif
