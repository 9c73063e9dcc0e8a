#include <stdarg.h>
#include <stdio.h>
#include "yidu/error.h"

int yd_error_set(yd_error *err, int code, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		err->code = code;
		vsnprintf(err->msg, sizeof err->msg, fmt, ap);
		va_end(ap);
	}
	return -1;
}

void yd_error_clear(yd_error *err)
{
	if (err) {
		err->code = 0;
		err->msg[0] = '\0';
	}
}
