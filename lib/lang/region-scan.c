#define _GNU_SOURCE   /* memmem */
/* Step 1 of finding regions, the scan: at each character, the aliases
 * that start there, longest first; the first one the text uses as a
 * name is taken as a mention and the scan goes on after it. Here are the
 * tests of the words around a name that make it part of something
 * else's name (a university, a road, a firm, a title or a handle) or a
 * place, and scan() itself, which records the names it refuses, and why,
 * beside those it keeps. */
#include <ctype.h>
#include <string.h>
#include "gazetteer-impl.h"
#include "region-context.h"
#include "region-dateline.h"
#include "region-latin.h"
#include "region-abbrev.h"
#include "region-match-impl.h"

/* Words that, right after a short form, show it is part of the name of
 * something else (a university, a road, a company). */
static const char *const deny_after[] = {
	"路", "大道", "大街", "街道", "公园",
	"广场", "大厦", "集团", "公司", "股份", "保险", "银行", "证券", "人寿",
	"财险", "基金", "信托", "日报", "晚报", "卫视", "电视台", "机场",
	"啤酒", "花园", "小区",
	"系",   /* a group named after a place: 莆田系 (hospitals) */
	"之星", /* a brand, hotel or award: X之星 */
	/* a unit of an earlier age: 黄州府, 丹阳郡 */
	"府", "郡",
	/* a road named after a place, with its section: 解放东路 */
	"东路", "西路", "南路", "北路", "中路", "东街", "西街", "南街", "北街",
	"东大街", "西大街", "南大街", "北大街",
};

/* A street named after a place, in an address: a numbered section
 * (中山二路, 解放三街; 一路 only before a house number, as 一路 is also
 * "all the way") or 街 then a house number or no word of 街 (青龙街82号,
 * not 广州街头). A ring road (二环路) is the city's own. */
static bool street_after(const yd_gazetteer *g, const char *s, size_t n, size_t end)
{
	static const char numerals[] = "一二三四五六七八九十";
	size_t i;

	for (i = 0; i + 3 <= sizeof numerals - 1; i += 3)
		if (end + 6 <= n && memcmp(s + end, numerals + i, 3) == 0 &&
		    (memcmp(s + end + 3, "路", 3) == 0 || memcmp(s + end + 3, "街", 3) == 0))
			return i > 0 || (end + 6 < n && s[end + 6] >= '0' && s[end + 6] <= '9');
	/* 街, and 道 as Tianjin and Hong Kong name their streets (成都道,
	 * 弥敦道): not where it starts a word (道歉, 道路, 道理) */
	if (!(end + 3 <= n && (memcmp(s + end, "街", 3) == 0 || memcmp(s + end, "道", 3) == 0)))
		return false;
	{
		const yd_ws_entry *e[1];

		/* …nor where a region's name starts there (永州道县) */
		if (yd_ws_at(g->scan, s, n, end, e, 1) > 0)
			return false;
	}
	if (end + 3 < n && s[end + 3] >= '0' && s[end + 3] <= '9')
		return true;
	return !(end + 6 <= n && yd_dict_lookup(g->dict, s + end, 6, NULL));
}

/* 金华镇, 官渡乡: a town or township named like a region (剑川县金华镇)
 * is that town, not the region. Not where 镇 or 乡 starts a word of the
 * dictionary (镇痛, 镇江, 镇上, 乡镇, 乡下): the name stands alone there. */
static bool town_after(const yd_gazetteer *g, const char *s, size_t n, size_t end)
{
	size_t k;

	yd_word w;

	if (!(end + 3 <= n && (memcmp(s + end, "镇", 3) == 0 || memcmp(s + end, "乡", 3) == 0)))
		return false;
	/* (a place's name there, 镇海 in 铜陵镇海鲜, is no word of 镇) */
	for (k = 6; k <= 12 && end + k <= n; k += 3)
		if (yd_dict_lookup(g->dict, s + end, k, &w) && strncmp(w.tag, "ns", 2) != 0)
			return false;
	return true;
}

/* A form's field for a person (患者：许昌华，女): the value is a person's
 * name, whatever place's name it starts with, where one or two more
 * characters follow it up to a mark. */
static bool person_field(const char *s, size_t n, size_t pos, size_t end)
{
	static const char *const labels[] = {
		"姓名", "患者", "病人", "就诊人", "联系人", "申请人", "参保人", "被保险人",
		"投保人", "家属", "代表", "主治医师", "医生", "送养人", "被送养人", "失踪人",
		"寻找人", "监护人", "经办人",
	};
	size_t i, p = pos, c = 0;

	if (p >= 3 && (memcmp(s + p - 3, "：", 3) == 0))
		p -= 3;
	else if (p >= 1 && s[p - 1] == ':')
		p -= 1;
	else
		return false;
	for (i = 0; i < sizeof labels / sizeof *labels; i++) {
		size_t k = strlen(labels[i]);

		if (p >= k && memcmp(s + p - k, labels[i], k) == 0)
			break;
	}
	if (i == sizeof labels / sizeof *labels)
		return false;
	for (p = end; c < 3 && p + 3 <= n && (unsigned char)s[p] >= 0xE4 &&
	     (unsigned char)s[p] <= 0xE9; p += 3)
		c++;
	return c >= 1 && c <= 2 && (p >= n || !((unsigned char)s[p] >= 0xE4 &&
						(unsigned char)s[p] <= 0xE9));
}

/* “大连海鲜”, 「东北人家」: a name that opens a short quoted name with
 * more characters after it is the quoted thing's (a shop's, a brand's,
 * a slogan's); a quoted name alone (“湘西”) is the name. */
static bool quoted_name(const char *s, size_t n, size_t pos, size_t end)
{
	static const char *const pairs[][2] = { { "“", "”" }, { "「", "」" }, { "『", "』" } };
	size_t i, p, c;

	for (i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		if (pos < 3 || memcmp(s + pos - 3, pairs[i][0], 3) != 0)
			continue;
		for (p = end, c = 0; c <= 6 && p + 3 <= n; c++, p += 3) {
			if (memcmp(s + p, pairs[i][1], 3) == 0)
				return c > 0;
			if (((unsigned char)s[p] & 0xF0) != 0xE0 || !yd_seg_is_word_char(s, n, p))
				return false;
		}
	}
	return false;
}

/* A name alone in quotation marks (“安定”): a word being spoken of, a
 * drug's or a slogan's, where the name is an ordinary word too. */
static bool quoted_alone(const char *s, size_t n, size_t pos, size_t end)
{
	static const char *const pairs[][2] = { { "“", "”" }, { "「", "」" }, { "『", "』" },
						 { "‘", "’" } };
	size_t i;

	for (i = 0; i < sizeof pairs / sizeof *pairs; i++)
		if (pos >= 3 && memcmp(s + pos - 3, pairs[i][0], 3) == 0 &&
		    end + 3 <= n && memcmp(s + end, pairs[i][1], 3) == 0)
			return true;
	return false;
}

/* Position words after a noun: 边上, 附近 (运河边上). */
static const char *const positions[] = {
	"边", "旁", "附近", "对面", "脚下", "底下", "上面", "下面", "里面", "跟前", "一侧",
};

/* …unless they start these words: 深圳系统 is 深圳's system. */
static const char *const deny_after_not[] = { "系统", "系列" };

static bool followed_by(const char *s, size_t n, size_t pos,
			const char *const *words, size_t nwords)
{
	size_t i;

	for (i = 0; i < nwords; i++) {
		size_t k = strlen(words[i]);
		if (k <= n - pos && memcmp(s + pos, words[i], k) == 0)
			return true;
	}
	return false;
}

/* 叫“白银”, 取名叫永康: a name given by a verb of naming (a pet's, a
 * person's, a product's), unless a place is what is named (一个叫X的地方,
 * 叫X的小镇). */
static bool named_by(const char *s, size_t n, size_t pos, size_t end)
{
	static const char *const opening[] = { "“", "「", "‘", "\"" };
	static const char *const closing[] = { "”", "」", "’", "\"" };
	static const char *const places[] = { "的地方", "的小镇", "的镇", "的村", "的县",
					      "的城市", "的小城", "的地区" };
	size_t i, p = pos, q = end;

	for (i = 0; i < sizeof opening / sizeof *opening; i++) {
		size_t l = strlen(opening[i]);
		if (p >= l && memcmp(s + p - l, opening[i], l) == 0) {
			p -= l;
			if (followed_by(s, n, q, &closing[i], 1))
				q += strlen(closing[i]);
			break;
		}
	}
	if (p < 3 || memcmp(s + p - 3, "叫", 3) != 0)
		return false;
	return !followed_by(s, n, q, places, sizeof places / sizeof *places);
}

/* A village's name starting at end's name: up to two Han characters
 * more, then 村 (黄石 + 口村). */
static bool village_after(const char *s, size_t n, size_t end)
{
	size_t k;

	static const char *const not_names[] = { "县", "市", "区", "农村", "乡村" };

	if (followed_by(s, n, end, not_names, sizeof not_names / sizeof *not_names))
		return false;
	for (k = 0; k <= 2; k++) {
		size_t at = end + 3 * k;

		if (at + 3 <= n && memcmp(s + at, "村", 3) == 0)
			return true;
		if (at + 3 > n || (unsigned char)s[at] < 0xE4 || (unsigned char)s[at] > 0xE9)
			return false;
	}
	return false;
}

static bool is_short(const struct alias_group *gr)
{
	return gr->best >= KIND_SHORT;
}

/* A unit character right after a bare name (市, 县, 区, 州) makes with it
 * a name of some region (玉林 + 市, 大理 + 州), or else it starts a
 * generic name of its own: 比如市人民医院 is "for example, the city's
 * people's hospital", the city named earlier, and 比如 (a county) is not
 * the hospital's place. True if there is no such character. */
static bool unit_joins(const yd_gazetteer *g, const char *s, size_t n, size_t pos,
		       size_t end)
{
	static const char *const units[] = { "市", "县", "区", "州" };
	const yd_ws_entry *e[16];
	size_t ne, i;

	if (!followed_by(s, n, end, units, sizeof units / sizeof *units))
		return true;
	ne = yd_ws_at(g->scan, s, n, pos, e, 16);
	for (i = 0; i < ne; i++)
		if (e[i]->len == end - pos + 3)
			return true;
	return false;
}

/* Records a refused candidate (for the explanation) while they fill at
 * most half the room, which stays for the names kept. */
static void refuse(struct mention *m, size_t *nm, size_t start, size_t end,
		   uint32_t group, unsigned why, size_t woff, size_t wlen)
{
	if (*nm >= MAX_MENTIONS / 2)
		return;
	m[*nm] = (struct mention){ .start = start, .end = end, .group = group, .why = why,
				   .dead = true, .word_off = woff, .word_len = wlen };
	(*nm)++;
}

/* True if s[a..b) is a sequence of region names with at most a place
 * suffix after them: 广西南宁, 辽宁大连 (words of the dictionary). */
static bool names_only(const yd_gazetteer *g, const char *s, size_t a, size_t b)
{
	static const char *const suffixes[] = { "市", "县", "区", "省", "州", "人" };
	int parts = 0;

	while (a < b) {
		const yd_ws_entry *e[8];
		size_t ne = yd_ws_at(g->scan, s, b, a, e, 8), i, k;

		for (i = 0; i < ne && i < 8; i++)
			if (!(g->groups[e[i]->value].flags & (GROUP_BLOCK | GROUP_WEAK)))
				break;
		if (i < ne && i < 8) {
			a += e[i]->len;
			parts++;
			continue;
		}
		for (k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
			if (strlen(suffixes[k]) == b - a && memcmp(s + a, suffixes[k], b - a) == 0)
				return parts > 0;
		return false;
	}
	return parts > 1;
}

/* True if s[..end) ends with the head of a zone's or a sight's name: a
 * word that a region's name starts and that ends so is a part of that
 * region (苏州工业园区, 武汉东湖新技术开发区, 石林风景区). */
static bool zone_end(const char *s, size_t end)
{
	static const char *const heads[] = {
		"开发区", "园区", "新区", "保税区", "试验区", "示范区", "景区",
	};
	size_t i, k;

	for (i = 0; i < sizeof heads / sizeof *heads; i++) {
		k = strlen(heads[i]);
		if (end >= k && memcmp(s + end - k, heads[i], k) == 0)
			return true;
	}
	return false;
}

/* True if s[..pos) ends with a word for "here" or "there": the place is
 * already said, so a county's bare name right after it is another word
 * (我们这里新建的医院: newly built), not a second place. */
static bool after_here(const char *s, size_t pos)
{
	static const char *const here[] = {
		"这里", "那里", "这边", "那边", "这儿", "那儿", "当地", "本地", "此地",
	};
	size_t i;

	for (i = 0; i < sizeof here / sizeof *here; i++)
		if (pos >= 6 && memcmp(s + pos - 6, here[i], 6) == 0)
			return true;
	return false;
}

/* True if s[..end) ends with a university's word: universities are named
 * after provinces and cities, and a county's name before one is an
 * auspicious word (南华大学 is in 衡阳, not in 南华县), also with a field
 * of up to two characters between (X医学院, X师范学院). */
static bool university(const char *s, size_t end)
{
	static const char *const ends[] = { "大学", "学院" };
	size_t i;

	for (i = 0; i < 2; i++)
		if (end >= 6 && memcmp(s + end - 6, ends[i], 6) == 0)
			return true;
	return false;
}

/* A name inside a word of the dictionary still names the place when the
 * word is only place names (广西南宁, ns), or an organisation's name that
 * starts with it (北京友谊医院, 西安交大, nt). 卡马西平 (ns too) is not.
 * `county`: a county's two-character short form, which does not name a
 * university's place (university()). */
static bool place_word(const yd_gazetteer *g, const char *s, const struct place_evidence *ev,
		       size_t a, bool ordinary, bool county)
{
	static const char *const institutions[] = {
		"院", "大", "学", "所", "局", "中心", "委", "站",
	};
	size_t i, end = ev->word_off + ev->word_len;

	if (!ev->word_tag)
		return false;
	if (strcmp(ev->word_tag, "nt") == 0 && ev->word_off == a && !ordinary &&
	    !(county && university(s, ev->word_off + ev->word_len)))
		for (i = 0; i < sizeof institutions / sizeof *institutions; i++) {
			size_t k = strlen(institutions[i]);
			if (ev->word_len > k && memcmp(s + end - k, institutions[i], k) == 0)
				return true;
		}
	return strncmp(ev->word_tag, "ns", 2) == 0 && names_only(g, s, ev->word_off, end);
}

/* The word it starts is the name and an activity (三亚旅游, nz to the
 * dictionary): the rest is an activity's noun-verb (vn), so the name is a place
 * there, unlike a product's name (北京烤鸭: 烤鸭 is a noun). Not for
 * counties, whose names hide in too many words (交口称赞). */
static bool activity_after(const yd_gazetteer *g, const char *s, const struct place_evidence *ev,
			   size_t a, size_t b)
{
	size_t end = ev->word_off + ev->word_len;
	yd_word w;

	return ev->word_off == a && end > b &&
	       yd_dict_lookup(g->dict, s + b, end - b, &w) && strcmp(w.tag, "vn") == 0;
}

/* The word it starts is the name and a noun for people (台湾同胞, one
 * word to the dictionary): the place's people, so the name is the place.
 * Not for counties, as activity_after. */
static bool people_word(const yd_gazetteer *g, const char *s, const struct place_evidence *ev,
			size_t a, size_t b)
{
	size_t end = ev->word_off + ev->word_len;
	yd_word w;

	return ev->word_off == a && end > b + 3 &&
	       yd_dict_lookup(g->dict, s + b, end - b, &w) && w.tag[0] == 'n' &&
	       yd_place_people_noun(s + b, end - b);
}

/* The word it starts is the name and 站, maybe with a direction (武汉站,
 * 北京西站: one word to the dictionary): the city's railway station, in
 * that city. Not for counties, as activity_after. */
static bool station_word(const char *s, const struct place_evidence *ev, size_t a, size_t b)
{
	static const char dirs[] = "东西南北";
	size_t end = ev->word_off + ev->word_len, i;

	if (ev->word_off != a || end < b + 3 || memcmp(s + end - 3, "站", 3) != 0)
		return false;
	if (end == b + 3)
		return true;
	for (i = 0; i < sizeof dirs - 1; i += 3)
		if (end == b + 6 && memcmp(s + b, dirs + i, 3) == 0)
			return true;
	return false;
}

/* True if every best candidate of the group is a region of `level`. */
static bool group_level(const yd_gazetteer *g, const struct alias_group *gr, int level)
{
	uint32_t cand[MAX_CAND];
	size_t i, nc = candidates(g, gr, cand);

	for (i = 0; i < nc; i++) {
		const yd_region *r = yd_gazetteer_find(g, cand[i]);
		if (!r || r->level != level)
			return false;
	}
	return nc > 0;
}

/* A name that is only a direction or a generic area and 区 (东区, 新区,
 * 城区, 老城区, 城关区): inside a text it is mostly part of a campus or of
 * a town, and names a district only with its city named. */
static bool generic_district(const yd_gazetteer *g, const struct alias_group *gr,
			     const char *s, size_t pos)
{
	static const char heads[] = "东西南北中新城老";
	size_t k;

	/* 老城区, 新城区, 城关区, 城中区: two such characters and 区 */
	if (gr->len == 9 && memcmp(s + pos + 6, "区", 3) == 0) {
		bool first = false, second = false;

		for (k = 0; k < sizeof heads - 1; k += 3) {
			first |= memcmp(heads + k, s + pos, 3) == 0;
			second |= memcmp(heads + k, s + pos + 3, 3) == 0 ||
				  memcmp("关", s + pos + 3, 3) == 0;
		}
		return first && second && group_level(g, gr, 3);
	}
	/* 东城, 西城, 城关: the short form of such a name (东城区) is a
	 * town's quarter as much */
	if (gr->len == 6 && is_short(gr)) {
		bool first = false, second = false;

		for (k = 0; k < sizeof heads - 1; k += 3) {
			first |= memcmp(heads + k, s + pos, 3) == 0;
			second |= memcmp(heads + k, s + pos + 3, 3) == 0 ||
				  memcmp("关", s + pos + 3, 3) == 0;
		}
		if (first && second && memcmp(s + pos, s + pos + 3, 3) != 0)
			return group_level(g, gr, 3);
	}
	if (gr->len != 6 || memcmp(s + pos + 3, "区", 3) != 0)
		return false;
	for (k = 0; k < sizeof heads - 1; k += 3)
		if (memcmp(heads + k, s + pos, 3) == 0)
			return group_level(g, gr, 3);
	return false;
}

/* True if a region below one of the group's candidates is named right
 * at `pos` (湖南岳阳, which the segmentation cuts 湖/南岳/阳). */
static bool contains_next(const yd_gazetteer *g, const struct alias_group *gr,
			  const char *s, size_t n, size_t pos)
{
	const yd_ws_entry *e[16];
	uint32_t up[MAX_CAND], down[MAX_CAND];
	size_t ne = yd_ws_at(g->scan, s, n, pos, e, 16), nu = candidates(g, gr, up), i, j, k;

	for (i = 0; i < ne && i < 16; i++) {
		const struct alias_group *h = &g->groups[e[i]->value];
		size_t nd;

		if (h->flags & (GROUP_BLOCK | GROUP_WEAK))
			continue;
		nd = candidates(g, h, down);
		for (j = 0; j < nu; j++)
			for (k = 0; k < nd; k++)
				if (yd_gaz_is_ancestor(g, up[j], down[k]))
					return true;
	}
	return false;
}

/* True if the name is a provincial capital's own short form (GB/T 2260
 * gives a province's capital the code PP0100), not a nickname from
 * region-aliases.tsv (冰城夜话 is a programme's name). */
static bool capital_group(const yd_gazetteer *g, const struct alias_group *gr)
{
	uint32_t cand[MAX_CAND];
	size_t i, nc = candidates(g, gr, cand);

	for (i = gr->first; i < gr->first + gr->count; i++)
		if (g->ents[i].kind == KIND_ALIAS)
			return false;
	for (i = 0; i < nc; i++)
		if (cand[i] % 10000 != 100)
			return false;
	return nc > 0;
}

/* True if a candidate of `gr` lies inside a candidate of `up`. */
static bool inside_group(const yd_gazetteer *g, const struct alias_group *gr,
			 const struct alias_group *up)
{
	uint32_t a[MAX_CAND], d[MAX_CAND];
	size_t na = candidates(g, up, a), nd = candidates(g, gr, d), i, j;

	for (i = 0; i < na; i++)
		for (j = 0; j < nd; j++)
			if (yd_gaz_is_ancestor(g, a[i], d[j]))
				return true;
	return false;
}

/* 新疆巴州, 新疆博州: the common short form of an autonomous prefecture,
 * its name's first character and 州, right after its province. Returns
 * the prefecture's code if exactly one child of the province fits. */
static uint32_t prefecture_short(const yd_gazetteer *g, const struct alias_group *gr,
				 const char *s, size_t n, size_t pos)
{
	uint32_t cand[MAX_CAND], found = 0;
	size_t nc, i;

	if (n - pos < 6 || memcmp(s + pos + 3, "州", 3) != 0 || ((unsigned char)s[pos] & 0xF0) != 0xE0)
		return 0;
	nc = candidates(g, gr, cand);
	if (nc != 1 || !group_level(g, gr, 1))
		return 0;
	for (i = 0; i < g->nregions; i++) {
		const yd_region *r = &g->regions[i];
		size_t k = strlen(r->name);

		if (r->level != 2 || r->parent != cand[0] || memcmp(r->name, s + pos, 3) != 0 ||
		    k < 9 || strcmp(r->name + k - 9, "自治州") != 0)
			continue;
		if (found)
			return 0;
		found = r->code;
	}
	return found;
}

/* If s[pos] opens a work's title (《…》) that is no document's, the
 * offset after its 》; else 0. Documents (《…医疗保障办法》) are issued
 * by a region, which their titles name. */
static size_t title_end(const char *s, size_t n, size_t pos)
{
	static const char *const documents[] = {
		"办法", "通知", "规定", "意见", "条例", "方案", "细则", "目录", "决定",
		"公告", "指南", "规划", "措施", "标准", "通告", "政策",
	};
	/* a place's own records, wherever in the title (《X县志·卫生》,
	 * 《X统计年鉴2024》): the place they record */
	static const char *const records[] = {
		"年鉴", "统计公报", "县志", "市志", "省志", "区志",
	};
	size_t p, i;

	for (p = pos + 3; p + 3 <= n && p < pos + 3 + 40 * 3; p++) {
		if (memcmp(s + p, "《", 3) == 0 || s[p] == '\n')
			return 0;
		if (memcmp(s + p, "》", 3) != 0)
			continue;
		for (i = 0; i < sizeof documents / sizeof *documents; i++) {
			size_t k = strlen(documents[i]);
			if (p - pos - 3 >= k && memcmp(s + p - k, documents[i], k) == 0)
				return 0;
		}
		for (i = 0; i < sizeof records / sizeof *records; i++)
			if (memmem(s + pos + 3, p - pos - 3, records[i], strlen(records[i])))
				return 0;
		return p + 3;
	}
	return 0;
}

/* @四川观察, @江西卫视: an account's handle, up to the space or mark
 * that ends it, names the account, not a place; but a public office's
 * account (@广东税务, @杭州发布) speaks for its place, as a notice signed
 * by the office does. The length of the handle starting at pos ('@' or
 * '＠'), or 0 where none ends within HANDLE_MAX characters or the
 * handle is an office's. */
enum { HANDLE_MAX = 16 };

static bool office_handle(const char *s, size_t a, size_t b)
{
	static const char *const offices[] = {
		"税务", "发布", "医保", "卫健", "疾控", "人社", "政府", "政务", "公安",
		"消防", "交警", "气象", "应急",
	};
	size_t i;

	for (i = 0; i < sizeof offices / sizeof *offices; i++)
		if (memmem(s + a, b - a, offices[i], strlen(offices[i])))
			return true;
	return false;
}

static size_t handle_len(const char *s, size_t n, size_t pos)
{
	size_t p, c = 0;

	if (s[pos] == '@')
		p = pos + 1;
	else if (n - pos >= 3 && memcmp(s + pos, "＠", 3) == 0)
		p = pos + 3;
	else
		return 0;
	if (pos > 0 && ((s[pos - 1] >= 'a' && s[pos - 1] <= 'z') ||
			(s[pos - 1] >= 'A' && s[pos - 1] <= 'Z') ||
			(s[pos - 1] >= '0' && s[pos - 1] <= '9')))
		return 0;       /* an e-mail address */
	while (p < n && c <= HANDLE_MAX) {
		size_t k = yd_ws_charlen(s, n, p);

		if (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' ||
		    (k == 1 && s[p] != '_' && s[p] != '-' && ispunct((unsigned char)s[p])) ||
		    (k == 3 && yd_char_in("，。！？：；、（）【】「」“”　", s + p)))
			break;
		p += k;
		c++;
	}
	if (!c || c > HANDLE_MAX || office_handle(s, pos, p))
		return 0;
	return p - pos;
}

/* Words for a town's own area (大理古城): after a prefecture's name that
 * is also its seat city's, the city (seat_city()). */
static const char *const town_areas[] = { "古城", "古镇", "老城", "城里", "城区", "市区" };

/* Words for a part of a mountain (庐山脚下, 泰山顶上). */
static const char *const mountain_parts[] = {
	"脚下", "山脚", "山顶", "顶上", "山腰", "半山腰", "山麓", "之巅",
};

/* Words for the bank of a lake or river (西湖边, 湘江畔). */
static const char *const banks[] = { "边", "畔", "岸", "沿岸" };

/* 深圳宝安机场, 杭州萧山机场: an airport or station named after a
 * district right after the city holding it lies in that district (the
 * name alone, 宝安机场, is the airport's). */
static bool hub_of_district(const yd_gazetteer *g, const struct alias_group *gr,
			    const char *s, size_t n, const struct mention *m, size_t nm,
			    size_t pos, size_t end)
{
	static const char *const hubs[] = { "机场", "国际机场", "火车站", "高铁站", "站" };

	return followed_by(s, n, end, hubs, sizeof hubs / sizeof *hubs) && nm > 0 &&
	       !m[nm - 1].dead && m[nm - 1].end == pos &&
	       inside_group(g, gr, &g->groups[m[nm - 1].group]);
}

/* True if the short name of a hospital starts at s[pos]: two or three
 * characters that with 医院 make an institution's name the dictionary
 * knows (协和, 同济, 湘雅: bj协和 is 北京协和医院). */
static bool hospital_short_at(const yd_dict *d, const char *s, size_t n, size_t pos)
{
	char buf[16];
	size_t k;
	yd_word w;

	for (k = 6; k <= 9 && pos + k <= n; k += 3) {
		memcpy(buf, s + pos, k);
		memcpy(buf + k, "医院", 6);
		if (yd_dict_lookup(d, buf, k + 6, &w) && strcmp(w.tag, "nt") == 0)
			return true;
	}
	return false;
}

/* sz南山区, 在bj读研, tj肿瘤医院: the initials of a city's or province's
 * name (region-latin.h) name it when a region inside exactly one of the
 * regions they may stand for is named right after them, or when words
 * of place are around them and one of those regions is far more common
 * than the others. Returns the letters' length (0: no abbreviation),
 * with *code 0 when they name no region for sure. */
static size_t initials(const yd_gazetteer *g, struct yd_seg_window *win, const char *s,
		       size_t n, size_t pos, uint32_t *code, uint32_t *group)
{
	uint32_t codes[16], groups[16], freqs[16];
	size_t count, k = yd_latin_initials_at(g->latin, s, n, pos, codes, groups, freqs, 16,
					       &count), i, j, pick = (size_t)-1;
	const yd_ws_entry *e[16];
	size_t ne;
	struct place_evidence ev;

	*code = 0;
	if (!k)
		return 0;
	ne = yd_ws_at(g->scan, s, n, pos + k, e, 16);
	for (j = 0; j < ne && j < 16 && pick == (size_t)-1; j++) {
		const struct alias_group *h = &g->groups[e[j]->value];
		uint32_t down[MAX_CAND];
		size_t nd, d, hits = 0, at = 0;

		if (h->flags & GROUP_BLOCK)
			continue;
		nd = candidates(g, h, down);
		for (i = 0; i < count; i++) {
			for (d = 0; d < nd; d++)
				if (yd_gaz_is_ancestor(g, codes[i], down[d]))
					break;
			if (d < nd) {
				hits++;
				at = i;
			}
		}
		if (hits == 1)
			pick = at;
	}
	/* 在wx里, 在dy上: inside an app or a thing, not at a place */
	if (pick == (size_t)-1 && !(pos + k + 3 <= n && yd_char_in("里上中内", s + pos + k))) {
		yd_place_evidence(win, g->dict, s, n, pos, pos + k, false, &ev);
		if (ev.before || ev.strong_before || ev.after || ev.hospital ||
		    hospital_short_at(g->dict, s, n, pos + k))
			pick = yd_latin_initials_pick(freqs, count);
	}
	if (pick != (size_t)-1) {
		*code = codes[pick];
		*group = groups[pick];
	}
	return k;
}

/* True if a live mention before the scan's position names a region
 * holding one of the group's candidates. */
static bool named_before(const yd_gazetteer *g, const struct alias_group *gr,
			 const struct mention *m, size_t nm)
{
	size_t j;

	for (j = 0; j < nm; j++)
		if (!m[j].dead && inside_group(g, gr, &g->groups[m[j].group]))
			return true;
	return false;
}

/* 三亚海棠湾, 江西庐山脚下: a mountain, lake or bay named like a region
 * inside the region named right before it is that region's: the region
 * is placed by it, as by a district of its own. */
static void feature_of_previous(const yd_gazetteer *g, const struct alias_group *gr,
				struct mention *m, size_t nm, size_t pos)
{
	struct mention *p = nm > 0 ? &m[nm - 1] : NULL;

	if (p && !p->dead && p->end == pos && inside_group(g, gr, &g->groups[p->group])) {
		p->evidence = true;
		p->compound = p->glued_noun = false;
		p->why |= YD_WHY_CONTEXT;
	}
}

size_t scan(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
	    bool admin)
{
	size_t pos = 0, blocked_until = 0, nm = 0, joined = (size_t)-1;
	struct yd_seg_window win = { 0 };
	int orgs = -1;   /* org_text(), read when a mention first needs it */

	while (pos < n && nm < MAX_MENTIONS) {
		const yd_ws_entry *e[16];
		size_t ne = yd_ws_at(g->scan, s, n, pos, e, 16), i;
		bool taken = false, block_here = false;

		if (ne > 16)
			ne = 16;
		if (ne == 0 && (s[pos] == '@' || (unsigned char)s[pos] == 0xEF)) {
			size_t k = handle_len(s, n, pos);

			if (k) {
				pos += k;
				continue;
			}
		}
		/* Shenzhen, Hong Kong: a region's name in Latin letters */
		if (ne == 0 && (unsigned char)s[pos] < 0x80) {
			uint32_t code, group;
			size_t k = yd_latin_name_at(g->latin, s, n, pos, &code, &group);

			if (k) {
				uint32_t child;
				size_t kc;

				m[nm++] = (struct mention){
					.start = pos, .end = pos + k, .group = group, .code = code,
					.why = YD_WHY_NAME, .evidence = true };
				pos += k;
				/* Shenzhen Nanshan: a district's pinyin right
				 * after its city's */
				if (pos + 1 < n && s[pos] == ' ' && nm < MAX_MENTIONS &&
				    (kc = yd_latin_child_at(g, code, s, n, pos + 1, &child)) > 0) {
					m[nm++] = (struct mention){
						.start = pos + 1, .end = pos + 1 + kc,
						.group = yd_gaz_group_of(g, child), .code = child,
						.why = YD_WHY_NAME | YD_WHY_WITHIN, .evidence = true };
					pos += 1 + kc;
				}
				continue;
			}
			/* Pudong Airport, Nanshan District: a county's pinyin
			 * before an English word of a unit or hub */
			if ((k = yd_latin_county_at(g, s, n, pos, &code)) > 0) {
				m[nm++] = (struct mention){
					.start = pos, .end = pos + k, .group = yd_gaz_group_of(g, code),
					.code = code, .why = YD_WHY_NAME | YD_WHY_SUFFIX, .evidence = true };
				pos += k;
				continue;
			}
			k = initials(g, &win, s, n, pos, &code, &group);
			if (k) {
				if (code)
					m[nm++] = (struct mention){
						.start = pos, .end = pos + k, .group = group, .code = code,
						.why = YD_WHY_WORD | YD_WHY_CONTEXT, .evidence = true };
				pos += k;
				continue;
			}
		}
		/* 沪苏浙皖, 粤港澳三地: a run of abbreviations listing
		 * provinces (not 京津冀 alone, a region's fixed name) */
		if (ne == 0 && ((unsigned char)s[pos] & 0xF0) == 0xE0) {
			uint32_t codes[8], groups[8];
			size_t cnt, k = yd_region_abbrev_run(g, s, n, pos, codes, groups, 8, &cnt), j;

			if (k && nm + cnt <= MAX_MENTIONS) {
				for (j = 0; j < cnt; j++)
					m[nm++] = (struct mention){
						.start = pos + 3 * j, .end = pos + 3 * j + 3,
						.group = groups[j], .code = codes[j],
						.why = YD_WHY_WORD | YD_WHY_LISTED, .evidence = true };
				pos += k;
				continue;
			}
		}
		/* 来蓉就医, 沪籍: a region's one-character abbreviation */
		if (ne == 0) {
			uint32_t group, code = yd_region_abbrev_at(g, s, n, pos, &group);

			if (code) {
				m[nm++] = (struct mention){
					.start = pos, .end = pos + 3, .group = group, .code = code,
					.why = YD_WHY_WORD | YD_WHY_CONTEXT, .evidence = true };
				pos += 3;
				continue;
			}
		}
		/* 《丽江往事》: a name inside a work's title is part of the
		 * title (a document's title names its issuer: 《…办法》) */
		if (n - pos >= 3 && memcmp(s + pos, "《", 3) == 0) {
			size_t close = title_end(s, n, pos);

			if (close) {
				pos = close;
				continue;
			}
		}
		for (i = 0; i < ne && !taken && nm < MAX_MENTIONS; i++) {
			const struct alias_group *gr = &g->groups[e[i]->value];
			size_t end = pos + gr->len;
			bool ordinary = (gr->flags & (GROUP_WEAK | GROUP_WORD)) != 0;
			bool child, capital;
			struct place_evidence ev;
			struct mention *x;
			bool dateline;

			if (gr->flags & GROUP_BLOCK) {
				if (end > blocked_until)
					blocked_until = end;
				block_here = true;
				continue;
			}
			/* A block starting here hides even full names (和县城 is
			 * not 和县); one that started earlier only short forms. */
			if (block_here)
				continue;
			if (is_short(gr) && pos < blocked_until)
				continue;
			/* 【江山新闻】…我市: a local outlet's name in the header
			 * is the text's place, not a name like X日报 elsewhere */
			dateline = yd_news_dateline(g, gr, s, n, pos, end);
			/* 西湖边, 东湖畔: a name ending in a lake's or river's
			 * character, then the bank: the water, not the district
			 * named after it */
			if (is_short(gr) && gr->len >= 6 && yd_char_in("湖江河海", s + end - 3) &&
			    followed_by(s, n, end, banks, sizeof banks / sizeof *banks)) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			/* 庐山脚下, 泰山顶上: a name ending in 山, then a part
			 * of a mountain: the mountain, not the region named
			 * after it */
			if (is_short(gr) && gr->len >= 6 && yd_char_in("山", s + end - 3) &&
			    followed_by(s, n, end, mountain_parts,
					sizeof mountain_parts / sizeof *mountain_parts)) {
				feature_of_previous(g, gr, m, nm, pos);
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			if (is_short(gr) && !dateline &&
			    followed_by(s, n, end, deny_after, sizeof deny_after / sizeof *deny_after) &&
			    !followed_by(s, n, end, deny_after_not,
					 sizeof deny_after_not / sizeof *deny_after_not) &&
			    !hub_of_district(g, gr, s, n, m, nm, pos, end)) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			if (is_short(gr) && !dateline && street_after(g, s, n, end)) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			if (is_short(gr) && person_field(s, n, pos, end)) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			if (is_short(gr) && town_after(g, s, n, end)) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			/* 唐县黄石口村: right after a region's name, a name
			 * starting a village's is the village's (黄石市 is
			 * far away) */
			if (is_short(gr) && nm > 0 && !m[nm - 1].dead && m[nm - 1].end == pos &&
			    group_level(g, &g->groups[m[nm - 1].group], 3) &&
			    !inside_group(g, gr, &g->groups[m[nm - 1].group]) &&
			    village_after(s, n, end)) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			yd_place_evidence(&win, g->dict, s, n, pos, end, ordinary, &ev);
			if (is_short(gr) && ev.hospital && !unit_joins(g, s, n, pos, end))
				ev.hospital = ev.civic = false;
			if (dateline) {
				ev.fit = FIT_WORD;
				ev.after = true;
			}
			if (ev.fit == FIT_INSIDE &&
			    place_word(g, s, &ev, pos, ordinary,
				       is_short(gr) && gr->len == 6 && group_level(g, gr, 3)))
				ev.fit = FIT_WORD;
			if (ev.fit == FIT_INSIDE && !ordinary && ev.word_off == pos &&
			    ev.word_len > gr->len && zone_end(s, ev.word_off + ev.word_len))
				ev.fit = FIT_WORD;
			/* 凤凰古城 (one word to the dictionary): the name and a
			 * word for a sight or old town is that sight, there */
			if (ev.fit == FIT_INSIDE && ev.word_off == pos && ev.word_len > gr->len &&
			    yd_place_sight_at(s, n, end) == ev.word_len - (end - pos)) {
				ev.fit = FIT_WORD;
				ev.after = ev.sight = true;
			}
			if (ev.fit == FIT_INSIDE && !ordinary && !group_level(g, gr, 3) &&
			    (activity_after(g, s, &ev, pos, end) || people_word(g, s, &ev, pos, end) ||
			     station_word(s, &ev, pos, end)))
				ev.fit = FIT_WORD;
			/* 上海东方医院 (上海东方 one word): a word the name of a
			 * province starts, going on into a hospital's name, is
			 * that hospital, in that province (a city's name starts
			 * other places' names: 北京广安门医院) */
			if (ev.fit == FIT_INSIDE && !ordinary && group_level(g, gr, 1) &&
			    ev.word_off == pos && ev.hospital)
				ev.fit = FIT_WORD;
			/* 北京朝阳医院 (one word, nt): inside an institution's
			 * name, a region right after the region that starts
			 * it and inside that region is a place too (上海长海医院
			 * is not: 长海县 is not in 上海) */
			/* 广州白云机场 (one word): an airport's name the city's
			 * starts, then the district's: both places (hub_of_district) */
			if (ev.fit == FIT_INSIDE && !ordinary && ev.word_off == pos &&
			    ev.word_len >= gr->len + 12 &&
			    memcmp(s + ev.word_off + ev.word_len - 6, "机场", 6) == 0)
				ev.fit = FIT_WORD;
			if (ev.fit == FIT_INSIDE && ev.word_tag &&
			    (strcmp(ev.word_tag, "nt") == 0 ||
			     (ev.word_len >= 12 && memcmp(s + ev.word_off + ev.word_len - 6, "机场", 6) == 0)) &&
			    nm > 0 && !m[nm - 1].dead && m[nm - 1].end == pos &&
			    m[nm - 1].start == ev.word_off &&
			    inside_group(g, gr, &g->groups[m[nm - 1].group]))
				ev.fit = FIT_WORD;
			/* 中国香港, 中国台湾 (one word): the country's name
			 * before a province's */
			if (ev.fit == FIT_INSIDE && group_level(g, gr, 1) && ev.word_off + 6 == pos &&
			    ev.word_off + ev.word_len == end && memcmp(s + ev.word_off, "中国", 6) == 0)
				ev.fit = FIT_WORD;
			/* 湖南岳阳 cut 湖/南岳/阳: a region and one inside it
			 * side by side are two names whatever the cut */
			if (ev.fit == FIT_INSIDE &&
			    (pos == joined || (!ordinary && contains_next(g, gr, s, n, end)))) {
				ev.fit = FIT_WORD;
				joined = end;
			}
			/* 偏高县医院: a one-character name and its suffix that
			 * the segmentation does not make one word, glued to
			 * the word before it (not to a region: 宜宾高县) */
			if (ev.fit != FIT_INSIDE && !is_short(gr) && gr->len == 6 &&
			    ev.split &&
			    yd_place_glued_before(s, pos) &&
			    !(nm > 0 && !m[nm - 1].dead && m[nm - 1].end == pos)) {
				ev.fit = FIT_INSIDE;
				ev.word_off = pos - 3;
				ev.word_len = 6;
			}
			/* 于都县志 (县志 one word): a unit's full name, then 志,
			 * its gazetteer, is the unit */
			if (ev.fit == FIT_INSIDE && !is_short(gr) && ev.word_off == end - 3 &&
			    ev.word_len == 6 && memcmp(s + end, "志", 3) == 0)
				ev.fit = FIT_WORD;
			/* 大城市: the name and a suffix make a word that is no
			 * region's name (one would have matched as an alias) */
			if (ev.suffix_word && is_short(gr)) {
				ev.fit = FIT_INSIDE;
				ev.word_off = pos;
				ev.word_len = gr->len + 3;
			}
			/* 转到商水能直接转吗 (商/水能): a county's name the
			 * dictionary does not know, cut after its first
			 * character into a word running past it, is the county
			 * after a word of motion or place when its city or
			 * province was named before it */
			if (ev.fit == FIT_INSIDE && !ordinary && ev.before && ev.word_off > pos &&
			    ev.word_off < end && named_before(g, gr, m, nm))
				ev.fit = FIT_WORD;
			if (ev.fit == FIT_INSIDE) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_INSIDE,
				       ev.word_off, ev.word_len);
				continue;
			}
			/* 桐城门诊慢特病, 枝江新生儿参保: an insurance
			 * programme's name right after it, as 医保 after it
			 * (region-programmes.c) */
			if (!ev.after && !ev.org && yd_programme_at(g->programmes, s, n, end))
				ev.after = true;
			/* a product's origin or an organisation's name: one
			 * named right before and containing it is part of that
			 * name too (宁夏中宁枸杞, 山东泰山主场) */
			bool thing = (ev.org && !ev.after && !ev.hospital) ||
				     (ev.product && !ev.after) ||
				     (ev.consumed && !ev.before && !ev.after);

			/* 辽宁本钢, 长春高新, 山东泰山对上海申花: in a text about
			 * teams or listed companies, a name with a sponsor's or
			 * trade word, or a side of a match, is the team's or
			 * company's */
			if (!thing && (ev.sponsor || ev.versus) && !ev.after && !ev.before &&
			    !ev.hospital && ev.fit == FIT_WORD) {
				if (orgs < 0)
					orgs = org_text(s, n);
				thing = orgs;
			}

			if (thing && nm > 0 && !m[nm - 1].dead && m[nm - 1].end == pos &&
			    is_short(gr) &&
			    inside_group(g, gr, &g->groups[m[nm - 1].group])) {
				m[nm - 1].dead = true;
				m[nm - 1].code = 0;
				m[nm - 1].why = YD_WHY_OTHER_NAME;
			}
			/* 宣武医院: a hospital keeps the name of a district
			 * that is no more; the name is the hospital's */
			if ((gr->flags & GROUP_FORMER) && ev.hospital && !ev.after) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			if (is_short(gr) && ev.landmark && !ev.after)
				feature_of_previous(g, gr, m, nm, pos);
			if (thing ||
			    (quoted_name(s, n, pos, end) && !ev.after && ev.fit != FIT_SUFFIX) ||
			    (ordinary && is_short(gr) && quoted_alone(s, n, pos, end) &&
			     !ev.strong_before) ||
			    (is_short(gr) && ev.own_name) ||
			    /* 一包白沙; but 也有个朝阳区: a unit is counted as a place */
			    (ev.counted && !ev.after && (is_short(gr) || gr->len <= 6)) ||
			    (is_short(gr) && (ev.era || ev.landmark) && !ev.after) ||
			    (is_short(gr) && gr->len == 6 && group_level(g, gr, 3) &&
			     ((end + 6 <= n && university(s, end + 6)) ||
			      (end + 9 <= n && university(s, end + 9)) ||
			      (end + 12 <= n && university(s, end + 12)))) ||
			    (is_short(gr) && group_level(g, gr, 3) && after_here(s, pos) &&
			     !ev.strong_before) ||
			    (is_short(gr) && !ev.after && named_by(s, n, pos, end)) ||
			    /* 集美们, 老铁们: 们 makes people of a word, and a
			     * place is never plural */
			    (is_short(gr) && end + 3 <= n && memcmp(s + end, "们", 3) == 0) ||
			    ((ev.verb_use || ev.person || ev.glued || ev.wish) && is_short(gr) &&
			     !ev.before && !ev.after &&
			     /* 邵阳洞口: right after a region holding it, a
			      * county, not a set phrase or a name ending there */
			     !(nm > 0 && !m[nm - 1].dead && m[nm - 1].end == pos &&
			       inside_group(g, gr, &g->groups[m[nm - 1].group]))) ||
			    /* 中国平安, 中国人寿: a county's name or an ordinary
			     * word right after the country's is a company's */
			    (is_short(gr) && (ordinary || group_level(g, gr, 3)) && pos >= 6 &&
			     memcmp(s + pos - 6, "中国", 6) == 0)) {
				size_t before = nm;

				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				if (nm > before)
					m[nm - 1].product = thing && (ev.product || ev.consumed) &&
							    !ev.org;
				continue;
			}
			/* 枣庄市中区, 青岛市南区: the city's 市 starts the
			 * name of one of its own districts; the city is
			 * named without it */
			if (!is_short(gr) && gr->len > 3 && memcmp(s + end - 3, "市", 3) == 0 &&
			    contains_next(g, gr, s, n, end - 3)) {
				end -= 3;
				joined = end;
			}
			x = &m[nm++];
			*x = (struct mention){ .start = pos, .end = end, .group = e[i]->value };
			x->ordinary = ordinary;
			x->why = is_short(gr) ? YD_WHY_WORD : YD_WHY_NAME;
			if (x->ordinary)
				x->why |= YD_WHY_ORDINARY;
			if (ev.fit == FIT_SUFFIX)
				x->why |= YD_WHY_SUFFIX;
			if (ev.before || ev.after)
				x->why |= YD_WHY_CONTEXT;
			if (ev.hospital)
				x->why |= YD_WHY_HOSPITAL;
			/* an ordinary noun goes after 去/到/在 as well as a
			 * place (去温泉, 站在平原上): it needs stronger words */
			x->evidence = (ev.before && !ordinary) || ev.strong_before || ev.after ||
				      ev.civic || ev.fit == FIT_SUFFIX;
			x->direct_hospital = is_short(gr) && ev.direct_hospital;
			x->strong = ev.strong_before || (ev.after && !ev.site && !ev.sight) ||
				    ev.civic || ev.fit == FIT_SUFFIX;
			x->sight = ev.sight && !x->strong;
			x->bare = is_short(gr);
			/* a county's name (short, or two characters with 县);
			 * a city's before a noun is the city in a text about
			 * insurance or residence (深圳系统显示已参保,
			 * 六盘水异地就医) */
			/* 邵阳洞口: the "noun" glued after it is a region
			 * inside it (洞口县), not a thing it names */
			child = contains_next(g, gr, s, n, end);
			/* 成都美食, 北京天气: a provincial capital's name (PP0100)
			 * before a noun is the city's unless the noun is a
			 * product's or a person's (北京烤鸭, 成都护士) */
			capital = is_short(gr) && capital_group(g, gr) && !ev.thing_after &&
				  !ev.entity;
			x->compound = ev.noun_after && !ev.hospital && !child &&
				      ((group_level(g, gr, 3) &&
					(is_short(gr) || (gr->len == 6 && ev.thing_head))) ||
				       (group_level(g, gr, 2) && is_short(gr) && !admin && !capital));
			/* a county's name as the head of a compound noun
			 * (楼顶天台) with nothing else saying place */
			if (ev.noun_before && is_short(gr) && group_level(g, gr, 3) &&
			    !x->evidence && !ev.hospital)
				x->compound = true;
			/* an ordinary word modifying a noun (在石棉厂, 去南部
			 * 战区): 在/去 place the noun, not the name */
			/* and any short name before a noun of things
			 * (到X首饰店, X鞋): 在/去 place the noun; the name
			 * counts only with words of its own (X人, X医保) */
			if (!child && (x->ordinary ? ev.noun_head
					 : is_short(gr) && ev.thing_head &&
					   (group_level(g, gr, 3) || (!admin && !capital)) &&
					   /* 在临汾脑梗住院: no spot after it for 在 to place */
					   !(ev.before && !ev.spot_head)) &&
			    !ev.after && !ev.civic && !ev.hospital && ev.fit != FIT_SUFFIX) {
				x->compound = true;
				x->evidence = false;
			}
			/* 在运河边上, 到湖口附近: an ordinary noun and a
			 * position word is a spot by that thing; 在/我在 before
			 * it place the spot */
			if (ordinary && followed_by(s, n, end, positions, sizeof positions / sizeof *positions) &&
			    !ev.after && !ev.civic && ev.fit != FIT_SUFFIX)
				x->evidence = false;
			x->generic = generic_district(g, gr, s, pos);
			/* 四川患者, 温州游客: the place's people, no glued noun */
			x->glued_noun = !child && !capital &&
					(ev.noun_after || (ev.noun_head && !ev.people_after) ||
					 (ev.word_after && (!ev.verb_after || ev.entity)));
			x->entity = ev.entity;
			x->town = followed_by(s, n, end, town_areas,
					      sizeof town_areas / sizeof *town_areas);
			pos = end;
			taken = true;
			{
				uint32_t pref = prefecture_short(g, gr, s, n, end);

				if (pref && nm < MAX_MENTIONS) {
					m[nm++] = (struct mention){
						.start = end, .end = end + 6, .group = e[i]->value,
						.code = pref, .why = YD_WHY_WORD | YD_WHY_WITHIN,
						.evidence = true };
					pos = end + 6;
				}
			}
		}
		if (!taken)
			pos += yd_ws_charlen(s, n, pos);
	}
	yd_seg_window_free(&win);
	return nm;
}
