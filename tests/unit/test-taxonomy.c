/* Loading the topic tree: the real data/topics.tsv and broken files. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "yidu/lang.h"

/* The tree the sample-corpus writers use, in file order. */
static const char *const tree[] = {
	"医保", "医保/个人账户", "医保/个人账户/余额查询", "医保/个人账户/家庭共济",
	"医保/个人账户/提取与继承", "医保/报销", "医保/报销/门诊", "医保/报销/住院",
	"医保/报销/门诊慢特病", "医保/报销/药品目录", "医保/缴费", "医保/缴费/缴费标准",
	"医保/缴费/断缴与补缴", "医保/参保与转移", "医保/参保与转移/参保登记",
	"医保/参保与转移/关系转移", "医保/异地就医", "医保/异地就医/备案",
	"医保/异地就医/直接结算", "医保/生育", "医保/大病保险", "医保/医保卡与电子凭证",
	"医保/经办服务", "医保/经办服务/电话", "医保/经办服务/网点", "医保/经办服务/平台",
	"医保/经办服务/办公时间", "就医", "就医/医院推荐", "就医/口腔", "就医/眼科",
	"就医/耳鼻喉", "就医/骨科", "就医/消化", "就医/皮肤", "就医/生殖", "就医/神经",
	"就医/儿科", "就医/妇产", "就医/心血管", "就医/呼吸", "商业保险",
	"商业保险/重疾险", "商业保险/医疗险", "商业保险/年金险", "商业保险/惠民保",
};

static void test_real_tree(void **state)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	yd_error err = { 0 };
	yd_taxonomy *t;
	size_t i, n = sizeof tree / sizeof tree[0];
	const yd_topic *root, *tp;

	snprintf(path, sizeof path, "%s/data/topics.tsv", top ? top : ".");
	t = yd_taxonomy_load(path, &err);
	if (!t)
		fail_msg("load: %s", err.msg);
	assert_int_equal(yd_taxonomy_count(t), 47);
	assert_int_equal(n + 1, 47);
	root = yd_taxonomy_at(t, 0);
	assert_int_equal(root->id, 1);
	assert_int_equal(root->parent, 0);
	assert_int_equal(root->depth, 0);
	assert_string_equal(root->path, "");
	assert_string_equal(root->name, "全部主题");
	assert_null(yd_taxonomy_at(t, 47));
	for (i = 0; i < n; i++) {
		const char *slash = strrchr(tree[i], '/');
		const yd_topic *par;
		int depth = 1;

		tp = yd_taxonomy_at(t, i + 1);
		assert_int_equal(tp->id, (int)i + 2);
		assert_string_equal(tp->path, tree[i]);
		assert_string_equal(tp->name, slash ? slash + 1 : tree[i]);
		assert_ptr_equal(yd_taxonomy_by_path(t, tree[i]), tp);
		for (const char *c = tree[i]; *c; c++)
			depth += *c == '/';
		assert_int_equal(tp->depth, depth);
		par = yd_taxonomy_at(t, (size_t)tp->parent - 1);
		assert_int_equal(par->depth, depth - 1);
		if (slash)
			assert_int_equal(strncmp(par->path, tree[i], (size_t)(slash - tree[i])), 0);
		else
			assert_int_equal(tp->parent, 1);
		assert_true(strlen(tp->words) > 0);
	}
	tp = yd_taxonomy_by_path(t, "医保/经办服务/电话");
	assert_non_null(strstr(tp->words, "12393"));
	/* blockers are not listed among the words */
	tp = yd_taxonomy_by_path(t, "就医/眼科");
	assert_null(strstr(tp->words, "眼下"));
	assert_non_null(strstr(tp->words, "近视"));
	assert_null(yd_taxonomy_by_path(t, "就医/不存在"));
	yd_taxonomy_free(t);
}

static yd_taxonomy *load_text(const char *text, yd_error *err)
{
	char path[] = "/tmp/yd-topics-XXXXXX";
	int fd = mkstemp(path);
	FILE *f;
	yd_taxonomy *t;

	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	t = yd_taxonomy_load(path, err);
	remove(path);
	return t;
}

static void test_small_and_broken_files(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	t = load_text("# comment\n甲\t苹果, 梨 ,-苹果核\n甲/乙\t香蕉\r\n\n丙\n", &err);
	assert_non_null(t);
	assert_int_equal(yd_taxonomy_count(t), 4);
	assert_string_equal(yd_taxonomy_at(t, 1)->words, "苹果,梨");
	assert_int_equal(yd_taxonomy_by_path(t, "甲/乙")->parent, 2);
	assert_string_equal(yd_taxonomy_by_path(t, "丙")->words, "");
	assert_int_equal(yd_find_topics(t, "香蕉和苹果", NULL, ids, 4), 1);
	assert_int_equal(ids[0], 3);
	assert_int_equal(yd_find_topics(t, "苹果核", NULL, ids, 4), 0);
	yd_taxonomy_free(t);

	yd_error_clear(&err);
	assert_null(load_text("甲/乙\t香蕉\n甲\t苹果\n", &err));
	assert_int_equal(err.code, YD_EFORMAT);
	assert_non_null(strstr(err.msg, ":1:"));
	yd_error_clear(&err);
	assert_null(load_text("甲\t苹果\n甲\t梨\n", &err));
	assert_int_equal(err.code, YD_EFORMAT);
	yd_error_clear(&err);
	assert_null(yd_taxonomy_load("/nonexistent/topics.tsv", &err));
	assert_int_equal(err.code, YD_EIO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_tree),
		cmocka_unit_test(test_small_and_broken_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
