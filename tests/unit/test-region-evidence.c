/* Region evidence from the words around a name, both directions: each
 * mechanism of region-context.c refuses a name used as something else
 * and keeps the same name where the text uses it as a place. Sentences
 * written for this test; codes from data/regions.tsv. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "yidu/lang.h"

static yd_gazetteer *gaz;

static int setup(void **state)
{
	const char *top = getenv("top_srcdir");
	char dir[4096];
	yd_error err = { 0 };

	(void)state;
	snprintf(dir, sizeof dir, "%s/data", top ? top : ".");
	gaz = yd_gazetteer_load(dir, &err);
	if (!gaz)
		fprintf(stderr, "load: %s\n", err.msg);
	return gaz ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	yd_gazetteer_free(gaz);
	return 0;
}

#include "region-assert.h"

/* A thing counted with a measure word is a product, not a place. */
static void test_counted(void **state)
{
	(void)state;
	NO_REGION("一天两包白沙，咳嗽老不好");
	NO_REGION("昨晚喝了三两贵州茅台头疼");
	REGIONS("在白沙住院能报销吗", 469025);
	REGIONS("贵州的医保怎么交", 520000);
}

/* A name followed by a short word that is eaten or drunk names that
 * product's origin, unless place words say otherwise. */
static void test_consumed(void **state)
{
	(void)state;
	NO_REGION("岷县当归炖汤喝了上火吗");
	REGIONS("去岷县之前要吃什么药预防高原反应", 621126);
}

/* Kin and role words before a given name; a doctor is a person. */
static void test_people(void **state)
{
	(void)state;
	NO_REGION("女儿周嘉禾这两天咳嗽");
	NO_REGION("我的主治医生是马山，人很好");
	REGIONS("老家湖南嘉禾，在长沙住院", 431024, 430100);
}

/* An era's name, a mountain the dictionary knows, a university. */
static void test_other_names(void **state)
{
	(void)state;
	NO_REGION("这是咸丰年间的老方子");
	NO_REGION("我们在武功山露营扭了脚");
	NO_REGION("南华大学附属医院看病");
	REGIONS("咸丰县医保局电话", 422826);
	REGIONS("陕西武功的新农合", 610431);
}

/* Compound nouns: a county's name as the head of one, or an ordinary
 * word modifying one even after 在; a suffixed word that is no region. */
static void test_compounds(void **state)
{
	(void)state;
	NO_REGION("住在楼顶天台的小屋里，夏天中暑了");
	NO_REGION("在石棉瓦厂上班，肺不好");
	NO_REGION("这种大城市看病太难了");
	REGIONS("在石棉县城住院", 511824);
	REGIONS("浙江天台的医保", 331023);
}

/* Official names that are common words need evidence; a one-character
 * name cut from the word before is not the county. */
static void test_common_official_names(void **state)
{
	(void)state;
	NO_REGION("矿区附近的诊所能报销吗");
	NO_REGION("血脂偏高县医院让我吃他汀");
	REGIONS("阳泉矿区医保中心", 140303);
	REGIONS("宜宾高县医保局", 511525);
}

/* A generic district (东区) is placed by its city named elsewhere. */
static void test_generic_with_city(void **state)
{
	(void)state;
	REGIONS("攀枝花的医保，在东区住院", 510402);
	NO_REGION("医院东区几点挂号");
	NO_REGION("我家在老城区，离大医院远");
	REGIONS("洛阳老城区医保", 410302);
}

/* Style and brand: 老 and a name before a noun. */
static void test_style(void **state)
{
	(void)state;
	NO_REGION("买了双老北京布鞋穿着脚疼");
	REGIONS("老北京人去天津看病", 110000, 120000);
}

/* A given name that speaks; a person, the place, what they do there. */
static void test_person_and_place(void **state)
{
	(void)state;
	NO_REGION("永康告诉我这个药不能空腹吃");
	REGIONS("在永康住院能报多少", 330784);
	REGIONS("老人昌平住院，医保在外地", 110114);
	NO_REGION("我同事李沧体检查出结石");
	NO_REGION("永康哥说这个药要饭后吃");
	REGIONS("上海姐妹们，医保卡怎么激活", 310000);
}

/* Foods the character list knows by their last character. */
static void test_foods(void **state)
{
	(void)state;
	NO_REGION("湖南臭豆腐吃了胃疼");
	NO_REGION("用樟树叶煮水洗澡能止痒吗");
	NO_REGION("山东大馒头一顿能吃几个");
	NO_REGION("重庆小面太辣了胃疼");
	NO_REGION("新疆羊肉串吃多了上火");
	REGIONS("北京大医院挂号难", 110000);
	REGIONS("樟树的医保在南昌能用吗", 360982, 360100);
	REGIONS("湖南的医保能在广州用吗", 430000, 440100);
}

/* A verb's complement ending the clause is an ordinary word; verbs of
 * moving somewhere say place. */
/* A work's title in 《》 is a title; a document's title names its issuer. */
static void test_titles(void **state)
{
	(void)state;
	NO_REGION("他推荐我看纪录片《寻味桂林》");
	NO_REGION("电视剧《桂林的雨》真好看");
	REGIONS("在桂林住院时看了《老城故事》", 450300);
	REGIONS("《桂林市基本医疗保险办法》第三条", 450300);
}

/* An ordinary noun after 去/到/在 is still the noun; words of residence
 * or a place's own words make it the place. */
static void test_ordinary_after_motion(void **state)
{
	(void)state;
	NO_REGION("周末带爸妈去温泉住了两天");
	NO_REGION("他站在平原上拍照");
	REGIONS("老家温泉的，医保能转吗", 652723);
	REGIONS("平原县的医保怎么交", 371426);
	REGIONS("在长寿住院，医保在成都", 500115, 510100);
}

/* Names before an organisation's head noun are its name. */
static void test_organisations(void **state)
{
	(void)state;
	NO_REGION("济南青岛置业公司的老板");
	NO_REGION("沈阳队的中锋膝盖受伤");
	NO_REGION("西安物流公司的司机");
	REGIONS("我在西安的物流公司上班，医保在西安交", 610100);
}

/* A short name glued to a noun of things is that thing's name; an
 * area's noun after it, or 主城 before it, keeps the place. */
static void test_things(void **state)
{
	(void)state;
	NO_REGION("买了一双晋江鞋，穿着磨脚");
	NO_REGION("到白银饰品店买了耳环");
	REGIONS("在晋江园区上班，医保在晋江", 350582);
	REGIONS("住在主城大渡口，孩子发烧", 500104);
	/* a product's word jieba does not know as a noun (艾/条) */
	NO_REGION("蕲春艾条熏了一下午");
	REGIONS("去蕲春住院", 421126);
}

/* A prefecture named bare beside its same-named county is the
 * prefecture; a county of another name beside it leaves the county. */
static void test_same_named_county(void **state)
{
	(void)state;
	REGIONS("邵阳县的老人到邵阳住院", 430523, 430500);
	REGIONS("湘潭市和湘潭县的医保一样吗", 430300, 430321);
	REGIONS("邵东人在邵阳住院", 430582);
}

/* 是我…的室友 makes a person; a set phrase of four or seven characters
 * is a blessing. */
static void test_people_and_phrases(void **state)
{
	(void)state;
	NO_REGION("海伦是我以前的同事，她最近住院了");
	REGIONS("我老家是安达，医保在那边交", 231281);
	NO_REGION("寿宴上挂着“儿孙永昌”");
	REGIONS("我们回到永昌", 620321);
	REGIONS("户籍吉安", 360800);
}

/* A county's short form made like a noun of a structure or landform
 * (a modifier and 桥/台/滨 …) is that thing after 过/上/到; a trip, an
 * activity there or a place's own words make it the county. */
static void test_structure_nouns(void **state)
{
	(void)state;
	NO_REGION("走过天桥时崴了脚");
	NO_REGION("傍晚到湖滨吹风");
	REGIONS("济南天桥区的医保", 370105);
	REGIONS("天桥人在外地住院", 370105);
	REGIONS("上个月去了一趟天台", 331023);
	REGIONS("外婆天台住院", 331023);
	NO_REGION("主刀一天做了三台手术");
}

/* X是…重臣/人物 is a historical person; after 时期的/X朝的 the name is of
 * history; 现代的/八十年代的 are today. */
static void test_history(void **state)
{
	(void)state;
	NO_REGION("南皮是晚清的重臣");
	NO_REGION("战国时期的平原很有名");
	REGIONS("现代的南京很繁华", 320100);
	REGIONS("八十年代的长沙", 430100);
}

/* X的职工医保: a kind of insured person between 的 and 医保 still says
 * where one is insured, beside another city's hospital too. */
static void test_insured_kind(void **state)
{
	(void)state;
	REGIONS("日照的城乡居民医保在济南能用吗", 371100, 370100);
	REGIONS("安康的职工医保，去西安的医院看病", 610900, 610100);
}

static void test_verb_complement(void **state)
{
	(void)state;
	NO_REGION("拔牙以后恢复平顺，还要消炎吗");
	REGIONS("退休以后想把医保转回平顺", 140425);
}

/* The why of the first mention that is exactly `name` in s. */
static unsigned why_of(const char *s, const char *name)
{
	yd_region_mention m[32];
	size_t n = yd_region_mentions(gaz, s, strlen(s), m, 32), i;
	const char *at;

	for (at = strstr(s, name); at; at = strstr(at + 1, name))
		for (i = 0; i < n && i < 32; i++)
			if (m[i].off == (uint32_t)(at - s) && m[i].len == strlen(name))
				return m[i].why;
	return 0;
}

/* Pass 4 (support(), region-passes.c): a bare name is scored, a county's
 * needs the text's support. */
static void test_bare_county_needs_support(void **state)
{
	(void)state;
	/* a county's name with nothing that says place */
	NO_REGION("库尔勒这个牌子的奶粉宝宝喝了便秘");
	NO_REGION("我老泰山今年八十了，腿脚不好");
	assert_true(why_of("库尔勒这个牌子的奶粉宝宝喝了便秘", "库尔勒") & YD_WHY_BARE);
	/* supported: its city or province named anywhere in the text */
	REGIONS("我在上海上班，社保卡是静安办的", 310106);
	/* listed with other places */
	REGIONS("绥滨、萝北两县今年起实行住院先诊疗后付费", 230422, 230421);
	/* a province's or a city's bare name is a place on its own */
	REGIONS("内蒙古冬天太冷了，老人关节疼", 150000);
	REGIONS("长沙哪家医院看白癜风好", 430100);
	/* its short form with a unit is a suffix: 三江县 for 三江侗族自治县 */
	REGIONS("本报讯 三江县今年为低保户代缴医保费用", 450226);
	/* said again with place words */
	assert_true(why_of("伊春市医保局表示，伊春的参保人今后可以线上备案", "伊春") &
		    YD_WHY_AGAIN);
}

/* 去了X, 前去了X, 转回X: verbs of motion that the dictionary joins */
static void test_motion_with_le(void **state)
{
	(void)state;
	REGIONS("上个月前去了陆川，回来一直咳嗽", 450922);
	REGIONS("上周去了会理，回来就拉肚子", 513402);
	NO_REGION("陆川这个人很奇怪，回来一直咳嗽");
}

/* Names in one list are peers: one does not narrow the other, they are
 * of one level, and a list names different places. */
static void test_list_peers(void **state)
{
	(void)state;
	REGIONS("老人在天津、河北都住过院，医保怎么报", 120000, 130000);
	REGIONS("这周要去长春、吉林看病", 220100, 220200);
	REGIONS("吉林省的参保人去长春、吉林两地住院不用转诊", 220100, 220200);
	REGIONS("南昌县和南昌的医保待遇一样吗", 360121, 360100);
}

/* A bare name said again after its city's full name is that city, not
 * the district of the same name inside it. */
static void test_named_again_is_the_city(void **state)
{
	(void)state;
	REGIONS("本报讯 甘肃白银市医保局表示，白银的参保人今后线上备案", 620400);
	REGIONS("长沙县人在长沙看病，医保算不算异地", 430121, 430100);
}

/* Names joined by 联合 (and the like) before an organisation's noun. */
static void test_joint_organisation(void **state)
{
	(void)state;
	NO_REGION("杭州宁波联合物流公司组织员工体检");
	NO_REGION("成都重庆合作置业的员工体检查出脂肪肝");
	NO_REGION("在武进农商行上班，单位体检查出甲状腺结节");
	REGIONS("杭州和宁波联合开展门诊慢特病互认", 330100, 330200);
}

/* A city's bare name glued to a noun is a brand's, except a city's own
 * insurance product or in a text about insurance. */
static void test_city_glued_to_noun(void **state)
{
	(void)state;
	NO_REGION("通化东宝的胰岛素和进口的比哪个好");
	REGIONS("成都惠民保值得买吗", 510100);
	REGIONS("深圳系统显示已参保", 440300);
	/* any content word the dictionary tags a verb (炒饭) or numeral */
	NO_REGION("扬州炒饭太油了，吃完胃胀");
	/* not a question or modal verb, nor an adjective said of it */
	REGIONS("海口有没有治银屑病的专科", 460100);
	REGIONS("林芝常见的高原病有哪些", 540400);
	/* in a text about insurance too when the two name a thing */
	NO_REGION("听说宁德时代的员工医保是按工资交的");
	REGIONS("宁德的员工医保是按工资交的", 350900);
}

/* X的医院 is X's hospital: the words of a hospital's name stop at 的, so
 * 新建的区医院 does not make 新建 start one. */
static void test_hospital_name_stops_at_de(void **state)
{
	(void)state;
	REGIONS("辽宁盘锦市大洼区新建的区医院开诊了", 211104);
	assert_false(why_of("盘锦新建的区医院开诊了", "新建") & YD_WHY_HOSPITAL);
	assert_true(why_of("大洼区人民医院开诊了", "大洼区") & YD_WHY_HOSPITAL);
}

/* A unit character after a bare name that does not make a region's name
 * with it (比如 + 市: 比如县 is a county, there is no 比如市) starts the
 * hospital's own generic name, the city's named earlier: "for example,
 * the city's people's hospital". Where it does make one, the hospital
 * is the place's. */
static void test_hospital_unit_of_another_name(void **state)
{
	(void)state;
	REGIONS("在玉林市看神经内科，比如市人民医院、市中心医院都可以", 450900);
	assert_false(why_of("在玉林市看病，比如市人民医院", "比如") & YD_WHY_HOSPITAL);
	REGIONS("寿光市人民医院体检中心几点上班", 370783);
	REGIONS("大理州人民医院挂号难吗", 532900);
	REGIONS("延边州医院的眼科怎么样", 222400);
}

/* A two-character county name with its suffix (息县) is no product's or
 * person's name: a noun after it (息县乡村医生) is the county's, unless
 * the noun is of things. */
static void test_full_county_name_before_noun(void **state)
{
	(void)state;
	REGIONS("息县乡村医生座谈会上，大家最关心养老问题", 411528);
}

/* A motorway's service area or toll gate is named after the county it
 * stands in, and a road's stretch after the place it crosses: 江山, 怀来
 * and 开封 (also ordinary words) are placed by them. */
static void test_road_facilities(void **state)
{
	(void)state;
	REGIONS("春节返程，我们在江山服务区堵了两个小时", 330881);
	REGIONS("过了怀来收费站孩子就开始晕车呕吐", 130730);
	REGIONS("大广高速开封段发生追尾，两名伤者送医", 410200);
	/* not a stretch of time or text */
	NO_REGION("这首曲子的开封段落我练了很久");
}

/* A county's own bodies after its name with its unit (X县公安局, X县人民
 * 法院) are its, though the bare name is an ordinary word and the county's
 * city is named far away; without the unit the word is a verb. */
static void test_county_bodies(void **state)
{
	(void)state;
	REGIONS("事故发生后，经公安县公安局交通管理大队认定，司机负全责", 421022);
	REGIONS("事故发生后，经会同县公安局交通管理大队认定，司机负全责", 431225);
	NO_REGION("小区物业会同公安局上门排查安全隐患");
	/* an ambiguous unit's name stays unplaced (和平区: several) */
	NO_REGION("由和平区民政局发放高龄补贴");
}

/* Names that end a list with a count of places (两地) or 等地 are places,
 * though one of them is an ordinary word (仙游 is to die, 怀来 a verb). */
static void test_lists_with_counts(void **state)
{
	(void)state;
	REGIONS("莆田市组织荔城、仙游两地的村医培训", 350304, 350322);
	REGIONS("货车途经宣化、怀来等地", 130705, 130730);
}

/* A verb of going and a particle of aspect (去过, 到过, 回到了) before a
 * county's bare name say place, as the verb alone does. */
static void test_went_to(void **state)
{
	(void)state;
	REGIONS("我妈前年去过郓城看中医", 371725);
	REGIONS("到过郓城的都说那家诊所好", 371725);
	REGIONS("他回到了郓城老家养病", 371725);
}

/* A wish earlier in the sentence makes the names after it part of the
 * wish (祝您新年快乐、X如意), but not past a colon: in a group chat the
 * next speaker's turn begins there. */
static void test_wish_ends_at_turn(void **state)
{
	(void)state;
	REGIONS("三叔：祝各位身体安康 堂妹：海东这两天雪大吗？平安那边路好走不", 630203);
	NO_REGION("祝您和家人新年快乐、平安如意");
}

/* A city's bare name and a verb glued after it is the city doing or
 * being done to (成都出发, 兰州转车), not a product's name, as a noun
 * glued there may make one (X瓷器); a verb of cooking still names a
 * dish (X烧烤, X炒饭 are verbs to jieba). */
static void test_city_then_verb(void **state)
{
	(void)state;
	REGIONS("自驾第一天成都出发，晚上住雅安", 510100, 511800);
	REGIONS("兰州转车，明早到西宁", 620100, 630100);
	NO_REGION("晚饭点了锦州烧烤和一份扬州炒饭");
}

/* Single characters glued before a name make it the end of an unknown
 * word (安罗西平: a drug), but not characters that are common words of
 * their own (可走黄梅: can take 黄梅); and a measure word before a name
 * counts the people after it (一个广东朋友), not a product (一包白沙). */
static void test_words_before_name(void **state)
{
	(void)state;
	REGIONS("湖北黄冈的车可走黄梅绕行", 421127);
	REGIONS("去九江可走黄梅、宿松绕行", 360400, 421127, 340826);
	NO_REGION("医生开了安罗西平片");
	REGIONS("上周一个广东朋友来成都耍", 440000, 510100);
	REGIONS("团里有两个四川人", 510000);
	NO_REGION("他递给我一包白沙");
}

/* Goods sent from a place (X发货, X发的货) name it, as a warehouse there
 * does (X仓发货). */
static void test_shipped_from(void **state)
{
	(void)state;
	REGIONS("血压计是丹阳发的货，第二天就到了", 321181);
	REGIONS("小商品义乌发货，三天能到", 330782);
}

/* Cities' common nicknames (data/region-aliases.tsv) name them; those
 * that are ordinary words too or another place's name need evidence. */
static void test_city_nicknames(void **state)
{
	(void)state;
	REGIONS("来帝都三个月，脸上一直爆痘", 110000);
	REGIONS("来蓉城的第二天就开始拉肚子", 510100);
	REGIONS("在羊城打工十年，医保怎么转回老家", 440100);
	REGIONS("怀化鹤城区人民医院", 431202);
	NO_REGION("春城无处不飞花");
}

/* A county right after the city holding it (邵阳洞口) is that county,
 * though its name is a noun too (洞口, an opening): the city is not
 * glued to a common noun, and the county ends no set phrase. */
static void test_county_after_city(void **state)
{
	(void)state;
	REGIONS("我们在邵阳洞口 是去看神经内科还是精神科", 430525);
}

/* A city's police (X警方) are its; 们 makes people of a word (集美们,
 * "sisters"); a team's name in a report of a match is the team's. */
static void test_police_people_teams(void **state)
{
	(void)state;
	REGIONS("温州警方提醒：近期有不法分子冒充公安民警", 330300);
	REGIONS("发货地：福建晋江 问：集美们，宝宝屁屁红了还能穿吗", 350582);
	NO_REGION("大连英博全场控球率接近七成，射门二十一次，就是打不进");
}

/* 是X来的 says where someone came from, though 老板是X reads like a
 * person's name; a name given by 叫 (叫“白银”) is a pet's or a
 * person's, unless a place is what is named. */
static void test_came_from_and_named(void **state)
{
	(void)state;
	REGIONS("老板是伊犁来的，说羊肉都是空运过来的", 654000);
	NO_REGION("【领养】白色萨摩耶，叫“白银”，两岁，已绝育");
	NO_REGION("我家的狗叫永康，今年三岁");
}

/* A provincial capital's bare name before a noun is the city's thing
 * (成都美食, 广州地铁), unless the noun is a product's or a person's
 * (南京板鸭) or the name is a nickname (冰城夜话, a programme). */
static void test_capital_then_noun(void **state)
{
	(void)state;
	REGIONS("成都美食推荐：兔头和冒菜", 510100);
	REGIONS("广州地铁早高峰太挤了，我都是提前半小时出门", 440100);
	NO_REGION("朋友送了两只南京板鸭，真好吃");
	NO_REGION("冰城夜话·心理热线 每周一至周五开通");
}

/* A hospital group named after one place runs a member hospital named
 * after another: the member is in the second place, and the group's
 * name, with the names glued before it, is no place of the text. */
static void test_hospital_group_member(void **state)
{
	(void)state;
	REGIONS("术后转到北京朝阳医院集团唐山医院康复", 130200);
}

/* A race named after its host city is run there (厦门马拉松); a games'
 * name is the event's (杭州亚运会 in a story about watching it). */
static void test_races(void **state)
{
	(void)state;
	REGIONS("上周末跑完厦门马拉松，右膝外侧就疼", 350200);
	REGIONS("报名参加宁海的越野跑，组委会要求购买保险", 330226);
	NO_REGION("杭州亚运会的开幕式真好看，看完忘记吃降压药了");
}

/* A scenic area or old town after a name (平遥古城景区, 额尔古纳湿地) is
 * there; but it is no strong word of place: a sight named like a county
 * of another province than the text's other places is the sight (大同恒山
 * 景区: 恒山区 is in Heilongjiang), and an ordinary word before it is not
 * placed by it (古城景区 is no 古城区). */
static void test_sights(void **state)
{
	(void)state;
	REGIONS("平遥古城景区设有5个医疗服务点", 140728);
	REGIONS("额尔古纳湿地附近骑马摔了一跤", 150784);
	REGIONS("大同恒山景区公告：索道停运三天", 140200);
	/* …and where the dictionary has the two as one word (凤凰古城) */
	REGIONS("凤凰古城的石板路下过雨特别滑，我妈崴了脚", 433123);
	/* …and with the sight's own name between (天涯海角 of 三亚) */
	REGIONS("三亚天涯海角景区发生一起游客溺水事件", 460200);
}

/* A breed named after a place is the animal's name (山东细犬, 临清狮猫),
 * as a product's is. */
static void test_breeds(void **state)
{
	(void)state;
	NO_REGION("山东细犬运动量太大，家里有老人不合适");
}

/* Right after a county, a name starting a village's (唐县黄石口村: 黄石市
 * is in Hubei) is the village's; the county's own village after its
 * name (巴马长寿村) and 农村 after a name are not. */
static void test_village_after_county(void **state)
{
	(void)state;
	REGIONS("1939年白求恩在河北唐县黄石口村逝世", 130627);
	REGIONS("广西巴马长寿村养生游", 451227);
	REGIONS("海南白沙县农村居民医保今年涨到多少钱了", 469025);
}

/* An ordinary word alone in quotation marks is a word spoken of (a
 * drug's “安定”), not the district of that name. */
static void test_quoted_ordinary_word(void **state)
{
	(void)state;
	REGIONS("甘肃定西市某医院护士将医嘱中的“安定”与另一种针剂拿错", 621100);
}

/* An imperial office named after its seat (江宁织造, 扬州知府) is a
 * title of history. */
static void test_imperial_offices(void **state)
{
	(void)state;
	REGIONS("江宁织造博物馆位于南京市玄武区", 320102);
}

/* X的医保 is the place's insurance even where the dictionary takes X
 * for a verb (兴化), which before 的 would otherwise modify the noun. */
static void test_insurance_of_a_verb_like_name(void **state)
{
	(void)state;
	REGIONS("爸爸说住院费用兴化的医保报了一大部分", 321281);
}

/* A region renamed with its code kept (data/regions-renamed.tsv) is
 * still found by its old name: 襄樊市 is 襄阳市 (420600), 大庸 张家界. */
static void test_renamed_regions(void **state)
{
	(void)state;
	REGIONS("2009年我父亲在襄樊市中心医院做胆囊切除", 420600);
	REGIONS("九十年代去大庸市出差", 430800);
}

/* Streets named after other cities with 道, as Tianjin and Hong Kong
 * name them (成都道), are streets; 道县 after a city is the county. */
static void test_streets_with_dao(void **state)
{
	(void)state;
	REGIONS("天津和平区五大道，成都道小洋楼整租", 120101);
	REGIONS("湖南永州道县的医保卡可以在广西桂林用吗", 431124, 450300);
}

/* A town's name after a city's (栖霞市桃村镇) is no product of it, though
 * its first character is a fruit's; a dish's name of several words on a
 * menu (新疆炒米粉) is a product. */
static void test_towns_and_dishes(void **state)
{
	(void)state;
	REGIONS("果园地址：山东烟台栖霞市桃村镇", 370686);
	REGIONS("新疆炒米粉（五道口店） 地址：北京市海淀区", 110108);
}

/* A word of place after an ordinary word must end where the
 * segmentation cuts: 会同 市/民政局 (jointly with the city's civil
 * affairs bureau) holds no 市民 of 会同县. */
static void test_place_word_ends_at_a_cut(void **state)
{
	(void)state;
	REGIONS("上海市医保局：我局已会同市民政局增补评估员112名", 310000);
}

/* A form's field for a person holds a person's name (患者：许昌华), not
 * the city its first characters name. */
static void test_person_field(void **state)
{
	(void)state;
	REGIONS("病历摘要 患者：许昌华，女，32岁，现住址：河南省漯河市源汇区", 411102);
}

/* 北京朝阳医院 is one word (nt) to the dictionary: a district inside the
 * region that starts an institution's name is a place too. */
static void test_district_inside_institution(void **state)
{
	(void)state;
	REGIONS("我妈在北京朝阳医院做的胃镜", 110105);
	REGIONS("我妈在上海长海医院做的胃镜", 310000);
}

/* A landform's character and a position word (坡头, 河口) is a noun
 * like a structure's; an ordinary noun then 边上/附近 is a spot by it. */
static void test_position_nouns(void **state)
{
	(void)state;
	NO_REGION("爬到坡头歇了一会儿，腰就疼了");
	REGIONS("湛江坡头的医保怎么交", 440804);
	NO_REGION("我在运河边上摆摊，嗓子天天哑");
	REGIONS("我在沧州运河区摆摊，医保怎么交", 130903);
}

/* 济南市中区: the city's 市 starts one of its own districts' names, and
 * the district is meant, also where the dictionary makes the city and
 * 市 one word; 市中心 starts none. */
static void test_city_shi_starts_district(void **state)
{
	(void)state;
	REGIONS("枣庄市中区的孩子打疫苗去哪", 370402); /* 枣庄市: one word */
	REGIONS("济南市中区的门诊慢特病怎么办", 370103);
	REGIONS("在济南市中心医院挂号", 370100);
}

/* A university named after one place runs a hospital named after
 * another: the hospital is in the second place. */
static void test_university_hospital_elsewhere(void **state)
{
	(void)state;
	REGIONS("香港大学深圳医院的眼科挂号难吗", 440300);
	REGIONS("北京大学第一医院的号难挂吗", 110000);
}

/* A road's section (X西路) and a brand or award (X之星) are other names. */
static void test_road_section_and_star(void **state)
{
	(void)state;
	NO_REGION("我在延安西路上班，颈椎一直疼");
	REGIONS("我在延安上班，颈椎一直疼", 610600);
	NO_REGION("公司评我当了年度苏州之星，可最近总是失眠");
	REGIONS("我在苏州上班，最近总是失眠", 320500);
}

/* 跑 is colloquial "go to": 再跑成都 ends in a place, as 再去成都 does;
 * an ordinary word after it still needs words of place. */
static void test_motion_pao(void **state)
{
	(void)state;
	REGIONS("复查不用再跑成都。", 510100);
	REGIONS("他每个月跑西安进货，腰疼", 610100);
	NO_REGION("爬山跑平原都累，膝盖疼");
}

/* Right after "here" (这里, 这边, 当地) the place is said: a county's
 * bare name there is an ordinary word (新建的: newly built). */
static void test_name_after_here(void **state)
{
	(void)state;
	NO_REGION("我们这边新建的医院能打疫苗吗");
	NO_REGION("那边新建的医院能报医保吗");
	REGIONS("我们这边南昌的医院能打疫苗吗", 360100);
	REGIONS("老家在安岳的医院看过，说是胆结石", 512021);
}

/* A word the dictionary makes of a city's name and a zone (X经济技术开发
 * 区) is a part of that city; a zone with no name before it is none. */
static void test_zone_of_city(void **state)
{
	(void)state;
	REGIONS("在天津经济技术开发区上班，颈椎疼", 120000);
	REGIONS("大连经济技术开发区的医保怎么交", 210200);
	NO_REGION("在科技园区上班，颈椎疼");
}

/* A count of units after listed names (两个县) counts them as places, and
 * an ordinary word so placed places the one listed beside it. */
static void test_counted_units(void **state)
{
	(void)state;
	REGIONS("平原和长寿两个县的医保能互认吗", 371426, 500115);
	NO_REGION("平原和丘陵两种地形爬起来膝盖疼");
	NO_REGION("平原和丘陵两个地方爬起来膝盖疼");
}

/* A county's name before a university's word with a field between
 * (X医学院, X师范学院) is the school's name, as before 大学. */
static void test_county_before_college(void **state)
{
	(void)state;
	NO_REGION("南华医学院附属医院看甲状腺结节怎么样");
	REGIONS("在南华县人民医院看甲状腺结节", 532324);
}

/* The name of an insurance programme or service from the 医保 subtree of
 * topics.tsv (门诊慢特病, 新生儿参保, 大病保险) right after a county's bare
 * name says place, as 医保 does; after a word that only contains a
 * county's name (a drug's, a person's) it makes no place, and what one
 * does (报了, 报多少) is no programme's name. */
static void test_programme_after_name(void **state)
{
	(void)state;
	REGIONS("涡阳门诊慢特病在哪里申请", 341621);
	REGIONS("临澧新生儿参保需要什么材料", 430724);
	REGIONS("去年武冈大病保险报了两万", 430581);
	NO_REGION("卡马西平门诊慢特病能开吗");
	NO_REGION("给李建平新生儿参保要带什么");
	NO_REGION("我同事梁平报了多少");
}

/* A town or township named like a region is that town (剑川县金华镇 is
 * not 金华市); where 镇 or 乡 starts another word (镇痛, 乡镇) the name
 * stands alone and the usual evidence decides. */
static void test_town_named_like_region(void **state)
{
	(void)state;
	NO_REGION("县医院的医生在桐庐镇开展义诊");
	NO_REGION("我家住在永康镇，离县城二十公里");
	REGIONS("在桐庐镇痛分娩医保能报吗", 330122);
	REGIONS("桐庐乡镇卫生院住院报销比例", 330122);
}

/* A local outlet's name in the header (【X新闻】, X日报讯) is the text's
 * place when the text calls its own unit 我市/本县 or names 市医保局 at a
 * clause's start; a national paper's name, or a unit of another kind,
 * gives nothing, and X日报 elsewhere in a text stays a name. */
static void test_news_dateline(void **state)
{
	(void)state;
	REGIONS("【临湘新闻】近日，我市启动城乡居民医保集中参保工作。", 430682);
	REGIONS("桐乡日报讯 日前，市医保局发布门诊共济新政。", 330483);
	NO_REGION("光明日报讯 记者从国家医保局获悉，全市……");
	NO_REGION("【临湘新闻】近日，县医保局召开会议。");
	NO_REGION("我在桐乡日报上看到，市医保局发布了新政");
}

/* A text in Traditional characters is read as Simplified: its places are
 * found (廣東湛江, 澳門), its words hide county names as they do in
 * Simplified (久治不癒 is 久治不愈), and a county written with a
 * character that is Simplified too (乾县) keeps its name. */
static void test_traditional_text(void **state)
{
	(void)state;
	REGIONS("戶口在廣東湛江，寒假回去看病能用醫保嗎", 440800);
	REGIONS("在澳門讀書的學生", 820000);
	REGIONS("陝西乾縣的醫保怎麼交", 610424);
	NO_REGION("這個病久治不癒，醫保能報嗎");
}

/* A shop named after a place's product (X拉面馆, X扒鸡店) is the
 * product's name, found anywhere; 的 between makes the place again. */
static void test_product_shop(void **state)
{
	(void)state;
	NO_REGION("昨天在兰州拉面馆吃完就拉肚子");
	NO_REGION("在德州扒鸡店买了两只，吃完胃疼");
	REGIONS("在德州的扒鸡店买了两只，吃完胃疼", 371400);
}

/* A name that opens a short quoted name with more after it is the quoted
 * thing's (a shop's or a brand's); a quoted name alone, or with place
 * words (“北京医保”), is the place. */
static void test_quoted_name(void **state)
{
	(void)state;
	NO_REGION("楼下开了一家“青岛海鲜”，吃完过敏了");
	REGIONS("楼下开了一家海鲜馆，老板是“青岛”来的", 370200);
	REGIONS("关注“青岛医保”公众号就能查", 370200);
}

/* An adverb or 没 right before a name the dictionary knows as a verb
 * makes it that verb (没开封: unopened); a preposition before it keeps
 * the place. */
static void test_adverb_before_verb_name(void **state)
{
	(void)state;
	NO_REGION("酸奶没开封放了三天还能喝吗");
	NO_REGION("眼药水已经开封一个月了还能用吗");
	REGIONS("刚从开封回来就发烧", 410200);
}

/* A name right after a verb of a match (战胜了, 对阵) is a team's, as
 * X队 is; the same name before the verb, or after 在, is the place. */
static void test_team_after_match_verb(void **state)
{
	(void)state;
	NO_REGION("昨晚主队在加时赛里战胜了大连，看得我心脏怦怦跳");
	REGIONS("昨晚在大连看球，看得我心脏怦怦跳", 210200);
}

/* A city, then one (two) of a unit of people or institutions: where the
 * one counted is (news: 温州一家药店); a thing's name glued to its noun
 * stays refused. */
static void test_city_then_one_counted(void **state)
{
	(void)state;
	REGIONS("温州一家药店违规刷医保卡被查处", 330300);
	REGIONS("贵阳两名护士在公交车上救了一位老人", 520100);
	REGIONS("济南一所中学发生食物中毒", 370100);
	NO_REGION("家和万事兴，和平一家亲");
	NO_REGION("一天两包白沙，咳嗽老不好");
}

/* A street named after a place in an address (a numbered section, 街
 * with a house number) is the street; the city's street scene (街头) and
 * "all the way" (一路) are the place. */
static void test_street_named_after_place(void **state)
{
	(void)state;
	REGIONS("门诊部在天河区中山三路12号", 440106);
	REGIONS("药店地址：武侯区青龙街5号", 510107);
	REGIONS("在杭州街头突然晕倒，被送到医院", 330100);
	REGIONS("从南京一路开车到合肥，路上胃疼", 320100, 340100);
}

/* A province's or city's name before a noun for people (患者, 乘客,
 * 游客, 同胞): the place's people; a food or a company glued to the
 * name stays refused. */
static void test_people_of_place(void **state)
{
	(void)state;
	REGIONS("浙江乘客在高铁上突发心脏病", 330000);
	REGIONS("苏州游客在景区摔伤了怎么报销", 320500);
	REGIONS("台湾同胞可以参加大陆的居民医保吗", 710000);
	NO_REGION("哈密瓜吃多了血糖会高吗");
	NO_REGION("上海大众的车开久了腰疼");
}

/* A district's name typed with a homophone (岳鹿区 for 岳麓区) right after
 * its city is that district; alone it is no place, and a right name that
 * sounds like another district (名山区, 明山区) stays itself. */
static void test_district_homophone_typo(void **state)
{
	(void)state;
	REGIONS("长沙岳鹿区哪里可以办医保电子凭证", 430104);
	REGIONS("乌鲁木齐沙衣巴克区医保中心电话多少", 650103);
	NO_REGION("岳鹿区哪里可以办医保电子凭证");
	REGIONS("雅安名山区的茶农医保断缴了怎么补", 511803);
}

/* A city's name and 站 (one word to the dictionary: 武汉站, 沈阳北站) is
 * the city's railway station, in the city; a county's or district's
 * station name alone does not place the text. */
static void test_city_station(void **state)
{
	(void)state;
	REGIONS("在武汉站下车后肚子疼，附近有诊所吗", 420100);
	REGIONS("刚到沈阳北站就发烧了，外地医保能用吗", 210100);
	NO_REGION("丰台站附近有医院吗");
}

/* A prefecture that is no city (大理白族自治州) goes by its seat's name:
 * 大理 beside 大理市 is the city said twice; 长沙 beside 长沙县 (a city and
 * its namesake county) stays two places. */
static void test_prefecture_called_by_seat(void **state)
{
	(void)state;
	REGIONS("去大理旅游摔伤了，在大理市医院拍了片子", 532901);
	REGIONS("楚雄的医保在楚雄市哪里办", 532301);
	REGIONS("去长沙玩，后来在长沙县住院了", 430100, 430121);
}

/* 在X then a noun: the noun is where one is only when it names a spot
 * (a shop, a factory) or an employer one works at; a condition after
 * the name (在X腰突住院) leaves 在 placing the name. */
static void test_at_name_then_condition(void **state)
{
	(void)state;
	REGIONS("外婆在运城腰突住院了一个月", 140800);
	NO_REGION("表哥在运城首饰店打工");
	NO_REGION("我姐在比亚迪工厂上班");
	REGIONS("舅舅在岳阳心梗抢救过来了", 430600);
}

/* Words of motion in news style (送至, 转往, 抵达) and 老家/家乡 after a
 * name say place. */
static void test_motion_news_and_home(void **state)
{
	(void)state;
	REGIONS("伤者随后被送至宜宾救治", 511500);
	REGIONS("患者连夜转往遵义做手术", 520300);
	REGIONS("我们是营口老乡，想问问看牙的事", 210800);
	REGIONS("邵阳家乡的亲戚来看病", 430500);
}

/* A count of hospitals is not a hospital's name: 新建一所X医院 names no
 * place with the verb 新建 (a district of 南昌 too). */
static void test_count_of_hospitals(void **state)
{
	(void)state;
	NO_REGION("明年镇上要新建一所妇幼保健院");
	REGIONS("南昌新建区人民医院", 360112);
}

/* A housing estate's roof or square is no district's area: 小区 before
 * an ordinary word gives it no place. */
static void test_estate_is_no_area(void **state)
{
	(void)state;
	REGIONS("住在宁波海曙，小区天台晒被子闪了腰", 330203);
	REGIONS("主城九龙坡哪家医院看骨科好", 500107);
}

/* Another insurance, then 医保: X的重疾险和医保 is no X of 医保; the
 * country's name before an ordinary word or a county's is a company's;
 * a race named after its city is run there (test_races). */
static void test_company_event_and_insurance_list(void **state)
{
	(void)state;
	NO_REGION("中国平安的意外险和医保哪个先赔");
	REGIONS("西安马拉松跑完膝盖疼了三天", 610100);
	REGIONS("西安的职工医保怎么转", 610100);
	REGIONS("中国香港的居民能在深圳参保吗", 810000, 440300);
}

/* A town whose name is a region's, with a place name glued after its
 * 镇 by the text (铜陵镇海鲜 cut 铜陵/镇/海鲜): still the town. */
static void test_town_before_place_word(void **state)
{
	(void)state;
	REGIONS("东山县铜陵镇海边的民宿", 350626);
}

/* Verbs of living somewhere before a name (常住, 定居) place it; a news
 * item's counted subject (X一男子) and X的 + people (们) are its people;
 * a person's name stays a person's. */
static void test_residence_and_subjects(void **state)
{
	(void)state;
	REGIONS("退休后打算常住北海，医保要备案吗", 450500);
	REGIONS("涟源一男子骑电动车摔伤", 431382);
	REGIONS("新沂的宝妈们产检去哪里", 320381);
	NO_REGION("王永胜一家三口都感冒了");
	NO_REGION("李建平的孩子们发烧了");
	NO_REGION("平安的客户经理打电话来了");
}

/* A company's seat in brackets in its legal name, and 某 standing for a
 * name left out before a company's noun, are the company's; Taiwan's
 * cities name 710000, the only unit GB/T 2260 has there. */
static void test_company_forms_and_taiwan(void **state)
{
	(void)state;
	NO_REGION("成交单位：某生物技术（苏州）有限公司");
	NO_REGION("供货商为绵阳某医药有限公司");
	REGIONS("绵阳某医院的护士说", 510700);
	REGIONS("在高雄念书的学生回厦门看病", 710000, 350200);
	REGIONS("哈市的退休职工医保", 230100);
}

/* A province's or prefecture's name in pinyin, or its English name, is
 * that region; a spelling two regions share (Suzhou: 苏州, 宿州), a
 * short one (Ali), a person's name in two words and a lower-case word
 * name none. */
static void test_latin_names(void **state)
{
	(void)state;
	REGIONS("My mother lives in Luoyang, can she use 医保 here?", 410300);
	REGIONS("在Xiamen读书, insurance is from Hong Kong", 350200, 810000);
	REGIONS("Moving to Inner Mongolia next year", 150000);
	REGIONS("Is Shaanxi or Shanxi colder?", 610000, 140000);
	NO_REGION("We stayed in Suzhou for a week");
	NO_REGION("Ali said the clinic was closed");
	NO_REGION("Dr. Zhang Jiakou replied today");
	NO_REGION("the luoyang shovel is a tool");
}

/* Chat writers abbreviate a city by its syllables' initials: the letters
 * name the city when a region inside it follows them, or with words of
 * place around them when the city is far commoner than the others with
 * those initials; initials shared by common cities (sz), a letter
 * repeated for a name left out (XX), an app's (在wx里) name none. */
static void test_latin_initials(void **state)
{
	(void)state;
	REGIONS("nj鼓楼区哪家社区医院能刷医保", 320106);
	REGIONS("hz西湖区的儿童医院挂号难吗", 330106);
	REGIONS("周末回bj复查，医保能直接结算吗", 110000);
	NO_REGION("在sz住院能报多少");
	NO_REGION("XX县医保局关于参保缴费的通知");
	NO_REGION("在wx里绑定了医保电子凭证");
	NO_REGION("查了CT，医生说没事");
	/* a hospital's short name after them (协和: 协和医院) */
	REGIONS("bj协和还是sh瑞金好", 110000, 310000);
}

/* Pinyin: a district's name right after its city's (Hangzhou Xihu), and
 * a short spelling written with its syllable mark (Xi'an), which without
 * the mark is a person's name too. */
static void test_latin_district_and_apostrophe(void **state)
{
	(void)state;
	REGIONS("Our clinic moved to Chengdu Wuhou last year", 510107);
	REGIONS("我弟在Xi'an上学，医保在老家", 610100);
	NO_REGION("Dr Xian said the scan was fine");
	/* a county's pinyin alone, before an English word of a unit or a
	 * hub, when no other county is spelt so (Chaoyang: 北京's, 长春's) */
	REGIONS("I live in Haidian District, is 医保 valid here?", 110108);
	REGIONS("from Pudong Airport to the hospital", 310115);
	NO_REGION("Chaoyang District clinic opening hours");
	NO_REGION("Haidian is a nice name");
}

/* A district's name several cities have is the one of the city named
 * nearest before it, even when the same name was said before with
 * another city; a unit counted (也有个X区) is still a place. */
static void test_nearest_city_decides(void **state)
{
	(void)state;
	REGIONS("沈阳也有个和平区，天津也有个和平区", 210102, 120101);
	REGIONS("住在广州天河，三沙的南沙区有医院吗", 440106, 460303);
	REGIONS("湖南岳阳人，在长沙住院，岳阳的医保能报吗", 430600, 430100);
}

/* A former name whose region was split names the successors, unless
 * the text names one of them (庐山市（原星子县）). */
static void test_split_former_name(void **state)
{
	(void)state;
	REGIONS("原江干区的居民医保去哪办", 330102, 330114);
	REGIONS("庐山市（原星子县）的医保", 360483);
	REGIONS("襄樊的医保", 420600);
}

/* A retired district's short form (闸北 for 闸北区) names its successor
 * where a region of today has no such name, with words of place as an
 * ordinary word needs them (many are words: 南郊, 吉利); a hospital that
 * kept the old name (X医院) is named by it, not placed. */
static void test_former_short_names(void **state)
{
	(void)state;
	REGIONS("上海闸北的医保中心在哪", 310106);
	REGIONS("杭州下城的社区医院能刷医保吗", 330105);
	NO_REGION("住在南郊，孩子发烧");
	NO_REGION("在宣武医院看病");
}

/* A product's origin or a team's name: the province named right
 * before the county in it is part of the name too. */
static void test_province_in_product_or_team(void **state)
{
	(void)state;
	NO_REGION("新疆若羌红枣补血吗");
	NO_REGION("山东泰山主场3:0大胜");
	REGIONS("在新疆若羌住院能报多少", 652824);
}

/* A region's one-character abbreviation after a verb of coming or being
 * (来蓉, 在京, 赴港) or before 籍 is that region; not where it starts a
 * word (在京东, 在台上, 正在深化, 在新的一年). */
static void test_one_character_abbreviations(void **state)
{
	(void)state;
	REGIONS("来蓉就医的外地患者请先备案", 510100);
	REGIONS("粤籍务工人员在温州看病", 440000, 330300);
	REGIONS("赴港就医能用内地医保吗", 810000);
	NO_REGION("在京东买的血压计能报销吗");
	NO_REGION("医生在台上讲课");
	NO_REGION("正在深化医保支付方式改革");
	NO_REGION("在新的一年里身体健康");
}

/* 我在X is a person at a spot (我在码头, an ordinary word), unless they
 * live or work there (我在X上班) or the record says so (户口在X); a word
 * that 服 starts (服务) is no verb of consuming. */
static void test_person_at_and_service(void **state)
{
	(void)state;
	NO_REGION("我在港口做搬运工，腰疼");
	REGIONS("我在龙口上班，胃不舒服", 370681);
	REGIONS("岷县卫生服务中心几点开门", 621126);
	NO_REGION("岷县当归泡水喝了上火吗");
}

/* In a text about sports teams or listed companies, a province's or
 * city's name glued to a sponsor's or trade word, a side of a match and
 * X人队 are the team's or company's; the same text's places, after
 * 在/回/去 or with words of their own, stay. */
static void test_team_and_company_names(void **state)
{
	(void)state;
	NO_REGION("积分榜更新：四川金强客场输了，球队跌至第六");
	NO_REGION("本赛季青岛海牛换了主教练");
	NO_REGION("广州浪奇公布年度净利润，股价下跌");
	NO_REGION("昨晚武汉三镇对长春亚泰的比赛太精彩了");
	NO_REGION("南通人队宣布新赛季球员名单");
	REGIONS("球员小王老家在河南，赛季结束回郑州做手术", 410100);
	REGIONS("球队下周去昆明集训", 530100);
	REGIONS("子公司的员工医保在苏州交，股价还行", 320500);
	/* no such text: the name glued to a word is left to the other rules */
	REGIONS("广州浪奇发布公告", 440100);
}

/* An old firm's brand is its home town's name and a name ending in a
 * shop's character (堂, 斋 …); a chain's is a name, a brand's word and
 * 大药房/药店. A shop placed with 在 or left unnamed (某药店) is in the
 * town. */
static void test_firm_and_chain_names(void **state)
{
	(void)state;
	NO_REGION("天津达仁堂中医门诊部今天义诊");
	NO_REGION("杭州胡庆余堂的膏方吃了上火吗");
	NO_REGION("西安百姓健康大药房买的药能报销吗");
	REGIONS("杭州的胡庆余堂在哪条路", 330100);
	REGIONS("杭州某药店刷医保卡买保健品被查了", 330100);
}

/* A district's name ending in 湖/江/河/海 before 边/畔/岸 is the water's
 * bank, not the district; an airport named after a district right after
 * its city lies in that district (eval/tagging/README.md, rule 1). */
static void test_banks_and_airports(void **state)
{
	(void)state;
	REGIONS("昨天在南昌东湖边散步崴了脚", 360100);
	REGIONS("东湖区医保局在哪", 360102);
	REGIONS("去成都双流机场接人路上发烧了", 510116);
	REGIONS("从广州白云机场出来就头晕", 440111);
	NO_REGION("白云机场附近有诊所吗");
}

/* A run of provinces' abbreviations that lists them (four or more, or
 * counted: 湘鄂赣三省) names each; a region's fixed name (川渝, 京津冀)
 * alone names none (eval/tagging/README.md, rule 6). */
static void test_abbreviation_runs(void **state)
{
	(void)state;
	REGIONS("闽浙赣皖四省医保协作会议召开", 350000, 330000, 360000, 340000);
	REGIONS("湘鄂赣三省异地就医直接结算", 430000, 420000, 360000);
	REGIONS("粤港澳三地药品审批互认", 440000, 810000, 820000);
	NO_REGION("京津冀协同发展又有新进展");
	NO_REGION("川渝通办事项增加了");
	NO_REGION("江浙沪包邮的体温计");
}

/* A homophone typo of a prefecture's city (voice or pinyin typing)
 * counts with words of place of its own or after its province; alone it
 * is no place, and a sound two cities share (福州, 抚州) names neither. */
static void test_prefecture_typos(void **state)
{
	(void)state;
	REGIONS("我在柳洲上班，柳洲人民医院看病能刷医保吗", 450200);
	REGIONS("老家湖南邵阳，现在在常洲打工", 430500, 320400);
	REGIONS("我在兰洲住了三年", 620100);
	NO_REGION("今天柳洲的天气");
	NO_REGION("在付州住院");
}

/* X医保科技, X社保科技有限公司: a word of insurance inside a firm's name
 * is the firm's trade, not where X is insured. */
static void test_insurance_word_in_firm_name(void **state)
{
	(void)state;
	NO_REGION("宁波社保科技有限公司招聘");
	NO_REGION("海宁医保科技公司的软件又升级了");
	REGIONS("海宁医保怎么交", 330481);
	REGIONS("宁波医保局电话多少", 330200);
}

/* 东城, 西城, 南城: a direction and 城 (or 城关) is a town's quarter, a
 * district only with its city named. */
static void test_quarters_of_a_town(void **state)
{
	(void)state;
	NO_REGION("县里的医院分布在东城和南城两个片区");
	NO_REGION("我家住西城，离县医院不远");
	REGIONS("北京西城的医保", 110102);
}

/* A district's bare name with only 去/在 before it, in a text whose
 * places all lie in other provinces, is a local quarter or nickname
 * sharing a far district's name; with its suffix or beside a place of
 * its province it stays. */
static void test_far_district_names(void **state)
{
	(void)state;
	REGIONS("太原的医保，去龙城那边的医院看看", 140100);
	REGIONS("汕头的医保，去龙湖那边的医院", 440507);
	REGIONS("郑州的医保，转到龙湖区医院", 410100, 440507);
}

/* An ambiguous name said again, with no words of its own, is the place
 * its first saying was, unless a region in its own clause holds another
 * of its candidates. */
static void test_same_name_again(void **state)
{
	(void)state;
	REGIONS("福州鼓楼的老人在南京住院，回鼓楼报销要什么材料", 350102, 320100);
	REGIONS("南京鼓楼的医保，福州鼓楼医院能用吗", 320106, 350102);
}

/* A modifier of two characters (头茬, 野生) between a name and a food's
 * noun of two characters: the name is the product's origin. */
static void test_modifier_before_two_character_product(void **state)
{
	(void)state;
	NO_REGION("山东章丘头茬大葱吃多了胃疼");
	NO_REGION("江苏盱眙野生龙虾过敏了怎么办");
	REGIONS("章丘的医保怎么报销", 370114);
}

/* A city's bare name whose namesake county lies inside it, listed
 * beside a county-level place of another city, is the city; beside its
 * own counties it keeps their level. */
static void test_namesake_county_in_list(void **state)
{
	(void)state;
	REGIONS("在义乌和邵阳都交过医保", 330782, 430500);
	REGIONS("我在昆山和岳阳都住过院", 320583, 430600);
	REGIONS("邵东和邵阳都交过医保", 430582, 430523);
}

/* A name that is also an ordinary word, glued after a region's name
 * that does not contain it, is the word (the district's police). */
static void test_ordinary_word_after_region(void **state)
{
	(void)state;
	REGIONS("（榆林市榆阳区公安）", 610802);
	REGIONS("通报：济南市历下区公安", 370102);
	REGIONS("湖北公安的医保", 421022);
}

/* A place's public service signing a notice (X消防：, （X交警）) says
 * place where the name opens its clause; a verb before the agency
 * (会同公安局) is none. */
static void test_agency_signs_notice(void **state)
{
	(void)state;
	REGIONS("安康交警提醒：雨天路滑，注意行车安全", 610900);
	REGIONS("（安康消防）昨夜一处民房起火，无人受伤", 610900);
	NO_REGION("街道办会同公安、消防开展安全检查");
}

/* A writer who corrects himself (X，不对，是Y; X？说错了，是Y)
 * retracts the places of the clause before; a question (不对吗) or a
 * place named again stays. */
static void test_self_correction(void **state)
{
	(void)state;
	REGIONS("我在深圳上班，不对，是在东莞上班，医保怎么转", 441900);
	REGIONS("先去了苏州？说错了，是无锡，看的骨科", 320200);
	REGIONS("上海的医院，不对吗？北京的更好", 310000, 110000);
	REGIONS("福州的医保报销比例对不对，厦门的呢", 350100, 350200);
}

/* A name, then this (that) one establishment: the place of business a
 * review is about; not this guy, this family, or an ordinary word's
 * firm. */
static void test_this_establishment(void **state)
{
	(void)state;
	REGIONS("江阴这家月子中心环境很干净，护士态度好", 320281);
	REGIONS("张家港那家牙科诊所收费透明", 320582);
	REGIONS("说说佛山这家体检机构，抽血一针就好", 440600);
	NO_REGION("永康这家伙真能吃，一顿三碗饭");
	NO_REGION("平安这家保险公司理赔还算快");
	NO_REGION("新华这家人都很和气");
}

/* Two names joined by a route's mark (-, →, 至) name two places: a
 * flight, a bus line, a parcel's track. */
static void test_route_marks(void **state)
{
	(void)state;
	REGIONS("MU5521 长沙-晋城延误两小时", 430100, 140500);
	REGIONS("邯郸→邢台的大巴几点发车，晕车药提前吃吗", 130400, 130500);
}

/* A verb of travel between two names joins a route's ends as a mark
 * does (X飞Y, 从X到Y); the noun after a route's end is the trip's
 * (X-Y航班), not a product's; an ordinary word at a route's end is
 * placed among its candidates in the other end's province only (从江门
 * 到中山: 中山市, not 大连's 中山区), and one of another province is a
 * sight's name. */
static void test_route_verbs(void **state)
{
	(void)state;
	REGIONS("三亚飞哈尔滨的航班延误了，孩子发烧", 460200, 230100);
	REGIONS("我们坐厦门-昆明航班回家", 350200, 530100);
	REGIONS("每周从江门到中山复查，医保能用吗", 440700, 442000);
	REGIONS("桂林飞大连的机票买好了", 450300, 210200);
	REGIONS("从宁乡到长沙住院", 430182);
	/* a means of travel before 去/到 (坐车去, 打车去) */
	REGIONS("周末从海口坐车去文昌，晕车药怎么吃", 460100, 469005);
	REGIONS("从黄埔打车去增城，孩子发烧", 440112, 440118);
}

/* In a text about listed companies or teams, a list with a firm's name
 * in it (青岛啤酒, X股份) lists firms: its bare names are theirs; names
 * with a unit's suffix, and lists of places with no firm, stay. */
static void test_firm_lists(void **state)
{
	(void)state;
	NO_REGION("今日青岛啤酒、桂林旅游、三亚和丽江股份等个股涨停，医药股走弱");
	REGIONS("股市收盘，北京、上海两地的股民去医院体检", 110000, 310000);
	REGIONS("今日重庆啤酒、长沙市、株洲市三地球迷聚会", 430100, 430200);
}

/* A site of an establishment after a name (X基地, X院区) places it, but
 * not strongly: a campus named after a quarter of the text's city that
 * shares a far district's name is that quarter, and an ordinary word's
 * site (凤凰院区) needs more. */
static void test_site_words(void **state)
{
	(void)state;
	REGIONS("华为东莞基地招聘普工，五险一金", 441900);
	REGIONS("浙大二院滨江院区看甲状腺", 330108);
	REGIONS("南京鼓楼医院河西院区在哪", 320106);
	NO_REGION("长征医院凤凰院区挂号");
}

/* A food's noun of two characters that the segmentation cuts (兰州 拉/
 * 面汤) still makes the name a product's. */
static void test_product_noun_cut(void **state)
{
	(void)state;
	NO_REGION("周末在家做兰州拉面汤，孩子吃了拉肚子");
	REGIONS("在兰州住院，想喝面汤", 620100);
}

/* A bay the dictionary does not know (X湾) and a part of a mountain
 * after a name ending in 山 (X山脚下) are the bay's and the mountain's
 * names, not the district's or city's named after them; the region
 * named right before the feature is placed by it. */
static void test_landform_features(void **state)
{
	(void)state;
	REGIONS("三亚海棠湾，适合候鸟老人", 460200);
	REGIONS("厦门海沧湾，适合养老", 350200);
	NO_REGION("去泰山顶上看日出，膝盖疼");
	REGIONS("山东泰山顶上看日出", 370000);
	REGIONS("在海沧住院，医保怎么报", 350205);
}

/* A side of a match after a verb of winning or losing is a team. */
static void test_match_verbs(void **state)
{
	(void)state;
	REGIONS("排球联赛首轮，北京汽车险胜河南中天钢铁，比赛在厦门举行", 350200);
}

/* What one does at a place after a name says place (X住院), unless it
 * modifies a noun glued after it (新建住院病房楼: a building for it). */
static void test_activity_modifies_noun(void **state)
{
	(void)state;
	NO_REGION("我们医院新建住院病房楼，床位翻倍");
	REGIONS("老人在新建住院，医保能报吗", 360112);
}

/* A list with a product's name in it (X瓜片) lists products, in any
 * text: a city's name glued to a word the dictionary does not make a
 * product (宜昌毛峰: 毛/峰) is one too; the list's last name with words
 * of place of its own after it stays. */
static void test_product_lists(void **state)
{
	(void)state;
	NO_REGION("宜昌毛峰和六安瓜片哪个好");
	REGIONS("我吃了兰州拉面、北京的医保能报吗", 110000);
	REGIONS("老家宜昌和六安，医保怎么转", 420500, 341500);
}

/* X妇幼, as people call X妇幼保健院, is the place's own hospital. */
static void test_maternity_hospital_short(void **state)
{
	(void)state;
	REGIONS("明天去顺德妇幼建档，要带什么", 440606);
}

/* A prefecture called by its seat city's name, then a word for a
 * town's area (X城区, X古城), is that city; alone, the prefecture. */
static void test_seat_city_town(void **state)
{
	(void)state;
	REGIONS("在恩施城区住院，医保能报吗", 422801);
	REGIONS("去恩施玩了三天，拉肚子", 422800);
}

/* A name several regions bear, with strong words of place of its own,
 * is the one whose official name the dictionary knows far best (平山县,
 * not 本溪's 平山区); a name two of them share with the best known
 * (朝阳区 of 北京 and of 长春) stays undecided. */
static void test_best_known_name(void **state)
{
	(void)state;
	REGIONS("平山医保怎么交", 130131);
	REGIONS("来自中山的患者", 442000);
	NO_REGION("朝阳医保怎么交");
}

/* A programme's abbreviation the dictionary does not know (长护险: 长/护/
 * 险) after a county's name is its programme, as X医保 is. */
static void test_programme_abbreviation(void **state)
{
	(void)state;
	REGIONS("桐庐长护险试点情况汇报", 330122);
	NO_REGION("长护险试点情况汇报");
}

/* A county's name cut by the segmentation after its first character
 * into a word running past it (商/水能) is the county after a word of
 * motion when its city was named before; without the city, no. */
static void test_name_cut_after_city(void **state)
{
	(void)state;
	REGIONS("家在周口，户口迁到商水能办医保吗", 411623);
	NO_REGION("户口迁到商水能办医保吗");
}

/* The bare name of a county-level city and of a county of the same
 * prefecture (伊宁市, 伊宁县) is the city; the county is named with 县. */
static void test_city_over_county(void **state)
{
	(void)state;
	REGIONS("下周去伊宁出差，高血压药要带够吗", 654002);
	REGIONS("伊宁县的医保在哪交", 654021);
}

/* A name opening a bracketed label that ends with a facility's noun is
 * a depot or station there; a bank's signature is a firm. */
static void test_facility_label(void **state)
{
	(void)state;
	REGIONS("您的包裹已到达【潍坊转运中心】，内件：血压计", 370700);
	REGIONS("【东莞分拣中心】已发出，下一站【深圳】", 441900, 440300);
	NO_REGION("【宁波银行】您尾号1234的账户支出医药费200元");
}

/* Written Cantonese: its function words (喺 at, 咗, 嘅) are read as
 * Mandarin's, so 喺X says place as 在X does. */
static void test_cantonese_function_words(void **state)
{
	(void)state;
	REGIONS("我細佬喺佛山讀緊書，成日頭痛", 440600);
}

/* An account's handle names the account; an office's speaks for its
 * place. */
static void test_account_handles(void **state)
{
	(void)state;
	NO_REGION("@湖北观察 我们村卫生室一直没有医生");
	REGIONS("@小李 我在广西住院", 450000);
	REGIONS("@杭州医保 我市参保人员注意", 330100);
}

/* A place's own records in a title (X市志, X统计年鉴) name the place;
 * goods sent from a warehouse there (X仓发货) place the listing. */
static void test_records_and_warehouses(void **state)
{
	(void)state;
	REGIONS("《宜宾市志·卫生》记载，全市当年有卫生院二百余所", 511500);
	REGIONS("据《绵阳统计年鉴2023》，全市参保人数继续增加", 510700);
	REGIONS("东莞仓发货 血糖试纸", 441900);
}

/* Old names: a name before 今 + today's place, inside it, is the old
 * name (钱塘, now also a district); X郡, X府 are units of an earlier
 * age. 今年 is no such mark. */
static void test_old_names(void **state)
{
	(void)state;
	REGIONS("钱塘，即今浙江杭州，古为县名", 330100);
	REGIONS("江宁，今江苏南京的别称", 320100);
	REGIONS("我在江宁住了三年，今年搬到南京鼓楼", 320115, 320106);
	NO_REGION("他被贬到丹阳郡做太守");
	NO_REGION("苏轼被贬到黄州府");
}

/* Profiles (现居X); no set phrase after a numeral or a conjunction
 * (一项X、Y, 去X还是Y); a verb's object list goes on after 、. */
static void test_profiles_and_lists(void **state)
{
	(void)state;
	REGIONS("籍贯湖南衡阳 现居佛山", 430400, 440600);
	REGIONS("一项杭州、宁波、温州的调查", 330100, 330200, 330300);
	REGIONS("去南京还是合肥", 320100, 340100);
	REGIONS("描述甘肃、青海两省的病例", 620000, 630000);
}

/* A county's bare name right after a district of another province is a
 * quarter of that district; a unit's full name before 志 is the unit;
 * an old name said again is still old. */
static void test_quarter_gazetteer_old_again(void **state)
{
	(void)state;
	REGIONS("地址成都武侯区安福这边", 510107);
	REGIONS("《岳阳县志·医药》载：全县有中医诊所数十家", 430621);
	REGIONS("钱塘，今浙江杭州。唐代钱塘已是大邑", 330100);
	REGIONS("名医某某，吴郡常熟（今江苏常熟）人", 320581);
}

/* A study's data or sample from a place names the place. */
static void test_study_data_of_place(void **state)
{
	(void)state;
	REGIONS("本研究纳入青海样本1200例，高原地区高血压患病率更高", 630000);
	REGIONS("结果显示贵州数据与全国水平接近", 520000);
}

/* A bare name opening a firm's registered name is the firm's; its
 * address, or the place named elsewhere, is a place. */
static void test_registered_firm_names(void **state)
{
	(void)state;
	NO_REGION("分装企业：镇江恒顺医疗器械有限公司，国械注准");
	REGIONS("生产企业：某某药业有限公司 地址：江苏省镇江市", 321100);
	REGIONS("他在镇江一家公司上班，在镇江医保报销", 321100);
}

/* The areas a seller does not ship to are no places of the listing; a
 * 除外 in other text leaves places alone. */
static void test_shipping_exclusions(void **state)
{
	(void)state;
	NO_REGION("全国包邮（海南、青海除外） 血压计九成新");
	NO_REGION("全国包邮，西藏新疆不发货，血糖仪");
	REGIONS("我在海南住院，除外伤外还能报什么", 460000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counted),
		cmocka_unit_test(test_consumed),
		cmocka_unit_test(test_people),
		cmocka_unit_test(test_other_names),
		cmocka_unit_test(test_compounds),
		cmocka_unit_test(test_common_official_names),
		cmocka_unit_test(test_generic_with_city),
		cmocka_unit_test(test_style),
		cmocka_unit_test(test_person_and_place),
		cmocka_unit_test(test_foods),
		cmocka_unit_test(test_verb_complement),
		cmocka_unit_test(test_titles),
		cmocka_unit_test(test_ordinary_after_motion),
		cmocka_unit_test(test_organisations),
		cmocka_unit_test(test_things),
		cmocka_unit_test(test_same_named_county),
		cmocka_unit_test(test_people_and_phrases),
		cmocka_unit_test(test_structure_nouns),
		cmocka_unit_test(test_history),
		cmocka_unit_test(test_insured_kind),
		cmocka_unit_test(test_bare_county_needs_support),
		cmocka_unit_test(test_motion_with_le),
		cmocka_unit_test(test_list_peers),
		cmocka_unit_test(test_named_again_is_the_city),
		cmocka_unit_test(test_joint_organisation),
		cmocka_unit_test(test_city_glued_to_noun),
		cmocka_unit_test(test_hospital_name_stops_at_de),
		cmocka_unit_test(test_hospital_unit_of_another_name),
		cmocka_unit_test(test_full_county_name_before_noun),
		cmocka_unit_test(test_races),
		cmocka_unit_test(test_sights),
		cmocka_unit_test(test_breeds),
		cmocka_unit_test(test_village_after_county),
		cmocka_unit_test(test_quoted_ordinary_word),
		cmocka_unit_test(test_imperial_offices),
		cmocka_unit_test(test_insurance_of_a_verb_like_name),
		cmocka_unit_test(test_renamed_regions),
		cmocka_unit_test(test_streets_with_dao),
		cmocka_unit_test(test_towns_and_dishes),
		cmocka_unit_test(test_place_word_ends_at_a_cut),
		cmocka_unit_test(test_person_field),
		cmocka_unit_test(test_district_inside_institution),
		cmocka_unit_test(test_position_nouns),
		cmocka_unit_test(test_city_shi_starts_district),
		cmocka_unit_test(test_university_hospital_elsewhere),
		cmocka_unit_test(test_road_section_and_star),
		cmocka_unit_test(test_motion_pao),
		cmocka_unit_test(test_name_after_here),
		cmocka_unit_test(test_zone_of_city),
		cmocka_unit_test(test_counted_units),
		cmocka_unit_test(test_county_before_college),
		cmocka_unit_test(test_programme_after_name),
		cmocka_unit_test(test_town_named_like_region),
		cmocka_unit_test(test_news_dateline),
		cmocka_unit_test(test_traditional_text),
		cmocka_unit_test(test_product_shop),
		cmocka_unit_test(test_quoted_name),
		cmocka_unit_test(test_adverb_before_verb_name),
		cmocka_unit_test(test_team_after_match_verb),
		cmocka_unit_test(test_city_then_one_counted),
		cmocka_unit_test(test_street_named_after_place),
		cmocka_unit_test(test_people_of_place),
		cmocka_unit_test(test_district_homophone_typo),
		cmocka_unit_test(test_city_station),
		cmocka_unit_test(test_prefecture_called_by_seat),
		cmocka_unit_test(test_at_name_then_condition),
		cmocka_unit_test(test_motion_news_and_home),
		cmocka_unit_test(test_count_of_hospitals),
		cmocka_unit_test(test_estate_is_no_area),
		cmocka_unit_test(test_company_event_and_insurance_list),
		cmocka_unit_test(test_town_before_place_word),
		cmocka_unit_test(test_residence_and_subjects),
		cmocka_unit_test(test_company_forms_and_taiwan),
		cmocka_unit_test(test_latin_names),
		cmocka_unit_test(test_latin_initials),
		cmocka_unit_test(test_former_short_names),
		cmocka_unit_test(test_route_verbs),
		cmocka_unit_test(test_firm_lists),
		cmocka_unit_test(test_site_words),
		cmocka_unit_test(test_product_noun_cut),
		cmocka_unit_test(test_landform_features),
		cmocka_unit_test(test_match_verbs),
		cmocka_unit_test(test_activity_modifies_noun),
		cmocka_unit_test(test_product_lists),
		cmocka_unit_test(test_maternity_hospital_short),
		cmocka_unit_test(test_seat_city_town),
		cmocka_unit_test(test_best_known_name),
		cmocka_unit_test(test_programme_abbreviation),
		cmocka_unit_test(test_name_cut_after_city),
		cmocka_unit_test(test_city_over_county),
		cmocka_unit_test(test_latin_district_and_apostrophe),
		cmocka_unit_test(test_nearest_city_decides),
		cmocka_unit_test(test_split_former_name),
		cmocka_unit_test(test_province_in_product_or_team),
		cmocka_unit_test(test_one_character_abbreviations),
		cmocka_unit_test(test_person_at_and_service),
		cmocka_unit_test(test_team_and_company_names),
		cmocka_unit_test(test_firm_and_chain_names),
		cmocka_unit_test(test_banks_and_airports),
		cmocka_unit_test(test_abbreviation_runs),
		cmocka_unit_test(test_prefecture_typos),
		cmocka_unit_test(test_insurance_word_in_firm_name),
		cmocka_unit_test(test_quarters_of_a_town),
		cmocka_unit_test(test_far_district_names),
		cmocka_unit_test(test_same_name_again),
		cmocka_unit_test(test_modifier_before_two_character_product),
		cmocka_unit_test(test_namesake_county_in_list),
		cmocka_unit_test(test_ordinary_word_after_region),
		cmocka_unit_test(test_agency_signs_notice),
		cmocka_unit_test(test_self_correction),
		cmocka_unit_test(test_this_establishment),
		cmocka_unit_test(test_route_marks),
		cmocka_unit_test(test_facility_label),
		cmocka_unit_test(test_cantonese_function_words),
		cmocka_unit_test(test_account_handles),
		cmocka_unit_test(test_records_and_warehouses),
		cmocka_unit_test(test_old_names),
		cmocka_unit_test(test_profiles_and_lists),
		cmocka_unit_test(test_quarter_gazetteer_old_again),
		cmocka_unit_test(test_shipping_exclusions),
		cmocka_unit_test(test_registered_firm_names),
		cmocka_unit_test(test_study_data_of_place),
		cmocka_unit_test(test_road_facilities),
		cmocka_unit_test(test_county_bodies),
		cmocka_unit_test(test_lists_with_counts),
		cmocka_unit_test(test_hospital_group_member),
		cmocka_unit_test(test_went_to),
		cmocka_unit_test(test_wish_ends_at_turn),
		cmocka_unit_test(test_city_then_verb),
		cmocka_unit_test(test_words_before_name),
		cmocka_unit_test(test_shipped_from),
		cmocka_unit_test(test_city_nicknames),
		cmocka_unit_test(test_county_after_city),
		cmocka_unit_test(test_police_people_teams),
		cmocka_unit_test(test_came_from_and_named),
		cmocka_unit_test(test_capital_then_noun),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
