/* libFuzzer harness for lib text. The first byte picks the width (low 7
 * bits) and ambiguous-wide mode (high bit), the second the sanitiser flags;
 * the rest is sanitised, then wrapped, and the results are checked against
 * the contracts in include/yidu/text.h. Any violation aborts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>
#include "yidu/text.h"

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "fuzz-text: %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Width without the module's own code: libunistring's grapheme breaks and
 * uc_width, the first non-zero width of a cluster, at most 2; VS16 after an
 * emoji and a regional-indicator pair make 2. */
static int ref_width(const char *s, size_t n, const char *enc)
{
	char *brk;
	int total = 0;

	if (n == 0)
		return 0;
	brk = malloc(n);
	CHECK(brk);
	u8_grapheme_breaks((const uint8_t *)s, n, brk);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		ucs4_t first = 0;
		int w = 0, nri = 0, vs16 = 0;

		while (j < n && !brk[j])
			j++;
		for (size_t k = i; k < j;) {
			ucs4_t c;
			int len = u8_mbtouc(&c, (const uint8_t *)s + k, j - k);
			int cw = uc_width(c, enc);
			if (k == i)
				first = c;
			if (w == 0 && cw > 0)
				w = cw;
			vs16 |= c == 0xFE0F;
			nri += c >= 0x1F1E6 && c <= 0x1F1FF;
			k += (size_t)len;
		}
		if (w > 2)
			w = 2;
		if ((vs16 && uc_is_property_emoji(first)) || nri == 2)
			w = 2;
		total += w;
		i = j;
	}
	free(brk);
	return total;
}

static void check_wrap(const char *s, size_t n, int width, int flags, const char *enc)
{
	yd_wrap_line *l = NULL;
	size_t k = yd_text_wrap(s, n, width, flags, &l), pos = 0, nl = 0, want_nl = 0;
	int w = width < 2 ? 2 : width;

	CHECK(k != (size_t)-1);
	CHECK(n == 0 ? k == 0 : k >= 1);
	for (size_t i = 0; i < k; i++) {
		size_t st = l[i].start, en = l[i].end;
		int seen_nl = 0;

		CHECK(st >= pos && st <= en && en <= n);
		for (size_t j = pos; j < st; j++) { /* spaces, then at most one '\n' */
			CHECK(!seen_nl);
			if (s[j] == '\n')
				seen_nl = 1;
			else
				CHECK(s[j] == ' ');
		}
		nl += (size_t)seen_nl;
		CHECK(memchr(s + st, '\n', en - st) == NULL);
		int rw = ref_width(s + st, en - st, enc);
		CHECK(rw == l[i].cols);
		CHECK(rw <= w);
		pos = en;
	}
	for (size_t j = pos; j < n; j++)
		CHECK(s[j] == ' ');
	for (size_t j = 0; j < n; j++)
		want_nl += s[j] == '\n';
	CHECK(nl == want_nl);
	free(l);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	int width = data[0] & 0x7F;
	int wflags = (data[0] & 0x80) ? YD_AMBIGUOUS_WIDE : 0;
	int sflags = (data[1] & 3) | wflags;
	const char *enc = wflags ? "GBK" : "UTF-8";
	const char *in = (const char *)data + 2;
	size_t n = size - 2, len = 0, len2 = 0;

	char *s = yd_text_sanitize(in, n, sflags, &len);
	CHECK(s);
	CHECK(strlen(s) == len);
	CHECK(u8_check((const uint8_t *)s, len) == NULL);
	CHECK(yd_text_is_clean(s, len, sflags));
	CHECK(yd_text_is_clean(in, n, sflags) == (len == n && memcmp(s, in, n) == 0));
	char *again = yd_text_sanitize(s, len, sflags, &len2);
	CHECK(again && len2 == len && memcmp(again, s, len) == 0);
	free(again);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		CHECK(c != 0x7F);
		CHECK(c >= 0x20 || (c == '\n' && (sflags & YD_SANITIZE_KEEP_NEWLINES)) ||
		      (c == '\t' && (sflags & YD_SANITIZE_KEEP_TABS)));
	}

	check_wrap(s, len, width, wflags, enc);

	/* Widths, prefixes and fitting on the text without newlines. */
	for (size_t i = 0; i < len; i++)
		if (s[i] == '\n' || s[i] == '\t')
			s[i] = ' ';
	CHECK(yd_text_width(s, len, wflags) == ref_width(s, len, enc));
	int used = -1;
	size_t p = yd_text_prefix(s, len, width, wflags, &used);
	CHECK(p <= len && used <= width && ref_width(s, p, enc) == used);
	for (int pad = 0; pad <= 1; pad++) {
		char *f = yd_text_fit(s, len, width, wflags, pad);
		CHECK(f);
		int fw = ref_width(f, strlen(f), enc);
		CHECK(pad ? fw == width : fw <= width);
		free(f);
	}
	free(s);
	return 0;
}
