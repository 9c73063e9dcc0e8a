/* Text encodings of inputs: declared or detected, decoded with iconv.
 * See yidu/encoding.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

#include "yidu/encoding.h"
#include "search-internal.h"   /* yd_hanzi_fold, yd_is_han */
#include "util.h"
#include "decode-piece.h"

/* How far into a file a markup declaration is looked for. Browsers stop at
 * 1024 bytes; Chinese portals often put the <meta> after long scripts. */
#define SNIFF_BYTES 8192

static const struct { const char *label, *name; } labels[] = {
	{ "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
	/* a page that says UTF-16 in an 8-bit <meta> is not UTF-16 */
	{ "utf-16", "UTF-8" }, { "utf-16le", "UTF-8" }, { "utf-16be", "UTF-8" },
	/* GB2312 and GBK declarations routinely cover GBK-only characters:
	 * GB18030 is their superset. */
	{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "gb18030", "GB18030" },
	{ "x-gbk", "GB18030" }, { "gb_2312-80", "GB18030" }, { "gb_2312", "GB18030" },
	{ "csgb2312", "GB18030" }, { "euc-cn", "GB18030" }, { "cp936", "GB18030" },
	{ "ms936", "GB18030" }, { "windows-936", "GB18030" }, { "chinese", "GB18030" },
	{ "iso-ir-58", "GB18030" }, { "csiso58gb231280", "GB18030" }, { "x-euc-cn", "GB18030" },
	/* Big5 with the Hong Kong supplement, a superset of plain Big5 */
	{ "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" }, { "cn-big5", "BIG5-HKSCS" },
	{ "x-x-big5", "BIG5-HKSCS" }, { "csbig5", "BIG5-HKSCS" }, { "cp950", "BIG5-HKSCS" },
	{ "x-big5", "BIG5-HKSCS" },
	/* as browsers do: Latin-1 and ASCII labels mean windows-1252 */
	{ "iso-8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
	{ "iso8859-1", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" },
	{ "ascii", "WINDOWS-1252" }, { "windows-1252", "WINDOWS-1252" },
	{ "cp1252", "WINDOWS-1252" },
	{ "shift_jis", "SHIFT_JIS" }, { "sjis", "SHIFT_JIS" }, { "euc-jp", "EUC-JP" },
	{ "euc-kr", "EUC-KR" }, { "iso-8859-15", "ISO-8859-15" },
	{ "koi8-r", "KOI8-R" }, { "windows-1251", "WINDOWS-1251" },
};

const char *yd_charset_canonical(const char *label, size_t n)
{
	char low[40];
	size_t k = 0;
	while (n > 0 && (*label == ' ' || *label == '"' || *label == '\''))
		label++, n--;
	while (n > 0 && (label[n - 1] == ' ' || label[n - 1] == '"' || label[n - 1] == '\''))
		n--;
	if (n == 0 || n >= sizeof low)
		return NULL;
	for (; k < n; k++)
		low[k] = (char)((label[k] >= 'A' && label[k] <= 'Z') ? label[k] + 32 : label[k]);
	low[k] = '\0';
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (strcmp(low, labels[i].label) == 0)
			return labels[i].name;
	return NULL;
}

static bool name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		c == '-' || c == '_' || c == '.' || c == ':';
}

/* Inside a tag: a '<' before pos with no '>' between. */
static bool in_tag(const char *buf, size_t pos)
{
	for (size_t i = pos; i-- > 0;) {
		if (buf[i] == '>')
			return false;
		if (buf[i] == '<')
			return true;
	}
	return false;
}

static bool sniff_key(const char *buf, size_t n, const char *key, char *out, size_t outsz)
{
	size_t kn = strlen(key);
	for (size_t i = 0; i + kn < n; i++) {
		if (strncasecmp(buf + i, key, kn) != 0 || !in_tag(buf, i))
			continue;
		size_t j = i + kn;
		while (j < n && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\n' || buf[j] == '\r'))
			j++;
		if (j >= n || buf[j] != '=')
			continue;
		j++;
		while (j < n && (buf[j] == ' ' || buf[j] == '"' || buf[j] == '\''))
			j++;
		size_t s = j;
		while (j < n && name_char(buf[j]))
			j++;
		if (j > s && j - s < outsz) {
			memcpy(out, buf + s, j - s);
			out[j - s] = '\0';
			return true;
		}
	}
	return false;
}

bool yd_charset_sniff(const char *buf, size_t n, char *out, size_t outsz)
{
	if (n > SNIFF_BYTES)
		n = SNIFF_BYTES;
	return sniff_key(buf, n, "charset", out, outsz) ||
		sniff_key(buf, n, "encoding", out, outsz);
}

static size_t line_of(const char *buf, size_t off)
{
	size_t line = 1;
	for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + off - p))) != NULL; p++)
		line++;
	return line;
}

/* The most frequent Chinese characters (simplified; traditional ones are
 * folded first). Text decoded with the wrong one of GB18030 and Big5 turns
 * into rare characters, so the share of these tells the two apart. */
static const char common_chars[] =
	"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子"
	"那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起"
	"看定天分还进好小部其些主样理心她本前开但因只从想实日者意无力它与长把机十民第"
	"公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应向头文体政美相见"
	"被利什二等产或新己制身果加西月话合回特代内信表化老给世位次度门任常先海通教儿"
	"原东声提立及比员解水名真论处走义各入几口认条平系气题活更别打女变四神总何电数"
	"安少报才结反受目太量再感建务做接必场件计管期市直资命山金指许统区保至队形社便"
	"空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住"
	"告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑改"
	"收根干造言联持组每济车亲极林服快办议往元证近失转夫令准布始怎存未远叫台单影具"
	"字爱击流备连调深商算质团集百需价花华城石级整府离况请技际约示复病息究线似官火"
	"断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧李"
	"标谈吃图念六引历首医局专费号另周较注语仅考落青随选列红响虽推势参众构房半节土"
	"投某案黑维划致律足态护七兴派孩验责营星够章音跟志底站严例防族供效续施留讲型料"
	"终答紧黄绝察母京段依批群项故按河米围江织害斗双境客纪采举父密低朝友诉止细愿千"
	"值仍男钱破网热助倒育属坐限船职速刻乐否刚毛状率甚独球般普怕校苦创假久错承印晚"
	"试股拿脑预谁益阳若哪微继送急血伤素药适波夜省初喜卫源食险待述陆习置居劳财环排"
	"福纳欢获模充负停木游疑层冷射略范竟句室异激村策演简卡罪判担州静退既衣您宗积余"
	"痛检差富灵协角占配征修皮胜降阶审坚善妈读超免压银买养怀执副乱抗犯追帮宣岁航优"
	"香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒托央户烈洋索款靠评版宝座释景顾弟"
	"登货互付慢换闻危忙核暗介坏讨良序升监临露永呼味野架域沙掉括误减编楚肯测败屋跑"
	"梦散温困渐封救贵缺楼县尚移朋画班智亦耳短掌恐遗固席松秘谢遇康虑均销钟藏剧票损"
	"旧端探湖录春乡附吸予礼港雨板庭妇归饭额含顺输招婚脱补督毒油疗旅材逐莫笔词择寻"
	"厂睡博烟授健堂旁借禁阴园避抓荣孙逃顶镇练迫篇肉馆遍础洞卷牛宁纸诸训私祖翻暴访"
	"弱歌店软典欲伙盘爸扩盖稳忘亿刺替途侵刑绿兄套贸毕唯轮库迹竞街促延震弃麻申缓潜"
	"售针络抵抱植纯夏页筑折贝秀混盛怒舞圆措姓残秋培迷诚宽摆毁伸盟末乃拍丁硬操阻订"
	"彩抽赞违妹汇币丰蓝殊献桌距裁偏符勇触课敬哭懂墙召罚厅巧侧冒债融惯享童乘挂奖绍"
	"厚纵障讯涉彻刊丈爆役描洗患妙镜唱烦签彼症仿倾牌陷菜闭奋庆撤泪茶疾缘播朗奶季尾"
	"仪偷宜桥淡恨繁寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕珍映裂泰隔启尖忠累炎暂估泛荒偿"
	"横拒瑞孤鼻闹羊厉衡胞零穷舍码婆洪腿胆津俗辩胸晓劲贫仁偶辑邦恢赖圈摸仰润堆碰稍"
	"迟辆废净凶署壁御奉旋冬抬蛋晨伏吹鸡倍秦盾杯租骑乏隆诊摄丧污渡甘耐凭扎抢绪粗肩"
	"梁幻皆碎叔岩荡综爬荷悉返井壮薄悄扫敏碍殖详矛允幅撒剩颗赏液番箱贴漫酸腰舒眉忧"
	"浮辛恋餐吓挺励辞键伍峰尺昨辈贯侦滑券崇扰宪绕趋慈阅汗枝拖墨插腊粉泥氏拔骗慧媒"
	"佩扑龄驱惜豪掩兼跃肃频磨递撞拟滚巡颜剂绩贡疯坡截燃焦殿伪锁逼颇劝呈搜勤戒驾饮"
	"柔孟腐幼践籍牧凉佳浓芳稿竹腹跌垂遵脉貌柏猜惑陶帐饰贷昌叙躺钢沟寄扶铺寿惧询汤"
	"肥尝辉奈扣澳董迁凝慰脏幽鞋丢埋泉涌辖躲紫艰吐鉴械咬邻挤弯椅陪割揭悟聪雾锋梯祥"
	"医保险报销住院门诊费用药品疗参合缴账户异地就备案社会办理申领卡生育工伤失业养"
	"老年金额度比例起付线封顶统筹个人城乡居民职慢特病定点机构零售药店";

static bool is_common(uint32_t c)
{
	static uint32_t *set;
	static size_t nset;
	if (!set) {
		/* decoded once; duplicates are harmless */
		size_t n = sizeof common_chars - 1, k = 0;
		uint32_t *v = yd_pu_xmalloc(n / 3 * sizeof *v);
		for (size_t i = 0; i < n;) {
			ucs4_t uc;
			int w = u8_mbtoucr(&uc, (const uint8_t *)common_chars + i, n - i);
			if (w <= 0)
				break;
			v[k++] = uc;
			i += (size_t)w;
		}
		for (size_t i = 1; i < k; i++)   /* insertion sort: small, once */
			for (size_t j = i; j > 0 && v[j - 1] > v[j]; j--) {
				uint32_t t = v[j]; v[j] = v[j - 1]; v[j - 1] = t;
			}
		nset = k;
		set = v;
	}
	size_t lo = 0, hi = nset;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (set[mid] == c)
			return true;
		if (set[mid] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* How plausible decoded text is as Chinese or Latin text, over its
 * non-ASCII characters: common Han characters and CJK punctuation count
 * for it; rare Han, private use, replacement characters and stray Latin-1
 * letters count against it. */
static double plausibility(const char *s, size_t n)
{
	long good = 0, bad = 0, total = 0;
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		int k = u8_mbtoucr(&uc, (const uint8_t *)s + i, n - i);
		i += k > 0 ? (size_t)k : 1;
		if (k <= 0 || uc < 0x80)
			continue;
		total++;
		if (uc == 0xFFFD)
			bad += 4;
		else if (yd_is_han(uc) && is_common(yd_hanzi_fold(uc)))
			good++;
		else if (yd_is_han(uc))
			bad++;
		else if ((uc >= 0x3000 && uc <= 0x303F) || (uc >= 0xFF00 && uc <= 0xFFEF) ||
			 (uc >= 0x2010 && uc <= 0x2027))
			good++;
		else if ((uc >= 0xE000 && uc <= 0xF8FF) || (uc >= 0x80 && uc <= 0x9F))
			bad += 2;
	}
	return total ? (double)(good - bad) / (double)total : 0.0;
}

static bool has_nul(const char *s, size_t n)
{
	return memchr(s, '\0', n) != NULL;
}

/* Binary data rather than text: NUL bytes, or many C0 controls. */
static bool not_text(const char *s, size_t n)
{
	if (has_nul(s, n))
		return true;
	size_t ctl = 0, lim = n < 65536 ? n : 65536;
	for (size_t i = 0; i < lim; i++) {
		unsigned char c = (unsigned char)s[i];
		ctl += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B;
	}
	return ctl * 20 > lim;
}

typedef struct attempt {
	yd_buf b;
	size_t bad, first;
	const char *enc;
} attempt;

static int attempt_run(attempt *a, const char *enc, const char *s, size_t n)
{
	memset(a, 0, sizeof *a);
	a->enc = enc;
	yd_piece_dec d;
	if (yd_piece_open(&d, enc) != 0)
		return -1;
	yd_piece_decode(&d, s, n, true, &a->b);
	yd_piece_close(&d);
	a->bad = d.bad;
	a->first = d.first_at;
	return 0;
}

static size_t count_multibyte(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) == 0xC0;
	return k;
}

static size_t count_high(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += (unsigned char)s[i] >= 0x80;
	return k;
}

/* No usable declaration: UTF-8 if it mostly is, else the better of
 * GB18030 and Big5. */
static void detect(const char *s, size_t n, attempt *best)
{
	attempt_run(best, "UTF-8", s, n);
	size_t seqs = count_multibyte(s, n);
	/* valid, or a few damaged bytes in plenty of valid sequences */
	if (best->bad == 0 || best->bad * 20 <= seqs)
		return;
	attempt gb, big5;
	attempt_run(&gb, "GB18030", s, n);
	double pg = plausibility(gb.b.s, gb.b.len);
	if (attempt_run(&big5, "BIG5-HKSCS", s, n) == 0) {
		double pb = plausibility(big5.b.s, big5.b.len);
		if (pb > pg) {
			yd_buf_free(&gb.b);
			gb = big5;
		} else {
			yd_buf_free(&big5.b);
		}
	}
	yd_buf_free(&best->b);
	*best = gb;
}

int yd_decode(const char *buf, size_t n, const char *declared, int flags,
	      yd_decoded *out, yd_error *err)
{
	memset(out, 0, sizeof *out);
	const unsigned char *u = (const unsigned char *)buf;
	attempt a;
	size_t skip = 0;
	const char *enc = NULL;

	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		enc = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		skip = 2;
		out->how = "BOM";
	} else if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		enc = "UTF-8";
		skip = 3;
		out->how = "BOM";
	}
	if (!enc && not_text(buf, n))
		return yd_error_set(err, YD_EFORMAT, "not text (binary data)");
	if (!enc && declared && *declared) {
		snprintf(out->declared, sizeof out->declared, "%s", declared);
		enc = yd_charset_canonical(declared, strlen(declared));
		out->how = "declared";
	}
	if (!enc && (flags & YD_DECODE_MARKUP) &&
	    yd_charset_sniff(buf, n, out->declared, sizeof out->declared)) {
		enc = yd_charset_canonical(out->declared, strlen(out->declared));
		out->how = "declared";
	}
	buf += skip;
	n -= skip;
	if (enc && out->how && strcmp(out->how, "declared") == 0) {
		/* A declaration is checked against the bytes: long valid UTF-8
		 * under a GB or Latin label is UTF-8 (a template copied
		 * between sites); a UTF-8 label over bytes that are not
		 * UTF-8 is detected instead. */
		bool valid8 = u8_check((const uint8_t *)buf, n) == NULL;
		if (strcmp(enc, "UTF-8") != 0 && valid8 && count_multibyte(buf, n) >= 8) {
			enc = "UTF-8";
			out->overrode = true;
		} else if (strcmp(enc, "UTF-8") == 0 && !valid8) {
			detect(buf, n, &a);
			if (strcmp(a.enc, "UTF-8") != 0)
				out->overrode = true;
			goto done;
		}
	}
	if (!enc) {
		detect(buf, n, &a);
		out->how = out->declared[0] ? "detected (unknown declaration)" : "detected";
		goto done;
	}
	if (attempt_run(&a, enc, buf, n) != 0) {
		detect(buf, n, &a);
		out->how = "detected (unknown declaration)";
		goto done;
	}
	if (!out->overrode && strcmp(out->how, "declared") == 0 && strcmp(enc, "UTF-8") != 0 &&
	    a.bad * 50 > count_high(buf, n) / 2 + 1) {
		/* more than one character in fifty fails: the declaration is
		 * wrong; detection decides if it reads better */
		attempt d;
		detect(buf, n, &d);
		if (d.bad < a.bad && plausibility(d.b.s, d.b.len) > plausibility(a.b.s, a.b.len)) {
			yd_buf_free(&a.b);
			a = d;
			out->overrode = true;
		} else {
			yd_buf_free(&d.b);
		}
	}
done:
	out->encoding = a.enc;
	out->replaced = a.bad;
	out->first_bad_line = a.bad ? line_of(a.b.s, a.first) : 0;
	if (!a.b.s)
		yd_buf_add(&a.b, "", 0);
	out->len = a.b.len;
	out->text = yd_buf_take(&a.b);
	if (!out->how)
		out->how = "detected";
	return 0;
}

void yd_decoded_free(yd_decoded *d)
{
	free(d->text);
	d->text = NULL;
}
