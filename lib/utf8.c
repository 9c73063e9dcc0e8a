/* UTF-8 decoding and encoding, strict (RFC 3629): no overlong forms, no
 * surrogates, nothing above U+10FFFF. */
#include "yidu/text.h"
#include "text-internal.h"

int yd_utf8_decode(const char *s, size_t n, uint32_t *uc)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char b0, lo = 0x80, hi = 0xBF;
	uint32_t c;
	int len;

	if (n == 0) {
		*uc = 0xFFFD;
		return 0;
	}
	b0 = p[0];
	if (b0 < 0x80) {
		*uc = b0;
		return 1;
	}
	if (b0 >= 0xC2 && b0 <= 0xDF) {
		len = 2;
		c = b0 & 0x1F;
	} else if (b0 >= 0xE0 && b0 <= 0xEF) {
		len = 3;
		c = b0 & 0x0F;
		if (b0 == 0xE0)
			lo = 0xA0; /* overlong */
		else if (b0 == 0xED)
			hi = 0x9F; /* surrogates */
	} else if (b0 >= 0xF0 && b0 <= 0xF4) {
		len = 4;
		c = b0 & 0x07;
		if (b0 == 0xF0)
			lo = 0x90; /* overlong */
		else if (b0 == 0xF4)
			hi = 0x8F; /* above U+10FFFF */
	} else {
		goto bad;
	}
	if ((size_t)len > n)
		goto bad;
	/* Only the second byte has a narrowed range. */
	if (p[1] < lo || p[1] > hi)
		goto bad;
	c = (c << 6) | (p[1] & 0x3F);
	for (int i = 2; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			goto bad;
		c = (c << 6) | (p[i] & 0x3F);
	}
	*uc = c;
	return len;
bad:
	*uc = 0xFFFD;
	return 1;
}

int yd_utf8_encode(uint32_t uc, char *buf)
{
	if (uc > 0x10FFFF || (uc >= 0xD800 && uc <= 0xDFFF))
		uc = 0xFFFD;
	return yd_utf8_put(uc, (unsigned char *)buf);
}
