/* Gazetteer loading, short forms, look-ups and aliases, on the real
 * data files in $top_srcdir/data. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "yidu/lang.h"

static char datadir[4096];
static yd_gazetteer *gaz;

static int setup(void **state)
{
	const char *top = getenv("top_srcdir");
	yd_error err = { 0 };

	snprintf(datadir, sizeof datadir, "%s/data", top ? top : ".");
	gaz = yd_gazetteer_load(datadir, &err);
	if (!gaz)
		fprintf(stderr, "load: %s\n", err.msg);
	return gaz ? 0 : -1;
}

static int teardown(void **state)
{
	yd_gazetteer_free(gaz);
	return 0;
}

static void test_counts_and_tree(void **state)
{
	size_t i, n = yd_gazetteer_count(gaz), by_level[4] = { 0 };
	const yd_region *root = yd_gazetteer_at(gaz, 0);

	assert_int_equal(n, 3213 + 1);
	assert_non_null(root);
	assert_int_equal(root->code, 0);
	assert_int_equal(root->level, 0);
	assert_null(yd_gazetteer_at(gaz, n));
	for (i = 1; i < n; i++) {
		const yd_region *r = yd_gazetteer_at(gaz, i), *p;

		assert_true(r->code > yd_gazetteer_at(gaz, i - 1)->code);
		p = yd_gazetteer_find(gaz, r->parent);
		assert_non_null(p);
		assert_true(p->level < r->level);
		assert_true(r->level >= 1 && r->level <= 3);
		by_level[r->level]++;
		assert_ptr_equal(yd_gazetteer_find(gaz, r->code), r);
		assert_non_null(r->short_name);
		assert_true(strlen(r->short_name) <= strlen(r->name));
	}
	assert_int_equal(by_level[1], 34);
	assert_int_equal(by_level[2], 333);
	assert_int_equal(by_level[3], 2846);
	/* municipalities have no middle level */
	assert_int_equal(yd_gazetteer_find(gaz, 110105)->parent, 110000);
	assert_int_equal(yd_gazetteer_find(gaz, 652901)->parent, 652900);
	assert_null(yd_gazetteer_find(gaz, 610322));   /* 凤翔县 is gone */
}

static void expect_short(uint32_t code, const char *name, const char *short_name)
{
	const yd_region *r = yd_gazetteer_find(gaz, code);

	assert_non_null(r);
	assert_string_equal(r->name, name);
	assert_string_equal(r->short_name, short_name);
}

static void test_short_forms(void **state)
{
	expect_short(451100, "贺州市", "贺州");
	expect_short(450000, "广西壮族自治区", "广西");
	expect_short(150000, "内蒙古自治区", "内蒙古");
	expect_short(650000, "新疆维吾尔自治区", "新疆");
	expect_short(640000, "宁夏回族自治区", "宁夏");
	expect_short(540000, "西藏自治区", "西藏");
	expect_short(810000, "香港特别行政区", "香港");
	expect_short(110000, "北京市", "北京");
	expect_short(220000, "吉林省", "吉林");
	expect_short(652900, "阿克苏地区", "阿克苏");
	expect_short(513300, "甘孜藏族自治州", "甘孜");
	expect_short(222400, "延边朝鲜族自治州", "延边");
	expect_short(522600, "黔东南苗族侗族自治州", "黔东南");
	expect_short(652800, "巴音郭楞蒙古自治州", "巴音郭楞");
	expect_short(152500, "锡林郭勒盟", "锡林郭勒");
	expect_short(130426, "涉县", "涉县");          /* one character left: kept whole */
	expect_short(421002, "沙市区", "沙市");
	expect_short(429021, "神农架林区", "神农架");
	expect_short(140109, "万柏林区", "万柏林");    /* 区, not 林区 */
	expect_short(441803, "清新区", "清新");
	expect_short(310115, "浦东新区", "浦东");
	expect_short(150723, "鄂伦春自治旗", "鄂伦春");
	expect_short(150724, "鄂温克族自治旗", "鄂温克");
	expect_short(632324, "河南蒙古族自治县", "河南");
	expect_short(220623, "长白朝鲜族自治县", "长白");
	expect_short(150205, "石拐区", "石拐");
}

static void expect_lookup(const char *s, uint32_t code)
{
	const yd_region *r = yd_gazetteer_lookup(gaz, s);

	if (code == 0) {
		if (r)
			fail_msg("%s: expected nothing, got %06u", s, (unsigned)r->code);
		return;
	}
	if (!r)
		fail_msg("%s: expected %06u, got nothing", s, (unsigned)code);
	assert_int_equal(r->code, code);
}

static void test_lookup(void **state)
{
	expect_lookup("451100", 451100);
	expect_lookup("贺州市", 451100);
	expect_lookup("贺州", 451100);
	expect_lookup("甘孜州", 513300);
	expect_lookup("延边州", 222400);
	expect_lookup("内蒙", 150000);
	expect_lookup("凤翔县", 610305);      /* former name → successor */
	expect_lookup("江干区", 330100);      /* split between two districts of 杭州 */
	expect_lookup("吉林", 220000);        /* the province contains 吉林市 */
	expect_lookup("吉林市", 220200);
	expect_lookup("阿克苏", 652900);
	expect_lookup("海南", 460000);        /* not 海南藏族自治州 */
	expect_lookup("西安", 610100);        /* not the 西安区 of 辽源 */
	expect_lookup("鼓楼区", 0);           /* 南京, 徐州, 福州, 开封 */
	expect_lookup("朝阳", 0);             /* weak and ambiguous */
	expect_lookup("朝阳市", 211300);
	expect_lookup("不存在的地方", 0);
	expect_lookup("999999", 0);
	expect_lookup("", 0);
}

struct alias_seen {
	int ganzizhou, fengxiang, neimeng, helper_kinds, total;
};

static void visit(void *ctx, const char *alias, uint32_t code, const char *kind)
{
	struct alias_seen *s = ctx;

	s->total++;
	if (strcmp(alias, "甘孜州") == 0 && code == 513300 && strcmp(kind, "short") == 0)
		s->ganzizhou++;
	if (strcmp(alias, "凤翔县") == 0 && code == 610305 && strcmp(kind, "former") == 0)
		s->fengxiang++;
	if (strcmp(alias, "内蒙") == 0 && code == 150000 && strcmp(kind, "alias") == 0)
		s->neimeng++;
	if (strcmp(kind, "name") && strcmp(kind, "short") && strcmp(kind, "former") &&
	    strcmp(kind, "alias"))
		s->helper_kinds++;
	assert_true(code != 0);   /* blockers are not aliases */
}

static void test_each_alias(void **state)
{
	struct alias_seen s = { 0 };

	yd_gazetteer_each_alias(gaz, visit, &s);
	assert_int_equal(s.ganzizhou, 1);
	assert_int_equal(s.fengxiang, 1);
	assert_int_equal(s.neimeng, 1);
	assert_int_equal(s.helper_kinds, 0);
	/* every region's full name at least, plus short and former forms */
	assert_true(s.total > 3213 + 3000);
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[4200];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_errors(void **state)
{
	char dir[] = "/tmp/yd-gaz-XXXXXX";
	yd_error err = { 0 };
	yd_gazetteer *g;

	g = yd_gazetteer_load("/nonexistent/dir", &err);
	assert_null(g);
	assert_int_equal(err.code, YD_EIO);
	assert_non_null(strstr(err.msg, "regions.tsv"));

	assert_non_null(mkdtemp(dir));
	write_file(dir, "regions-former.tsv", "old_code\told_name\told_parent_name\tretired\tsuccessor_codes\n");
	write_file(dir, "region-aliases.tsv", "# none\n");
	/* a parent that does not exist */
	write_file(dir, "regions.tsv", "code\tname\tlevel\tparent_code\n"
		   "110000\t北京市\t1\t\n110105\t朝阳区\t3\t120000\n");
	yd_error_clear(&err);
	assert_null(yd_gazetteer_load(dir, &err));
	assert_int_equal(err.code, YD_EFORMAT);
	/* a good minimal set loads */
	write_file(dir, "regions.tsv", "code\tname\tlevel\tparent_code\n"
		   "110000\t北京市\t1\t\n110105\t朝阳区\t3\t110000\n");
	yd_error_clear(&err);
	g = yd_gazetteer_load(dir, &err);
	assert_non_null(g);
	assert_int_equal(yd_gazetteer_count(g), 3);
	yd_gazetteer_free(g);
	/* an alias for an unknown code */
	write_file(dir, "region-aliases.tsv", "京城\t120000\t\n");
	yd_error_clear(&err);
	assert_null(yd_gazetteer_load(dir, &err));
	assert_int_equal(err.code, YD_EFORMAT);
	assert_non_null(strstr(err.msg, "region-aliases.tsv:1"));
	/* a bad level */
	write_file(dir, "region-aliases.tsv", "");
	write_file(dir, "regions.tsv", "110000\t北京市\t9\t\n");
	yd_error_clear(&err);
	assert_null(yd_gazetteer_load(dir, &err));
	assert_int_equal(err.code, YD_EFORMAT);
	{
		char path[4200];
		const char *names[] = { "regions.tsv", "regions-former.tsv", "region-aliases.tsv" };
		for (size_t i = 0; i < 3; i++) {
			snprintf(path, sizeof path, "%s/%s", dir, names[i]);
			remove(path);
		}
		rmdir(dir);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts_and_tree),
		cmocka_unit_test(test_short_forms),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_each_alias),
		cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
