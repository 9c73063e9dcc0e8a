/* Finding regions and topics in titles: the hard cases one by one, then
 * a table of titles modelled on the 相关推荐 lists of real pages. The
 * expected values were worked out by hand from the code list and the
 * topic tree, not taken from the program's output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "yidu/lang.h"

static yd_gazetteer *gaz;
static yd_taxonomy *tax;

static int setup(void **state)
{
	const char *top = getenv("top_srcdir");
	char dir[4096], path[4200];
	yd_error err = { 0 };

	snprintf(dir, sizeof dir, "%s/data", top ? top : ".");
	snprintf(path, sizeof path, "%s/topics.tsv", dir);
	gaz = yd_gazetteer_load(dir, &err);
	tax = gaz ? yd_taxonomy_load(path, &err) : NULL;
	if (!tax)
		fprintf(stderr, "load: %s\n", err.msg);
	return tax ? 0 : -1;
}

static int teardown(void **state)
{
	yd_gazetteer_free(gaz);
	yd_taxonomy_free(tax);
	return 0;
}

#include "region-assert.h"

static void test_full_and_short_names(void **state)
{
	REGIONS("贺州市", 451100);
	REGIONS("甘孜藏族自治州", 513300);
	REGIONS("阿克苏地区", 652900);
	REGIONS("贺州", 451100);
	REGIONS("甘孜", 513300);
	REGIONS("阿克苏", 652900);
	REGIONS("延边州", 222400);
	REGIONS("内蒙古", 150000);
	REGIONS("广西", 450000);
	REGIONS("阿克苏市", 652901);
}

static void test_former_names(void **state)
{
	REGIONS("凤翔县医保", 610305);
	REGIONS("江干区社保", 330102, 330114);   /* now 上城区 and 钱塘区 */
	REGIONS("襄樊", 420600);
}

static void test_province_and_city(void **state)
{
	REGIONS("广东省湛江市", 440800);
	REGIONS("湛江雷州", 440882);
	REGIONS("2025广西贺州", 451100);
	REGIONS("内蒙古鄂尔多斯", 150600);
	REGIONS("新疆阿克苏", 652900);
	REGIONS("四川甘孜", 513300);
	REGIONS("吉林省吉林市", 220200);
	REGIONS("吉林省", 220000);
	REGIONS("吉林", 220000);
}

static void test_ambiguous(void **state)
{
	REGIONS("南京鼓楼区", 320106);
	REGIONS("福州鼓楼", 350102);
	REGIONS("北京朝阳", 110105);
	REGIONS("辽宁朝阳", 211300);
	REGIONS("吉林朝阳区", 220104);   /* 长春's 朝阳区 */
	/* no context: no guess */
	NO_REGION("鼓楼区医保");
	NO_REGION("朝阳");
	NO_REGION("朝阳医保");           /* supported but still four places */
	NO_REGION("桥西区的居民医保");   /* three places in 河北: not 河北 */
	/* context elsewhere in the text places it */
	REGIONS("鼓楼区在哪 福州医保", 350102);
	/* a province against a smaller namesake: the province */
	REGIONS("海南医保", 460000);
	REGIONS("河南医保", 410000);
	/* a prefecture against counties elsewhere: the prefecture */
	REGIONS("西安医保", 610100);
	REGIONS("牡丹江西安区", 231005);
}

static void test_no_false_hits(void **state)
{
	NO_REGION("平安福重疾险怎么样");
	NO_REGION("平安e生保能报销吗");
	NO_REGION("中山大学附属第一医院");
	NO_REGION("中山医院挂号");
	REGIONS("中山市医保", 442000);
	REGIONS("广东中山", 442000);
	NO_REGION("25年医保卡");
	NO_REGION("普通化验多少钱");
	REGIONS("通化医保", 220500);
	NO_REGION("南京路步行街");   /* a road, not the city */
	NO_REGION("比如说医保卡");
	NO_REGION("东方医院");
	NO_REGION("安宁疗护病房");
	NO_REGION("长治久安");
	NO_REGION("牧民和外出务工人员");   /* not 民和县 */
	NO_REGION("城市和县城");           /* not 和县 */
	REGIONS("和县医保", 340523);
	NO_REGION("");
}


/* Campus parts, people and products named like counties, and the short
 * forms of autonomous prefectures after their province. Sentences
 * written for this test. */
static void test_campus_people_products(void **state)
{
	/* a direction + 区 is part of a hospital, unless its city is named */
	NO_REGION("门诊东区二楼抽血窗口几点开");
	NO_REGION("妇产医院西区能做四维彩超吗");
	REGIONS("攀枝花东区的社区医院", 510402);
	/* a county's name glued to a common noun */
	NO_REGION("宜兴紫砂壶泡的茶对胃好吗");
	NO_REGION("我们病房的周宁护士很耐心");
	NO_REGION("文山三七粉能降血压吗");   /* 三七 粉: not joined by the dictionary */
	NO_REGION("我的主治医生是梁平");
	REGIONS("我在宜兴住院，医保能报多少", 320282);
	REGIONS("周宁县医院几点上班", 350925);
	/* a name with a surname among words for people */
	NO_REGION("同事梁平告诉我做胃镜不疼");
	/* a wish far before it */
	NO_REGION("祝各位医生护士新春快乐、吉安如意");
	/* a city's name before an institution's short name stays */
	REGIONS("武汉同济看肝病怎么样", 420100);
	/* a name and an activity the dictionary joins into one word */
	REGIONS("去年在三亚旅游时发烧了", 460200);
	/* province + the first character of a prefecture + 州 */
	REGIONS("新疆巴州人在外地住院", 652800);
	REGIONS("新疆克州的居民医保", 653000);
	/* 湖南岳阳 cut 湖/南岳/阳; the name said again is the same place */
	REGIONS("湖南岳阳人，岳阳的医保能用吗", 430600);
	(void)state;
}

/* A place's name inside ordinary words, products and people's names is
 * not the place; the same name used as a place is. Sentences written for
 * this test. */
static void test_place_or_word(void **state)
{
	/* drugs, idioms, foods, medical terms */
	NO_REGION("咳嗽久治不愈怎么办");
	NO_REGION("阿莫西林一天吃几次");
	NO_REGION("卡马西平能和布洛芬一起吃吗");
	NO_REGION("乙肝表面抗原阳性要治疗吗");
	NO_REGION("高密度脂蛋白偏低是什么原因");
	NO_REGION("糖尿病人能吃哈密瓜吗");
	NO_REGION("普洱茶能降血脂吗");
	NO_REGION("医保定点药店在哪");
	NO_REGION("两个方案差别很大同时费用也高");
	NO_REGION("东阿阿胶孕妇能吃吗");
	NO_REGION("章丘大葱生吃能降血压吗");
	NO_REGION("不想被莆田系医院骗");
	REGIONS("深圳系统显示已参保", 440300);
	REGIONS("我在章丘住院", 370114);
	NO_REGION("每天吃兰州拉面会胖吗");
	NO_REGION("抽了十年玉溪，咳嗽有痰");
	NO_REGION("眼药水开封后能放多久");
	/* greetings and people */
	NO_REGION("祝您身体安康！");
	NO_REGION("张桂林医生的门诊时间");
	/* the same names as places */
	REGIONS("我在保定住院能报销吗", 130600);
	REGIONS("保定哪家医院看白癜风好", 130600);
	REGIONS("安康医保怎么报销", 610900);
	REGIONS("来自哈密的患者", 650500);
	REGIONS("去兰州看病", 620100);
	REGIONS("久治县医保", 632625);
	REGIONS("西林县人民医院", 451030);
	/* people, and unknown words the name ends (a drug's name) */
	NO_REGION("李永康说他头疼");
	NO_REGION("患者王宁安，男，45岁");
	REGIONS("会议于北京举行", 110000);
	NO_REGION("吃了安罗西平片头晕");
	NO_REGION("吃奥西平片头晕");
	NO_REGION("宁安素一天吃几粒");
	NO_REGION("祝您新春康乐，万事如意");
	REGIONS("祝你在北京一切顺利", 110000);
	/* a prefecture beside its namesake county is the prefecture, and a
	 * city jieba tags as an adverb or adjective is the city */
	REGIONS("承德治疗白癜风", 130800);
	REGIONS("大连治疗白癜风", 210200);
	REGIONS("茂名哪里看白癜风", 440900);
	/* compound place words of the dictionary, and institutions */
	REGIONS("广西南宁看病", 450100);
	REGIONS("辽宁大连瓦房店的医保卡", 210281);
	REGIONS("北京友谊医院消化科", 110000);
	NO_REGION("云南白药气雾剂怎么用");
	/* a name placed by the region inside it named right after */
	REGIONS("河北邯郸人在天津上班", 130400, 120000);
	REGIONS("开封鼓楼区医保", 410204);
	/* a hospital named after a place elsewhere, or the place itself */
	REGIONS("上海长海医院怎么挂号", 310000);
	NO_REGION("瑞金医院看内分泌怎么样");
	REGIONS("瑞金市人民医院", 360781);
	REGIONS("北京医院挂号", 110000);
	REGIONS("南京鼓楼医院风湿科", 320106);
	/* regions named only by hospitals come after the others */
	REGIONS("北京协和医院的专家说湖南的医保可以报", 430000, 110000);
}

static void test_mentions_explained(void **state)
{
	yd_region_mention m[8];
	const char *s = "久治不愈，在保定住院";
	size_t n = yd_region_mentions(gaz, s, strlen(s), m, 8);

	assert_int_equal(n, 2);
	assert_int_equal(m[0].code, 0);
	assert_true(m[0].why & YD_WHY_INSIDE);
	assert_int_equal(m[0].word_off, 0);
	assert_int_equal(m[0].word_len, strlen("久治不愈"));
	assert_int_equal(m[1].code, 130600);
	assert_true(m[1].why & YD_WHY_CONTEXT);
	assert_false(m[1].why & YD_WHY_REFUSED);

	s = "医院西区的宜兴紫砂壶";
	n = yd_region_mentions(gaz, s, strlen(s), m, 8);
	assert_int_equal(n, 2);
	assert_int_equal(m[0].code, 0);
	assert_true(m[0].why & YD_WHY_CAMPUS);
	assert_int_equal(m[1].code, 0);
	assert_true(m[1].why & YD_WHY_COMPOUND);
}

static void test_candidates(void **state)
{
	uint32_t c[8];

	assert_int_equal(yd_gazetteer_candidates(gaz, "鼓楼区", c, 8), 4);
	assert_int_equal(yd_gazetteer_candidates(gaz, "北京市朝阳区", c, 8), 1);
	assert_int_equal(c[0], 110105);
	assert_int_equal(yd_gazetteer_candidates(gaz, "福州鼓楼", c, 8), 1);
	assert_int_equal(c[0], 350102);
	assert_int_equal(yd_gazetteer_candidates(gaz, "广东湛江雷州", c, 8), 1);
	assert_int_equal(c[0], 440882);
	assert_int_equal(yd_gazetteer_candidates(gaz, "451100", c, 8), 1);
	assert_int_equal(yd_gazetteer_candidates(gaz, "没有这个地方", c, 8), 0);
	assert_int_equal(yd_gazetteer_lookup(gaz, "北京市朝阳区")->code, 110105);
	assert_null(yd_gazetteer_lookup(gaz, "朝阳区"));
}

/* Random texts of place names, words around them, punctuation and bad
 * bytes: every code found is a region, mentions lie inside the text and
 * topics are nodes of the tree. */
static void test_random_texts(void **state)
{
	static const char *const pieces[] = {
		"北京", "朝阳", "鼓楼区", "南京", "福州", "保定", "安康", "久治", "不愈",
		"阿莫西林", "在", "去", "医保", "人民医院", "医院", "人", "市", "县", "的",
		"，", "、", "。", "和", "胃疼", "报销", "\xff", "\xe4\xb8", " ", "a1",
	};
	unsigned seed = 777;
	char text[600];
	int round;

	for (round = 0; round < 3000; round++) {
		size_t len = 0, n, i;
		int parts = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 40, ids[8];
		uint32_t codes[16];
		yd_region_mention m[64];

		for (int k = 0; k < parts; k++) {
			const char *p = pieces[((seed = seed * 1103515245u + 12345u) >> 16) %
					       (sizeof pieces / sizeof *pieces)];
			size_t pl = strlen(p);
			if (len + pl >= sizeof text)
				break;
			memcpy(text + len, p, pl);
			len += pl;
		}
		text[len] = '\0';
		n = yd_find_regions(gaz, text, len, codes, 16);
		for (i = 0; i < n; i++)
			assert_non_null(yd_gazetteer_find(gaz, codes[i]));
		n = yd_region_mentions(gaz, text, len, m, 64);
		for (i = 0; i < n && i < 64; i++) {
			assert_true(m[i].off + m[i].len <= len);
			if (m[i].code)
				assert_non_null(yd_gazetteer_find(gaz, m[i].code));
			if (m[i].why & YD_WHY_INSIDE)
				assert_true(m[i].word_off + m[i].word_len <= len);
		}
		n = yd_find_topics(tax, text, text, ids, 8);
		assert_true(n <= YD_TOPICS_MAX);
		for (i = 0; i < n; i++)
			assert_non_null(yd_taxonomy_at(tax, (size_t)ids[i] - 1));
	}
}

static void test_order_and_ancestors(void **state)
{
	uint32_t got[4];

	REGIONS("广西贺州", 451100);
	REGIONS("贺州 广西", 451100);
	REGIONS("厦门和深圳", 350200, 440300);
	REGIONS("深圳和厦门，又是深圳", 440300, 350200);
	REGIONS("广东医保和湛江雷州", 440882);
	REGIONS("江西和湖南", 360000, 430000);
	/* max is respected */
	assert_int_equal(yd_find_regions(gaz, "厦门深圳广州", strlen("厦门深圳广州"), got, 2), 2);
	assert_int_equal(got[0], 350200);
	assert_int_equal(got[1], 440300);
	/* n bounds the text: only 厦门 is seen */
	assert_int_equal(yd_find_regions(gaz, "厦门深圳", strlen("厦门"), got, 4), 1);
	assert_int_equal(got[0], 350200);
}

/* Topics: checks the paths found against a NULL-terminated list, in any
 * order (the order is checked separately). */
static void topics_are(const char *title, const char *body, const char *const *want)
{
	int ids[8];
	size_t n = yd_find_topics(tax, title, body, ids, 4), i, j, nw = 0;
	char buf[512] = "";

	while (want[nw])
		nw++;
	for (i = 0; i < n; i++)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s",
			 yd_taxonomy_at(tax, (size_t)ids[i] - 1)->path);
	if (n != nw)
		fail_msg("%s: expected %zu topics, got%s", title, nw, n ? buf : " none");
	for (j = 0; j < nw; j++) {
		const yd_topic *t = yd_taxonomy_by_path(tax, want[j]);
		bool found = false;

		if (!t)
			fail_msg("no topic %s", want[j]);
		for (i = 0; i < n; i++)
			found |= ids[i] == t->id;
		if (!found)
			fail_msg("%s: %s missing (got%s)", title, want[j], buf);
	}
}

#define TOPICS(title, body, ...) topics_are(title, body, (const char *const[]){ __VA_ARGS__, NULL })

struct seed {
	const char *title;
	uint32_t regions[3];
	const char *topics[4];
};

static const struct seed seeds[] = {
	{ "医保个人账户每年清零吗怎么查", { 0 }, { "医保/个人账户" } },
	{ "2025广西贺州牙齿正畸医保能报销吗", { 451100 }, { "就医/口腔", "医保/报销" } },
	{ "2025四川甘孜医保住院才可以报销吗", { 513300 }, { "医保/报销/住院" } },
	{ "2025年内蒙古鄂尔多斯治疗流口水的医院有哪些", { 150600 },
	  { "就医/口腔", "就医/医院推荐" } },
	{ "阿克苏医保服务平台", { 652900 }, { "医保/经办服务/平台" } },
	{ "阿克苏市种植牙齿收费标准", { 652901 }, { "就医/口腔" } },
	{ "2025四川甘孜医保交三个月住院可以报销多少", { 513300 }, { "医保/报销/住院" } },
	{ "深圳市社保购买规定", { 440300 }, { "医保" } },
	{ "2025年内蒙古鄂尔多斯治疗口腔溃疡反复发作的医院有哪些", { 150600 },
	  { "就医/口腔", "就医/医院推荐" } },
	{ "通辽治疗眼球震颤哪个医院比较好", { 150500 }, { "就医/眼科", "就医/医院推荐" } },
	{ "深圳二档医疗个人账户为什么没钱", { 440300 }, { "医保/个人账户" } },
	{ "新疆阿克苏医保局电话", { 652900 }, { "医保/经办服务/电话" } },
	{ "2025年内蒙古鄂尔多斯治疗吞咽时有梗阻感的医院有哪些", { 150600 },
	  { "就医/消化", "就医/医院推荐" } },
	{ "2025年内蒙古鄂尔多斯治疗喉咙有痰的医院有哪些", { 150600 },
	  { "就医/耳鼻喉", "就医/医院推荐" } },
	{ "2025年内蒙古鄂尔多斯治疗腰腿痛伴下肢麻木的医院有哪些", { 150600 },
	  { "就医/骨科", "就医/神经", "就医/医院推荐" } },
	{ "深圳二档社保医保个人账户有钱吗", { 440300 }, { "医保/个人账户" } },
	{ "2025四川甘孜医保交了10个月住院可以报销吗", { 513300 }, { "医保/报销/住院" } },
	{ "2025广西贺州医保断缴影响报销吗", { 451100 },
	  { "医保/缴费/断缴与补缴", "医保/报销" } },
	{ "新农合怎么查看缴费年限", { 0 }, { "医保/缴费" } },
	{ "新农合怎么在微信上查询缴费记录", { 0 }, { "医保/缴费", "医保/经办服务/平台" } },
	{ "合疗交了在哪查缴费记录", { 0 }, { "医保/缴费" } },
	{ "医保个人账户余额怎么查看", { 0 }, { "医保/个人账户/余额查询" } },
	{ "医保卡内有多少余额可以取现", { 0 }, { "医保/个人账户/提取与继承" } },
	{ "在外地上班交的医保能转回老家吗", { 0 }, { "医保/参保与转移/关系转移" } },
	{ "在厦门交的医保去其他城市能用吗", { 350200 }, { "医保/异地就医" } },
	{ "在外地退休了医保可以转回老家吗", { 0 }, { "医保/参保与转移/关系转移" } },
	{ "厦门医保补缴怎么计算", { 350200 }, { "医保/缴费/断缴与补缴" } },
	{ "厦门退休医保补缴费多少", { 350200 }, { "医保/缴费/断缴与补缴" } },
	{ "厦门市退休后补缴医保可以网上交吗", { 350200 },
	  { "医保/缴费/断缴与补缴", "医保/经办服务/平台" } },
	{ "未成年医保怎么办理", { 0 }, { "医保/参保与转移/参保登记" } },
	{ "厦门未成年人医保缴费", { 350200 }, { "医保/参保与转移/参保登记", "医保/缴费" } },
	{ "医保卡有两种余额都可以提现吗", { 0 },
	  { "医保/医保卡与电子凭证", "医保/个人账户/提取与继承" } },
	{ "医保卡个人账户的钱花完了怎么办", { 0 },
	  { "医保/医保卡与电子凭证", "医保/个人账户" } },
	{ "医保卡里面的钱可以提现吗怎么提", { 0 }, { "医保/个人账户/提取与继承" } },
	{ "2025年黑龙江牡丹江做经皮椎体成形术能走医保吗?", { 231000 },
	  { "就医/骨科", "医保/报销" } },
	{ "2025年黑龙江牡丹江做植皮手术能走医保吗?", { 231000 },
	  { "就医/外科", "医保/报销" } },
	{ "2024年医保交多久二胎的时候可以使用", { 0 }, { "医保/缴费", "医保/生育" } },
	{ "二胎医保报销和一胎一样吗", { 0 }, { "医保/生育", "医保/报销" } },
	{ "医保个人账户余额为什么和交的钱不一样", { 0 }, { "医保/个人账户" } },
	{ "医保卡里的钱为什么会自动清零", { 0 }, { "医保/个人账户" } },
	{ "医保卡的钱无缘无故消失了", { 0 }, { "医保/个人账户" } },
	{ "医保卡的余额是怎么来的", { 0 }, { "医保/个人账户" } },
	{ "职工医保卡里的钱哪来的", { 0 }, { "医保/个人账户" } },
	{ "学生医保卡里的钱哪里来的", { 0 }, { "医保/个人账户" } },
	{ "2025年山东滨州出现耳痛去哪家医院好", { 371600 },
	  { "就医/耳鼻喉", "就医/医院推荐" } },
	{ "2025年山东滨州出现腹部胀气去哪家医院好", { 371600 },
	  { "就医/消化", "就医/医院推荐" } },
	{ "2025年山东滨州出现足跟刺痛去哪家医院好", { 371600 },
	  { "就医/骨科", "就医/医院推荐" } },
	{ "广东医保局上班时间", { 440000 }, { "医保/经办服务/办公时间" } },
	{ "广东省湛江市医保局", { 440800 }, { "医保/经办服务" } },
	{ "江西2024年度城乡居民大病保险起付线是多少", { 360000 },
	  { "医保/大病保险", "医保/报销" } },
	{ "林芝常见皮肤疾病", { 540400 }, { "就医/皮肤" } },
	{ "湛江雷州的医保怎么退办", { 440882 }, { "医保/参保与转移" } },
	{ "25年医保卡", { 0 }, { "医保/医保卡与电子凭证" } },
	{ "个人医保卡医保政策", { 0 }, { "医保/医保卡与电子凭证" } },
	/* more in the same style */
	{ "六盘水异地就医备案怎么办", { 520200 }, { "医保/异地就医/备案" } },
	{ "泉州医保跨省直接结算", { 350500 }, { "医保/异地就医/直接结算" } },
	{ "汉中城固县医保门诊慢特病怎么申请", { 610722 }, { "医保/报销/门诊慢特病" } },
	{ "成都惠民保值得买吗", { 510100 }, { "商业保险/惠民保" } },
	{ "百万医疗险住院能报销吗", { 0 }, { "商业保险/医疗险" } },
	{ "重疾险和医保有什么区别", { 0 }, { "商业保险/重疾险", "医保" } },
	{ "医保个人账户可以给父母使用吗 家庭共济怎么绑定", { 0 },
	  { "医保/个人账户/家庭共济" } },
	{ "滨州哪家医院看近视好", { 371600 }, { "就医/眼科", "就医/医院推荐" } },
	{ "凤翔县医保电话", { 610305 }, { "医保/经办服务/电话" } },
	{ "杭州西湖益联保值得买吗？和医保是什么关系", { 330106 },
	  { "商业保险/惠民保", "医保" } },
	{ "康定市居民医保怎么参保缴费？牧民和外出务工人员怎么办", { 513301 },
	  { "医保/参保与转移/参保登记", "医保/缴费" } },
	{ "汉中城固县参保人去西安看病，医保怎么报", { 610722, 610100 },
	  { "就医", "医保/报销" } },
	{ "南宁怎么查一个药能不能用医保报销", { 450100 }, { "医保/报销/药品目录" } },
	{ "青岛琴岛e保怎么买，能报哪些费用", { 370200 }, { "商业保险/惠民保" } },
};

static void test_seed_titles(void **state)
{
	size_t i;

	for (i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
		const struct seed *s = &seeds[i];
		uint32_t want[4] = { 0 };

		memcpy(want, s->regions, sizeof s->regions);
		regions_are(s->title, want);
		topics_are(s->title, NULL, s->topics);
	}
	assert_true(i >= 60);
}

static void test_topics_rules(void **state)
{
	int ids[8];
	size_t n;
	const yd_topic *mouth = yd_taxonomy_by_path(tax, "就医/口腔");
	const yd_topic *rec = yd_taxonomy_by_path(tax, "就医/医院推荐");

	/* implied parent: 种植牙 is 口腔, and 就医 itself is dropped */
	TOPICS("种植牙多少钱", NULL, "就医/口腔");
	TOPICS("医保卡丢了怎么补办", NULL, "医保/医保卡与电子凭证");
	/* blockers: 眼下 is not 眼 */
	TOPICS("眼下医保报销比例是多少", NULL, "医保/报销");
	/* commercial insurance does not drag in 医保 nodes … */
	TOPICS("百万医疗险住院报销比例", NULL, "商业保险/医疗险");
	TOPICS("年金险交多少钱", NULL, "商业保险/年金险");
	/* … unless the article names 医保 itself */
	TOPICS("惠民保和医保住院报销", NULL, "商业保险/惠民保", "医保/报销/住院");
	/* the body is used only when the title has no topic */
	TOPICS("一个问题", "种植牙的费用。种植牙要几次。种植牙医保", "就医/口腔");
	TOPICS("种植牙多少钱", "医保个人账户 医保个人账户 医保个人账户", "就医/口腔");
	/* a long body mentioning something once or twice is not enough … */
	{
		char body[2048] = "说到牙齿。";
		while (strlen(body) + strlen("今天天气很好，") < sizeof body)
			strcat(body, "今天天气很好，");
		n = yd_find_topics(tax, "一个问题", body, ids, 4);
		assert_int_equal(n, 0);
	}
	/* … but in a short body (a question's text) the best node counts */
	n = yd_find_topics(tax, "一个问题", "说到牙齿。", ids, 4);
	assert_int_equal(n, 1);
	assert_int_equal(ids[0], mouth->id);
	/* only the start of a long body counts */
	{
		size_t k, len = 20000;
		char *body = malloc(len + 64);
		assert_non_null(body);
		for (k = 0; k + 3 <= len; k += 3)
			memcpy(body + k, "的", 3);
		strcpy(body + k, "种植牙种植牙种植牙种植牙");
		assert_int_equal(yd_find_topics(tax, "无题", body, ids, 4), 0);
		free(body);
	}
	/* bounded, and in order of first mention */
	n = yd_find_topics(tax, "口腔眼科骨科皮肤神经心脏呼吸哪家医院好", NULL, ids, 8);
	assert_int_equal(n, 4);
	n = yd_find_topics(tax, "哪家医院种植牙好", NULL, ids, 4);
	assert_int_equal(n, 2);
	assert_int_equal(ids[0], rec->id);
	assert_int_equal(ids[1], mouth->id);
	assert_int_equal(yd_find_topics(tax, "种植牙", NULL, ids, 1), 1);
	assert_int_equal(yd_find_topics(tax, "", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(tax, NULL, NULL, ids, 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_and_short_names),
		cmocka_unit_test(test_former_names),
		cmocka_unit_test(test_province_and_city),
		cmocka_unit_test(test_ambiguous),
		cmocka_unit_test(test_no_false_hits),
		cmocka_unit_test(test_place_or_word),
		cmocka_unit_test(test_campus_people_products),
		cmocka_unit_test(test_mentions_explained),
		cmocka_unit_test(test_candidates),
		cmocka_unit_test(test_random_texts),
		cmocka_unit_test(test_order_and_ancestors),
		cmocka_unit_test(test_seed_titles),
		cmocka_unit_test(test_topics_rules),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
