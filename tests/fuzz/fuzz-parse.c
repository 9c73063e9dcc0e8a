/* libFuzzer harness for the input parsers. The first byte picks the
 * parser (page, Markdown, JSON line, or all three); the rest is the input. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "yidu/parse.h"

static void check(const yd_article *a)
{
	size_t i;
	/* Every successful parse has a title; related entries have one too. */
	if (!a->title)
		__builtin_trap();
	for (i = 0; i < a->nrelated; i++)
		if (!a->related[i].title)
			__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	yd_article a;
	yd_error err;
	const char *s;
	size_t n;
	int sel;

	if (size < 1)
		return 0;
	sel = data[0] % 4;
	s = (const char *)data + 1;
	n = size - 1;
	(void)yd_format_detect("x", s, n);
	if (sel == 0 || sel == 3) {
		if (yd_parse_page(s, n, "fuzz.txt", &a, &err) == 0)
			check(&a);
		yd_article_clear(&a);
	}
	if (sel == 1 || sel == 3) {
		if (yd_parse_markdown(s, n, "fuzz.md", &a, &err) == 0)
			check(&a);
		yd_article_clear(&a);
	}
	if (sel == 2 || sel == 3) {
		if (yd_parse_json_article(s, n, "fuzz.jsonl:1", &a, &err) == 0)
			check(&a);
		yd_article_clear(&a);
	}
	if (memchr(err.msg, '\0', sizeof err.msg) == NULL)
		__builtin_trap();
	return 0;
}
