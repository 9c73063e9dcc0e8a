/* libFuzzer harness for the real-world input readers: the first byte
 * picks HTML (decoded as markup first), CSV, WARC (from memory), encoding
 * detection alone, or a text page read against a template built from the
 * input itself; the rest is the input. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yidu/encoding.h"
#include "yidu/parse.h"

static void check(const yd_article *a)
{
	if (!a->title || !a->body)
		__builtin_trap();
	for (size_t i = 0; i < a->nrelated; i++)
		if (!a->related[i].title)
			__builtin_trap();
	/* what --extract prints must be one line */
	char *j = yd_article_to_json(a, NULL);
	if (strchr(j, '\n'))
		__builtin_trap();
	free(j);
}

static int sink(void *ctx, yd_article *a)
{
	(void)ctx;
	check(a);
	yd_article_clear(a);
	return 0;
}

static int bad(void *ctx, const char *msg)
{
	(void)ctx;
	(void)msg;
	return 0;
}

static int page(void *ctx, const char *url, const char *charset, const char *body, size_t n)
{
	yd_decoded d;
	yd_error err = { 0 };
	(void)ctx;
	if (yd_decode(body, n, charset, YD_DECODE_MARKUP, &d, &err) == 0) {
		yd_article a;
		if (yd_parse_html(d.text, d.len, "f.warc", url, &a, &err) == 0) {
			check(&a);
			yd_article_clear(&a);
		}
		yd_decoded_free(&d);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int sel = data[0] % 5;
	const char *s = (const char *)data + 1;
	size_t n = size - 1;
	yd_error err = { 0 };
	yd_decoded d;
	yd_article a;
	switch (sel) {
	case 0:
		if (yd_decode(s, n, NULL, YD_DECODE_MARKUP, &d, &err) == 0) {
			if (yd_parse_html(d.text, d.len, "f.html", "http://x.example/a/b.html", &a, &err) == 0) {
				check(&a);
				yd_article_clear(&a);
			}
			yd_decoded_free(&d);
		}
		break;
	case 1:
		if (yd_decode(s, n, NULL, 0, &d, &err) == 0) {
			yd_parse_csv(d.text, d.len, "f.csv", n > 2 && s[0] == 'c' ? "body=2" : NULL,
				     sink, bad, NULL, &err);
			yd_decoded_free(&d);
		}
		break;
	case 2:
		yd_warc_read_mem(s, n, "f.warc", page, NULL, &err);
		break;
	case 3:
		if (yd_decode(s, n, n > 4 ? "gbk" : NULL, 0, &d, &err) == 0) {
			/* the output is UTF-8 */
			if (strlen(d.text) > d.len)
				__builtin_trap();
			yd_decoded_free(&d);
		}
		break;
	default: {
		/* the input split in two pages of one site */
		yd_page_template *t = yd_page_template_new();
		size_t half = n / 2;
		yd_page_template_add(t, s, half);
		yd_page_template_add(t, s + half, n - half);
		if (yd_parse_page_site(s, n, "f.txt", t, &a, &err) == 0) {
			check(&a);
			yd_article_clear(&a);
		}
		yd_page_template_free(t);
		break;
	}
	}
	return 0;
}
