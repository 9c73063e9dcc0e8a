/* yd_parse_page on the seed pages and on pages of other layouts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "yidu/parse.h"
#include "parse-test-util.h"

static void parse_file(const char *rel, yd_article *a)
{
	size_t n;
	char *text = read_fixture(rel, &n);
	yd_error err = {0};
	int rc = yd_parse_page(text, n, rel, a, &err);
	if (rc != 0)
		fail_msg("%s: %s", rel, err.msg);
	free(text);
}

static bool has(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

/* Counts the related entries independently: lines ending a related entry
 * in the seed files are "健康新闻 YYYY-MM-DD". */
static int count_date_lines(const char *rel)
{
	size_t n;
	char *text = read_fixture(rel, &n), *p = text;
	int k = 0;
	while ((p = strstr(p, "健康新闻 20")) != NULL) {
		if (p == text || p[-1] == '\n')
			k++;
		p++;
	}
	free(text);
	return k;
}

static void no_furniture(const yd_article *a)
{
	static const char *const bad[] = {"仅供参考", "面诊", "大家都在搜", "相关推荐", "首页",
					  "顶部", "上一篇", "下一篇", "分享到", "免责声明",
					  "阅读量", "广告", "返回", "猜你喜欢", NULL};
	int k;
	for (k = 0; bad[k]; k++)
		if (has(a->body, bad[k]))
			fail_msg("furniture \"%s\" left in the body of %s", bad[k], a->title);
}

static void seed_a(void **state)
{
	yd_article a;
	md_shape sh;
	(void)state;
	parse_file("seeds/page-a.txt", &a);
	assert_string_equal(a.title, "医保个人账户每年清零吗怎么查");
	/* No short answer: the summary is the first paragraph. */
	assert_true(strncmp(a.summary, "根据我国现行医保政策", strlen("根据我国现行医保政策")) == 0);
	assert_false(has(a.body, "本信息整理自"));
	no_furniture(&a);
	sh = md_shape_of(a.body);
	assert_int_equal(sh.headings[2], 4);
	assert_int_equal(sh.headings[1] + sh.headings[3], 0);
	assert_true(has(a.body, "## 1. 医保个人账户余额不会清零\n"));
	assert_int_equal(sh.bullet_lists, 2);
	assert_int_equal(sh.ordered_lists, 0);
	assert_int_equal(sh.list_items[0], 3);
	assert_int_equal(sh.list_items[1], 2);

	assert_int_equal(a.nrelated, (size_t)count_date_lines("seeds/page-a.txt"));
	assert_int_equal(a.nrelated, 20);
	assert_string_equal(a.related[0].title, "2025广西贺州牙齿正畸医保能报销吗");
	assert_string_equal(a.related[0].category, "健康新闻");
	assert_string_equal(a.related[0].date, "2025-03-19");
	assert_true(has(a.related[0].summary, "牙齿正畸属于非疾病类治疗项目"));
	assert_string_equal(a.related[19].title, "合疗交了在哪查缴费记录");
	assert_string_equal(a.related[19].date, "2025-03-19");
	assert_false(has(a.related[19].summary, "首页"));
	assert_string_equal(a.origin, "seeds/page-a.txt");
	yd_article_clear(&a);
}

static void seed_b(void **state)
{
	yd_article a;
	md_shape sh;
	(void)state;
	parse_file("seeds/page-b.txt", &a);
	assert_string_equal(a.title, "医保个人账户余额怎么查看");
	assert_string_equal(a.summary, "官网、APP、电话或线下查询");
	assert_false(has(a.body, "官网、APP、电话或线下查询"));
	no_furniture(&a);
	sh = md_shape_of(a.body);
	assert_int_equal(sh.headings[2], 4);
	assert_true(has(a.body, "## 一、线上查询\n"));
	/* Two ordered lists of three items, each item with its paragraph or
	 * a nested bullet list; one bullet list under 四、. */
	assert_int_equal(sh.ordered_lists, 2);
	assert_int_equal(sh.list_start[0], 1);
	assert_int_equal(sh.list_items[0], 3);
	assert_int_equal(sh.nested_lists, 1);
	assert_int_equal(sh.item_paragraphs, 5);
	assert_int_equal(sh.bullet_lists, 2);
	assert_int_equal(a.nrelated, (size_t)count_date_lines("seeds/page-b.txt"));
	assert_string_equal(a.related[a.nrelated - 1].title, "医保个人账户余额为什么和交的钱不一样");
	assert_string_equal(a.related[a.nrelated - 1].date, "2025-04-19");
	yd_article_clear(&a);
}

static void seed_c(void **state)
{
	yd_article a;
	md_shape sh;
	(void)state;
	parse_file("seeds/page-c.txt", &a);
	/* A short line that ends with a colon introduces the body: it is not
	 * a short answer, but as the first paragraph it is the summary. */
	assert_true(has(a.summary, "结合权威信息分析如下"));
	assert_true(has(a.body, "结合权威信息分析如下"));
	no_furniture(&a);
	sh = md_shape_of(a.body);
	assert_int_equal(sh.headings[2], 4);
	assert_int_equal(sh.ordered_lists, 2);
	/* "3. 账户管理异常" follows a nested bullet without a blank line and
	 * must stay the third item of the second list. */
	assert_int_equal(sh.list_items[0], 2);
	assert_int_equal(sh.items, 2 + 2 + 3 + 1 + 2);
	assert_int_equal(a.nrelated, (size_t)count_date_lines("seeds/page-c.txt"));
	assert_string_equal(a.related[0].category, "健康新闻");
	assert_string_equal(a.related[0].date, "2025-04-22");
	yd_article_clear(&a);
}

static void page_meta(void **state)
{
	yd_article a;
	md_shape sh;
	(void)state;
	parse_file("pages/page-meta.txt", &a);
	assert_string_equal(a.title, "异地就医直接结算需要先备案吗");
	assert_string_equal(a.author, "王晓燕");
	assert_string_equal(a.date, "2024-11-05");
	assert_string_equal(a.source, "城市医保服务网");
	assert_string_equal(a.summary, "需要备案，多数地区可线上办理");
	no_furniture(&a);
	assert_false(has(a.body, "作者"));
	assert_false(has(a.body, "医保政策 >"));
	assert_false(has(a.body, "本站不承担"));
	sh = md_shape_of(a.body);
	assert_int_equal(sh.headings[2], 3);
	assert_int_equal(sh.bullet_lists, 1);
	assert_int_equal(sh.ordered_lists, 1);
	assert_int_equal(sh.list_items[0], 3);
	assert_int_equal(sh.list_items[1], 3);
	assert_int_equal(sh.paragraphs, 2 + 6);
	assert_int_equal(a.nrelated, 0);
	yd_article_clear(&a);
}

static void page_crlf(void **state)
{
	yd_article a;
	md_shape sh;
	size_t i;
	(void)state;
	parse_file("pages/page-crlf.txt", &a);
	assert_string_equal(a.title, "门诊慢特病待遇怎么申请");
	assert_non_null(a.summary);
	assert_true(strncmp(a.summary, "门诊慢特病是指", strlen("门诊慢特病是指")) == 0);
	assert_false(has(a.body, "\r"));
	assert_false(has(a.body, "\xC2\xA0"));
	assert_false(has(a.body, "\n\xE3\x80\x80"));
	assert_false(has(a.body, " \n"));
	assert_false(has(a.body, "代办"));
	no_furniture(&a);
	sh = md_shape_of(a.body);
	assert_int_equal(sh.bullet_lists, 1);
	assert_int_equal(sh.items, 2);
	assert_int_equal(sh.paragraphs, 3 + 2);
	assert_int_equal(sh.nested_lists, 0);
	assert_int_equal(a.nrelated, 3);
	assert_string_equal(a.related[0].title, "高血压门诊用药能报销多少");
	assert_string_equal(a.related[0].date, "2025-01-08");
	assert_string_equal(a.related[0].category, "医保问答");
	assert_string_equal(a.related[1].date, "2025-01-06");
	assert_string_equal(a.related[1].category, "就医指南");
	assert_string_equal(a.related[2].date, "2024-12-30");
	for (i = 0; i < a.nrelated; i++) {
		assert_false(has(a.related[i].summary, "\r"));
		assert_false(has(a.related[i].title, "\r"));
		assert_false(has(a.related[i].summary, "返回顶部"));
	}
	yd_article_clear(&a);
}

static void page_numbering(void **state)
{
	yd_article a;
	md_shape sh;
	(void)state;
	parse_file("pages/page-numbering.txt", &a);
	assert_string_equal(a.date, "2025-02-14");
	assert_null(a.author);
	no_furniture(&a);
	sh = md_shape_of(a.body);
	assert_int_equal(sh.headings[2], 2);
	assert_int_equal(sh.headings[3], 2);
	assert_true(has(a.body, "## 第一、直接结算\n"));
	assert_true(has(a.body, "### （一）出院当天办理\n"));
	assert_int_equal(sh.bullet_lists, 1);
	assert_int_equal(sh.ordered_lists, 1);
	assert_int_equal(sh.list_start[0], 3);
	assert_int_equal(sh.list_items[1], 3);
	/* "*注：" is text, not a list item. */
	assert_true(has(a.body, "\\*注"));
	assert_false(has(a.body, "专家挂号"));
	assert_int_equal(a.nrelated, 3);
	assert_string_equal(a.related[0].summary,
			    "回参保地报销需提供发票原件、费用明细清单和出院记录。\n部分地区已开通线上申请渠道。");
	assert_string_equal(a.related[0].category, "就医指南");
	assert_null(a.related[1].category);
	assert_string_equal(a.related[1].date, "2025-02-01");
	/* Furniture glued to the last line. */
	assert_string_equal(a.related[2].category, "医保问答");
	assert_string_equal(a.related[2].date, "2025-01-20");
	yd_article_clear(&a);
}

static void page_escape(void **state)
{
	static const char *const lines[] = {
		"# 号开头的这一行不是标题，只是原文里的编号标记。",
		"> 这一行也不是引用。",
		"1.5倍以上的超标费用由个人承担。",
		"2023. 年度政策回顾（这里的数字后跟着英文句点）",
		"星号*和下划线_、方括号[说明]、尖括号<b>、&amp;以及反斜杠\\都应原样显示。",
		"-5%的自付比例适用于乙类药品。",
	};
	yd_article a;
	md_shape sh;
	int k;
	(void)state;
	parse_file("pages/page-escape.txt", &a);
	assert_string_equal(a.title, "医保卡借给别人用有什么后果");
	assert_string_equal(a.source, "某市医疗保障局");
	assert_string_equal(a.date, "2025-03-02");
	assert_string_equal(a.summary, "后果严重，可能被暂停结算");
	sh = md_shape_of(a.body);
	assert_int_equal(sh.headings[1] + sh.headings[2], 0);
	assert_int_equal(sh.quotes + sh.bullet_lists + sh.ordered_lists + sh.html, 0);
	assert_int_equal(sh.paragraphs, 6);
	/* Rendered, each paragraph reads exactly as the page did. */
	for (k = 0; k < 6; k++) {
		char *t = md_paragraph_text(a.body, k);
		assert_non_null(t);
		assert_string_equal(t, lines[k]);
		free(t);
	}
	assert_false(has(a.body, "打印本页"));
	yd_article_clear(&a);
}

static void parse_str(const char *s, yd_article *a)
{
	yd_error err = {0};
	if (yd_parse_page(s, strlen(s), "t.txt", a, &err) != 0)
		fail_msg("%s", err.msg);
}

/* Labels around a title: a notice's "标　　题：" field, a Q&A page's
 * "问 " and a record line of several labelled fields, which is not a
 * title at all. */
static void title_labels(void **state)
{
	yd_article a;
	(void)state;
	parse_str("标　　题：关于做好门诊统筹报销工作的通知\n发布日期：2024-03-02\n\n"
		  "各区医保分局：为做好门诊统筹报销工作，现将有关事项通知如下。参保人员在定点"
		  "医疗机构门诊就医时，发生的费用直接结算，不需要先垫付再报销。\n", &a);
	assert_string_equal(a.title, "关于做好门诊统筹报销工作的通知");
	yd_article_clear(&a);
	parse_str("问 孩子发烧到三十九度要不要去急诊？\n\n"
		  "答：体温超过三十九度又精神差的，应当及时去医院儿科急诊；精神好的可以先物理降温，"
		  "多喝水，观察几个小时再决定。\n", &a);
	assert_string_equal(a.title, "孩子发烧到三十九度要不要去急诊？");
	yd_article_clear(&a);
	parse_str("编号：A-2024-18\t分类：医疗保障\t发文机关：某市医疗保障局\n"
		  "关于调整门诊慢特病病种的通知\n\n"
		  "各县区医保局：经研究决定，自下月起将部分慢性病纳入门诊慢特病保障范围，"
		  "参保人员可以向定点医院提出认定申请。\n", &a);
	assert_string_equal(a.title, "关于调整门诊慢特病病种的通知");
	yd_article_clear(&a);
}

static void short_answer_rules(void **state)
{
	yd_article a;
	(void)state;
	/* A numbered line right after the title is the body, not an answer. */
	parse_str("标题\n\n1. 准备材料\n\n身份证和医保卡都要带上，原件复印件各一份。\n", &a);
	assert_true(has(a.summary, "身份证和医保卡"));
	yd_article_clear(&a);
	/* Dates in other forms near the title; a short answer after them. */
	parse_str("标题\n2025年3月9日 来源：某地医保局\n\n可以报销\n\n正文第一段。\n", &a);
	assert_string_equal(a.date, "2025-03-09");
	assert_string_equal(a.source, "某地医保局");
	assert_string_equal(a.summary, "可以报销");
	assert_string_equal(a.body, "正文第一段。\n");
	yd_article_clear(&a);
	/* The last line of a page is never taken as a short answer. */
	parse_str("标题\n\n只有一行\n", &a);
	assert_string_equal(a.summary, "只有一行");
	assert_true(has(a.body, "只有一行"));
	yd_article_clear(&a);
}

static void long_summary_cut(void **state)
{
	yd_article a;
	char page[4096];
	size_t i, n;
	(void)state;
	strcpy(page, "标题\n\n");
	for (i = 0; i < 70; i++)
		strcat(page, "医保");
	strcat(page, "\n");
	parse_str(page, &a);
	n = strlen(a.summary);
	/* 119 characters and an ellipsis, cut between characters. */
	assert_int_equal(n, 119 * 3 + 3);
	assert_memory_equal(a.summary + n - 3, "…", 3);
	yd_article_clear(&a);
	/* With a sentence end inside the limit, the cut falls after it. */
	strcpy(page, "标题\n\n");
	for (i = 0; i < 40; i++)
		strcat(page, "医");
	strcat(page, "。");
	for (i = 0; i < 100; i++)
		strcat(page, "保");
	strcat(page, "\n");
	parse_str(page, &a);
	assert_int_equal(strlen(a.summary), 41 * 3);
	yd_article_clear(&a);
}

static void errors_and_garbage(void **state)
{
	yd_article a;
	yd_error err = {0};
	unsigned char buf[512];
	uint32_t x = 12345;
	int round;
	size_t i;
	(void)state;
	assert_int_equal(yd_parse_page("", 0, "e.txt", &a, &err), -1);
	assert_int_equal(err.code, YD_EFORMAT);
	assert_true(strncmp(err.msg, "e.txt: ", 7) == 0);
	assert_null(a.title);
	assert_int_equal(yd_parse_page("\n  \n首页 顶部\n", strlen("\n  \n首页 顶部\n"), "e.txt", &a, &err), -1);
	/* NUL bytes and invalid UTF-8: parsed without crashing. */
	assert_int_equal(yd_parse_page("\xff\xfe标题\0\n\n\xe5\x8c\n正文\xc3", 21, "g.txt", &a, &err), 0);
	assert_non_null(a.title);
	assert_null(memchr(a.title, '\0', 0));
	yd_article_clear(&a);
	/* Random pages built from page-like pieces. */
	for (round = 0; round < 300; round++) {
		static const char *const parts[] = {
			"一、", "1. ", "  ", "• ", "\n", "\n\n", "相关推荐\n", "健康新闻 2025-03-19",
			"首页 顶部", "（1）", "医保", "。", "\xe5", "\r", "作者：", "2025年13月1日",
			"# ", "[", "\\", "\xe3\x80\x80", "提示：仅供参考", "①", "第一、", "\t"};
		size_t len = 0;
		while (len < sizeof buf - 40) {
			const char *p;
			x = x * 1103515245u + 12345u;
			p = parts[(x >> 16) % (sizeof parts / sizeof parts[0])];
			memcpy(buf + len, p, strlen(p));
			len += strlen(p);
			if ((x >> 8) % 97 == 0)
				break;
		}
		if (yd_parse_page((char *)buf, len, "r.txt", &a, &err) == 0) {
			assert_non_null(a.title);
			assert_non_null(a.body);
			for (i = 0; i < a.nrelated; i++)
				assert_non_null(a.related[i].title);
			yd_article_clear(&a);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(seed_a),
		cmocka_unit_test(seed_b),
		cmocka_unit_test(seed_c),
		cmocka_unit_test(page_meta),
		cmocka_unit_test(page_crlf),
		cmocka_unit_test(page_numbering),
		cmocka_unit_test(page_escape),
		cmocka_unit_test(short_answer_rules),
		cmocka_unit_test(title_labels),
		cmocka_unit_test(long_summary_cut),
		cmocka_unit_test(errors_and_garbage),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
