/* yd_parse_markdown: front matter, errors with line numbers, no front
 * matter; and the format helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "yidu/parse.h"
#include "parse-test-util.h"

static int parse(const char *s, yd_article *a, yd_error *err)
{
	return yd_parse_markdown(s, strlen(s), "t.md", a, err);
}

static void full(void **state)
{
	yd_article a;
	yd_error err = {0};
	size_t n;
	char *text = read_fixture("md/full.md", &n);
	(void)state;
	assert_int_equal(yd_parse_markdown(text, n, "full.md", &a, &err), 0);
	assert_string_equal(a.title, "贺州市职工医保个人账户余额怎么查");
	assert_string_equal(a.slug, "hezhou-zhigong-zhanghu-yue");
	assert_string_equal(a.date, "2025-03-19");
	assert_string_equal(a.source, "医读编辑部");
	assert_string_equal(a.url, "https://example.org/a/123");
	assert_string_equal(a.author, "李明 \"编辑\" \\ 审校");
	assert_string_equal(a.category, "医保问答");
	assert_string_equal(a.summary, "可以在平台、小程序或窗口查询，别忘了带'社保卡'");
	assert_int_equal(a.nregions, 3);
	assert_string_equal(a.regions[0], "451100");
	assert_string_equal(a.regions[1], "贺州市");
	assert_string_equal(a.regions[2], "八步区");
	assert_int_equal(a.ntopics, 2);
	assert_string_equal(a.topics[0], "医保/个人账户/余额查询");
	assert_string_equal(a.topics[1], "医保/经办服务/平台");
	assert_int_equal(a.nrelated, 2);
	assert_string_equal(a.related[1].title, "guangxi-yidi-jiuyi-beian");
	assert_null(a.related[1].summary);
	assert_false(a.excerpt);
	/* Leading blank lines trimmed. */
	assert_string_equal(a.body, "正文第一段。\n\n## 小标题\n\n- 列表\n");
	assert_string_equal(a.origin, "full.md");
	/* The unknown key is a warning, not an error. */
	assert_int_equal(err.code, 0);
	assert_non_null(strstr(err.msg, "full.md:16: unknown key \"tags\""));
	yd_article_clear(&a);
	free(text);
}

static void crlf_and_bad_date(void **state)
{
	yd_article a;
	yd_error err = {0};
	size_t n;
	char *text = read_fixture("md/crlf-bad-date.md", &n);
	(void)state;
	assert_int_equal(yd_parse_markdown(text, n, "c.md", &a, &err), 0);
	assert_string_equal(a.title, "换行符是 CRLF");
	/* 2025-02-30 does not exist: kept out, reported as a warning. */
	assert_null(a.date);
	assert_int_equal(err.code, 0);
	assert_non_null(strstr(err.msg, "c.md:3: date"));
	assert_string_equal(a.body, "正文。\n");
	yd_article_clear(&a);
	free(text);
}

static void no_front_matter(void **state)
{
	yd_article a;
	yd_error err = {0};
	size_t n;
	char *text = read_fixture("md/no-front-matter.md", &n);
	(void)state;
	assert_int_equal(yd_parse_markdown(text, n, "n.md", &a, &err), 0);
	assert_string_equal(a.title, "没有前置信息的文章");
	assert_null(strstr(a.body, "没有前置信息的文章"));
	assert_non_null(strstr(a.body, "前言一句。"));
	assert_non_null(strstr(a.body, "正文在标题之后。"));
	assert_non_null(strstr(a.body, "# 代码块里的不是标题"));
	yd_article_clear(&a);
	free(text);

	/* A heading only inside a code block does not count. */
	assert_int_equal(parse("```\n# 不是\n```\n正文\n", &a, &err), -1);
	assert_int_equal(err.code, YD_EFORMAT);
	assert_true(strncmp(err.msg, "t.md:1: ", 8) == 0);
	assert_null(a.title);
}

static void errors(void **state)
{
	static const struct {
		const char *text, *prefix, *word;
	} cases[] = {
		{"---\nslug: a\n---\n正文\n", "t.md:1: ", "title"},
		{"---\ntitle: 标题\n", "t.md:1: ", "not closed"},
		{"---\ntitle: 标题\nslug: Bad_Slug\n---\n", "t.md:3: ", "slug"},
		{"---\ntitle: 标题\nsummary: \"未结束\n---\n", "t.md:3: ", "unterminated"},
		{"---\ntitle: \"标题\" 尾巴\n---\n", "t.md:2: ", "after the closing quote"},
		{"---\ntitle: 标题\nthis line has no colon\n---\n", "t.md:3: ", "key: value"},
		{"---\ntitle: 标题\nregions: [1, 2\n---\n", "t.md:3: ", "]"},
		{"---\ntitle: 标题\n  - 孤立的项\n---\n", "t.md:3: ", "outside a list"},
		{"---\ntitle: 标题\nexcerpt: maybe\n---\n", "t.md:3: ", "true or false"},
		{"---\ntitle: \"  \"\n---\n", "t.md:2: ", "empty"},
	};
	size_t k;
	(void)state;
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		yd_article a;
		yd_error err = {0};
		if (parse(cases[k].text, &a, &err) != -1)
			fail_msg("case %zu parsed", k);
		assert_int_equal(err.code, YD_EFORMAT);
		if (strncmp(err.msg, cases[k].prefix, strlen(cases[k].prefix)) != 0 ||
		    !strstr(err.msg, cases[k].word))
			fail_msg("case %zu: message \"%s\"", k, err.msg);
		assert_null(a.title);
	}
}

static void lists_and_excerpt(void **state)
{
	yd_article a;
	yd_error err = {0};
	(void)state;
	assert_int_equal(parse("---\ntitle: T\nregions: 451100\ntopics: []\nrelated:\n- x\n-   \"y, z\"\n"
			       "excerpt: true\n---\n正文被忽略\n", &a, &err), 0);
	assert_int_equal(a.nregions, 1);
	assert_int_equal(a.ntopics, 0);
	assert_int_equal(a.nrelated, 2);
	assert_string_equal(a.related[1].title, "y, z");
	assert_true(a.excerpt);
	assert_null(a.body);
	assert_string_equal(err.msg, "");
	yd_article_clear(&a);
	/* A title in brackets is a plain string, not a list. */
	assert_int_equal(parse("\xEF\xBB\xBF---\ntitle: [转载] 标题\n---\n", &a, &err), 0);
	assert_string_equal(a.title, "[转载] 标题");
	assert_string_equal(a.body, "");
	yd_article_clear(&a);
}

static void formats(void **state)
{
	(void)state;
	assert_int_equal(yd_format_detect("a.md", "x", 1), YD_FMT_MARKDOWN);
	assert_int_equal(yd_format_detect("a.MARKDOWN", "{", 1), YD_FMT_MARKDOWN);
	assert_int_equal(yd_format_detect("a.jsonl", "---\n", 4), YD_FMT_JSONL);
	assert_int_equal(yd_format_detect("a.ndjson", "", 0), YD_FMT_JSONL);
	assert_int_equal(yd_format_detect("a.txt", "---\n", 4), YD_FMT_PAGE);
	assert_int_equal(yd_format_detect("a", "---\r\ntitle: x\n", 15), YD_FMT_MARKDOWN);
	assert_int_equal(yd_format_detect("a", "\xEF\xBB\xBF---\n", 7), YD_FMT_MARKDOWN);
	assert_int_equal(yd_format_detect("a", "----\n", 5), YD_FMT_PAGE);
	assert_int_equal(yd_format_detect("a", "\n  {\"title\": 1}", 15), YD_FMT_JSONL);
	assert_int_equal(yd_format_detect("a.html", "标题\n正文", 12), YD_FMT_HTML);
	assert_int_equal(yd_format_detect("a", "<!DOCTYPE html><p>x", 19), YD_FMT_HTML);
	assert_int_equal(yd_format_detect("a", "\n<html lang=zh>", 15), YD_FMT_HTML);
	assert_int_equal(yd_format_detect("a.csv", "a,b\n", 4), YD_FMT_CSV);
	assert_int_equal(yd_format_detect("a.warc.gz", "", 0), YD_FMT_WARC);
	assert_int_equal(yd_format_detect("a", "WARC/1.0\r\n", 10), YD_FMT_WARC);
	assert_int_equal(yd_format_detect(NULL, NULL, 0), YD_FMT_PAGE);
	assert_int_equal(yd_format_from_name("page"), YD_FMT_PAGE);
	assert_int_equal(yd_format_from_name("markdown"), YD_FMT_MARKDOWN);
	assert_int_equal(yd_format_from_name("jsonl"), YD_FMT_JSONL);
	assert_int_equal(yd_format_from_name("xml"), YD_FMT_AUTO);
	assert_int_equal(yd_format_from_name(NULL), YD_FMT_AUTO);
	assert_string_equal(yd_format_name(YD_FMT_PAGE), "page");
	assert_string_equal(yd_format_name(YD_FMT_MARKDOWN), "markdown");
	assert_string_equal(yd_format_name(YD_FMT_JSONL), "jsonl");
	assert_string_equal(yd_format_name(YD_FMT_AUTO), "auto");
	assert_int_equal(yd_format_from_name(yd_format_name(YD_FMT_JSONL)), YD_FMT_JSONL);
}

static void article_clear(void **state)
{
	yd_article a;
	(void)state;
	yd_article_init(&a);
	assert_null(a.title);
	assert_int_equal(a.nrelated, 0);
	a.title = strdup("x");
	a.regions = calloc(1, sizeof *a.regions);
	a.regions[0] = strdup("451100");
	a.nregions = 1;
	yd_article_clear(&a);
	assert_null(a.title);
	assert_null(a.regions);
	assert_int_equal(a.nregions, 0);
	yd_article_clear(&a); /* twice is fine */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(full),
		cmocka_unit_test(crlf_and_bad_date),
		cmocka_unit_test(no_front_matter),
		cmocka_unit_test(errors),
		cmocka_unit_test(lists_and_excerpt),
		cmocka_unit_test(formats),
		cmocka_unit_test(article_clear),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
