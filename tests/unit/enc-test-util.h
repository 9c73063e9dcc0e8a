/* Test text in other encodings: UTF-8 converted with iconv. */
#ifndef ENC_TEST_UTIL_H
#define ENC_TEST_UTIL_H

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

/* s converted to `enc`, malloc'd; *n receives its size. Include after
 * <cmocka.h>. */
static char *to_enc(const char *enc, const char *s, size_t *n)
{
	iconv_t cd = iconv_open(enc, "UTF-8");
	assert_true(cd != (iconv_t)-1);
	size_t in = strlen(s), out = 4 * in + 16;
	char *buf = malloc(out), *o = buf, *i = (char *)s;
	assert_true(iconv(cd, &i, &in, &o, &out) != (size_t)-1);
	iconv_close(cd);
	*n = (size_t)(o - buf);
	return buf;
}

#endif
