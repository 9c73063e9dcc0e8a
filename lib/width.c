/* Display width of text, and cutting text to a number of columns. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "yidu/text.h"
#include "text-internal.h"

int yd_text_width(const char *s, size_t n, int flags)
{
	const char *enc = yd_text_encoding(flags);
	size_t i = 0;
	long total = 0;

	while (i < n) {
		int w;
		uint32_t base;
		i = yd_cluster_next(s, n, i, enc, &w, &base);
		total += w;
	}
	return total > INT_MAX ? INT_MAX : (int)total;
}

size_t yd_text_prefix(const char *s, size_t n, int cols, int flags, int *used)
{
	const char *enc = yd_text_encoding(flags);
	size_t i = 0;
	int total = 0;

	while (i < n) {
		int w;
		uint32_t base;
		size_t j = yd_cluster_next(s, n, i, enc, &w, &base);
		if (total + w > cols)
			break;
		total += w;
		i = j;
	}
	if (used)
		*used = total;
	return i;
}

char *yd_text_fit(const char *s, size_t n, int cols, int flags, bool pad)
{
	static const char ellipsis[] = "\xE2\x80\xA6"; /* … */
	int ew = (flags & YD_AMBIGUOUS_WIDE) ? 2 : 1;
	int used = 0;
	size_t keep, len;
	bool cut;
	char *out;

	if (cols <= 0)
		return calloc(1, 1);
	keep = yd_text_prefix(s, n, cols, flags, &used);
	cut = keep < n; /* the prefix took every zero-width cluster it could */
	if (cut) {
		/* Room for the ellipsis; if even that is too wide (one column
		 * and wide ellipses), show what fits without one. */
		if (ew <= cols) {
			keep = yd_text_prefix(s, n, cols - ew, flags, &used);
		} else {
			cut = false;
			ew = 0;
		}
	}
	/* The ellipsis follows the text; padding (including the column a
	 * wide character could not take) comes after it. */
	len = keep + (cut ? sizeof ellipsis - 1 : 0);
	if (pad)
		len += (size_t)(cols - used - (cut ? ew : 0));
	out = malloc(len + 1);
	if (!out)
		return NULL;
	memcpy(out, s, keep);
	len = keep;
	if (cut) {
		memcpy(out + len, ellipsis, sizeof ellipsis - 1);
		len += sizeof ellipsis - 1;
	}
	if (pad) {
		int gap = cols - used - (cut ? ew : 0);
		memset(out + len, ' ', (size_t)gap);
		len += (size_t)gap;
	}
	out[len] = '\0';
	return out;
}

/* 0 unless s[0..n) starts with a character that no following character
 * can join (printable ASCII, or a CJK unified ideograph, U+4E00..U+9FFF,
 * never Extend, ZWJ or SpacingMark): its length in bytes. */
static size_t plain_char(const unsigned char *s, size_t n, int *cols)
{
	if (n >= 1 && s[0] >= 0x20 && s[0] < 0x7f) {
		*cols = 1;
		return 1;
	}
	/* e4 b8 80 is U+4E00, e9 bf bf U+9FFF */
	if (n >= 3 && ((s[0] == 0xe4 && s[1] >= 0xb8) || (s[0] >= 0xe5 && s[0] <= 0xe9)) &&
	    (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80) {
		*cols = 2;
		return 3;
	}
	return 0;
}

size_t yd_text_cluster(const char *s, size_t n, int flags, int *cols)
{
	/* Fast path for most of the text drawn and wrapped: a plain
	 * character followed by another (or by nothing) is a cluster alone,
	 * so the grapheme break rules need not run. */
	int pw, nw;
	const unsigned char *u = (const unsigned char *)s;
	size_t pl = plain_char(u, n, &pw);
	if (pl && (pl == n || plain_char(u + pl, n - pl, &nw))) {
		if (cols)
			*cols = pw;
		return pl;
	}
	int w = 0;
	uint32_t base;
	size_t end = n ? yd_cluster_next(s, n, 0, yd_text_encoding(flags), &w, &base) : 0;
	if (cols)
		*cols = w;
	return end;
}
