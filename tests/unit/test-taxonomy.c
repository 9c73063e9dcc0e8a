/* Loading the topic tree: the real data/topics.tsv and broken files. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
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
	"就医/儿科", "就医/妇产", "就医/心血管", "就医/呼吸", "就医/内分泌", "就医/肝病",
	"就医/肾病", "就医/感染与传染病", "就医/血液", "就医/肿瘤", "就医/风湿免疫",
	"就医/精神心理", "就医/泌尿", "就医/康复", "就医/中医", "就医/急诊", "就医/体检",
	"就医/药品与用药", "就医/外科", "商业保险",
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
	assert_int_equal(yd_taxonomy_count(t), 62);
	assert_int_equal(n + 1, 62);
	root = yd_taxonomy_at(t, 0);
	assert_int_equal(root->id, 1);
	assert_int_equal(root->parent, 0);
	assert_int_equal(root->depth, 0);
	assert_string_equal(root->path, "");
	assert_string_equal(root->name, "全部主题");
	assert_null(yd_taxonomy_at(t, 62));
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

static yd_taxonomy *real_tree(void)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	yd_error err = { 0 };
	yd_taxonomy *t;

	snprintf(path, sizeof path, "%s/data/topics.tsv", top ? top : ".");
	t = yd_taxonomy_load(path, &err);
	if (!t)
		fail_msg("load: %s", err.msg);
	return t;
}

/* Whether the topics found for title include path (or, with want false,
 * include nothing under it). */
static void has_topic(yd_taxonomy *t, const char *title, const char *path, bool want)
{
	int ids[8];
	size_t n = yd_find_topics(t, title, NULL, ids, 8), i;
	const yd_topic *p = yd_taxonomy_by_path(t, path);
	bool found = false;

	assert_non_null(p);
	for (i = 0; i < n; i++) {
		const yd_topic *x = yd_taxonomy_at(t, (size_t)ids[i] - 1);
		found |= strcmp(x->path, path) == 0 ||
			 (strncmp(x->path, path, strlen(path)) == 0 && x->path[strlen(path)] == '/');
	}
	if (found != want)
		fail_msg("%s: %s %s", title, path, want ? "missing" : "found");
}

/* Clinical questions written for this test: their department is found,
 * on the segmenter's word boundaries, and 医保 topics need a text about
 * health insurance. */
static void test_departments_and_context(void **state)
{
	yd_taxonomy *t = real_tree();

	has_topic(t, "空腹血糖7.5需要吃二甲双胍吗", "就医/内分泌", true);
	has_topic(t, "乙肝小三阳转氨酶高要不要抗病毒", "就医/肝病", true);
	has_topic(t, "乙肝小三阳转氨酶高要不要抗病毒", "就医/消化", false);
	has_topic(t, "肌酐偏高是不是肾功能不好", "就医/肾病", true);
	has_topic(t, "孩子得了水痘要隔离几天", "就医/感染与传染病", true);
	has_topic(t, "血小板低是怎么回事", "就医/血液", true);
	has_topic(t, "肺癌晚期化疗还有用吗", "就医/肿瘤", true);
	has_topic(t, "类风湿关节炎早上手指僵硬", "就医/风湿免疫", true);
	has_topic(t, "最近总是焦虑睡不着", "就医/精神心理", true);
	has_topic(t, "尿频尿急是不是前列腺的问题", "就医/泌尿", true);
	has_topic(t, "中风后偏瘫怎么做康复训练", "就医/康复", true);
	has_topic(t, "湿气重舌苔厚吃什么中药调理", "就医/中医", true);
	has_topic(t, "孩子误吞了一枚纽扣要去急诊吗", "就医/急诊", true);
	/* a word of one character is a word of its own, not the start of
	 * another (湿 of 湿地, 骨 of 骨灰盒), but for a part of it (髋部) */
	has_topic(t, "在湿地公园散步", "就医/中医", false);
	has_topic(t, "宠物火化后可以选骨灰盒", "就医/骨科", false);
	has_topic(t, "老人滑倒了，髋部疼不能走路", "就医/骨科", true);
	has_topic(t, "沈阳铁西区医保业务去哪办", "就医/血液", false);
	has_topic(t, "最近牙疼得厉害，去哪看", "就医/口腔", true);
	/* the delivery room is the obstetrician's */
	has_topic(t, "那天在医院的产房外面等了一夜", "就医/妇产", true);
	/* an animal's bite is first aid, the rabies shot after it too */
	has_topic(t, "被自家猫咬了一口，手指出血了，要打狂犬疫苗吗", "就医/急诊", true);
	has_topic(t, "给猫洗澡时被咬了手背，第二天红肿发烫", "就医/急诊", true);
	has_topic(t, "体检报告尿酸偏高要紧吗", "就医/体检", true);
	has_topic(t, "布洛芬和对乙酰氨基酚能一起吃吗", "就医/药品与用药", true);
	/* 吃什么药 is not 医保 without insurance words … */
	has_topic(t, "胃疼吃什么药好得快", "医保", false);
	has_topic(t, "住院要带什么东西", "医保", false);
	has_topic(t, "门诊几点开始挂号", "医保", false);
	/* … and is with them */
	has_topic(t, "胃药能用医保报销吗", "医保/报销", true);
	/* word boundaries: 骨 in 排骨, 肠 in 香肠, 眼 in 显眼 are not organs */
	has_topic(t, "糖尿病人能吃排骨吗", "就医/骨科", false);
	has_topic(t, "糖尿病人能吃排骨吗", "就医/内分泌", true);
	has_topic(t, "香肠吃多了会怎样", "就医/消化", false);
	has_topic(t, "这个颜色太显眼了", "就医/眼科", false);
	/* homophone typos of topic words, and Traditional characters */
	has_topic(t, "医宝卡在外地能报消吗", "医保/报销", true);
	has_topic(t, "异地就依备按怎么弄", "医保/异地就医/备案", true);
	has_topic(t, "醫保報銷比例是多少", "医保/报销", true);
	/* … by the sound the word is said with, where a character has
	 * several (合 is ge and he: 和 for 合) */
	has_topic(t, "农村和作医疗今年一个人交多少", "医保", true);
	/* … not across words (费用|要 is not 用药, 江干区 not 肝区) … */
	has_topic(t, "太平间的费用要多少", "就医/药品与用药", false);
	has_topic(t, "我是江干区的，医保归哪个区管", "就医/肝病", false);
	/* … and not a real word that sounds the same (爆笑 is not 报销) */
	has_topic(t, "医保卡的视频太爆笑了", "医保/报销", false);
	/* … nor a phrase whose one word of substance is mistyped, the rest
	 * words of asking or being able (可以薄涂 is not 可以报) */
	has_topic(t, "尿布皮炎期间要勤换，可以薄涂氧化锌软膏", "医保", false);
	has_topic(t, "茶农说普洱茶要放几年才好喝，我买了两饼带回去", "医保", false);
	/* a fallback word gives 就医 when nothing else fits */
	has_topic(t, "最近身体不舒服怎么办", "就医", true);
	yd_taxonomy_free(t);
}

static void test_map_category(void **state)
{
	yd_taxonomy *t = real_tree();
	const yd_topic *p;

	assert_string_equal(yd_taxonomy_map_category(t, "内分泌科")->path, "就医/内分泌");
	assert_string_equal(yd_taxonomy_map_category(t, " 内分泌 ")->path, "就医/内分泌");
	assert_string_equal(yd_taxonomy_map_category(t, "就医/肝病")->path, "就医/肝病");
	assert_string_equal(yd_taxonomy_map_category(t, "心血管内科")->path, "就医/心血管");
	assert_string_equal(yd_taxonomy_map_category(t, "眼科")->path, "就医/眼科");
	assert_string_equal(yd_taxonomy_map_category(t, "肾内科")->path, "就医/肾病");
	p = yd_taxonomy_map_category(t, "异地就医");
	assert_non_null(p);
	assert_string_equal(p->path, "医保/异地就医");
	assert_null(yd_taxonomy_map_category(t, "天气预报"));
	assert_null(yd_taxonomy_map_category(t, ""));
	assert_null(yd_taxonomy_map_category(t, NULL));
	yd_taxonomy_free(t);
}

static void test_hits_explained(void **state)
{
	yd_taxonomy *t = real_tree();
	yd_topic_hit h[8];
	const char *title = "胃疼吃什么药";
	size_t n = yd_topic_hits(t, title, NULL, h, 8), i;
	bool stomach = false;

	assert_true(n >= 1);
	for (i = 0; i < n && i < 8; i++) {
		const yd_topic *p = yd_taxonomy_at(t, (size_t)h[i].id - 1);
		assert_true(h[i].in_title);
		assert_true(h[i].off + h[i].len <= strlen(title));
		if (strcmp(p->path, "就医/消化") == 0 && h[i].off == 0)
			stomach = true;
		/* a 医保 word here is listed but refused: no insurance words */
		if (strncmp(p->path, "医保", strlen("医保")) == 0)
			assert_true(h[i].refused);
	}
	assert_true(stomach);
	yd_taxonomy_free(t);
}

static void test_needs_and_fallback_syntax(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	t = load_text("保险\t报销\t医保,社保\n保险/住院\t住院\n看病\t~不舒服,医院\n", &err);
	assert_non_null(t);
	assert_string_equal(yd_taxonomy_by_path(t, "保险")->needs, "医保,社保");
	assert_string_equal(yd_taxonomy_by_path(t, "保险/住院")->needs, "医保,社保");
	assert_string_equal(yd_taxonomy_by_path(t, "看病")->needs, "");
	assert_string_equal(yd_taxonomy_by_path(t, "看病")->words, "不舒服,医院");
	assert_int_equal(yd_find_topics(t, "住院报销", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "医保住院报销", NULL, ids, 4), 1);
	assert_int_equal(ids[0], yd_taxonomy_by_path(t, "保险/住院")->id);
	assert_int_equal(yd_find_topics(t, "不舒服", NULL, ids, 4), 1);
	assert_int_equal(ids[0], yd_taxonomy_by_path(t, "看病")->id);
	/* a fallback word does not add a topic beside a real one */
	assert_int_equal(yd_find_topics(t, "不舒服，医保住院", NULL, ids, 4), 1);
	assert_int_equal(ids[0], yd_taxonomy_by_path(t, "保险/住院")->id);
	yd_taxonomy_free(t);
}

/* Context strength: a plain context word suffices; `?weak` ones need a
 * second distinct cue; `^contra` ones count against; the longest listed
 * word at a position is the one taken (医保卡 is not 医保). */
static void test_weak_and_contrary_context(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	t = load_text("保险\t报销,医保卡\t医保,报销,?医保卡,?带医保卡,?住院,^团建\n", &err);
	assert_non_null(t);
	assert_int_equal(yd_find_topics(t, "医保卡丢了", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "带医保卡去住院", NULL, ids, 4), 1);
	assert_int_equal(yd_find_topics(t, "带医保卡去医保窗口", NULL, ids, 4), 1);
	/* the same weak word twice is one cue */
	assert_int_equal(yd_find_topics(t, "医保卡，医保卡", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "住院能报销吗", NULL, ids, 4), 1);
	assert_int_equal(yd_find_topics(t, "团建的车费能报销吗", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "团建时摔伤住院能报销吗", NULL, ids, 4), 1);
	/* the body's cues add to the title's */
	assert_int_equal(yd_find_topics(t, "医保卡", "住院的时候", ids, 4), 1);
	yd_taxonomy_free(t);
}

/* The real tree: a card named as a document to bring, or a drug changed
 * after 集采, is not an article about health insurance. */
static void test_insurance_as_subject(void **state)
{
	yd_taxonomy *t = real_tree();

	has_topic(t, "做胃镜要带身份证还是医保卡", "医保", false);
	has_topic(t, "降压药集采以后换了厂家，吃了头晕", "医保", false);
	has_topic(t, "公司团建的路费能报销吗", "医保", false);
	has_topic(t, "医保卡丢了怎么补办", "医保/医保卡与电子凭证", true);
	has_topic(t, "在外地住院能报多少", "医保", true);
	has_topic(t, "社区医院能用医保卡买药吗", "医保", true);
	/* a notice that insurance is not accepted is about something else;
	 * a question about the refusal is about insurance */
	has_topic(t, "益生菌冻干粉，儿童款，不支持医保个人账户支付", "医保", false);
	has_topic(t, "疫苗代约，当天可打（本店不提供医保服务）", "医保", false);
	has_topic(t, "这个体检套餐不能用医保，全部自费，价格多少", "医保", false);
	has_topic(t, "这家药店为什么不支持医保卡支付", "医保", true);
	has_topic(t, "药店不能刷医保卡了吗", "医保", true);
	has_topic(t, "本店不支持医保卡，住院能报销吗", "医保", true);
	/* a company named after insurance is a firm's news */
	has_topic(t, "某某医保科技与三甲医院签署智慧医疗合作协议", "医保", false);
	has_topic(t, "某某医保科技公司的员工，医保断缴了怎么补缴", "医保", true);
	/* a clinical phrase that is no dictionary word (身上长) has no
	 * homophone typos: 肾上长 stays the kidney */
	has_topic(t, "肾上长了个囊肿", "就医/皮肤", false);
	has_topic(t, "肾上长了个囊肿", "就医/肾病", true);
	/* … and a topic word as written is no typo of another (胃寒, 畏寒) */
	has_topic(t, "凉茶喝多了胃寒吗", "就医/消化", true);
	yd_taxonomy_free(t);
}

/* A topic word split by an adverb (呼吸有点困难, 眼睛又干又涩, 关节就疼)
 * is still found; other words in between, or punctuation, keep it apart. */
static void test_adverb_between_words(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	yd_topic_hit h[8];
	int ids[4];
	size_t n, i;
	bool across = false;
	const char *text = "喝了酒，呼吸有点困难";

	t = load_text("急\t呼吸困难\n眼\t眼睛干涩\n骨\t关节疼\n", &err);
	assert_non_null(t);
	assert_int_equal(yd_find_topics(t, text, NULL, ids, 4), 1);
	assert_int_equal(ids[0], yd_taxonomy_by_path(t, "急")->id);
	assert_int_equal(yd_find_topics(t, "眼睛又干又涩", NULL, ids, 4), 1);
	assert_int_equal(yd_find_topics(t, "一到下雨天关节就疼", NULL, ids, 4), 1);
	/* in a short body too */
	assert_int_equal(yd_find_topics(t, "", "一到下雨天关节就疼", ids, 4), 1);
	assert_int_equal(yd_find_topics(t, "关节的疼", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "关节，也疼", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "呼吸机很困难", NULL, ids, 4), 0);
	/* --explain shows the words as written, adverb and all */
	n = yd_topic_hits(t, text, NULL, h, 8);
	for (i = 0; i < n && i < 8; i++)
		if (h[i].off == strlen("喝了酒，") && h[i].len == strlen("呼吸有点困难"))
			across = true;
	assert_true(across);
	yd_taxonomy_free(t);
}

/* Whose money: `$word` names another payer (an employer, an insurer);
 * a text naming one is about insurance only where it also names social
 * insurance itself (`!word`, an anchor). */
/* A Latin topic word is matched on Latin word boundaries; the best
 * node of each tree survives the cap of four; a drug insert's field
 * names say the text is about a drug. */
static void test_latin_trees_and_inserts(void **state)
{
	yd_taxonomy *t = real_tree();

	(void)state;
	has_topic(t, "这个药是OTC的吗，饭后吃还是饭前吃", "就医/康复", false);
	has_topic(t, "偏瘫后做OT训练多久能自己吃饭", "就医/康复", true);
	has_topic(t, "高血压、糖尿病、胃炎、肺炎、湿疹、近视、蛀牙、抑郁都能用吗？医保甲类",
		  "医保", true);
	has_topic(t, "咳嗽发烧拉肚子牙疼眼睛干皮肤痒腰疼，门诊能报销吗", "医保", true);
	has_topic(t, "【成份】牛黄、麝香、冰片。【功能主治】清热开窍，用于高热惊厥、中风昏迷。",
		  "就医/药品与用药", true);
	has_topic(t, "【功能主治】用于肾虚腰痛，头晕耳鸣。【用法用量】一次2丸",
		  "就医/药品与用药", true);
	has_topic(t, "出血性卒中后多久能下床", "就医/神经", true);
	has_topic(t, "患儿反复呕吐三天，精神差", "就医/儿科", true);
	yd_taxonomy_free(t);
}

static void test_insurance_payer(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	t = load_text("保险\t报销,医保\t!医保,报销,?住院,$公司,$老板\n", &err);
	assert_non_null(t);
	assert_int_equal(yd_find_topics(t, "公司和老板给交医保吗", NULL, ids, 4), 1);
	assert_int_equal(yd_find_topics(t, "公司和老板给报销吗", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "住院了，公司给报销吗", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "住院能报销吗", NULL, ids, 4), 1);
	yd_taxonomy_free(t);
	/* an anchor outweighs two contrary words; a plain cue does not */
	t = load_text("保险\t报销,医保\t!医保,报销,^机票,^门票\n", &err);
	assert_non_null(t);
	assert_int_equal(yd_find_topics(t, "机票和门票都能报，医保呢", NULL, ids, 4), 1);
	assert_int_equal(yd_find_topics(t, "机票和门票能报销吗", NULL, ids, 4), 0);
	yd_taxonomy_free(t);

	t = real_tree();
	has_topic(t, "部门聚餐后同事急性肠胃炎住院了，公司给不给报销", "医保", false);
	has_topic(t, "老板说补充医疗保险可以报看眼睛的钱，是真的吗", "医保", false);
	has_topic(t, "保险公司理赔住院费要多久到账", "医保", false);
	has_topic(t, "单位交的职工医保，住院能报多少", "医保", true);
	has_topic(t, "公司入职体检能刷医保卡付钱吗", "医保", true);
	has_topic(t, "出差在外地摔伤了，回来能报销吗", "医保", true);
	/* an employer named as absent, or as paying contributions, is no
	 * other payer (-没有单位, -单位交 in the needs) */
	has_topic(t, "做个体生意没有单位，住院了能报销吗", "医保", true);
	has_topic(t, "公司交了十五年，退休以后住院怎么报", "医保", true);
	/* … and so is one that says where the reader works */
	has_topic(t, "在物流公司上班，门诊看病能报销多少", "医保", true);
	/* 单位 after a number is a unit of a dose, not an employer */
	has_topic(t, "胰岛素一天打20单位，住院期间用的能报销吗", "医保", true);
	has_topic(t, "胰岛素每天打十几个单位，住院能报销吗", "医保", true);
	yd_taxonomy_free(t);
}

/* `%word` names a care setting: a record that says 门诊 and 住院 says
 * where care happened, twice, and that is one weak cue, not two. */
static void test_care_setting_counts_once(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	t = load_text("保险\t报销,住院\t!医保,报销,%住院,%门诊,?异地\n", &err);
	assert_non_null(t);
	assert_int_equal(yd_find_topics(t, "门诊看过以后医生建议住院", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "异地住院", NULL, ids, 4), 1);
	assert_int_equal(yd_find_topics(t, "门诊和住院都能报销吗", NULL, ids, 4), 1);
	yd_taxonomy_free(t);

	t = real_tree();
	has_topic(t, "门诊记录：尿蛋白两个加号，血肌酐偏高，建议肾内科住院做肾穿刺", "医保", false);
	has_topic(t, "在外地住院，回来怎么弄", "医保", true);
	/* a place the reader came from is not where care is */
	has_topic(t, "从外地过来，在这家医院住院等床等了一周", "医保", false);
	has_topic(t, "从外地过来住院，能报多少", "医保", true);
	yd_taxonomy_free(t);
}

/* An anchor says the text is about social insurance only where it is the
 * subject: named as the outside edge of another payer's cover (惠民保能报
 * 医保目录外的药) or as a card put away in a story (医保卡放在抽屉里), it
 * is no anchor. */
static void test_anchor_as_edge_or_object(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	t = load_text("保险\t报销,药,住院\t!医保,!医保卡,报销,%住院,$惠民保\n", &err);
	assert_non_null(t);
	assert_int_equal(yd_find_topics(t, "惠民保能报医保外的药吗", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "惠民保和医保能一起报销吗", NULL, ids, 4), 1);
	/* with no other payer, the outside of the list is still the list */
	assert_int_equal(yd_find_topics(t, "医保以外的药能报销吗", NULL, ids, 4), 1);
	/* 外地 is no outside edge */
	assert_int_equal(yd_find_topics(t, "惠民保和医保外地能报销吗", NULL, ids, 4), 1);
	assert_int_equal(yd_find_topics(t, "住院了，医保卡放在抽屉里", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "住院了，翻包看到医保卡", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "住院了，医保卡丢了", NULL, ids, 4), 1);
	yd_taxonomy_free(t);

	t = real_tree();
	has_topic(t, "同事推荐惠民保，说能报医保目录外的特药，一年八十九块，值得买吗", "医保", false);
	has_topic(t, "惠民保和医保有什么关系", "医保", true);
	has_topic(t, "医保目录外的药能报销吗", "医保", true);
	has_topic(t, "住院第三天，医保卡塞在包里，今天拆线了", "医保", false);
	has_topic(t, "住院的时候医保卡丢了怎么办", "医保", true);
	/* … but the card's account, come across, is the account */
	has_topic(t, "今天看到医保卡里的钱少了好多", "医保", true);
	/* 新农合's full name is social insurance too */
	has_topic(t, "老家的农村合作医疗今年还要不要交", "医保", true);
	yd_taxonomy_free(t);
}

/* The node (path) ranked first for text when only one may be kept. */
static void first_is(yd_taxonomy *t, const char *text, const char *path)
{
	int ids[1];

	assert_int_equal(yd_find_topics(t, text, NULL, ids, 1), 1);
	if (strcmp(yd_taxonomy_at(t, (size_t)ids[0] - 1)->path, path) != 0)
		fail_msg("%s: %s first, not %s", text,
			 yd_taxonomy_at(t, (size_t)ids[0] - 1)->path, path);
}

/* When more nodes fit than an article keeps, the ones kept are those the
 * text speaks of most: distinct words (a word said three times is one),
 * words specific to the node (a word of two nodes weighs half), and
 * words where the text centres (its first sentence, a clause that asks). */
static void test_rank_when_several_fit(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;

	t = load_text("甲\t头疼,头晕\n乙\t发烧\n丙\t颈椎\n丁\t怕冷\n戊\t怕冷,心脏\n己\t心慌\n", &err);
	assert_non_null(t);
	/* distinct words, not occurrences */
	first_is(t, "发烧，发烧，发烧，头疼，头晕", "甲");
	first_is(t, "发烧，头疼，头疼", "乙");
	/* a word two nodes list is weaker than one only a node lists */
	first_is(t, "怕冷，心慌", "己");
	first_is(t, "心慌，怕冷，心脏", "戊");
	/* the clause that asks outweighs what is told on the way */
	first_is(t, "昨天去了医院。医生说心脏没事，头疼也好了，会不会是颈椎的问题？", "丙");
	first_is(t, "昨天去了医院。颈椎疼了一个月，医生说心脏没事，会不会是头疼的问题？", "甲");
	/* and the first sentence outweighs the rest */
	first_is(t, "老是发烧。后来颈椎也疼，头疼，头晕", "乙");
	/* a decimal point ends no sentence */
	first_is(t, "体温38.5度发烧。头疼，头晕", "乙");
	yd_taxonomy_free(t);

	/* the real tree: a doctor's question about the brain after heart
	 * surgery keeps 神经 among four candidates */
	t = real_tree();
	has_topic(t, "我舅舅心脏搭桥做完以后总怕冷，做饭老忘关火，会不会是手术伤到脑子了", "就医/神经", true);
	yd_taxonomy_free(t);
}

/* Compound disease words: an organ morpheme (`@word`) followed by a
 * disease head (`+word`) in one word or the next place the organ's node
 * where no topic word stands; a head listed at a node not above the
 * organ's decides itself (癌 → 肿瘤); a verb or adjective (心疼) holds
 * no organ; the marks are no plain words. */
static void test_compound_disease_words(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	yd_topic_hit h[8];
	int ids[4];
	size_t n, i;
	bool whole = false;

	t = load_text("就医\t+炎,+病,+瘤,+积液\n就医/神经\t@脑\n就医/心血管\t@心,@心包,@动脉\n"
		      "就医/消化\t胃,@胃,@胆管\n就医/肿瘤\t+癌\n", &err);
	assert_non_null(t);
	first_is(t, "老人做了脑动脉瘤介入", "就医/神经");   /* the first organ */
	first_is(t, "胆管炎怎么治", "就医/消化");          /* inside one word */
	first_is(t, "胆管癌怎么治", "就医/肿瘤");          /* the head decides */
	assert_int_equal(yd_find_topics(t, "胆管癌怎么治", NULL, ids, 4), 1);
	first_is(t, "体检说心包积液", "就医/心血管");
	assert_int_equal(yd_find_topics(t, "妈妈很心疼孩子的病", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "脑子好使", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "炎热的夏天", NULL, ids, 4), 0);
	/* a topic word standing there keeps its own node */
	assert_int_equal(yd_find_topics(t, "胃炎", NULL, ids, 4), 1);
	/* --explain shows the compound */
	n = yd_topic_hits(t, "得了胆管炎", NULL, h, 8);
	for (i = 0; i < n && i < 8; i++)
		if (h[i].off == strlen("得了") && h[i].len == strlen("胆管炎"))
			whole = true;
	assert_true(whole);
	yd_taxonomy_free(t);

	/* a head at a node with no organ below it decides without an organ
	 * (压|疮, 印戒细胞癌); one above organs' nodes needs one (发炎) */
	t = load_text("就医\t+炎\n就医/肝\t@肝\n就医/皮\t+疮\n就医/瘤\t+癌\n", &err);
	assert_non_null(t);
	first_is(t, "护工说是压疮", "就医/皮");
	first_is(t, "印戒细胞癌是什么", "就医/瘤");
	assert_int_equal(yd_find_topics(t, "嗓子发炎了", NULL, ids, 4), 0);
	yd_taxonomy_free(t);

	/* a body part (`@=`) takes only a complaint (`+=`), not a disease */
	t = load_text("就医\t+炎,+=疼\n就医/骨\t@=手指\n", &err);
	assert_non_null(t);
	first_is(t, "手指一弯就疼", "就医/骨");
	assert_int_equal(yd_find_topics(t, "手指发炎了", NULL, ids, 4), 0);
	yd_taxonomy_free(t);

	/* the real tree: organisms are organs of 感染与传染病, limbs of 骨科
	 * for pain (not for swelling, which says little about a department) */
	t = real_tree();
	has_topic(t, "得了包虫病怎么治", "就医/感染与传染病", true);
	has_topic(t, "走路多了脚底板疼得厉害", "就医/骨科", true);
	has_topic(t, "吃了降压药脚脖子肿了", "就医/骨科", false);
	has_topic(t, "脑动脉瘤介入术后复查", "就医/神经", true);
	/* the head is a body part for pain: 神经, unless denied */
	has_topic(t, "头一阵一阵像针扎一样疼", "就医/神经", true);
	has_topic(t, "血压高，头不晕不疼", "就医/神经", false);
	yd_taxonomy_free(t);
}

/* A topic word the segmenter glued to a verb before it (降血脂, 起风|团)
 * counts; one glued to a noun or adjective (女孩子) does not, nor one
 * reaching into a verb or particle (拿药|吗), nor a verb phrase the verb
 * is part of (启用医保). */
static void test_object_of_a_verb(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	t = load_text("心\t血脂\n内\t血糖\n皮\t风团\n儿\t孩子\n药\t药吗\n保\t用医保\n", &err);
	assert_non_null(t);
	first_is(t, "云雾茶对降血脂好不好", "心");
	first_is(t, "枸杞泡水喝能降血糖吗", "内");
	first_is(t, "吃了扇贝以后浑身起风团", "皮");
	assert_int_equal(yd_find_topics(t, "她是个女孩子", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "能先拿药吗", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "药店启用医保电子凭证", NULL, ids, 4), 0);
	yd_taxonomy_free(t);
}

/* Lay phrasing puts words between the organ and what is wrong with it:
 * a word that is a head by itself, a few words after an organ that is a
 * word of its own, in the same clause, not denied (不疼). */
static void test_organ_then_head_apart(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	t = load_text("就医\t+溃疡,+疼\n就医/口\t@嘴里\n就医/神\t@脑袋\n就医/胃\t@胃\n", &err);
	assert_non_null(t);
	first_is(t, "嘴里长了溃疡一直不好", "就医/口");
	first_is(t, "脑袋一跳一跳地疼", "就医/神");
	assert_int_equal(yd_find_topics(t, "脑袋不疼", NULL, ids, 4), 0);
	assert_int_equal(yd_find_topics(t, "嘴里，长了溃疡", NULL, ids, 4), 0);
	/* another organ between: the nearer one has it */
	first_is(t, "脑袋和胃都疼", "就医/胃");
	assert_int_equal(yd_find_topics(t, "脑袋和胃都疼", NULL, ids, 4), 1);
	yd_taxonomy_free(t);
}

/* Sudden onset (`*突然`) says emergency only in a text that asks what
 * to do now (`&怎么办`); the now-question alone names nothing. */
static void test_onset_needs_a_now_question(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;
	int ids[4];

	(void)state;
	t = load_text("就医\t~不舒服\n就医/急\t昏迷,*突然,&怎么办\n就医/神\t头晕\n", &err);
	assert_non_null(t);
	has_topic(t, "我妈突然头晕，站不住，怎么办", "就医/急", true);
	has_topic(t, "怎么办，我妈突然头晕", "就医/急", true);
	has_topic(t, "我妈突然头晕，站不住", "就医/急", false);
	has_topic(t, "我妈头晕好几年了怎么办", "就医/急", false);
	has_topic(t, "我妈头晕好几年了怎么办", "就医/神", true);
	assert_int_equal(yd_find_topics(t, "怎么办", NULL, ids, 4), 0);
	yd_taxonomy_free(t);
	t = real_tree();
	has_topic(t, "我爸吃着饭突然说不出话，半边脸发麻，怎么办", "就医/急诊", true);
	yd_taxonomy_free(t);
	/* minutes or hours counted since the onset say now, as 怎么办 does;
	 * days or years do not */
	t = load_text("就医\t~不舒服\n就医/急\t昏迷,*突然,&怎么办\n就医/神\t头晕\n", &err);
	assert_non_null(t);
	has_topic(t, "我妈突然头晕，站不住，已经二十分钟了", "就医/急", true);
	has_topic(t, "我妈突然头晕，快两个小时了", "就医/急", true);
	has_topic(t, "我妈突然头晕，过去半小时了", "就医/急", true);
	has_topic(t, "我妈突然头晕，一个多小时了", "就医/急", true);
	has_topic(t, "我妈突然头晕，40分钟了", "就医/急", true);
	has_topic(t, "我妈突然头晕，已经三年了", "就医/急", false);
	has_topic(t, "我妈突然头晕，好几天了", "就医/急", false);
	has_topic(t, "我妈头晕二十分钟了", "就医/急", false);
	yd_taxonomy_free(t);
}

/* A node takes the place of the siblings it names (`>name`) when the
 * text speaks of it at least twice as much: a small child's cough is
 * 儿科's, not also 呼吸's; the eyes stay 眼科's; a child named in passing
 * does not take an adult's organ away. */
static void test_node_takes_a_siblings_place(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;

	(void)state;
	t = load_text("就医\t~不舒服\n就医/儿\t宝宝,孩子,三岁,>胃\n就医/胃\t胃疼,胃胀,反酸\n"
		      "就医/眼\t眼睛红\n", &err);
	assert_non_null(t);
	has_topic(t, "宝宝三岁，孩子胃疼", "就医/儿", true);
	has_topic(t, "宝宝三岁，孩子胃疼", "就医/胃", false);
	has_topic(t, "宝宝三岁，孩子眼睛红", "就医/眼", true);
	has_topic(t, "孩子胃疼，胃胀，反酸", "就医/胃", true);
	has_topic(t, "孩子胃疼，胃胀，反酸", "就医/儿", true);
	yd_taxonomy_free(t);
	assert_null(load_text("就医\n就医/儿\t宝宝,>没有\n", &err));
	t = real_tree();
	has_topic(t, "孩子三岁，小宝宝咳嗽好几天了", "就医/呼吸", false);
	has_topic(t, "孩子三岁，小宝宝咳嗽好几天了", "就医/儿科", true);
	/* the specialties a child is sent to directly (eyes, skin …) take
	 * 儿科's place in turn */
	has_topic(t, "孩子上小学，看黑板老眯眼，视力下降，是不是近视了，要配眼镜吗",
		  "就医/儿科", false);
	has_topic(t, "孩子上小学，看黑板老眯眼，视力下降，是不是近视了，要配眼镜吗",
		  "就医/眼科", true);
	/* crawling is a baby's milestone, climbing stairs an adult's effort */
	has_topic(t, "爬三层楼就喘不上气，歇一会才好", "就医/儿科", false);
	has_topic(t, "八个月的宝宝还不会爬，正常吗", "就医/儿科", true);
	yd_taxonomy_free(t);
}

/* A node that gives way (`<`) is dropped when a sibling ranks more than
 * three times as high: a result read by the organ's department is not a
 * check-up question, while a question about the exam itself stays one. */
static void test_node_gives_way(void **state)
{
	yd_error err = { 0 };
	yd_taxonomy *t;

	(void)state;
	t = load_text("就医\t~不舒服\n就医/查\t胃镜,<\n就医/胃\t胃炎,胃疼,反酸,烧心\n"
		      "其他\t睡觉\n", &err);
	assert_non_null(t);
	has_topic(t, "胃镜说胃炎，胃疼，反酸，烧心", "就医/查", false);
	has_topic(t, "胃镜说胃炎，胃疼，反酸，烧心", "就医/胃", true);
	has_topic(t, "胃镜说是胃炎吗", "就医/查", true);
	has_topic(t, "胃镜前睡觉睡觉睡觉", "就医/查", true);
	yd_taxonomy_free(t);
	t = real_tree();
	has_topic(t, "做了胃镜说是慢性萎缩性胃炎，胃疼，反酸，烧心，严重吗", "就医/体检", false);
	has_topic(t, "胃镜前一天晚上能吃东西吗", "就医/体检", true);
	/* 外科 gives way too: an operation on the eye is 眼科's */
	has_topic(t, "白内障要做手术吗，看东西模糊，眼睛发花，视力越来越差", "就医/外科", false);
	has_topic(t, "疝气要开刀吗，腹股沟鼓个包", "就医/外科", true);
	yd_taxonomy_free(t);
}

/* An advertisement for a job or a room names insurance as a benefit or
 * an errand in passing; only a post about insurance work holds the
 * context. Sentences written for this test. */
static void test_advert_needs_more_context(void **state)
{
	yd_taxonomy *t = real_tree();

	(void)state;
	has_topic(t, "诚聘康复理疗师三名，周末双休，入职即缴社保，有意者电话联系", "医保", false);
	has_topic(t, "招育儿嫂一名，看护两岁宝宝，医保家里自己交，工资面议", "医保", false);
	has_topic(t, "整租：儿童医院对面一室户，适合来办异地就医备案的家长，押一付一", "医保", false);
	/* the post itself is insurance work */
	has_topic(t, "招聘医保办专员：负责医保结算、医保基金对账和DRG病案审核，熟悉医保政策", "医保", true);
	/* a taxi is no let */
	has_topic(t, "开出租车的，社保断缴了两年，医保还能补缴吗", "医保", true);
	has_topic(t, "我在省城跑出租好几年了，灵活就业的医保一年交多少钱", "医保", true);
	has_topic(t, "公开出租临街门面一间，隔壁是医保定点药店", "医保", false);
	/* sales talk: a promotion's notice, a live stream's pitch */
	has_topic(t, "主播说这款膏药医保都买不到，只有直播间有", "医保", false);
	has_topic(t, "推拿馆周年促销，办卡打八折，本店不能刷医保卡", "医保", false);
	has_topic(t, "直播间弹幕问：我的医保断缴了半年，现在补缴还来得及吗，灵活就业怎么交", "医保", true);
	/* no advert: the same words as a question */
	has_topic(t, "入职后单位缴社保，医保从哪个月开始能用", "医保", true);
	yd_taxonomy_free(t);
}

/* A card listed beside another document a notice asks people to bring
 * is one more thing to bring, not the subject; with other words of
 * insurance the text is about it. */
static void test_card_among_documents(void **state)
{
	yd_taxonomy *t = real_tree();

	(void)state;
	has_topic(t, "街道卫生院下周免费测血糖，请携带户口本、社保卡，空腹前来", "医保", false);
	has_topic(t, "办理门诊慢特病需要携带身份证、医保卡到医保服务中心申请", "医保", true);
	has_topic(t, "医保卡丢了，身份证也丢了怎么办", "医保", true);
	yd_taxonomy_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_tree),
		cmocka_unit_test(test_small_and_broken_files),
		cmocka_unit_test(test_departments_and_context),
		cmocka_unit_test(test_map_category),
		cmocka_unit_test(test_hits_explained),
		cmocka_unit_test(test_needs_and_fallback_syntax),
		cmocka_unit_test(test_weak_and_contrary_context),
		cmocka_unit_test(test_insurance_as_subject),
		cmocka_unit_test(test_rank_when_several_fit),
		cmocka_unit_test(test_insurance_payer),
		cmocka_unit_test(test_adverb_between_words),
		cmocka_unit_test(test_care_setting_counts_once),
		cmocka_unit_test(test_compound_disease_words),
		cmocka_unit_test(test_object_of_a_verb),
		cmocka_unit_test(test_organ_then_head_apart),
		cmocka_unit_test(test_anchor_as_edge_or_object),
		cmocka_unit_test(test_onset_needs_a_now_question),
		cmocka_unit_test(test_node_takes_a_siblings_place),
		cmocka_unit_test(test_node_gives_way),
		cmocka_unit_test(test_advert_needs_more_context),
		cmocka_unit_test(test_card_among_documents),
		cmocka_unit_test(test_latin_trees_and_inserts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
