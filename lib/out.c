/* The one sanitising writer (include/yidu/out.h). Clean text, the usual
 * case, is written as it is; anything else goes through yd_text_sanitize
 * first, so that what reaches the stream is always what it would be. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/out.h"
#include "yidu/text.h"

#define KEEP (YD_SANITIZE_KEEP_NEWLINES | YD_SANITIZE_KEEP_TABS)

int yd_out_write(FILE *f, const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (yd_text_is_clean(s, n, KEEP))
		return fwrite(s, 1, n, f) == n ? 0 : -1;
	size_t len;
	char *clean = yd_text_sanitize(s, n, KEEP, &len);
	if (!clean)
		return -1;
	int rc = fwrite(clean, 1, len, f) == len ? 0 : -1;
	free(clean);
	return rc;
}

int yd_out_puts(FILE *f, const char *s)
{
	return yd_out_write(f, s, strlen(s));
}

int yd_out_printf(FILE *f, const char *fmt, ...)
{
	char small[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n < sizeof small)
		return yd_out_write(f, small, (size_t)n);
	char *big = malloc((size_t)n + 1);
	if (!big)
		return -1;
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	int rc = yd_out_write(f, big, (size_t)n);
	free(big);
	return rc;
}

int yd_out_sgr(FILE *f, const char *params)
{
	if (strspn(params, "0123456789;") != strlen(params))
		return -1;
	return fprintf(f, "\033[%sm", params) < 0 ? -1 : 0;
}
