/* yd_parse_json_article and the JSON reader under it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "yidu/parse.h"
#include "parse-test-util.h"

static int parse(const char *s, yd_article *a, yd_error *err)
{
	return yd_parse_json_article(s, strlen(s), "t.jsonl:7", a, err);
}

/* The n-th line (1-based) of a fixture. */
static char *fixture_line(const char *rel, int no)
{
	size_t n;
	char *text = read_fixture(rel, &n), *p = text, *e, *out;
	while (--no > 0 && (p = strchr(p, '\n')) != NULL)
		p++;
	assert_non_null(p);
	e = strchr(p, '\n');
	out = strndup(p, e ? (size_t)(e - p) : strlen(p));
	free(text);
	return out;
}

static void fixture(void **state)
{
	yd_article a;
	yd_error err = {0};
	char *line = fixture_line("jsonl/articles.jsonl", 1);
	(void)state;
	assert_int_equal(parse(line, &a, &err), 0);
	assert_string_equal(a.title, "甘孜州医保住院报销比例");
	assert_string_equal(a.slug, "ganzi-zhuyuan-baoxiao");
	assert_string_equal(a.date, "2025-03-19");
	assert_int_equal(a.nregions, 2);
	assert_string_equal(a.regions[1], "510000");
	assert_int_equal(a.ntopics, 1);
	assert_string_equal(a.body, "## 标题\n\n正文。");
	assert_false(a.excerpt);
	assert_int_equal(a.nrelated, 2);
	assert_string_equal(a.related[0].title, "a-b");
	assert_string_equal(a.related[1].title, "另一篇");
	assert_string_equal(a.related[1].summary, "摘要");
	assert_string_equal(a.related[1].category, "健康新闻");
	assert_string_equal(a.related[1].date, "2025-03-01");
	assert_string_equal(a.origin, "t.jsonl:7");
	yd_article_clear(&a);
	free(line);

	line = fixture_line("jsonl/articles.jsonl", 2);
	assert_int_equal(parse(line, &a, &err), 0);
	assert_true(a.excerpt);
	assert_null(a.body);
	assert_string_equal(a.summary, "短答案");
	yd_article_clear(&a);
	free(line);

	line = fixture_line("jsonl/articles.jsonl", 4);
	assert_int_equal(parse(line, &a, &err), 0);
	assert_string_equal(a.title, "\xF0\x9F\x98\x80 表情与中文");
	assert_string_equal(a.body, "a\"b\\c/d\n\t");
	assert_null(a.source);
	yd_article_clear(&a);
	free(line);
}

static void escapes(void **state)
{
	static const struct {
		const char *json, *want;
	} cases[] = {
		{"\"\\u0041\\u00e9\\u4e2d\"", "A\xC3\xA9中"},
		{"\"\\ud83c\\udfe5\"", "\xF0\x9F\x8F\xA5"},          /* 🏥 */
		{"\"\\ud800\"", "\xEF\xBF\xBD"},                       /* lone high */
		{"\"\\udc00x\"", "\xEF\xBF\xBDx"},                     /* lone low */
		{"\"\\ud800\\u0041\"", "\xEF\xBF\xBD" "A"},            /* high + non-low */
		{"\"\\ud800\\ud800\\udc00\"", "\xEF\xBF\xBD\xF0\x90\x80\x80"},
		{"\"\\b\\f\\r\\/\"", "\b\f\r/"},
		{"\"\\uFFFF\"", "\xEF\xBF\xBF"},
		/* runs of characters copied at once, between escapes: 1 to 4
		 * bytes, U+1000 and U+FFFD at the ends of the inline check */
		{"\"医保\\n报销\\u4e2d文\\\"x\"", "医保\n报销中文\"x"},
		{"\"\xC3\xA9\xF0\x9F\x8F\xA5中a\\tb\"", "\xC3\xA9\xF0\x9F\x8F\xA5中a\tb"},
		{"\"\xE1\x80\x80\xEF\xBF\xBD\xE0\xA0\x80\xED\x9F\xBF\"",
		 "\xE1\x80\x80\xEF\xBF\xBD\xE0\xA0\x80\xED\x9F\xBF"},
	};
	size_t k;
	(void)state;
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		char line[256];
		yd_article a;
		yd_error err = {0};
		snprintf(line, sizeof line, "{\"title\": %s}", cases[k].json);
		if (parse(line, &a, &err) != 0)
			fail_msg("case %zu: %s", k, err.msg);
		assert_string_equal(a.title, cases[k].want);
		yd_article_clear(&a);
	}
}

static void errors(void **state)
{
	static const struct {
		const char *json, *prefix, *word;
	} cases[] = {
		{"[1, 2]", "t.jsonl:7: column 1: ", "expected an object"},
		{"\"title\"", "t.jsonl:7: column 1: ", "expected an object"},
		{"{\"title\": \"a\", \"regions\": 5}", "t.jsonl:7: column 27: ", "\"regions\" must be"},
		{"{\"title\": 3}", "t.jsonl:7: column 11: ", "\"title\" must be a string"},
		{"{\"title\": \"a\", \"excerpt\": \"yes\"}", "column 27", "true or false"},
		{"{\"title\": \"a\", \"topics\": [\"x\", 2]}", "column 32", "must be strings"},
		{"{\"title\": \"a\"} x", "t.jsonl:7: column 16: ", "unexpected text"},
		{"{\"title\": \"a\"", "t.jsonl:7: ", "unterminated object"},
		{"{\"title\": \"a}", "t.jsonl:7: column 11: ", "unterminated string"},
		{"{\"title\": \"\\x\"}", "column 12", "invalid escape"},
		{"{\"title\": \"\\u12G4\"}", "column 16", "hex digit"},
		{"{\"title\": \"a\tb\"}", "column 13", "control character"},
		{"{\"title\": \"\xff\"}", "column 12", "invalid UTF-8"},
		{"{\"title\": \"医保\xe5\"}", "column 14", "invalid UTF-8"},
		/* inside a run: overlong, a surrogate, a cut character */
		{"{\"title\": \"医保\xe0\x80\x80报销\"}", "column 14", "invalid UTF-8"},
		{"{\"title\": \"医保\xed\xa0\x80报销\"}", "column 14", "invalid UTF-8"},
		{"{\"title\": \"医保\xe4\xb8报销\"}", "column 14", "invalid UTF-8"},
		{"{\"title\": \"医保\xe4\xb8\"}", "column 14", "invalid UTF-8"},
		{"{\"title\": \"a\", \"n\": 012}", "", "leading zero"},
		{"{\"title\": \"a\", \"n\": 1.}", "", "digit expected"},
		{"{\"title\": \"a\", \"n\": -}", "", "invalid number"},
		{"{\"title\": \"a\", \"n\": tru}", "", "unexpected character"},
		{"{\"title\": \"a\", \"title\": \"b\"}", "column 16", "duplicate key"},
		{"{\"title\": \"a\",}", "", "expected a string key"},
		{"{\"title\" \"a\"}", "column 10", "expected ':'"},
		{"{\"slug\": \"x\"}", "column 1", "\"title\" is missing"},
		{"{\"title\": \" \"}", "", "\"title\" is empty"},
		{"{\"title\": \"a\", \"slug\": \"Has Space\"}", "column 24", "invalid slug"},
		{"{\"title\": \"a\\u0000b\"}", "", "NUL"},
		{"", "t.jsonl:7: column 1: ", "unexpected end"},
		{"{\"title\": \"中文\", \"related\": [{\"summary\": \"x\"}]}", "column 29", "\"title\" string"},
	};
	size_t k;
	(void)state;
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		yd_article a;
		yd_error err = {0};
		if (parse(cases[k].json, &a, &err) != -1)
			fail_msg("case %zu parsed", k);
		assert_int_equal(err.code, YD_EFORMAT);
		if (!strstr(err.msg, cases[k].prefix) || !strstr(err.msg, cases[k].word))
			fail_msg("case %zu: message \"%s\"", k, err.msg);
		assert_null(a.title);
	}
}

static void nesting_and_size(void **state)
{
	char *line;
	size_t k, n;
	yd_article a;
	yd_error err = {0};
	(void)state;
	/* Nesting in an unknown key: fine at 10 levels, refused at 100. */
	line = calloc(1, 1000);
	strcpy(line, "{\"title\": \"a\", \"x\": ");
	for (k = 0; k < 10; k++)
		strcat(line, "[{\"k\": ");
	strcat(line, "null");
	for (k = 0; k < 10; k++)
		strcat(line, "}]");
	strcat(line, "}");
	assert_int_equal(parse(line, &a, &err), 0);
	assert_int_equal(err.code, 0);
	assert_non_null(strstr(err.msg, "unknown key \"x\""));
	yd_article_clear(&a);
	strcpy(line, "{\"title\": \"a\", \"x\": ");
	for (k = 0; k < 100; k++)
		strcat(line, "[");
	assert_int_equal(parse(line, &a, &err), -1);
	assert_non_null(strstr(err.msg, "nesting"));
	free(line);

	/* A 4 MB body of escapes and Chinese. */
	n = 4u << 20;
	line = malloc(n + 64);
	strcpy(line, "{\"title\": \"长\", \"body\": \"");
	k = strlen(line);
	while (k < n) {
		memcpy(line + k, "\\n医保", 8);
		k += 8;
	}
	strcpy(line + k, "\"}");
	assert_int_equal(parse(line, &a, &err), 0);
	assert_int_equal(strlen(a.body), (k - 25) / 8 * 7);
	assert_memory_equal(a.body, "\n医保\n", 8);
	yd_article_clear(&a);
	free(line);

	/* Numbers, literals and white space of every kind. */
	assert_int_equal(parse(" \t{\"title\":\"a\",\"n\":[-0.5e+3,0,1E2,true,false,null]}\r\n", &a, &err), 0);
	yd_article_clear(&a);
	/* A bad date is a warning; the record is kept. */
	assert_int_equal(parse("{\"title\": \"a\", \"date\": \"2025/03/19\"}", &a, &err), 0);
	assert_null(a.date);
	assert_int_equal(err.code, 0);
	assert_non_null(strstr(err.msg, "column 24: date"));
	yd_article_clear(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fixture),
		cmocka_unit_test(escapes),
		cmocka_unit_test(errors),
		cmocka_unit_test(nesting_and_size),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
