/* The evidence that a region's name is used as a place (region-context.h).
 *
 * The segmentation of the few characters around a mention says whether
 * the name is a word of its own there: 久治 in 久治不愈, 西林 in 阿莫西林,
 * 大同 in 很大同时 are parts of other words, and no list of such words is
 * needed. Around a name that is a word, the neighbouring words say
 * whether it is used as a place: a preposition of place before it (在, 去,
 * 来自 …), a word about where someone lives or is insured after it (医保,
 * 户籍, 人 …), or a hospital's name that starts with it.
 */
#include <stdlib.h>
#include <string.h>
#include "region-context.h"
#include "segment-impl.h"
#include "wordscan.h"

#define N(a) (sizeof a / sizeof *a)

enum { REACH = 6 };   /* characters before a mention a verb may consume it */

/* Said right before a place: 在北京, 去保定, 来自安康, 老家大同. */
static const char *const before_words[] = {
	"在", "去", "到", "来自", "回", "回到", "住在", "家住", "家在", "从",
	"赴", "位于", "地处", "前往", "来到", "去往", "老家", "身在", "远在",
	"转到", "转诊到", "户籍在", "户口在", "参保地",
	"至", "往", "送往", "转往", "飞往", "抵达", "到达", "返回", "来",
	"坐标",   /* forum writers' "I am in": 坐标杭州 */
	"跑",     /* colloquial "go to": 跑广州看病 */
	"喺", "返", "嚟",   /* Cantonese at, back to, come to: 喺广州, 返佛山 */
	"途经", "路过",     /* a trip's way: 途经宣化 */
};

/* Verbs of living somewhere: 常住三亚, 定居昆明. */
static const char *const residence_verbs[] = {
	"常住", "居住", "长住", "暂住", "定居", "落户", "安家", "久居", "旅居", "寄居",
	"现居", "现住", /* profiles: 籍贯X 现居Y */
};

/* Of them, those that say where someone lives or comes from, which an
 * ordinary noun (温泉, 平原) does not take as a verb of motion does. */
static const char *const strong_before_words[] = {
	"来自", "家住", "家在", "老家", "户籍在", "户口在", "参保地", "坐标",
};

/* The head nouns of organisations' names: a name before them, alone or
 * with other names or nouns (杭州宁波房地产集团, 郑州物流公司, 长沙队),
 * is a company's, bank's or team's, not the text's place. */
static const char *const org_heads[] = {
	"公司", "有限公司", "集团", "地产", "房地产", "置业", "银行", "俱乐部", "队",
	"球队", "足球队", "篮球队", "联队", "实业", "控股", "股份",
	"农商行", "商行", "信用社", "农信社", "农商银行",
	/* events named after their host city (杭州亚运会): the event's
	 * name, not the text's place */
	"亚运会", "奥运会", "全运会", "运动会", "博览会", "交易会", "进博会",
	"峰会", "论坛", "音乐节", "电影节", "艺术节", "啤酒节",
	/* a team's: 山东泰山主场, X客场 */
	"主场", "客场", "主帅", "外援", "球迷",
};

/* The last character of an old firm's name (同仁堂, 采芝斋, 陈记). */
static const char firm_ends[] = "堂斋坊号记轩";

/* Nouns of shops that a chain's name ends with after a brand's word
 * (X健康大药房): with a word between, the name is the chain's. */
static const char *const shop_heads[] = { "大药房", "药房", "药店", "连锁药店", "超市", "商城" };

/* Verbs that join names inside an organisation's name (成都重庆联合置业,
 * 广州深圳联合科技公司): a name before them is a party to the company. */
static const char *const joint_words[] = { "联合", "合作", "联手", "合资" };

/* Words before a person's name: 叫玉环, 名叫宁安. */
static const char *const naming[] = { "叫", "名叫", "叫做", "名字叫", "取名", "起名" };

/* 老家是X, 我是X人, 户口在X: a word of where one is from, then 是 or 在. */
static const char *const linking[] = { "是", "在", "就是", "也是", "都在" };
/* Of them, the records of where one belongs: 户口在X is where from. */
static const char *const record_words[] = {
	"老家", "户口", "户籍", "医保", "社保", "参保地", "家",
};
static const char *const origin_words[] = {
	"老家", "我", "我们", "家", "户口", "户籍", "人", "老公", "老婆", "我爸", "我妈",
	"孩子", "单位", "公司", "工作", "医保", "社保", "参保地",
};

/* Last characters of nouns for spots one can be at (首饰店, 石棉厂,
 * 老街, 食堂): 在X首饰店 places the shop. A noun of anything else after
 * 在X (在临汾脑梗住院) leaves 在 placing the name. */
static const char spot_ends[] =
	"店厂馆场园院所楼室站部处屋房城区村镇乡街巷路山河湖海岛港湾桥坊铺行社库仓台寺庙堂宫家校边口门";

/* Said of working at an employer: 在X时代上班 is at a company. */
static const char *const work_words[] = {
	"上班", "工作", "打工", "实习", "任职", "入职", "就职", "供职",
};

/* Nouns of one compound or ground, not of a town's area: 小区天台 is a
 * roof of a housing estate, where 主城九龙坡 is a district. */
static const char *const compound_areas[] = {
	"小区", "社区", "校区", "院区", "病区", "景区", "园区", "厂区", "营区", "商城",
	"影城", "长城",
};

/* Said right after a place: insurance, residence, where to be treated. */
static const char *const after_words[] = {
	"医保", "社保", "医疗保障", "医疗保险", "人社", "市民", "户籍", "户口",
	"参保", "当地", "本地", "地区", "市区", "城区", "县城", "周边", "一带",
	"哪家医院", "哪个医院", "哪里的医院", "有哪些医院", "有什么医院",
	"的医院", "的医保", "的社保", "的户口", "的户籍", "的居民", "医保局", "社保局",
	"卫健委", "疾控", "人民", "籍",
	"警方",   /* X警方提醒: the police of X */
	"老家", "家乡", "老乡",   /* 泉州老家: where one is from */
	"来的",   /* 他是伊犁来的: came from there */
	/* an establishment's site there (site_words) */
	"院区", "校区", "基地", "分院", "分公司", "分部", "工厂", "厂区",
	/* a place's own records (X统计年鉴, X统计公报) */
	"统计年鉴", "年鉴", "统计公报", "统计局",
	/* a study's data or sample from there (X数据, X样本) */
	"数据", "样本",
	/* goods sent from a warehouse there (X仓直发, X仓发货), or
	 * from the place itself (X发货, X发的货) */
	"仓直发", "仓发", "发货", "发的货",
	/* a race run there, named after its host city (X马拉松) */
	"马拉松", "半程马拉松", "国际马拉松", "半马", "越野跑", "越野赛", "龙舟赛",
	"的马拉松", "的越野跑", "的越野赛",
	/* a motorway's service area or toll gate there (X服务区,
	 * X收费站) */
	"服务区", "收费站", "高速口", "高速出口", "高速入口",
	/* a scenic area or old town there (X景区, X古城, X湿地) */
	"景区", "风景区", "旅游区", "古城", "古镇", "湿地", "国家公园", "森林公园",
	"地质公园",
};

/* Of them, a scenic area or an old town (X景区, X古城): a sight named
 * after X is mostly in X, but a mountain or a lake may share its name
 * with a county far away (黄龙景区 in Sichuan, 黄龙县 in Shaanxi): no
 * strong words of place. */
static const char *const sight_words[] = {
	"景区", "风景区", "旅游区", "古城", "古镇", "湿地", "国家公园", "森林公园",
	"地质公园",
};

/* True if the segmentation t[0..nt) cuts the text at p (a word starts
 * there, or the text or window ends there): a word of place after an
 * ordinary word must end where a word does (会同 市/民政局 holds no
 * 市民). */
static bool ends_at_cut(const yd_token *t, size_t nt, size_t p, size_t n)
{
	size_t i;

	if (p >= n || nt == 0 || p >= t[nt - 1].off + t[nt - 1].len)
		return true;
	for (i = 0; i < nt; i++)
		if (t[i].off == p)
			return true;
	return false;
}

/* Of them, an old town's: after a sight's own name they name no sight
 * of X (X东城古镇 is a town of its own). */
static const char *const town_sights[] = { "古城", "古镇" };

/* Of them, the sites of an establishment: X院区, X基地, X分公司. A site
 * is named after a quarter, lake or road of its own city as often as
 * after a district (南京's 河西院区 is not 天津's 河西区), so these are
 * no strong words of place. */
static const char *const site_words[] = {
	"院区", "校区", "基地", "分院", "分公司", "分部", "工厂", "厂区",
};

/* A place's public services, as a notice or report signs itself
 * (X消防：, （X公安）): words of place only where the name opens its
 * clause, for a verb before them is no place (物业会同公安局). */
static const char *const agencies[] = {
	"消防", "交警", "公安", "应急管理", "市场监管", "气象台",
};

/* A county's or city's own bodies (公安县公安局, 会同县人民法院): after
 * its name with its unit they are its, wherever the name stands (the
 * unit rules out a verb: 物业会同公安局). */
static const char *const public_bodies[] = {
	"公安局", "人民法院", "法院", "人民检察院", "检察院", "人民政府", "政府",
	"民政局", "财政局", "教育局", "司法局", "税务局", "卫健局", "卫生健康局",
	"卫生局", "人社局", "人力资源和社会保障局", "市场监督管理局", "交通运输局",
	"农业农村局", "住建局", "自然资源局", "信访局", "委员会", "人大", "政协",
	"县委", "市委", "区委", "交警大队", "派出所", "公证处", "法律援助中心",
	"疾控中心", "疾病预防控制中心", "红十字会", "残联", "妇联", "总工会",
};

/* Roads whose stretch in a place is named after it (连霍高速开封段). */
static const char *const roads[] = { "高速", "高速公路", "国道", "省道", "公路", "铁路" };



/* True if s[a] opens the text or a clause: nothing, a space or a mark of
 * punctuation or a bracket before it. */
static bool opens_clause(const char *s, size_t a)
{
	static const char *const marks[] = {
		"（", "【", "《", "「", "：", "，", "。", "；", "！", "？", "、", "”", "“",
	};
	size_t i;

	if (a == 0 || (s[a - 1] && strchr(" \t\n([:,.;!?", s[a - 1])))
		return true;
	for (i = 0; i < sizeof marks / sizeof *marks; i++)
		if (a >= 3 && memcmp(s + a - 3, marks[i], 3) == 0)
			return true;
	return false;
}

/* A place suffix inside one word with the name: 广州人, 大同市区. */
static const char *const suffixes[] = {
	"人", "市", "县", "区", "州", "省", "籍", "地区", "市区", "城区", "县城",
	"市民", "盟", "旗",
};

/* What a city's own hospitals are called after its name (and after an
 * optional 市/县/区 and 第N). */
static const char *const civic_hospitals[] = {
	"人民医院", "中心医院", "中医院", "中医医院", "妇幼保健院", "妇幼保健医院",
	"妇幼",   /* as people call X妇幼保健院 */
	"儿童医院", "妇女儿童医院", "传染病医院", "精神卫生中心", "疾病预防控制中心",
	"医疗保障局", "医保局",
};

/* Words a hospital's name ends with. */
static const char *const hospital_ends[] = {
	"医院", "保健院", "卫生院", "医科大学", "医学院", "卫生中心",
};

/* Titles after a person's name: 张桂林医生 is a doctor, not the city. */
static const char *const person_titles[] = {
	"医生", "大夫", "主任", "教授", "老师", "先生", "女士", "同学", "护士",
	"院长", "专家", "医师",
};

/* The last character of nouns for things people eat, drink, smoke or
 * take as medicine: a place's name before one is a product's (东阿阿胶,
 * 沙县小吃, 兰州拉面, 涪陵榨菜). */
static const char product_heads[] =
	"胶霜丸片膏液粉菜酒茶烟鸭鸡鹅糕饼酱醋米油吃枣瓜果桃蜜奶药汤饭肉腿鱼虾蟹"
	"糖酥卷锅杞芪参蒜姜椒梨橙柚桔橘栗笋菇蛋肠包饺馍葱韭薯豆柿莓杏茄藕芋菌汁"
	"粥羹粽丹皮素囊粒剂腐花叶根草籽串皂"
	"犬猫猪羊";   /* breeds: 北京犬, 山东细犬, 临清狮猫 */

/* Ways of cooking: a word of its own in a dish's name (炒 米粉), or the
 * last character of a verb that names a dish after a place (X烧烤, X卤煮
 * are verbs to jieba). */
static const char cooking[] = "炒烤拌蒸煎炸卤焖烧涮煮炖熏腌";

/* Endings of two characters for foods whose last character alone is a
 * common word's too (面 of 方面, 干 of 能干). */
static const char *const product_ends[] = {
	"拉面", "汤面", "凉面", "挂面", "干面", "削面", "炒面", "焖面", "米面",
	"白干", "萄干", "腐干", "肉干",
	"包子", "饺子", "粽子", "橘子", "柿子", "李子", "桃子", "栗子", "馒头", "小面",
	"米线", "烧卖", "果子", "丸子", "锅头",
};

/* The last character of a shop's noun (拉面馆, 烤鸭店). */
static const char shops[] = "馆店铺坊摊";

/* Characters of getting medicine or goods, which start verb-object
 * words the dictionary tags as nouns (买药, 开药, 拿药): not products. */
static const char getting[] = "买卖开拿取配抓领";

/* Is the token after a name a product's noun: not a verb, adjective,
 * adverb or function word by its tag, and ending like a food, drink or
 * medicine. */
static bool product_noun(const char *s, size_t n, const yd_token *z)
{
	size_t k;

	if (z->len == 3 && (memcmp(s + z->off, "片", 3) == 0 || memcmp(s + z->off, "宝", 3) == 0))
		return true;   /* tablets (a measure word to jieba), brands: 金水宝 */
	if (!(z->flags & YD_TOK_HAN) || (z->tag[0] && strchr("vfadpcurqtz", z->tag[0])))
		return false;
	if (z->len >= 6 && yd_char_in(getting, s + z->off))
		return false;   /* 买药, 开药: buying, not a product */
	if (z->off + z->len + 3 <= n && yd_char_in("村镇乡", s + z->off + z->len))
		return false;   /* 栖霞市桃村镇: a town's name, not a product */
	if (yd_char_in(product_heads, s + z->off + z->len - 3))
		return true;
	for (k = 0; z->len >= 6 && k < N(product_ends); k++)
		if (memcmp(s + z->off + z->len - 6, product_ends[k], 6) == 0)
			return true;
	/* 拉面馆, 烤鸭店: a shop selling the product, named as the
	 * product is (X拉面 is made everywhere, and so is its shop) */
	if (z->len >= 9 && yd_char_in(shops, s + z->off + z->len - 3)) {
		yd_token stem = *z;

		stem.len -= 3;
		return product_noun(s, n, &stem);
	}
	return false;
}

/* Verbs of a match between teams: the name after one (战胜了上海海港,
 * 负于北京) is a team's, as X队 is. */
static const char *const match_verbs[] = {
	"战胜", "击败", "负于", "逼平", "对阵", "迎战", "完胜", "惜败", "不敌", "力克",
	"横扫", "大胜", "险胜", "战平", "输给", "零封", "绝杀", "大败", "狂胜", "完败",
};

/* Words of good wishes: 祝您安康, 愿岁岁平安 name no place. */
static const char *const wishes[] = {
	"祝", "祝您", "祝你", "祝大家", "祝福", "祝愿", "恭祝", "敬祝", "愿", "祈愿",
	"谨祝", "敬请", "顺颂", "顺祝", "此致",
};

/* Words for people by their role, said before a name (同事X说, 患者X)
 * and what people do after theirs (X说, X告诉我). */
static const char *const role_words[] = {
	"同事", "朋友", "护士长", "医生", "主任", "患者", "病人", "老板", "同学", "邻居",
	"老师", "护士", "家属", "主治医生", "大夫", "领导", "室友", "舍友", "闺蜜",
	/* kin, who are named right after the word: 儿子黄嘉禾 */
	"儿子", "女儿", "闺女", "老公", "老婆", "丈夫", "妻子", "爱人", "爸爸", "妈妈",
	"父亲", "母亲", "爷爷", "奶奶", "姥爷", "姥姥", "外公", "外婆", "孙子", "孙女",
	"外甥", "外甥女", "侄子", "侄女", "哥哥", "姐姐", "弟弟", "妹妹", "宝宝",
};
static const char *const naming_links[] = { "是", "叫", "姓" };
static const char *const person_acts[] = {
	"说", "告诉", "讲", "问", "让", "叫", "跟我", "对我", "给我", "帮我", "建议",
};

/* Last characters of the nouns of institutions and places, which a
 * region's name may start (X医院, X中心, X车站, X公园) */
static const char institution_ends[] = "院局所站馆厅处委会校司行部区场园心室科诊";

/* Characters that spell foreign names (drugs' above all): one of them
 * glued before a name makes an unknown word of it (奥西平). */
static const char transliteration[] =
	"阿奥卡拉莫尼普罗洛利替沙坦唑嗪酮芬达氯氟吡哌曲诺菲维索帕贝";

/* Last characters of measure words for things (一包, 二两, 三瓶, 个): a
 * name counted with one is a product (一包白沙, 二两茅台). Verbal measure
 * words (趟, 次, 回) are not here: 去了一趟北京. */
static const char thing_measures[] =
	"个包瓶盒袋罐斤两杯碗块片粒支根条箱桶壶盘份串颗听匹双件";

/* 南京一家养老院, 成都一名男子, 苏州两名护士: a name, then one (two, a
 * few) of a unit of people or institutions, is where the one counted is,
 * as news opens; not a thing's name with its noun (X三七). */
static const char introduce_counts[] = "一两几";
static const char introduce_units[] = "家名位所个对座户例";

static bool introduces(const char *s, const yd_token *z)
{
	return z->len == 6 && yd_char_in(introduce_counts, s + z->off) &&
	       yd_char_in(introduce_units, s + z->off + 3);
}

/* Last characters of nouns for people (患者, 乘客, 居民, 老人, 网友,
 * 同胞): after a place's name, the people who live there or come from
 * it (四川患者, 香港长者), not a thing named after it. Not 子 or 生
 * (包子, 花生: foods). */
static const char people_heads[] = "人者客民胞友";

static bool equals_any(const char *s, size_t len, const char *const *w, size_t nw);

/* …and nouns for people that end otherwise (小伙子, 姑娘, 大爷, 夫妇):
 * people, not a thing named after the place before them. (Taking them
 * for words of place, as X人, put 永胜县 in 王永胜一家: not done.) */
static const char *const people_words[] = {
	"小伙子", "小伙", "男子", "女子", "汉子", "孩子", "小孩", "姑娘", "妹子",
	"大爷", "大妈", "大娘", "大叔", "大婶", "阿姨", "大哥", "大姐", "小哥",
	"小姐姐", "老太", "老汉", "夫妇", "夫妻", "母女", "父子", "母子", "姐妹",
	"兄弟", "一家",
};

bool yd_place_people_noun(const char *w, size_t len)
{
	return len >= 6 && (yd_char_in(people_heads, w + len - 3) ||
			    equals_any(w, len, people_words, N(people_words)));
}

/* 去了顺德, 回到了X, 到过大理, Cantonese 去咗顺德: a verb of going (one
 * ending in 去, 到, 回 …), a particle of aspect, then the place, the
 * words right before t[ta]; the dictionary may make the verb and the
 * particle one word (去了). */
static bool went_to(const char *s, const yd_token *t, size_t ta)
{
	static const char going_ends[] = "去到回来往返";
	const yd_token *p;

	if (ta == 0)
		return false;
	p = &t[ta - 1];
	if (p->len == 3 && yd_char_in("了过咗", s + p->off))
		return ta > 1 && t[ta - 2].off + t[ta - 2].len == p->off && t[ta - 2].len >= 3 &&
		       yd_char_in(going_ends, s + t[ta - 2].off + t[ta - 2].len - 3);
	return p->len >= 6 && yd_char_in("了过咗", s + p->off + p->len - 3) &&
	       yd_char_in(going_ends, s + p->off + p->len - 6);
}

/* True if s[0..a) ends with one of the words. */
static bool ends_with_any(const char *s, size_t a, const char *const *w, size_t nw)
{
	size_t i;

	for (i = 0; i < nw; i++)
		if (strlen(w[i]) <= a && memcmp(s + a - strlen(w[i]), w[i], strlen(w[i])) == 0)
			return true;
	return false;
}

/* Landform characters: a name and one of them may be a mountain's,
 * lake's or river's name (武功山, not 武功县). */
static const char landforms[] = "山湖河江岭峰岛湾";

/* What people do somewhere, nouns to jieba (住院 n, 上学 n): a name
 * before one is where it is done (孩子昌平上学), not a compound name. */
static const char *const activities[] = {
	"住院", "上学", "上班", "打工", "工作", "看病", "就医", "就诊", "治疗", "手术",
	"生活", "养老", "读书", "体检", "检查", "出差", "旅游", "定居", "务工",
	"徒步", "爬山", "登山", "自驾", "露营", "度假", "过冬", "避暑", "旅居", "探亲",
	"游玩", "支教", "过年",
};

/* Last characters of nouns for people (老人, 孩子, 患者, 老伴): a
 * person glued before a place says where they are (孩子昌平上学). */
static const char people_ends[] = "人子妈爸伴母父者属友儿女姐哥弟妹婆公爷奶孙生师";

/* Verbs of consuming: what is smoked, drunk or eaten is a product. */
static const char *const consume_verbs[] = {
	"抽", "吸", "喝", "吃", "嚼", "泡", "抽了", "喝了", "吃了", "服用",
};

/* After a word used as a verb: 开封后, 开封了, 开封过. */
static const char *const verb_marks[] = {
	"后", "了", "过", "着", "之后", "以后", "的时候",
};

/* A character this frequent as a word of its own (可 95,892, 走 50,437
 * in jieba's counts; 达 28,255 and 米 35,136 are the most frequent that
 * spell foreign names) is that word, not a syllable of an unknown one:
 * 可走黄梅绕行 is no name ending in 黄梅. */
#define COMMON_CHAR 40000

/* Characters that stand alone as words around names (prepositions,
 * particles, pronouns, verbs of motion), which do not make an unknown
 * word with the name. */
static const char function_chars[] =
	"的了在是去到和与及或跟从等也都还就又很吗呢吧啊呀嘛我你他她它这那有没不被"
	"把给对向往于为让叫来回住看找说问上下里外中前后新老小大";

/* Common one-character surnames (a person's name is surname + 1-2
 * characters; a two-character place name after one is often a person),
 * leaving out those that are also prepositions or ordinary words often
 * written before a place (于, 向, 高, 黄, 江, 石 …). */
static const char surnames[] =
	"王李张刘陈杨赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡"
	"杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯陶"
	"黎贺顾毛郝龚邵钱严覃武戴莫孔汤";

/* Function words proper (function_chars without the adjectives 大, 小,
 * 新, 老 that start brands' words: X大益). */
static const char particles[] =
	"的了在是去到和与及或跟从等也都还就又很吗呢吧啊呀嘛我你他她它这那有没不被"
	"把给对向往于为让叫来回住看找说问上下里外中前后";

static bool starts(const char *s, size_t n, size_t pos, const char *w)
{
	size_t k;

	/* the first two bytes before strlen and memcmp: most places
	 * start no word of a list */
	if (w[0] && (pos >= n || s[pos] != w[0] || (w[1] && (pos + 1 >= n || s[pos + 1] != w[1]))))
		return false;
	k = strlen(w);
	return pos <= n && k <= n - pos && memcmp(s + pos, w, k) == 0;
}

static bool starts_any(const char *s, size_t n, size_t pos, const char *const *w,
		       size_t nw, size_t *len)
{
	size_t i;

	for (i = 0; i < nw; i++)
		if (starts(s, n, pos, w[i])) {
			if (len)
				*len = strlen(w[i]);
			return true;
		}
	return false;
}

size_t yd_place_sight_at(const char *s, size_t n, size_t pos)
{
	size_t k;

	return starts_any(s, n, pos, sight_words, N(sight_words), &k) ? k : 0;
}

static bool equals_any(const char *s, size_t len, const char *const *w, size_t nw)
{
	size_t i;

	for (i = 0; i < nw; i++) {
		const char *x = w[i];

		/* the first two bytes first, as in starts() */
		if (len > 0 && (x[0] != s[0] || (len > 1 && x[0] && x[1] != s[1])))
			continue;
		if (strlen(x) == len && memcmp(s, x, len) == 0)
			return true;
	}
	return false;
}

static size_t char_len(const char *s, size_t n, size_t pos)
{
	unsigned char c = (unsigned char)s[pos];
	size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	return pos + len > n ? n - pos : len;
}

/* A city's own hospital after s[pos]: (市|县|区)? (第N)? 人民医院 … */
/* An organisation's head noun of two or more characters starts at pos,
 * whatever the segmentation (农/商行 for 农商行). */
static bool org_head_at(const char *s, size_t n, size_t pos)
{
	size_t i;

	for (i = 0; i < N(org_heads); i++)
		if (strlen(org_heads[i]) >= 6 && starts(s, n, pos, org_heads[i]))
			return true;
	return false;
}

static bool civic_at(const char *s, size_t n, size_t pos)
{
	static const char *const units[] = { "市", "县", "区", "州" };
	static const char numerals[] = "一二三四五六七八九十";
	size_t k;

	if (starts_any(s, n, pos, units, N(units), &k))
		pos += k;
	if (starts(s, n, pos, "第")) {
		pos += strlen("第");
		while (pos < n && char_len(s, n, pos) == 3 &&
		       yd_char_in(numerals, s + pos))
			pos += 3;
	}
	return starts_any(s, n, pos, civic_hospitals, N(civic_hospitals), NULL);
}

/* A hospital's name continuing from s[pos]: up to 10 word characters,
 * then one of hospital_ends. */
static bool hospital_at(const char *s, size_t n, size_t pos)
{
	int k;

	for (k = 0; k <= 10 && pos < n; k++) {
		if (starts_any(s, n, pos, hospital_ends, N(hospital_ends), NULL))
			return true;
		/* X的医院 is X's hospital, not one named X…医院 */
		if (!yd_seg_is_word_char(s, n, pos) || starts(s, n, pos, "的"))
			return false;
		/* 新建一所中医院, 有两家医院: a count of hospitals, no name */
		if (pos + 6 <= n && yd_char_in("一二两三四五六七八九十几多每这那某", s + pos) &&
		    yd_char_in("所家座个", s + pos + 3))
			return false;
		pos += char_len(s, n, pos);
	}
	return false;
}

/* w is the short name of an institution: w + 医院/大学/学院 is one in
 * the dictionary (同济: 同济医院, 同济大学; 武汉同济 is the hospital's
 * city). */
static bool institution_short(const yd_dict *d, const char *w, size_t len)
{
	static const char *const kinds[] = { "医院", "大学", "学院" };
	char buf[64];
	yd_word x;
	size_t i;

	for (i = 0; i < N(kinds) && len + 6 <= sizeof buf; i++) {
		memcpy(buf, w, len);
		memcpy(buf + len, kinds[i], 6);
		if (yd_dict_lookup(d, buf, len + 6, &x) && strcmp(x.tag, "nt") == 0)
			return true;
	}
	return false;
}

/* The character at c is a surname: one of the commonest, or a
 * one-character word the dictionary tags as a person's name (金, 马). */
static bool is_surname(const yd_dict *d, const char *c)
{
	yd_word w;

	return yd_char_in(surnames, c) ||
	       (yd_dict_lookup(d, c, 3, &w) && strcmp(w.tag, "nr") == 0);
}

/* A one-character surname right before s[a]. */
static bool surname_before(const char *s, size_t a)
{
	return a >= 3 && yd_char_in(surnames, s + a - 3) &&
	       ((unsigned char)s[a - 3] & 0xC0) != 0x80;
}

/* A mention s[a..b) and the segmentation around it: the tokens
 * t[0..nt), of which t[ta] holds its first character and t[tb] its last
 * (x and y; (size_t)-1 when none), shared by the kinds of evidence
 * below. */
struct around {
	const yd_dict *d;
	const char *s;
	size_t n, a, b;
	const yd_token *t, *x, *y;
	size_t nt, ta, tb;
	bool start_ok, end_ok;   /* a word starts at a, one ends at b */
	bool weak;               /* the name is an ordinary word too */
	bool person_word;        /* the dictionary tags it a person's */
};

/* The word glued right after the name, the name a word of its own
 * (FIT_WORD) that ends where that word starts, or NULL. */
static const yd_token *glued_after(const struct around *ar,
				   const struct place_evidence *ev)
{
	return ar->end_ok && ev->fit == FIT_WORD && ar->tb + 1 < ar->nt &&
	       ar->t[ar->tb + 1].off == ar->b ? &ar->t[ar->tb + 1] : NULL;
}

/* Whether the name is a word of its own here (FIT_WORD), ends in a place
 * suffix within one word (FIT_SUFFIX: 广州人) or lies inside another word
 * (FIT_INSIDE: 久治 of 久治不愈); a preposition glued to its first
 * character is still a preposition before a place. */
static void word_fit(struct around *ar, struct place_evidence *ev)
{
	const char *s = ar->s;
	size_t a = ar->a, b = ar->b;
	const yd_token *x = ar->x, *y = ar->y;
	bool start_ok = ar->start_ok, end_ok = ar->end_ok, weak = ar->weak;

	/* 在内丘, 去石拐: a preposition glued to the name's first
	 * character is still a preposition before a place. */
	if (!start_ok) {
		size_t pl = a - x->off;
		if (equals_any(s + x->off, pl, before_words, N(before_words)) &&
		    x->off + x->len <= b) {
			start_ok = true;
			ev->before = true;
		}
	}
	if (!end_ok && y->off >= a &&
	    equals_any(s + b, y->off + y->len - b, suffixes, N(suffixes)) &&
	    (!weak || !(y->flags & YD_TOK_DICT) || strncmp(y->tag, "ns", 2) == 0)) {
		end_ok = true;
		ev->fit = FIT_SUFFIX;
		ev->after = true;
	}
	if (!start_ok || !end_ok) {
		const yd_token *w = start_ok ? y : x;
		ev->fit = FIT_INSIDE;
		ev->word_off = w->off;
		ev->word_len = w->len;
		ev->word_tag = w->tag;
	}
	ar->start_ok = start_ok;
	ar->end_ok = end_ok;
}

/* The words glued after the name that make it a thing's: a product's or
 * food's noun, a dish on a menu, a common noun (X瓷器, X护士), any
 * content word. */
static void things_after(const struct around *ar, struct place_evidence *ev)
{
	const yd_dict *d = ar->d;
	const char *s = ar->s;
	size_t n = ar->n, b = ar->b, nt = ar->nt, tb = ar->tb;
	const yd_token *t = ar->t;
	const yd_token *z;

	/* the word after it names a product, or it is a verb here */
	if ((z = glued_after(ar, ev)) != NULL) {

		if (product_noun(s, n, z))
			ev->product = true;
		/* 兰州 拉/面汤: a food's noun of two characters that the
		 * segmentation cuts, its first character a word of
		 * its own */
		if (z->len == 3 && b + 6 <= n && equals_any(s + b, 6, product_ends, N(product_ends)))
			ev->product = true;
		/* 白 茶, 香 梨, 三七 粉, 头茬 大葱: a modifier the
		 * dictionary does not join to the product's noun after it */
		if (tb + 2 < nt && t[tb + 2].off == z->off + z->len && z->len <= 6 &&
		    (z->flags & YD_TOK_HAN) && !yd_char_in(function_chars, s + z->off) &&
		    z->tag[0] && strchr("anmb", z->tag[0]) && strncmp(z->tag, "ns", 2) != 0 &&
		    t[tb + 2].len <= 6 && product_noun(s, n, &t[tb + 2]))
			ev->product = true;
		/* 炒 米粉, 窝 蛋 饭, 大盘鸡 拌面: a dish's name of up to
		 * five characters in words of its own (a cooking verb
		 * among them), alone up to a mark or space, as on a
		 * menu: its last word a food's */
		{
			size_t j = tb + 1, chars = 0;
			bool ok = true;

			while (j < nt && t[j].off == (j == tb + 1 ? b : t[j - 1].off + t[j - 1].len) &&
			       (t[j].flags & YD_TOK_HAN) && chars < 6) {
				if ((t[j].tag[0] && strchr("vdpcurfqt", t[j].tag[0]) &&
				     !(t[j].len == 3 && yd_char_in(cooking, s + t[j].off))) ||
				    /* no street among them (an address), and no
				     * name before the food's word */
				    yd_char_in("路街道区", s + t[j].off + t[j].len - 3))
					ok = false;
				if (j > tb + 1 && (strncmp(t[j - 1].tag, "ns", 2) == 0 ||
						   strncmp(t[j - 1].tag, "nr", 2) == 0))
					ok = false;
				chars += t[j].len / 3;
				j++;
			}
			if (ok && j > tb + 2 && chars <= 5 &&
			    (j == nt || !yd_seg_is_word_char(s, n, t[j - 1].off + t[j - 1].len)) &&
			    product_noun(s, n, &t[j - 1]))
				ev->product = true;
		}
		/* 大 馒头, 小 面, 狗不理 包子: a size word or a brand
		 * (an idiom to jieba) before a food's noun of one or two
		 * characters, or a food the two make (小面) */
		if (tb + 2 < nt && t[tb + 2].off == z->off + z->len && t[tb + 2].len <= 6 &&
		    (t[tb + 2].flags & YD_TOK_HAN) &&
		    ((z->len == 3 && yd_char_in("大小", s + z->off)) ||
		     (z->len <= 9 && z->tag[0] == 'i')) &&
		    (product_noun(s, n, &t[tb + 2]) ||
		     (z->len == 3 && t[tb + 2].len == 3 &&
		      equals_any(s + z->off, 6, product_ends, N(product_ends)))))
			ev->product = true;
	}
	/* a product's word the dictionary tags as a name or numeral,
	 * or does not know (X艾条 is 艾/条, X三七, X紫陶): a thing's
	 * name unless the word is one that takes a place */
	if ((z = glued_after(ar, ev)) != NULL) {

		if ((z->flags & YD_TOK_HAN) && !yd_char_in(function_chars, s + z->off) &&
		    !introduces(s, z) &&
		    (!z->tag[0] || strcmp(z->tag, "nr") == 0 || strcmp(z->tag, "nz") == 0 ||
		     strcmp(z->tag, "m") == 0) &&
		    tb + 2 < nt && t[tb + 2].off == z->off + z->len &&
		    (t[tb + 2].flags & YD_TOK_HAN) && t[tb + 2].tag[0] == 'n' &&
		    strncmp(t[tb + 2].tag, "ns", 2) != 0 && strncmp(t[tb + 2].tag, "nr", 2) != 0 &&
		    !yd_char_in(institution_ends, s + t[tb + 2].off + t[tb + 2].len - 3) &&
		    !yd_char_in("区城地村镇乡街巷", s + t[tb + 2].off + t[tb + 2].len - 3) &&
		    !starts_any(s, n, b, suffixes, N(suffixes), NULL) &&
		    !starts_any(s, n, b, after_words, N(after_words), NULL) &&
		    !starts_any(s, n, z->off, activities, N(activities), NULL) &&
		    !starts_any(s, n, t[tb + 2].off, activities, N(activities), NULL))
			ev->noun_head = ev->thing_head = true;
	}
	/* a common noun glued after it: X瓷器, X护士 */
	if ((z = glued_after(ar, ev)) != NULL) {

		if ((z->flags & YD_TOK_HAN) && (z->flags & YD_TOK_DICT) && z->len >= 6 &&
		    z->tag[0] == 'n' && z->tag[1] != 's' && z->tag[1] != 't' &&
		    !yd_char_in(institution_ends, s + z->off + z->len - 3) &&
		    !yd_place_people_noun(s + z->off, z->len) &&
		    !institution_short(d, s + z->off, z->len) &&
		    !equals_any(s + z->off, z->len, activities, N(activities))) {
			ev->noun_after = true;
			/* a product's or a person's noun (X烤鸭, X护士),
			 * not the place's own (X天气, X房价) */
			ev->thing_after = product_noun(s, n, z) ||
					  equals_any(s + z->off, z->len, role_words, N(role_words)) ||
					  starts_any(s, n, z->off, person_titles, N(person_titles), NULL);
		}
	}
	/* any content word of two or more characters glued after it
	 * (X炒饭, X三七, X导演, not an adjective: X常见病; the dictionary's tags for a
	 * product's or a person's word vary), not one of the words
	 * that say what one does at a place (X看病, X旅游) */
	if ((z = glued_after(ar, ev)) != NULL) {

		if ((z->flags & YD_TOK_HAN) && (z->flags & YD_TOK_DICT) && z->len >= 6 &&
		    z->tag[0] && strchr("nmjv", z->tag[0]) && strcmp(z->tag, "vn") != 0 &&
		    !introduces(s, z) &&
		    !yd_place_people_noun(s + z->off, z->len) &&
		    /* 有没有, 能不能, 要不要, 看得好: a question or modal verb */
		    !(z->tag[0] == 'v' && yd_char_in("有是能会要可去来在看得", s + z->off)) &&
		    strncmp(z->tag, "ns", 2) != 0 && strcmp(z->tag, "nt") != 0 &&
		    !yd_char_in(institution_ends, s + z->off + z->len - 3) &&
		    !institution_short(d, s + z->off, z->len) &&
		    !starts_any(s, n, b, suffixes, N(suffixes), NULL) &&
		    !starts_any(s, n, b, after_words, N(after_words), NULL) &&
		    !equals_any(s + z->off, z->len, activities, N(activities))) {
			ev->word_after = true;
			/* a verb, not a dish named by how it is cooked
			 * (X烧烤, X炒饭: verbs to jieba) */
			ev->verb_after = z->tag[0] == 'v' &&
					 !yd_char_in(product_heads, s + z->off + z->len - 3) &&
					 !yd_char_in(cooking, s + z->off + z->len - 3);
			/* …and the two then modify another word, as a
			 * name does (X时代的员工, X健康大药房) */
			if (tb + 2 < nt && t[tb + 2].off == z->off + z->len &&
			    (starts(s, n, t[tb + 2].off, "的") ||
			     (t[tb + 2].tag[0] == 'n' && strncmp(t[tb + 2].tag, "ns", 2) != 0)))
				ev->entity = true;
		}
	}
	/* any common noun glued after it, one character too (X厂) */
	if ((z = glued_after(ar, ev)) != NULL) {

		if ((z->flags & YD_TOK_HAN) && (z->flags & YD_TOK_DICT) &&
		    (z->tag[0] == 'n' || strcmp(z->tag, "zg") == 0) &&
		    strncmp(z->tag, "ns", 2) != 0 && strncmp(z->tag, "nt", 2) != 0 &&
		    strncmp(z->tag, "nr", 2) != 0 &&
		    !yd_char_in(function_chars, s + z->off) &&
		    (!yd_char_in(institution_ends, s + z->off + z->len - 3) ||
		     (z->len >= 6 && memcmp(s + z->off + z->len - 3, "区", 3) == 0)) &&
		    !starts_any(s, n, b, suffixes, N(suffixes), NULL) &&
		    !starts_any(s, n, b, after_words, N(after_words), NULL) &&
		    !institution_short(d, s + z->off, z->len) &&
		    !equals_any(s + z->off, z->len, activities, N(activities))) {
			ev->noun_head = true;
			/* a noun of things, not of an area (X园区) */
			ev->thing_head = z->tag[0] == 'n' &&
					 !yd_char_in("区城地村镇乡街巷", s + z->off + z->len - 3) &&
					 !yd_place_people_noun(s + z->off, z->len);
			ev->people_after = yd_place_people_noun(s + z->off, z->len);
			/* …or of a workplace, whatever its noun (在宁德时代上班) */
			ev->spot_head = yd_char_in(spot_ends, s + z->off + z->len - 3) ||
					starts_any(s, n, z->off + z->len, work_words,
						   N(work_words), NULL);
			/* 琴/岛: a noun of one character and another
			 * make an unknown name, maybe of a place */
			if (z->len == 3 && tb + 2 < nt && t[tb + 2].len == 3 &&
			    t[tb + 2].off == b + 3 && t[tb + 2].tag[0] == 'n')
				ev->thing_head = false;
		}
	}
}

/* The name read as something else by the words around it: a noun glued
 * before it (楼顶天台), a verb or a count before it, a landform after
 * it, a shop's or brand's name, an era, an imperial office, a verb or an
 * adverb of its own, a wish (祝您身体安康). */
static void other_readings(const struct around *ar, struct place_evidence *ev)
{
	const yd_dict *d = ar->d;
	const char *s = ar->s;
	size_t n = ar->n, a = ar->a, b = ar->b, nt = ar->nt, ta = ar->ta, tb = ar->tb, i;
	const yd_token *t = ar->t, *x = ar->x, *y = ar->y;
	bool start_ok = ar->start_ok, end_ok = ar->end_ok;
	const yd_token *z;

	/* a common noun glued before it: 楼顶天台 */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a) {
		const yd_token *p = &t[ta - 1];

		if ((p->flags & YD_TOK_DICT) && p->len >= 6 && p->tag[0] == 'n' &&
		    p->tag[1] == '\0' &&
		    !equals_any(s + p->off, p->len, before_words, N(before_words)) &&
		    !equals_any(s + p->off, p->len, origin_words, N(origin_words)) &&
		    !equals_any(s + p->off, p->len, role_words, N(role_words)) &&
		    !yd_char_in(people_ends, s + p->off + p->len - 3) &&
		    /* 主城九龙坡, 市区鼓楼: an area's noun in apposition */
		    !yd_char_in("城区县乡镇市郊", s + p->off + p->len - 3))
			ev->noun_before = true;
	}
	/* 孩子昌平上学, 老人顺义住院: a person, the name, what they
	 * do there */
	if (start_ok && end_ok && x->off == a && ta > 0 && tb + 1 < nt &&
	    t[ta - 1].off + t[ta - 1].len == a && t[tb + 1].off == b &&
	    (t[ta - 1].flags & YD_TOK_HAN) && t[ta - 1].len >= 6 &&
	    t[ta - 1].tag[0] == 'n' &&
	    yd_char_in(people_ends, s + t[ta - 1].off + t[ta - 1].len - 3) &&
	    /* not 朋友李沧体检: a role word names the person next */
	    !equals_any(s + t[ta - 1].off, t[ta - 1].len, role_words, N(role_words)) &&
	    equals_any(s + t[tb + 1].off, t[tb + 1].len, activities, N(activities)))
		ev->before = ev->strong_before = true;
	/* 恢复平顺。: a verb, then the name ending the clause — the
	 * name is the verb's complement, an ordinary word there (verbs
	 * of going, 去/到/回, are before_words and say place) */
	if (start_ok && end_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    (t[ta - 1].flags & YD_TOK_HAN) && t[ta - 1].tag[0] == 'v' && t[ta - 1].len >= 6 &&
	    !equals_any(s + t[ta - 1].off, t[ta - 1].len, before_words, N(before_words)) &&
	    /* 转回, 搬到, 迁往, 再跑: verbs of moving somewhere */
	    !yd_char_in("回到往去来进至赴入迁跑", s + t[ta - 1].off + t[ta - 1].len - 3) &&
	    /* 常住, 定居: verbs of living somewhere */
	    !equals_any(s + t[ta - 1].off, t[ta - 1].len, residence_verbs, N(residence_verbs)) &&
	    (tb + 1 >= nt ? b >= n || !yd_seg_is_word_char(s, n, b)
			  : (t[tb + 1].flags & YD_TOK_OTHER) != 0) &&
	    /* 描述西藏、青海…: the first of a list the verb takes */
	    !starts(s, n, b, "、"))
		ev->verb_use = true;
	/* counted: 一包X, 二两X, 个X; not 一个X朋友, 两个X人: the
	 * people are counted, and the name says where they are from */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    !ev->people_after) {
		const yd_token *p = &t[ta - 1];

		if ((p->tag[0] == 'm' || p->tag[0] == 'q') && (p->flags & YD_TOK_HAN) &&
		    yd_char_in(thing_measures, s + p->off + p->len - 3))
			ev->counted = true;
	}
	/* the name of a suffixed word that is no region (大城市) */
	if (ev->fit == FIT_SUFFIX && (y->flags & YD_TOK_DICT) && y->off == a &&
	    y->off + y->len == b + 3 && yd_char_in("市县区省州", s + b))
		ev->suffix_word = true;
	if (end_ok && ev->fit == FIT_WORD && b + 3 <= n && yd_char_in(landforms, s + b)) {
		yd_word w;

		if (yd_dict_lookup(d, s + a, b + 3 - a, &w) && strncmp(w.tag, "ns", 2) != 0)
			ev->landmark = true;
		/* 海棠湾，: a bay the dictionary does not know, 湾 a
		 * word of its own ending the phrase, is named after the
		 * place, not the place (a district keeps 湾 in its own
		 * name: 铜锣湾) */
		if (starts(s, n, b, "湾") && tb + 1 < nt && t[tb + 1].off == b &&
		    t[tb + 1].len == 3 && (b + 3 >= n || !yd_seg_is_word_char(s, n, b + 3) ||
					   (b + 6 <= n && yd_char_in(function_chars, s + b + 3))))
			ev->landmark = true;
	}
	/* X当归泡水喝, X香梨吃多了: one or two short words after the
	 * name, then a verb of consuming: the name's product */
	if (end_ok && ev->fit == FIT_WORD) {
		size_t j = tb + 1, used = 0;

		while (j < nt && j < tb + 3 && t[j].off == (j == tb + 1 ? b : t[j - 1].off + t[j - 1].len) &&
		       (t[j].flags & YD_TOK_HAN) && t[j].len <= 6 &&
		       !yd_char_in(function_chars, s + t[j].off) &&
		       !(t[j].tag[0] && strchr("fturdpcmqy", t[j].tag[0])) &&
		       !(t[j].tag[0] == 'v' && t[j].len < 6) &&
		       !yd_char_in("吃喝泡嚼抽服", s + t[j].off) &&
		       !starts_any(s, n, t[j].off, after_words, N(after_words), NULL) &&
		       !starts_any(s, n, t[j].off, suffixes, N(suffixes), NULL) &&
		       !yd_char_in(institution_ends, s + t[j].off + t[j].len - 3)) {
			used += t[j].len;
			j++;
		}
		/* the verb, not a word 服 or 抽 starts (服务, 抽查) */
		if (used && used <= 12 && j < nt && t[j].off == t[j - 1].off + t[j - 1].len &&
		    yd_char_in("吃喝泡嚼抽服", s + t[j].off) &&
		    (t[j].len == 3 || yd_char_in("吃喝泡嚼", s + t[j].off) ||
		     equals_any(s + t[j].off, t[j].len, consume_verbs, N(consume_verbs))))
			ev->consumed = true;
	}
	/* 北京同仁堂, 苏州采芝斋: a name of three or more characters
	 * that the dictionary knows as a person's or a proper name
	 * (or does not know) ending in a shop's character (堂, 斋,
	 * 号 …): an old firm's brand, named after its home town */
	if ((z = glued_after(ar, ev)) != NULL) {

		if ((z->flags & YD_TOK_HAN) && z->len >= 9 &&
		    (strncmp(z->tag, "nr", 2) == 0 || strcmp(z->tag, "nz") == 0 ||
		     !(z->flags & YD_TOK_DICT)) &&
		    yd_char_in(firm_ends, s + z->off + z->len - 3))
			ev->product = true;
	}
	/* 老北京布鞋: 老 and a name before a noun is a style or brand */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].len == 3 &&
	    t[ta - 1].off + t[ta - 1].len == a && starts(s, n, t[ta - 1].off, "老") &&
	    (ev->noun_head || ev->noun_after))
		ev->product = true;
	if (end_ok && (starts(s, n, b, "年间") || starts(s, n, b, "年号") ||
		       starts(s, n, b, "皇帝")))
		ev->era = true;
	/* 江宁织造, 扬州知府: an office of imperial times named
	 * after its seat, a title (not today's region) */
	{
		static const char *const offices[] = {
			"织造", "知府", "知州", "知县", "巡抚", "总督", "太守", "刺史",
			"节度使", "布政使", "府尹",
		};

		if (end_ok && starts_any(s, n, b, offices, N(offices), NULL))
			ev->era = true;
	}
	if (end_ok && ev->fit == FIT_WORD && ta == tb && x->tag[0] == 'v' &&
	    starts_any(s, n, b, verb_marks, N(verb_marks), NULL))
		ev->verb_use = true;
	/* 还没开封, 已经开封: an adverb glued before a name the
	 * dictionary knows as a verb makes it that verb (没 and 没有,
	 * verbs to the dictionary, negate one here) */
	if (start_ok && end_ok && ev->fit == FIT_WORD && ta == tb && x->off == a &&
	    x->tag[0] == 'v' && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    (t[ta - 1].flags & YD_TOK_HAN) &&
	    (t[ta - 1].tag[0] == 'd' || (t[ta - 1].len == 3 && starts(s, n, t[ta - 1].off, "没")) ||
	     (t[ta - 1].len == 6 && starts(s, n, t[ta - 1].off, "没有"))))
		ev->verb_use = true;
	for (i = 0; start_ok && i < ta && i < nt; i++)
		if (t[i].off + REACH * 3 >= a &&
		    equals_any(s + t[i].off, t[i].len, consume_verbs, N(consume_verbs)))
			ev->product = true;
	/* a wish earlier in the sentence, beyond the window's reach:
	 * 祝您和家人新年快乐、X如意 (not one before a colon: another
	 * speaker's turn in a chat, or a field, begins there) */
	{
		size_t p = a, c = 0;

		while (p >= 3 && c++ < 30 && !starts(s, n, p - 3, "。") &&
		       !starts(s, n, p - 3, "！") && !starts(s, n, p - 3, "？") &&
		       !starts(s, n, p - 3, "：") && s[p - 1] != ':' &&
		       s[p - 1] != '\n') {
			p -= 3;
			if (starts(s, n, p, "祝") || starts(s, n, p, "敬请") ||
			    starts(s, n, p, "顺颂"))
				ev->wish = true;
			while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
				p--;
		}
	}
	/* a wish earlier in the clause: 祝您身体安康 */
	for (i = 0; start_ok && i < ta && i < nt; i++)
		if (equals_any(s + t[i].off, t[i].len, wishes, N(wishes)))
			ev->wish = true;
}

/* The name as a person's: a surname before it, the dictionary's tag, a
 * word of speaking, address, kin or role around it, 小/老/阿, a
 * historical person, a set phrase; and an area's noun in apposition
 * before it (主城九龙坡), which says place. */
static void person_signs(struct around *ar, struct place_evidence *ev)
{
	const yd_dict *d = ar->d;
	const char *s = ar->s;
	size_t n = ar->n, a = ar->a, b = ar->b, ta = ar->ta;
	const yd_token *t = ar->t, *x = ar->x, *y = ar->y;
	bool start_ok = ar->start_ok, end_ok = ar->end_ok, person_word = ar->person_word;

	/* 李永康说, 患者王宁安: a surname right before a two-character
	 * name makes a person's name (a surname is a single-character
	 * word tagged nr, or one of the commonest) */
	if (start_ok && x->off == a && ta > 0 && b - a == 6) {
		const yd_token *p = &t[ta - 1];

		if (p->off + p->len == a && p->len == 3 && (p->flags & YD_TOK_HAN) &&
		    (strcmp(p->tag, "nr") == 0 || is_surname(d, s + p->off)))
			ev->person = true;
	}
	/* the name, or its last part, is a person's name to jieba
	 * (于洪 is 于/洪 there, 洪 tagged nr) */
	person_word = start_ok && end_ok && strncmp(y->tag, "nr", 2) == 0;
	/* 同事梁平说, 护士长王益: a name that starts with a surname,
	 * among words for people */
	if (start_ok && end_ok && x->off == a && b - a == 6 && is_surname(d, s + a) &&
	    ((ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	      equals_any(s + t[ta - 1].off, t[ta - 1].len, role_words, N(role_words))) ||
	     starts_any(s, n, b, person_acts, N(person_acts), NULL) ||
	     starts_any(s, n, b, person_titles, N(person_titles), NULL)))
		ev->person = true;
	/* 主刀医生是X, 我的主治医生叫X: a person, whatever the surname
	 * (a place is nobody's doctor) */
	if (start_ok && end_ok && x->off == a && b - a == 6 && ta > 1 &&
	    t[ta - 1].off + t[ta - 1].len == a &&
	    equals_any(s + t[ta - 1].off, t[ta - 1].len, naming_links, N(naming_links)) &&
	    t[ta - 2].len >= 6 && t[ta - 2].off + t[ta - 2].len == t[ta - 1].off &&
	    yd_char_in("生夫士任师长友事学居板属", s + t[ta - 2].off + t[ta - 2].len - 3))
		ev->person = true;
	/* 永康说, 建华告诉我: a two-character name that speaks or acts
	 * at the start of a clause is a person's given name (a place
	 * after 在/去 … is not: the evidence before decides) */
	if (start_ok && end_ok && x->off == a && b - a == 6 &&
	    (ta == 0 || !(t[ta - 1].flags & YD_TOK_HAN)) &&
	    starts_any(s, n, b, person_acts, N(person_acts), NULL))
		ev->person = true;
	/* 永康哥, 海伦姐: a given name and a word of address */
	if (start_ok && end_ok && x->off == a && b - a == 6 &&
	    (ta == 0 || !(t[ta - 1].flags & YD_TOK_HAN)) && b + 3 <= n &&
	    yd_char_in("哥姐叔姨嫂伯妹弟", s + b) && !starts(s, n, b, "姐妹") &&
	    !starts(s, n, b, "哥们") && !starts(s, n, b, "姐们") &&
	    !(b + 6 <= n && yd_seg_is_word_char(s, n, b + 3) &&
	      starts_any(s, n, b, after_words, N(after_words), NULL)))
		ev->person = true;
	/* 儿子黄嘉禾: a kin or role word, one character (a surname),
	 * then the name */
	if (start_ok && x->off == a && ta > 1 && b - a == 6) {
		const yd_token *p = &t[ta - 1], *q = &t[ta - 2];

		if (p->off + p->len == a && p->len == 3 && (p->flags & YD_TOK_HAN) &&
		    !yd_char_in(function_chars, s + p->off) && q->off + q->len == p->off &&
		    equals_any(s + q->off, q->len, role_words, N(role_words)))
			ev->person = true;
	}
	/* 海伦是我大学的室友: a name at a clause's start, 是我, and a
	 * clause that ends with a word for a person one knows */
	if (start_ok && end_ok && x->off == a && b - a == 6 &&
	    (ta == 0 || !(t[ta - 1].flags & YD_TOK_HAN)) && starts(s, n, b, "是我")) {
		size_t e = b, c = 0;

		while (e < n && c++ < 30 && yd_seg_is_word_char(s, n, e))
			e += char_len(s, n, e);
		if (e - b >= 12 && yd_char_in("友妹姐哥弟学事居蜜", s + e - 3))
			ev->person = true;
	}
	/* 南皮是晚清的重臣, 战国时期的平原: a historical person (or a
	 * former place of history, not today's region) */
	if (start_ok && end_ok && x->off == a && b - a == 6) {
		static const char *const eras[] = { "时期的", "朝的", "代的", "年间的" };
		static const char *const figures[] = {
			"人物", "诗人", "将军", "皇帝", "大臣", "名将", "丞相", "宰相", "名臣",
			"重臣", "作家", "画家", "思想家", "政治家", "军事家", "文学家", "名医",
		};
		size_t k2;

		for (k2 = 0; k2 < N(eras); k2++) {
			size_t l = strlen(eras[k2]);
			/* not 现代的, 当代的, 八十年代的, 新时代的: today */
			if (a >= l && memcmp(s + a - l, eras[k2], l) == 0 &&
			    !(a >= l + 3 && yd_char_in("现当近年时世", s + a - l - 3)))
				ev->era = true;
		}
		if ((ta == 0 || !(t[ta - 1].flags & YD_TOK_HAN)) && starts(s, n, b, "是")) {
			size_t e = b, c = 0;

			while (e < n && c++ < 30 && yd_seg_is_word_char(s, n, e))
				e += char_len(s, n, e);
			for (k2 = 0; k2 < N(figures); k2++) {
				size_t l = strlen(figures[k2]);
				if (e - b >= l + 3 && memcmp(s + e - l, figures[k2], l) == 0)
					ev->person = true;
			}
		}
	}
	/* 富贵吉安, 子孙永昌, 四海升平福永宁: a set phrase of four or
	 * seven characters (a blessing, a couplet's line) that the
	 * name ends: the clause is just that, or an adjective or
	 * idiom the dictionary has glued before the name */
	if (start_ok && end_ok && x->off == a && b - a == 6 &&
	    (b >= n || !yd_seg_is_word_char(s, n, b))) {
		size_t p = a, c = 0;

		while (p >= 3 && c < 8 && ((unsigned char)s[p - 3] & 0xF0) == 0xE0 &&
		       yd_seg_is_word_char(s, n, p - 3)) {
			p -= 3;
			c++;
		}
		/* not 老家吉安, 户籍吉安, 我们吉安, 目前吉安, 湖南长沙;
		 * nor after a numeral or conjunction, which start no
		 * set phrase (一项北京、…, 去成都还是西安) */
		if ((c == 2 || c == 5) && ta > 0 && t[ta - 1].tag[0] &&
		    !strchr("vtjrdpumc", t[ta - 1].tag[0]) &&
		    !(t[ta - 1].len == 3 && yd_char_in(function_chars, s + t[ta - 1].off)) &&
		    strncmp(t[ta - 1].tag, "ns", 2) != 0 &&
		    !equals_any(s + t[ta - 1].off, t[ta - 1].len, before_words, N(before_words)) &&
		    !equals_any(s + t[ta - 1].off, t[ta - 1].len, origin_words, N(origin_words)) &&
		    !starts_any(s, n, t[ta - 1].off, after_words, N(after_words), NULL))
			ev->wish = true;
		if (ta > 0 && t[ta - 1].off + t[ta - 1].len == a && t[ta - 1].len == 6 &&
		    (t[ta - 1].tag[0] == 'a' || t[ta - 1].tag[0] == 'i' ||
		     strcmp(t[ta - 1].tag, "nr") == 0))
			ev->wish = true;
	}
	/* 主城九龙坡, 市区鼓楼: an area's noun in apposition says place */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    (t[ta - 1].flags & YD_TOK_DICT) && t[ta - 1].len >= 6 && t[ta - 1].tag[0] == 'n' &&
	    yd_char_in("城区县郊", s + t[ta - 1].off + t[ta - 1].len - 3) &&
	    !equals_any(s + t[ta - 1].off, t[ta - 1].len, compound_areas, N(compound_areas)))
		ev->before = ev->strong_before = true;
	/* 我闺女叫玉环: named */
	if (start_ok && x->off == a && ta > 0 &&
	    equals_any(s + t[ta - 1].off, t[ta - 1].len, naming, N(naming)))
		ev->person = true;
	/* 小金, 老李: 小/老/阿 and a surname call a person */
	if (b - a == 6 && yd_char_in("小老阿", s + a) && is_surname(d, s + a + 3))
		ev->person = true;
	ar->person_word = person_word;
}

/* The words before the name: where one is from (老家是X), a verb of
 * going, living or a preposition of place, what one does there (在长寿
 * 住院), a trip (去了一趟X); a side of a match (战胜了X); single
 * characters of a drug's name (安罗西平). */
static void words_before(const struct around *ar, struct place_evidence *ev)
{
	const char *s = ar->s;
	size_t n = ar->n, a = ar->a, b = ar->b, nt = ar->nt, ta = ar->ta, tb = ar->tb, i;
	const yd_token *t = ar->t, *x = ar->x;
	bool start_ok = ar->start_ok, end_ok = ar->end_ok;

	/* 老家是X, 我是X的: 是/在 after words of where one is from */
	if (start_ok && x->off == a && ta >= 2 &&
	    equals_any(s + t[ta - 1].off, t[ta - 1].len, linking, N(linking)) &&
	    equals_any(s + t[ta - 2].off, t[ta - 2].len, origin_words, N(origin_words))) {
		ev->before = true;
		/* 我在港口, 孩子在前进: a person at a spot; 是, or the
		 * records of where one belongs (户口在), say where from */
		ev->strong_before = !starts(s, n, t[ta - 1].off, "在") ||
			equals_any(s + t[ta - 2].off, t[ta - 2].len, record_words,
				   N(record_words)) ||
			/* …or the person lives or works there (我在龙口上班) */
			starts_any(s, n, b, activities, N(activities), NULL) ||
			starts_any(s, n, b, work_words, N(work_words), NULL);
	}
	/* 安罗西平, 玛莫西平: two or more single characters that are no
	 * function words glued before it are an unknown word it ends */
	if (start_ok && x->off == a) {
		size_t run = 0;

		/* the window's tokens are contiguous: walk back from it */
		for (i = ta; i-- > 0 && t[i].len == 3 && (t[i].flags & YD_TOK_HAN) &&
			     !yd_char_in(function_chars, s + t[i].off) &&
			     t[i].freq < COMMON_CHAR; )
			run++;
		if (run >= 2 || (run == 1 && yd_char_in(transliteration, s + t[ta - 1].off)))
			ev->glued = true;
	}
	/* 战胜了X, 对阵X: a team after a verb of a match */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a) {
		size_t v = ta - 1;

		if (t[v].len == 3 && memcmp(s + t[v].off, "了", 3) == 0 && v > 0 &&
		    t[v - 1].off + t[v - 1].len == t[v].off)
			v--;
		if (equals_any(s + t[v].off, t[v].len, match_verbs, N(match_verbs)))
			ev->org = true;
	}
	/* 去了X, 前去了X, 回到了X, 到过X, 去咗X */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    went_to(s, t, ta))
		ev->before = true;
	/* 转回X, 迁回X, 前去X: a verb of motion ending in 回 or 去 */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    t[ta - 1].len == 6 && (t[ta - 1].tag[0] == 'v' || !t[ta - 1].tag[0]) &&
	    yd_char_in("回去", s + t[ta - 1].off + 3))
		ev->before = true;
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    equals_any(s + t[ta - 1].off, t[ta - 1].len, residence_verbs, N(residence_verbs)))
		ev->before = ev->strong_before = true;
	/* the word before it */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    equals_any(s + t[ta - 1].off, t[ta - 1].len, before_words, N(before_words))) {
		ev->before = true;
		if (equals_any(s + t[ta - 1].off, t[ta - 1].len, strong_before_words,
			       N(strong_before_words)))
			ev->strong_before = true;
	}
	/* 在长寿住院, 天台住院, 去赤壁打工: the name, then what one
	 * does there (not 上班, said of any workplace: 去矿区上班;
	 * nor the activity modifying a noun glued after it: 新建住院
	 * 综合楼 is a building for it) */
	if (end_ok && tb + 1 < nt && t[tb + 1].off == b &&
	    equals_any(s + t[tb + 1].off, t[tb + 1].len, activities, N(activities)) &&
	    !starts(s, n, b, "上班") &&
	    !(tb + 2 < nt && t[tb + 2].off == t[tb + 1].off + t[tb + 1].len &&
	      (t[tb + 2].flags & YD_TOK_DICT) && t[tb + 2].len >= 6 &&
	      t[tb + 2].tag[0] == 'n' && strncmp(t[tb + 2].tag, "ns", 2) != 0) &&
	    /* 三台手术: a numeral and a measure word, counting */
	    !yd_char_in("一二三四五六七八九十两几", s + a))
		ev->strong_before = true;
	/* 去了一趟X: a trip goes to a place, not onto a roof */
	if (start_ok && x->off == a && ta > 0 && t[ta - 1].off + t[ta - 1].len == a &&
	    t[ta - 1].len >= 3 && memcmp(s + t[ta - 1].off + t[ta - 1].len - 3, "趟", 3) == 0)
		ev->before = ev->strong_before = true;
}

/* The name as a team's, sponsor's or company's: a trade word glued
 * after it, a side of a match (X对Y), an organisation's head noun after
 * up to three nouns or names (杭州宁波房地产集团, 长沙队). */
static void org_signs(const struct around *ar, struct place_evidence *ev)
{
	const char *s = ar->s;
	size_t n = ar->n, b = ar->b, nt = ar->nt, tb = ar->tb;
	const yd_token *t = ar->t;
	bool end_ok = ar->end_ok;
	const yd_token *z;

	/* X本钢, X稠州金租, X高新: a word glued after it that is no
	 * verb, function word, place word or word of what one does
	 * somewhere; in a text about teams or listed companies, a
	 * sponsor's or trade word of a team's or company's name
	 * (region-match.c decides) */
	if ((z = glued_after(ar, ev)) != NULL) {

		if ((z->flags & YD_TOK_HAN) && !yd_char_in(particles, s + z->off) &&
		    !(z->tag[0] && strchr("vpcufmqrtyeoxsz", z->tag[0]) && strcmp(z->tag, "vn") != 0) &&
		    strncmp(z->tag, "ns", 2) != 0 && !(z->tag[0] == 'd' && z->len < 6) &&
		    !yd_char_in(institution_ends, s + z->off + z->len - 3) &&
		    !starts_any(s, n, b, suffixes, N(suffixes), NULL) &&
		    !starts_any(s, n, b, after_words, N(after_words), NULL) &&
		    !starts_any(s, n, b, person_titles, N(person_titles), NULL) &&
		    !starts_any(s, n, z->off, activities, N(activities), NULL) &&
		    !yd_place_people_noun(s + z->off, z->len))
			ev->sponsor = true;
	}
	/* X对Y, X vs Y: in a text about teams, one side of a match */
	if (end_ok && (starts(s, n, b, "对") || starts(s, n, b, "VS") || starts(s, n, b, "vs") ||
		       starts(s, n, b, " VS") || starts(s, n, b, " vs") ||
		       starts_any(s, n, b, match_verbs, N(match_verbs), NULL)))
		ev->versus = true;
	/* 杭州宁波房地产集团, 长沙队: up to three nouns or names, then
	 * an organisation's head noun (after a word the name ends:
	 * 山东泰山 主场) */
	if (end_ok && ev->fit != FIT_SUFFIX) {
		size_t j, at = b;

		for (j = tb + 1; j < nt && j <= tb + 4 && t[j].off == at &&
			     (t[j].flags & YD_TOK_HAN); j++) {
			if (equals_any(s + t[j].off, t[j].len, org_heads, N(org_heads)) ||
			    org_head_at(s, n, t[j].off) ||
			    /* a brand's word before it, not 某 (上海某药店
			     * is a shop in 上海) */
			    (j > tb + 1 && !starts(s, n, t[j - 1].off, "某") &&
			     /* 在广州X药店: the shop's place */
			     !ev->before &&
			     starts_any(s, n, t[j].off, shop_heads, N(shop_heads), NULL))) {
				ev->org = true;
				break;
			}
			/* an unknown word is a brand's (上海申花俱乐部), and
			 * 某 stands for a name left out (南宁某医疗器械公司) */
			if ((!(t[j].flags & YD_TOK_DICT) && t[j].len >= 6) ||
			    (t[j].len == 3 && memcmp(s + t[j].off, "某", 3) == 0)) {
				at += t[j].len;
				continue;
			}
			if (equals_any(s + t[j].off, t[j].len, joint_words, N(joint_words))) {
				at += t[j].len;
				continue;
			}
			if (!(t[j].flags & YD_TOK_DICT) || t[j].len < 6 ||
			    !(t[j].tag[0] == 'n' || t[j].tag[0] == 'j' ||
			      /* a brand's adjective (X健康大药房) */
			      (t[j].tag[0] == 'a' && t[j].len >= 6) ||
			      strcmp(t[j].tag, "vn") == 0 ||
			      (t[j].tag[0] == 'v' && j > tb + 1)) ||
			    equals_any(s + t[j].off, t[j].len, activities, N(activities)) ||
			    starts_any(s, n, t[j].off, after_words, N(after_words), NULL))
				break;
			at += t[j].len;
		}
	}
}

/* The words after the name (the segmentation's or not): a team named
 * after its people (X人队), a company's seat in brackets, words of
 * insurance, residence, a site or a sight, a public body, a road's
 * stretch, a count of places, X的职工医保, X这家, a news item's
 * counted subject. */
static void words_after(const struct around *ar, struct place_evidence *ev)
{
	const yd_dict *d = ar->d;
	const char *s = ar->s;
	size_t n = ar->n, a = ar->a, b = ar->b, nt = ar->nt, ta = ar->ta, tb = ar->tb, k;
	const yd_token *t = ar->t;
	bool weak = ar->weak;

	/* X人队: a team named after the city's people (its X人 is no
	 * resident) */
	if (ev->fit == FIT_SUFFIX && starts(s, n, b, "人") && starts(s, n, b + 3, "队")) {
		ev->org = true;
		ev->after = false;
	}
	/* 某科技（上海）有限公司: a company's seat in brackets in its name */
	if ((starts(s, n, b, "）") || starts(s, n, b, ")")) &&
	    ((a >= 3 && memcmp(s + a - 3, "（", 3) == 0) || (a >= 1 && s[a - 1] == '(')) &&
	    (starts(s, n, b + (s[b] == ')' ? 1 : 3), "有限公司") ||
	     starts(s, n, b + (s[b] == ')' ? 1 : 3), "股份") ||
	     starts(s, n, b + (s[b] == ')' ? 1 : 3), "公司")))
		ev->org = true;
	if (starts_any(s, n, b, after_words, N(after_words), &k) &&
	    (!weak || ends_at_cut(t, nt, b + k, n))) {
		/* 新建的医院: 的 after a verb or adjective makes it a modifier */
		static const char *const admin_of[] = { "的医保", "的社保", "的户口", "的户籍" };
		/* (not a place's insurance or residence, which no verb's
		 * object is: 兴化的医保, 兴化 a verb to jieba) */
		bool modifier = weak && ta != (size_t)-1 && ta == tb && starts(s, n, b, "的") &&
				t[ta].tag[0] && strchr("vadbzm", t[ta].tag[0]) &&
				!starts_any(s, n, b, admin_of, N(admin_of), NULL);
		static const char *const firm[] = { "科技", "公司", "集团", "股份", "控股", "有限" };

		ev->site = starts_any(s, n, b, site_words, N(site_words), NULL);
		ev->sight = starts_any(s, n, b, sight_words, N(sight_words), NULL);
		/* (an ordinary word names a site as it names anything:
		 * 凤凰院区) */
		ev->after = !modifier && !(weak && ev->site) &&
			    /* 古城景区: no 古城区 */
			    !(ev->sight && equals_any(s + a, b - a, sight_words, N(sight_words)));
		/* X医保科技, X医保公司: the word of insurance is part of a
		 * firm's name (the firm's trade), not where X is insured */
		if (starts_any(s, n, b + k, firm, N(firm), NULL)) {
			ev->after = false;
			ev->org = true;
		}
	}
	if (!ev->after && starts_any(s, n, b, agencies, N(agencies), NULL) && opens_clause(s, a))
		ev->after = true;
	if (!ev->after && b >= a + 6 && yd_char_in("县市区旗盟", s + b - 3) &&
	    (starts_any(s, n, b, public_bodies, N(public_bodies), NULL) ||
	     starts_any(s, n, b, agencies, N(agencies), NULL)))
		ev->after = true;
	/* 连霍高速开封段: a road's stretch there */
	if (!ev->after && starts(s, n, b, "段") && ends_with_any(s, a, roads, N(roads)))
		ev->after = true;
	/* X + a sight's own name + 景区 (三亚天涯海角景区, 西双版纳野象谷
	 * 景区): the sight is there, as in X景区 */
	if (!ev->after && !weak) {
		size_t p = b, c;

		for (c = 0; c < 5 && p + 3 <= n && ((unsigned char)s[p] & 0xF0) == 0xE0 &&
			    yd_seg_is_word_char(s, n, p); c++) {
			if (c >= 2 && starts_any(s, n, p, sight_words, N(sight_words), NULL) &&
			    !starts_any(s, n, p, town_sights, N(town_sights), NULL)) {
				ev->after = ev->sight = true;
				break;
			}
			p += 3;
		}
	}
	/* 红安和麻城两个县, 长沙、株洲三市, 涵江、仙游两地, 苏州等地: a
	 * count of units or places after the names, or 等 closing their
	 * list, counts them as places */
	if (!ev->after && b + 3 < n && yd_char_in("两二三四五六七八九十几多等", s + b)) {
		size_t p = b + 3;

		if (starts(s, n, p, "个"))
			p += 3;
		if (p + 3 <= n && yd_char_in("县市区省州地", s + p))
			ev->after = true;
	}
	/* X的职工医保, X的城乡居民医保: 的, a kind of insured person of up to
	 * four characters, then insurance */
	if (!ev->after && starts(s, n, b, "的")) {
		static const char *const insurance[] = { "医保", "社保", "医疗保险", "新农合" };
		size_t p = b + 3, c;

		for (c = 0; c < 4 && p < n && yd_seg_is_word_char(s, n, p); c++) {
			/* not X的重疾险和医保: another thing, then 医保 */
			if (yd_char_in("和与及或跟险", s + p))
				break;
			p += char_len(s, n, p);
			if (starts_any(s, n, p, insurance, N(insurance), NULL)) {
				ev->after = true;
				break;
			}
		}
	}
	/* 无锡这家养老院, 佛山那家诊所: a name, then this (that) one
	 * establishment, points at a place of business there, as a review
	 * opens; not 这家伙 (this guy) or 这家人 (this family), nor an
	 * ordinary word's (平安这家保险公司: a firm) */
	if (!ev->after && !weak && ev->fit == FIT_WORD && !ev->person &&
	    (starts(s, n, b, "这家") || starts(s, n, b, "那家")) && b + 9 <= n &&
	    yd_seg_is_word_char(s, n, b + 6) && ((unsigned char)s[b + 6] & 0xF0) == 0xE0 &&
	    !yd_char_in("伙人子里", s + b + 6))
		ev->after = true;
	/* 柘城一男子, 某县两名村民: a news item's subject, counted, from
	 * the place; X的宝妈们: its people (not an ordinary word's: 平安的客户) */
	if (!ev->after && ev->fit == FIT_WORD && !ev->person) {
		size_t p = b;

		if (p + 3 <= n && yd_char_in("一两二三四五六七八九十几多数", s + p)) {
			p += 3;
			if (p + 3 <= n && yd_char_in("名位个", s + p))
				p += 3;
		} else if (!weak && starts(s, n, p, "的")) {
			p += 3;
		} else {
			p = 0;
		}
		if (p) {
			size_t e = p, c = 0;

			while (e < n && c < 3 && yd_seg_is_word_char(s, n, e) &&
			       ((unsigned char)s[e] & 0xF0) == 0xE0 && !starts(s, n, e, "们")) {
				e += 3;
				c++;
				if (c >= 2 && (yd_char_in(people_ends, s + e - 3) || yd_char_in(people_heads, s + e - 3)) &&
				    (e >= n || !yd_seg_is_word_char(s, n, e) || starts(s, n, e, "们") ||
				     !yd_char_in(people_ends, s + e)))
					break;
			}
			if (c >= 2 && c <= 3 && e > p &&
			    (yd_char_in(people_ends, s + e - 3) || yd_char_in(people_heads, s + e - 3)) &&
			    (yd_dict_lookup(d, s + p, e - p, NULL) || starts(s, n, e, "们")))
				ev->after = true;
		}
	}
}

/* After the name: 人 as a word of its own (安康人), a city's or any
 * hospital, a person's title after a given name (张桂林医生). */
static void person_or_hospital_after(const struct around *ar, struct place_evidence *ev)
{
	const char *s = ar->s;
	size_t n = ar->n, a = ar->a, b = ar->b, k;
	bool person_word = ar->person_word;

	/* X人 where 人 is a word of its own (安康人; not 东方人, one word) */
	if (ev->fit == FIT_WORD && starts(s, n, b, "人") &&
	    !(b + 3 < n && yd_seg_is_word_char(s, n, b + 3) &&
	      (starts(s, n, b + 3, "员") || starts(s, n, b + 3, "群") || starts(s, n, b + 3, "家"))))
		ev->after = true;
	ev->civic = civic_at(s, n, b);
	ev->hospital = ev->civic || hospital_at(s, n, b);
	/* 中山医院, 安定医院: a hospital named after the word, not the place
	 * (unless a region containing it comes first: 南京鼓楼医院; decided
	 * in region-match.c) */
	ev->direct_hospital = starts(s, n, b, "医院");
	/* 张桂林医生; 于洪主任, 马龙医生 (a given name the dictionary knows
	 * as a person's: tagged nr) */
	if (b - a == 6 && (surname_before(s, a) || person_word) &&
	    starts_any(s, n, b, person_titles, N(person_titles), &k))
		ev->own_name = true;
}

void yd_place_evidence(struct yd_seg_window *win, const yd_dict *d, const char *s,
		       size_t n, size_t a, size_t b, bool weak, struct place_evidence *ev)
{
	struct around c = { .d = d, .s = s, .n = n, .a = a, .b = b, .weak = weak,
			    .ta = (size_t)-1, .tb = (size_t)-1 };
	size_t i;

	c.t = yd_seg_window_at(win, d, s, n, a, b, &c.nt);
	memset(ev, 0, sizeof *ev);
	ev->fit = FIT_WORD;
	for (i = 0; i < c.nt; i++) {
		if (c.t[i].off <= a && a < c.t[i].off + c.t[i].len)
			c.ta = i;
		if (c.t[i].off < b && b <= c.t[i].off + c.t[i].len)
			c.tb = i;
	}
	if (c.ta != (size_t)-1 && c.tb != (size_t)-1) {
		c.x = &c.t[c.ta];
		c.y = &c.t[c.tb];
		c.start_ok = c.x->off == a;
		c.end_ok = c.y->off + c.y->len == b;
		ev->split = c.ta != c.tb;
		word_fit(&c, ev);
		things_after(&c, ev);
		other_readings(&c, ev);
		person_signs(&c, ev);
		words_before(&c, ev);
		org_signs(&c, ev);
	}
	words_after(&c, ev);
	person_or_hospital_after(&c, ev);
}

/* True if s[a..b) is exactly one of marks[0..n), spaces aside. */
static bool one_mark_between(const char *s, size_t a, size_t b,
			     const char *const *marks, size_t n)
{
	size_t i, k, seen = 0;

	for (i = a; i < b; ) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		for (k = 0; k < n; k++)
			if (starts(s, b, i, marks[k]))
				break;
		if (k == n || seen++)
			return false;
		i += strlen(marks[k]);
	}
	return seen == 1;
}

bool yd_place_listed(const char *s, size_t a, size_t b)
{
	static const char *const seps[] = { "、", "，", ",", "和", "与", "及", "或", "跟", "/" };

	return one_mark_between(s, a, b, seps, N(seps));
}

/* 南宁-三亚, 济南→太原: one mark of a route or range alone between two
 * names joins two places, as a flight, a bus line or a parcel's track
 * names them; so does a verb of travel between them (海口飞兰州, 从中山到
 * 珠海, 成都开往重庆). */
bool yd_place_route(const char *s, size_t a, size_t b)
{
	static const char *const marks[] = {
		"-", "－", "—", "→", "->", "~", "～", "至",
		"飞", "飞往", "直飞", "到", "开往", "去",
		/* a means of travel, then 去/到 (坐车去, 开车到, 坐高铁去) */
		"坐车去", "坐车到", "开车去", "开车到", "打车去", "打车到", "乘车去", "乘车到",
		"坐高铁去", "坐高铁到", "坐动车去", "坐动车到", "坐飞机去", "坐飞机到",
		"坐大巴去", "坐大巴到", "坐船去", "坐船到",
	};

	return one_mark_between(s, a, b, marks, N(marks));
}

/* 【临沂分拨中心】, 【兰州中转场】: a label in square brackets that opens
 * with the name at s[a..b) and ends with the noun of a facility (中心,
 * 场, 站) within a few characters is a depot, hub or station there, as
 * parcel tracks and notices write them. */
bool yd_place_facility_label(const char *s, size_t n, size_t a, size_t b)
{
	size_t p = b, c;

	if (a < 3 || memcmp(s + a - 3, "【", 3) != 0)
		return false;
	for (c = 0; c < 6 && p + 3 <= n && ((unsigned char)s[p] & 0xF0) == 0xE0; c++, p += 3)
		if (starts(s, n, p, "】"))
			return c > 0 && yd_char_in("心场站", s + p - 3);
	return false;
}

bool yd_place_glued_before(const char *s, size_t a)
{
	return a >= 3 && ((unsigned char)s[a - 3] & 0xF0) == 0xE0 &&
	       yd_seg_is_word_char(s, a, a - 3) && !yd_char_in(function_chars, s + a - 3);
}
