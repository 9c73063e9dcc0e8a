/* Unit tests for the renderer: one behaviour each, on real libcmark. */
#include "config.h"

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "yidu/render.h"
#include "yidu/text.h"

static yd_doc *render(const char *md, int width, int flags)
{
	yd_doc *d = yd_render_markdown(md, strlen(md), width, flags);
	assert_non_null(d);
	return d;
}

/* Index of the first line containing `needle`, or -1. */
static long find_line(const yd_doc *d, const char *needle)
{
	for (size_t i = 0; i < d->nlines; i++)
		if (strstr(d->lines[i].text, needle))
			return (long)i;
	return -1;
}

/* Attribute of the span covering byte `off` of line l (0 for a gap). */
static const yd_span *span_at(const yd_dline *l, uint32_t off)
{
	for (uint32_t i = 0; i < l->nspans; i++)
		if (off >= l->spans[i].off && off < l->spans[i].off + l->spans[i].len)
			return &l->spans[i];
	return NULL;
}

static void check_invariants(const yd_doc *d)
{
	for (size_t i = 0; i < d->nlines; i++) {
		const yd_dline *l = &d->lines[i];
		assert_true(l->cols <= d->width);
		assert_int_equal(l->cols, yd_text_width(l->text, l->len, 0));
		for (uint32_t k = 0; k < l->len; k++) {
			unsigned char c = (unsigned char)l->text[k];
			assert_true(c >= 0x20 && c != 0x7f);
		}
	}
}

static void test_hostile_entities(void **state)
{
	(void)state;
	yd_doc *d = render("# a&#27;[31mb\n\nx &#27;[2J y &#155;31m z &#x202E;w &#x2066;v &#7; &#0;\n\n"
			   "[l&#27;](http://e/&#27;x)\n", 40, 0);
	check_invariants(d);
	for (size_t i = 0; i < d->nlines; i++) {
		const char *t = d->lines[i].text;
		assert_null(strstr(t, "\xC2\x9B"));      /* C1 CSI */
		assert_null(strstr(t, "\xE2\x80\xAE"));  /* RLO */
		assert_null(strstr(t, "\xE2\x81\xA6"));  /* LRI */
	}
	assert_true(find_line(d, "x") >= 0);
	assert_true(find_line(d, "w") >= 0);
	assert_int_equal(d->nlinks, 1);
	assert_null(strchr(d->links[0].target, '\033'));
	yd_doc_free(d);
}

static void test_raw_html_is_text(void **state)
{
	(void)state;
	yd_doc *d = render("<script>alert(1)</script>\n\nsay <b>hi</b>\n", 80, 0);
	assert_true(find_line(d, "<script>alert(1)</script>") >= 0);
	assert_true(find_line(d, "say <b>hi</b>") >= 0);
	yd_doc_free(d);
}

static void test_soft_breaks(void **state)
{
	(void)state;
	yd_doc *d = render("第一行\n第二行\n\none\ntwo\n\n中\nabc\n", 80, 0);
	assert_string_equal(d->lines[0].text, "第一行第二行");
	assert_string_equal(d->lines[2].text, "one two");
	assert_string_equal(d->lines[4].text, "中 abc");
	yd_doc_free(d);
}

static void test_hard_break(void **state)
{
	(void)state;
	yd_doc *d = render("one  \ntwo\\\nthree\n", 80, 0);
	assert_int_equal(d->nlines, 3);
	assert_string_equal(d->lines[0].text, "one");
	assert_string_equal(d->lines[1].text, "two");
	assert_string_equal(d->lines[2].text, "three");
	yd_doc_free(d);
}

static void test_width_clamped(void **state)
{
	(void)state;
	yd_doc *d = render("医保个人账户可以用于配偶父母的门诊费用\n", 0, 0);
	assert_int_equal(d->width, 8);
	check_invariants(d);
	assert_string_equal(d->lines[0].text, "医保个人");
	yd_doc_free(d);
	d = render("x\n", 1 << 20, 0);
	assert_true(d->width <= 65535);
	yd_doc_free(d);
}

static void test_code_block_clipped(void **state)
{
	(void)state;
	char md[256];
	snprintf(md, sizeof md, "```\n%s\nshort\n```\n",
		 "0123456789012345678901234567890123456789");
	yd_doc *d = render(md, 20, 0);
	assert_int_equal(d->nlines, 2);
	const yd_dline *l = &d->lines[0];
	assert_int_equal(l->cols, 20);
	assert_int_equal(strncmp(l->text, "0123456789012345678", 19), 0);
	assert_string_equal(l->text + 19, "→");
	assert_true(span_at(l, 19)->attr & YD_A_DIM);
	assert_true(span_at(l, 0)->attr & YD_A_CODE);
	assert_string_equal(d->lines[1].text, "short");
	yd_doc_free(d);
}

static void test_headings(void **state)
{
	(void)state;
	yd_doc *d = render("# 标题\n\n## Sub\n\n### Third\n", 40, 0);
	assert_string_equal(d->lines[0].text, "标题");
	assert_int_equal(d->lines[0].level, 1);
	assert_true(span_at(&d->lines[0], 0)->attr & YD_A_HEADING);
	assert_string_equal(d->lines[1].text, "════");
	assert_string_equal(d->lines[3].text, "Sub");
	assert_string_equal(d->lines[4].text, "───");
	assert_int_equal(d->lines[3].level, 2);
	assert_string_equal(d->lines[6].text, "### Third");
	assert_int_equal(d->lines[6].level, 3);
	yd_doc_free(d);
}

static void test_emphasis_spans(void **state)
{
	(void)state;
	yd_doc *d = render("a *b* **c** `d`\n", 40, 0);
	const yd_dline *l = &d->lines[0];
	assert_string_equal(l->text, "a b c d");
	assert_null(span_at(l, 0));
	assert_int_equal(span_at(l, 2)->attr, YD_A_EMPH);
	assert_int_equal(span_at(l, 4)->attr, YD_A_STRONG);
	assert_int_equal(span_at(l, 6)->attr, YD_A_CODE);
	yd_doc_free(d);
}

static void test_quotes_nest(void **state)
{
	(void)state;
	yd_doc *d = render("> outer\n>\n> > inner\n", 40, 0);
	assert_string_equal(d->lines[0].text, "│ outer");
	assert_string_equal(d->lines[1].text, "│");
	assert_string_equal(d->lines[2].text, "│ │ inner");
	assert_true(span_at(&d->lines[2], 0)->attr & YD_A_QUOTE);
	assert_true(span_at(&d->lines[2], 4)->attr & YD_A_QUOTE);
	yd_doc_free(d);
}

static void test_lists(void **state)
{
	(void)state;
	yd_doc *d = render("9. nine\n10. ten ten ten ten\n\n- a\n  - b\n", 12, 0);
	assert_string_equal(d->lines[0].text, " 9. nine");
	assert_string_equal(d->lines[1].text, "10. ten ten");
	assert_string_equal(d->lines[2].text, "    ten ten");
	assert_true(span_at(&d->lines[1], 0)->attr & YD_A_MARKER);
	long a = find_line(d, "a");
	assert_true(a > 2);
	/* the nested item hangs under the outer item's text */
	int outer = yd_text_width(d->lines[a].text, strlen(d->lines[a].text) - 1, 0);
	const char *b = d->lines[a + 1].text;
	assert_int_equal(strspn(b, " "), (size_t)outer);
	yd_doc_free(d);
}

static void test_links(void **state)
{
	(void)state;
	yd_doc *d = render("see [医保局](https://nhsa.gov.cn) and [这篇](yidu:jiating-gongji).\n", 80, 0);
	assert_int_equal(d->nlinks, 2);
	assert_string_equal(d->links[0].target, "https://nhsa.gov.cn");
	assert_null(d->links[0].article);
	assert_string_equal(d->links[1].article, "jiating-gongji");
	const yd_dline *l = &d->lines[0];
	assert_string_equal(l->text, "see 医保局[1] and 这篇[2].");
	const yd_span *s = span_at(l, 4);
	assert_true(s->attr & YD_A_LINK);
	assert_int_equal(s->link, 1);
	assert_true(span_at(l, (uint32_t)(strstr(l->text, "[1]") - l->text))->attr & YD_A_MARKER);
	assert_int_equal(span_at(l, (uint32_t)(strstr(l->text, "这篇") - l->text))->link, 2);
	assert_true(find_line(d, "链接") > 0);
	assert_true(find_line(d, "[1] https://nhsa.gov.cn") > 0);
	assert_true(find_line(d, "[2] yidu:jiating-gongji") > 0);
	yd_doc_free(d);

	d = render("[x](http://a)\n", 80, YD_RENDER_NO_LINK_LIST);
	assert_int_equal(d->nlines, 1);
	assert_int_equal(d->nlinks, 1);
	yd_doc_free(d);
}

static void test_image(void **state)
{
	(void)state;
	yd_doc *d = render("![医保码](a.png)\n", 80, 0);
	assert_string_equal(d->lines[0].text, "[图: 医保码]");
	assert_true(span_at(&d->lines[0], 0)->attr & YD_A_DIM);
	yd_doc_free(d);
}

static void test_thematic_break(void **state)
{
	(void)state;
	yd_doc *d = render("---\n", 10, 0);
	assert_string_equal(d->lines[0].text, "──────────");
	assert_int_equal(d->lines[0].cols, 10);
	yd_doc_free(d);
}

static const char table_md[] =
	"| 医院等级 | 报销比例 |\n|---|--:|\n| 一级 | 90% |\n| 三级 | 80% |\n";

static void test_table_grid(void **state)
{
	(void)state;
	yd_doc *d = render(table_md, 80, 0);
	assert_string_equal(d->lines[0].text, "┌──────────┬──────────┐");
	assert_string_equal(d->lines[1].text, "│ 医院等级 │ 报销比例 │");
	assert_string_equal(d->lines[3].text, "│ 一级     │      90% │");
	assert_true(span_at(&d->lines[1], (uint32_t)strlen("│ "))->attr & YD_A_STRONG);
	assert_true(span_at(&d->lines[0], 0)->attr & YD_A_RULE);
	yd_doc_free(d);
}

static void test_table_records(void **state)
{
	(void)state;
	yd_doc *d = render(table_md, 16, 0);
	check_invariants(d);
	assert_string_equal(d->lines[0].text, "医院等级：一级");
	assert_string_equal(d->lines[1].text, "报销比例：90%");
	assert_true(d->lines[2].text[0] != '\0');
	assert_true(span_at(&d->lines[2], 0)->attr & YD_A_RULE);
	assert_string_equal(d->lines[3].text, "医院等级：三级");
	yd_doc_free(d);
}

static void test_src_positions(void **state)
{
	(void)state;
	yd_doc *d = render("first\n\n\n\nsecond para that wraps around\n", 12, 0);
	assert_int_equal(d->lines[0].src_line, 1);
	long k = find_line(d, "second");
	assert_true(k > 0);
	assert_int_equal(d->lines[k].src_line, 5);
	assert_int_equal(d->lines[k].src_off, 0);
	assert_int_equal(d->lines[k + 1].src_line, 5);
	assert_true(d->lines[k + 1].src_off > 0);
	yd_doc_free(d);
}

static void test_locate_across_widths(void **state)
{
	(void)state;
	const char *md = "# 题目\n\n医保个人账户可以用于配偶、父母、子女的门诊费用，"
			 "也可以用于购买药品和医用耗材。Employees may share the account.\n\n"
			 "第二段落的内容同样很长，需要在窄屏上折成很多行才能显示完整。\n";
	yd_doc *wide = render(md, 80, 0), *narrow = render(md, 12, 0);
	for (size_t i = 0; i < narrow->nlines; i++) {
		const yd_dline *l = &narrow->lines[i];
		if (l->len == 0)
			continue;
		/* from the narrow layout to the wide one and back */
		size_t j = yd_doc_locate(wide, l->src_line, l->src_off);
		assert_int_equal(wide->lines[j].src_line, l->src_line);
		assert_true(wide->lines[j].src_off <= l->src_off);
		/* the first line of the same position (a heading's rule shares
		 * its text's), so repeated relayouts do not creep down */
		size_t back = yd_doc_locate(narrow, l->src_line, l->src_off);
		assert_true(back <= i);
		assert_int_equal(narrow->lines[back].src_line, l->src_line);
		assert_int_equal(narrow->lines[back].src_off, l->src_off);
		if (back > 0 && narrow->lines[back - 1].src_line == l->src_line)
			assert_true(narrow->lines[back - 1].src_off < l->src_off);
	}
	/* an unknown position gives the nearest following line */
	size_t j = yd_doc_locate(narrow, 4, 0);
	assert_int_equal(narrow->lines[j].src_line, 5);
	yd_doc_free(wide);
	yd_doc_free(narrow);
}

static void test_write_sgr(void **state)
{
	(void)state;
	yd_doc *d = render("a **b**\n", 40, 0);
	char buf[256] = { 0 };
	FILE *f = fmemopen(buf, sizeof buf - 1, "w");
	assert_int_equal(yd_doc_write(d, f, 1), 0);
	fclose(f);
	assert_string_equal(buf, "a \033[0;1mb\033[0m\n");
	memset(buf, 0, sizeof buf);
	f = fmemopen(buf, sizeof buf - 1, "w");
	assert_int_equal(yd_doc_write(d, f, 0), 0);
	fclose(f);
	assert_string_equal(buf, "a b\n");
	yd_doc_free(d);
}

static void test_doc_add_text(void **state)
{
	(void)state;
	yd_doc *d = yd_doc_new(10, 0);
	assert_non_null(d);
	assert_int_equal(yd_doc_add_text(d, "标题\x1b[31m很长很长的标题", strlen("标题\x1b[31m很长很长的标题"), YD_A_TITLE), 0);
	assert_int_equal(yd_doc_add_rule(d), 0);
	check_invariants(d);
	assert_string_equal(d->lines[0].text, "标题很长很");
	assert_string_equal(d->lines[2].text, "──────────");
	yd_doc_free(d);
}

static void test_empty(void **state)
{
	(void)state;
	yd_doc *d = render("", 40, 0);
	assert_int_equal(d->nlines, 0);
	yd_doc_free(d);
}

/* Pathological inputs must render (in bounded time: the test finishes)
 * and keep every invariant. */
static void test_pathological(void **state)
{
	(void)state;
	static const char *const units[] = { "[", ">", "*", "> ", "- ", "*a **b ", "](", "`", "|", "<a " };
	size_t n = 50000;
	for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
		size_t ul = strlen(units[u]);
		char *md = malloc(n * ul + 8);
		assert_non_null(md);
		for (size_t i = 0; i < n; i++)
			memcpy(md + i * ul, units[u], ul);
		memcpy(md + n * ul, "x\n", 3);
		yd_doc *d = yd_render_markdown(md, n * ul + 2, 20, 0);
		assert_non_null(d);
		check_invariants(d);
		yd_doc_free(d);
		free(md);
	}
	/* a 10 MB line of mixed text */
	size_t big = 10u << 20;
	char *md = malloc(big + 1);
	assert_non_null(md);
	static const char piece[] = "医保 account 报销，";
	for (size_t i = 0; i < big; i++)
		md[i] = piece[i % (sizeof piece - 1)];
	big -= big % (sizeof piece - 1);
	md[big] = '\0';
	yd_doc *d = yd_render_markdown(md, big, 80, 0);
	assert_non_null(d);
	assert_true(d->nlines > 1000);
	check_invariants(d);
	yd_doc_free(d);
	free(md);
}

/* Laid out a few lines at a time (yd_render_step), a document comes out
 * exactly as laid out at once: the same lines, spans, positions, links. */
static void test_step_by_step(void **state)
{
	(void)state;
	static const char md[] =
		"# 标题\n\n第一段，[链接](https://example.com/a)和**粗体**。\n\n"
		"> 引用\n> 第二行\n\n- 一\n- 二\n  - 三\n\n1. 甲\n2. 乙\n\n"
		"```\ncode line\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
		"***\n\n### 小标题\n\n最后一段很长很长很长很长很长很长很长很长很长很长很长很长"
		"很长很长很长很长很长很长很长，[另一个](yidu:slug-x)。\n";
	static const int widths[] = { 8, 20, 47, 80 };
	for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		yd_doc *whole = render(md, widths[w], 0);
		yd_render_job *j = yd_render_begin(md, strlen(md), widths[w], 0, NULL);
		assert_non_null(j);
		yd_doc *d = yd_render_job_doc(j);
		int rc, steps = 0;
		while ((rc = yd_render_step(j, d->nlines + 1)) == 0)
			steps++;
		assert_int_equal(rc, 1);
		assert_true(yd_render_job_done(j));
		assert_true(steps > 3);   /* it did stop on the way */
		yd_render_job_free(j);
		assert_int_equal(d->nlines, whole->nlines);
		assert_int_equal(d->nlinks, whole->nlinks);
		for (size_t i = 0; i < d->nlines; i++) {
			const yd_dline *a = &d->lines[i], *b = &whole->lines[i];
			assert_string_equal(a->text, b->text);
			assert_int_equal(a->nspans, b->nspans);
			assert_memory_equal(a->spans, b->spans, a->nspans * sizeof *a->spans);
			assert_int_equal(a->src_line, b->src_line);
			assert_int_equal(a->src_off, b->src_off);
			assert_int_equal(a->cols, b->cols);
			assert_int_equal(a->level, b->level);
		}
		for (size_t i = 0; i < d->nlinks; i++)
			assert_string_equal(d->links[i].target, whole->links[i].target);
		yd_doc_free(d);
		yd_doc_free(whole);
	}
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hostile_entities),
		cmocka_unit_test(test_raw_html_is_text),
		cmocka_unit_test(test_soft_breaks),
		cmocka_unit_test(test_hard_break),
		cmocka_unit_test(test_width_clamped),
		cmocka_unit_test(test_code_block_clipped),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_emphasis_spans),
		cmocka_unit_test(test_quotes_nest),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_links),
		cmocka_unit_test(test_image),
		cmocka_unit_test(test_thematic_break),
		cmocka_unit_test(test_table_grid),
		cmocka_unit_test(test_table_records),
		cmocka_unit_test(test_src_positions),
		cmocka_unit_test(test_locate_across_widths),
		cmocka_unit_test(test_write_sgr),
		cmocka_unit_test(test_doc_add_text),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_pathological),
		cmocka_unit_test(test_step_by_step),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
