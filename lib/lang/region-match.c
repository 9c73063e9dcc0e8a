#define _GNU_SOURCE   /* memmem */
/* Finding regions in text.
 *
 * 1. Scan: at each character, the aliases that start there, longest
 *    first (one hash probe per character, see wordscan.h); the first one
 *    the text uses as a name is taken and the scan goes on after it.
 *    - A "block" alias (region-aliases.tsv) hides the names that start
 *      where it starts and the short forms that start inside it.
 *    - A short form is refused when the next words make it part of a
 *      bigger name: 中山大学, 平安银行, 南京路.
 *    - The segmentation around it must make it a word of its own, or one
 *      word with a place suffix (region-context.c): 久治 in 久治不愈 or
 *      西林 in 阿莫西林 is refused, and a shorter alias is tried.
 * 2. Resolve each mention to one code:
 *    - candidates are the regions its string names in the best way (a
 *      full name beats a former name beats a short form);
 *    - a region named just before it narrows them to its descendants
 *      (南京鼓楼区 → 320106, 北京朝阳 → 110105);
 *    - an ordinary word (weak in region-aliases.tsv, or a word of another
 *      kind than a place in the dictionary: 安康, 保定, 朝阳) counts only
 *      with evidence: that narrowing, place words around it, a containing
 *      region named nearby, a list of places, or a city hospital's name;
 *    - if still ambiguous, a name listed beside it gives its level
 *      (长春、吉林: the city), a region named elsewhere that is itself a
 *      candidate is the one meant (白银市 … 白银), regions found
 *      elsewhere in the text narrow them; then resolve_alone decides,
 *      and it prefers no answer to a guess.
 *    - a name kept with no evidence of its own is scored (support()):
 *      a province's bare name is a place, a county's only with the
 *      text's support (listed, named again, its city named).
 * 3. Keep the most specific distinct codes in order of first mention;
 *    those named only as the start of a hospital's name go last, at most
 *    HOSPITAL_MAX of them.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "yidu/lang.h"
#include "gazetteer-impl.h"
#include "region-context.h"
#include "region-dateline.h"
#include "han-fold.h"
#include "region-typo.h"
#include "region-latin.h"
#include "region-abbrev.h"

enum {
	MAX_MENTIONS = 256,
	MAX_CAND = 64,
	NEAR = 60,         /* bytes: a containing region this close places a word */
	HOSPITAL_MAX = 2,  /* regions kept that only start a hospital's name */
};

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
	if (!(end + 3 <= n && memcmp(s + end, "街", 3) == 0))
		return false;
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

struct mention {
	size_t start, end;
	uint32_t group;
	uint32_t code;      /* resolved code; 0 = not (yet) resolved */
	unsigned why;       /* YD_WHY_* */
	bool ordinary;      /* needs evidence (weak or a dictionary word) */
	bool evidence;      /* place words, a suffix or a city hospital */
	bool dead;          /* refused */
	bool direct_hospital; /* X医院: the hospital's name unless X is placed */
	bool compound;      /* a bare name glued to a common noun (X瓷器) */
	bool generic;       /* a direction + 区 (东区): needs its city named */
	bool glued_noun;    /* a common noun glued after it (X时代, X炒饭) */
	bool entity;        /* and the two modify another word (X时代的员工) */
	bool strong;        /* words of place stronger than 去/在 before it: a
	                     * suffix, X医保, 来自/老家 X, a city's hospital */
	bool bare;          /* a short form (no unit suffix) */
	bool product;       /* refused as a product's name (X瓜片, X拉面) */
	bool town;          /* a word for a town's area after it (X古城) */
	size_t word_off, word_len;
};

/* A mention found but not named enough to stand: no region, and why. */
static void drop_bare(struct mention *x)
{
	x->dead = true;
	x->code = 0;
	x->why |= YD_WHY_BARE;
}

static size_t candidates(const yd_gazetteer *g, const struct alias_group *gr,
			 uint32_t *cand)
{
	size_t k, n = 0;

	for (k = gr->first; k < gr->first + gr->count && n < MAX_CAND; k++)
		if (kind_rank(g->ents[k].kind) == gr->best)
			cand[n++] = g->ents[k].code;
	return n;
}

/* Keeps the candidates below `anc`; returns the new count, or 0 leaving
 * cand unchanged when none is. */
static size_t narrow(const yd_gazetteer *g, uint32_t *cand, size_t n, uint32_t anc)
{
	uint32_t keep[MAX_CAND];
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (yd_gaz_is_ancestor(g, anc, cand[i]))
			keep[k++] = cand[i];
	if (k)
		memcpy(cand, keep, k * sizeof *cand);
	return k;
}

static bool is_short(const struct alias_group *gr)
{
	return gr->best >= KIND_SHORT;
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

/* Does the text speak of insurance or residence anywhere? Then the
 * places in it are mostly where someone is insured or lives. */
static bool admin_text(const char *s, size_t n)
{
	static const char *const words[] = {
		"医保", "社保", "参保", "异地", "报销", "户口", "户籍", "新农合", "缴费",
		"备案", "转诊", "定点", "医疗保险", "医疗保障", "政策", "慢特病", "慢病",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof *words; i++)
		if (memmem(s, n, words[i], strlen(words[i])))
			return true;
	return false;
}

/* Does the text speak of sports teams or listed companies? Their names
 * are a province's or city's name and a sponsor's or trade word (辽宁本钢,
 * 长春高新), which such a text names without meaning the place. */
static bool org_text(const char *s, size_t n)
{
	static const char *const words[] = {
		"球队", "比赛", "联赛", "赛季", "主场", "客场", "进球", "球员", "主教练",
		"积分榜", "中超", "CBA", "股价", "涨停", "跌停", "子公司", "上市公司",
		"市值", "财报", "净利润", "营收", "股东", "A股", "港股",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof *words; i++)
		if (memmem(s, n, words[i], strlen(words[i])))
			return true;
	return false;
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

static size_t scan(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
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
			if (is_short(gr) && town_after(g, s, n, end)) {
				refuse(m, &nm, pos, end, e[i]->value, YD_WHY_OTHER_NAME, 0, 0);
				continue;
			}
			yd_place_evidence(&win, g->dict, s, n, pos, end, ordinary, &ev);
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
			    ((ev.verb_use || ev.person || ev.glued || ev.wish) && is_short(gr) &&
			     !ev.before && !ev.after) ||
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
			x->strong = ev.strong_before || (ev.after && !ev.site) || ev.civic ||
				    ev.fit == FIT_SUFFIX;
			x->bare = is_short(gr);
			/* a county's name (short, or two characters with 县);
			 * a city's before a noun is the city in a text about
			 * insurance or residence (深圳系统显示已参保,
			 * 六盘水异地就医) */
			x->compound = ev.noun_after && !ev.hospital &&
				      ((group_level(g, gr, 3) && (is_short(gr) || gr->len == 6)) ||
				       (group_level(g, gr, 2) && is_short(gr) && !admin));
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
			if ((x->ordinary ? ev.noun_head
					 : is_short(gr) && ev.thing_head &&
					   (group_level(g, gr, 3) || !admin) &&
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
			x->glued_noun = ev.noun_after || (ev.noun_head && !ev.people_after) ||
					ev.word_after;
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

/* True if no mark ending a clause (，。；！？ or a line's end) stands in
 * s[a..b). */
static bool same_clause(const char *s, size_t a, size_t b)
{
	static const char *const marks[] = { "，", "。", "；", "！", "？", ",", ";", "!", "?", "\n" };
	size_t p, k;

	for (p = a; p < b; p++)
		for (k = 0; k < sizeof marks / sizeof *marks; k++)
			if (strlen(marks[k]) <= b - p && memcmp(s + p, marks[k], strlen(marks[k])) == 0)
				return false;
	return true;
}

/* The previous live mention if nothing but spaces separates the two. */
static const struct mention *adjacent(const struct mention *m, size_t i, const char *s)
{
	size_t p, j = i;

	while (j > 0 && m[j - 1].dead)
		j--;
	if (j == 0 || !m[j - 1].code || m[j - 1].end > m[i].start)
		return NULL;
	for (p = m[j - 1].end; p < m[i].start; p++)
		if (s[p] != ' ')
			return NULL;
	return &m[j - 1];
}

/* True if every candidate is a county. */
static bool all_counties(const yd_gazetteer *g, const uint32_t *cand, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const yd_region *r = yd_gazetteer_find(g, cand[i]);
		if (!r || r->level != 3)
			return false;
	}
	return n > 0;
}

/* The next live mention if nothing but spaces separates the two. */
static const struct mention *adjacent_next(const struct mention *m, size_t nm, size_t i,
					   const char *s)
{
	size_t p, j = i + 1;

	while (j < nm && m[j].dead)
		j++;
	if (j >= nm)
		return NULL;
	for (p = m[i].end; p < m[j].start; p++)
		if (s[p] != ' ')
			return NULL;
	return &m[j];
}

/* Keeps the candidates that contain one of the regions sub names
 * (河北邯郸: 河北省, not 天津's 河北区); returns the new count, or 0
 * leaving cand unchanged when none does. */
static size_t narrow_up(const yd_gazetteer *g, uint32_t *cand, size_t n,
			const struct alias_group *sub)
{
	uint32_t keep[MAX_CAND], below[MAX_CAND];
	size_t i, j, k = 0, nb = candidates(g, sub, below);

	for (i = 0; i < n; i++)
		for (j = 0; j < nb; j++)
			if (yd_gaz_is_ancestor(g, cand[i], below[j])) {
				keep[k++] = cand[i];
				break;
			}
	if (k)
		memcpy(cand, keep, k * sizeof *cand);
	return k;
}

/* True if s[a..b) lists two names or joins them as a route's ends
 * (北京、上海; 南宁-三亚, 海口飞兰州, 从中山到珠海). */
static bool joined(const char *s, size_t a, size_t b)
{
	return yd_place_listed(s, a, b) || yd_place_route(s, a, b);
}

/* The live, resolved mentions just before and after i separated by a
 * list separator only. */
/* A name that places a name listed beside it: a place name, or an
 * ordinary word with words of place of its own (红安和麻城两个县: 麻城). */
static bool placed_peer(const struct mention *x)
{
	return x->ordinary ? x->evidence && !x->compound : x->code != 0;
}

static bool listed(const struct mention *m, size_t nm, size_t i, const char *s)
{
	size_t j;

	for (j = i; j-- > 0; )
		if (!m[j].dead) {
			if (placed_peer(&m[j]) && yd_place_listed(s, m[j].end, m[i].start))
				return true;
			break;
		}
	for (j = i + 1; j < nm; j++)
		if (!m[j].dead) {
			if (placed_peer(&m[j]) && yd_place_listed(s, m[i].end, m[j].start))
				return true;
			break;
		}
	return false;
}

/* The index of a live placed mention right before or after m[i] joined
 * to it as a route's other end (济南-太原, 从中山到珠海), or nm. */
static size_t route_end(const struct mention *m, size_t nm, size_t i, const char *s)
{
	size_t j;

	for (j = i; j-- > 0; )
		if (!m[j].dead) {
			if (placed_peer(&m[j]) && m[j].code && yd_place_route(s, m[j].end, m[i].start))
				return j;
			break;
		}
	for (j = i + 1; j < nm; j++)
		if (!m[j].dead) {
			if (placed_peer(&m[j]) && m[j].code && yd_place_route(s, m[i].end, m[j].start))
				return j;
			break;
		}
	return nm;
}

/* Keeps the candidates in the province of `code` at the front; returns
 * their number. */
static size_t same_province(uint32_t *cand, size_t n, uint32_t code)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (cand[i] / 10000 == code / 10000) {
			uint32_t c = cand[k];

			cand[k++] = cand[i];
			cand[i] = c;
		}
	return k;
}

/* 伊宁: the bare name of a county-level city and of a county beside it
 * in the same prefecture (伊宁市, 伊宁县) is the city, as 长沙 is the
 * city and not 长沙县; the county is called with its 县. Returns the
 * city's code when the candidates are such a pair, else 0. */
static uint32_t city_of_county(const yd_gazetteer *g, const uint32_t *cand, size_t nc)
{
	const yd_region *a, *b;
	size_t ka, kb;

	if (nc != 2 || !(a = yd_gazetteer_find(g, cand[0])) || !(b = yd_gazetteer_find(g, cand[1])) ||
	    a->level != 3 || b->level != 3 || a->parent != b->parent)
		return 0;
	ka = strlen(a->name);
	kb = strlen(b->name);
	if (ka != kb || ka < 6 || memcmp(a->name, b->name, ka - 3) != 0)
		return 0;
	if (memcmp(a->name + ka - 3, "市", 3) == 0 && memcmp(b->name + kb - 3, "县", 3) == 0)
		return a->code;
	if (memcmp(b->name + kb - 3, "市", 3) == 0 && memcmp(a->name + ka - 3, "县", 3) == 0)
		return b->code;
	return 0;
}

/* yd_gaz_resolve_alone, but a name in a text is one of its candidates or
 * nothing: 桥西区 alone (石家庄, 邢台, 张家口) does not say 河北, which
 * the writer never named. */
static uint32_t resolve_text(const yd_gazetteer *g, const uint32_t *cand, size_t nc,
			     bool prefer_level)
{
	uint32_t code = yd_gaz_resolve_alone(g, cand, nc, prefer_level);
	size_t i;

	for (i = 0; i < nc; i++)
		if (cand[i] == code)
			return code;
	return city_of_county(g, cand, nc);
}

/* True if a candidate of the peer's level lies inside another candidate
 * (a county inside its namesake city: 南昌县 in 南昌市) that the peer
 * lies outside of. */
static bool namesake_apart(const yd_gazetteer *g, const uint32_t *cand, size_t nc,
			   int level, uint32_t peer)
{
	size_t k, d;

	for (k = 0; k < nc; k++) {
		const yd_region *r = yd_gazetteer_find(g, cand[k]);

		if (!r || r->level != level)
			continue;
		for (d = 0; d < nc; d++)
			if (d != k && yd_gaz_is_ancestor(g, cand[d], cand[k]) &&
			    !yd_gaz_is_ancestor(g, cand[d], peer))
				return true;
	}
	return false;
}

/* The members of a list are alike (长春、吉林两地: the city 吉林, not
 * the province; 天津、河北: the province, not 天津's 河北区): keeps the candidates of the level of a resolved name
 * listed right beside mention i, when there are some; returns the count. */
static size_t peer_level(const yd_gazetteer *g, const char *s, const struct mention *m,
			 size_t nm, size_t i, uint32_t *cand, size_t nc)
{
	size_t j, k, kept;

	for (j = 0; j < nm; j++) {
		const yd_region *peer;

		if (j == i || m[j].dead || !m[j].code ||
		    !(j < i ? yd_place_listed(s, m[j].end, m[i].start)
			    : yd_place_listed(s, m[i].end, m[j].start)) ||
		    !(peer = yd_gazetteer_find(g, m[j].code)))
			continue;
		/* 吉安县和吉安: a list names different places, so a
		 * candidate that is the peer is the one not meant */
		for (k = kept = 0; k < nc; k++)
			if (cand[k] != m[j].code)
				cand[kept++] = cand[k];
		if (kept < nc)
			return kept ? kept : nc;
		/* a city's bare name whose namesake county lies inside it
		 * (南昌: 南昌市, 南昌县) takes a county peer's level only
		 * beside the county's siblings (浏阳和长沙); beside a county
		 * of another city (醴陵和南昌) it is the city */
		if (namesake_apart(g, cand, nc, peer->level, m[j].code))
			return nc;
		for (k = kept = 0; k < nc; k++) {
			const yd_region *r = yd_gazetteer_find(g, cand[k]);

			if (r && r->level == peer->level)
				cand[kept++] = cand[k];
		}
		/* none of that level: the candidates stay as they were */
		if (kept)
			return kept;
		return nc;
	}
	return nc;
}

/* 大理古城, 恩施城区: a prefecture called by its seat city's name (大理
 * for 大理白族自治州 and 大理市), then a word for a town's area: the
 * town is the city. Keeps that city alone when the candidates hold one
 * city inside another candidate; returns the count. */
static size_t seat_city(const yd_gazetteer *g, uint32_t *cand, size_t nc)
{
	size_t i, j, found = nc;

	for (i = 0; i < nc; i++) {
		const yd_region *r = yd_gazetteer_find(g, cand[i]);
		size_t k = r ? strlen(r->name) : 0;

		if (!r || r->level != 3 || k < 6 || memcmp(r->name + k - 3, "市", 3) != 0)
			continue;
		for (j = 0; j < nc; j++)
			if (j != i && cand[j] == r->parent)
				break;
		if (j == nc)
			continue;
		if (found != nc)
			return nc;   /* two such cities: nothing decided */
		found = i;
	}
	if (found == nc)
		return nc;
	cand[0] = cand[found];
	return 1;
}

/* The candidate whose official name is in the dictionary at least
 * KNOWN_MIN times and KNOWN_LEAD times as often as any other's, and is
 * no other candidate's name too (中山市 97, 大连's 中山区 none: 中山市;
 * 朝阳区 is two districts' name, so 朝阳 stays undecided); else 0. */
enum { KNOWN_MIN = 50, KNOWN_LEAD = 3 };

static uint32_t best_known(const yd_gazetteer *g, const uint32_t *cand, size_t nc)
{
	uint32_t best = 0, top = 0, next = 0;
	const char *name = NULL;
	size_t i;

	for (i = 0; i < nc; i++) {
		const yd_region *r = yd_gazetteer_find(g, cand[i]);
		yd_word w;
		uint32_t f;

		if (!r)
			return 0;
		f = yd_dict_lookup(g->dict, r->name, strlen(r->name), &w) ? w.freq : 0;
		if (f > top) {
			next = top;
			top = f;
			best = cand[i];
			name = r->name;
		} else if (f > next) {
			next = f;
		}
	}
	for (i = 0; best && i < nc; i++) {
		const yd_region *r = yd_gazetteer_find(g, cand[i]);

		if (cand[i] != best && strcmp(r->name, name) == 0)
			return 0;
	}
	return top >= KNOWN_MIN && (uint64_t)top >= (uint64_t)KNOWN_LEAD * next ? best : 0;
}

/* True if `code` is each of the candidates or an ancestor of it. */
static bool contains_all(const yd_gazetteer *g, const uint32_t *cand, size_t n, uint32_t code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (cand[i] != code && !yd_gaz_is_ancestor(g, code, cand[i]))
			return false;
	return true;
}

/* True if a live mention other than i, a name that is no ordinary word,
 * can name a region containing one of the candidates; narrows them to
 * those (*nc). */
static bool named_above(const yd_gazetteer *g, const struct mention *m, size_t nm, size_t i,
			uint32_t *cand, size_t *nc)
{
	uint32_t up[MAX_CAND];
	size_t j, k, nu, nk;

	for (j = 0; j < nm; j++) {
		if (j == i || m[j].dead || m[j].ordinary || m[j].generic)
			continue;
		nu = m[j].code ? (up[0] = m[j].code, 1) : candidates(g, &g->groups[m[j].group], up);
		for (k = 0; k < nu; k++)
			if ((nk = narrow(g, cand, *nc, up[k])) > 0) {
				*nc = nk;
				return true;
			}
	}
	return false;
}

/* Distance in bytes between two mentions. */
static size_t gap(const struct mention *a, const struct mention *b)
{
	return a->end <= b->start ? b->start - a->end : a->start >= b->end ? a->start - b->end : 0;
}

/* How far m[j] is from m[i] for narrowing: a region named before a name
 * sets its context more than one named after it (沈阳也有个和平区，天津…),
 * so those after count NEAR more. */
static size_t reach(const struct mention *m, size_t i, size_t j)
{
	return gap(&m[j], &m[i]) + (m[j].start >= m[i].end ? NEAR : 0);
}

/* The other live, resolved mentions, nearest to m[i] first: the region
 * that narrows an ambiguous name is the one named closest to it
 * (石家庄桥西区 … 张家口的桥西: 张家口's). Returns their number. */
static size_t by_distance(const struct mention *m, size_t nm, size_t i, size_t *order)
{
	size_t j, k, n = 0;

	for (j = 0; j < nm; j++) {
		if (j == i || m[j].dead || !m[j].code)
			continue;
		for (k = n; k > 0 && reach(m, i, order[k - 1]) > reach(m, i, j); k--)
			order[k] = order[k - 1];
		order[k] = j;
		n++;
	}
	return n;
}

/* True if a live mention beside m[i] is joined to it as the other end
 * of a route (南宁-三亚航班, 海口飞兰州): the noun glued to a route's end
 * is the trip's (航班), not a product named after the place. */
static bool route_peer(const struct mention *m, size_t nm, size_t i, const char *s)
{
	size_t j;

	for (j = i; j-- > 0; )
		if (!m[j].dead) {
			if (yd_place_route(s, m[j].end, m[i].start))
				return true;
			break;
		}
	for (j = i + 1; j < nm; j++)
		if (!m[j].dead)
			return yd_place_route(s, m[i].end, m[j].start);
	return false;
}

static void resolve(const yd_gazetteer *g, const char *s, struct mention *m, size_t nm)
{
	uint32_t cand[MAX_CAND];
	size_t i, j, nc, k;

	/* Pass 1: in order, with the region named just before. */
	for (i = 0; i < nm; i++) {
		const struct alias_group *gr = &g->groups[m[i].group];
		const struct mention *prev;
		bool ctx = false;

		const struct mention *next;

		if (m[i].dead || m[i].code)
			continue;
		prev = adjacent(m, i, s);
		next = adjacent_next(m, nm, i, s);
		nc = candidates(g, gr, cand);
		if (prev && (k = narrow(g, cand, nc, prev->code)) > 0) {
			nc = k;
			ctx = true;
			m[i].why |= YD_WHY_WITHIN;
		} else if (m[i].generic && named_above(g, m, nm, i, cand, &nc)) {
			/* 攀枝花西区居民在东区医院: its city named elsewhere */
			ctx = true;
			m[i].why |= YD_WHY_WITHIN;
		} else if (m[i].generic || (m[i].compound && !m[i].evidence && !next &&
					    !route_peer(m, nm, i, s))) {
			/* 医院东区; 景德镇瓷器, 周宁护士: no place without its
			 * city named, or other words of place */
			m[i].dead = true;
			m[i].why = m[i].generic ? YD_WHY_CAMPUS : YD_WHY_COMPOUND;
			continue;
		} else if (m[i].direct_hospital &&
			   (prev || m[i].ordinary || all_counties(g, cand, nc))) {
			/* 上海长海医院: a hospital of 上海, not 长海县; and a
			 * county's name alone before 医院 is mostly a famous
			 * hospital's, named after a street or quarter of a big
			 * city (瑞金医院, 同仁医院), not a county's hospital,
			 * which says 人民医院 or 县医院 */
			m[i].dead = true;
			m[i].why = YD_WHY_OTHER_NAME;
			continue;
		}
		/* 河北邯郸, 包头青山区: a region inside it named right after */
		if (next && (k = narrow_up(g, cand, nc, &g->groups[next->group])) > 0) {
			nc = k;
			ctx = true;
			m[i].why |= YD_WHY_WITHIN;
		}
		if (m[i].ordinary && !ctx && !m[i].evidence)
			continue;           /* decided in pass 3 */
		if (nc == 1)
			m[i].code = cand[0];
		else if (ctx)
			m[i].code = resolve_text(g, cand, nc, false);
	}
	/* Pass 2: the still ambiguous ones, with every region found so far. */
	for (i = 0; i < nm; i++) {
		const struct alias_group *gr = &g->groups[m[i].group];

		if (m[i].dead || m[i].code || (m[i].ordinary && !m[i].evidence &&
					       !(m[i].why & YD_WHY_WITHIN)))
			continue;
		/* the same name said again names the same place (湖南岳阳 …
		 * 岳阳的医保), not a part of it */
		for (j = 0; j < nm; j++)
			if (j != i && !m[j].dead && m[j].code && m[j].group == m[i].group)
				break;
		/* …unless another region, named nearer to it than the first
		 * saying, holds another of its candidates (石家庄市桥西区 …
		 * 张家口市第一医院位于桥西区: 张家口's) */
		if (j < nm) {
			size_t order[MAX_MENTIONS], no = by_distance(m, nm, i, order), o;

			for (o = 0; o < no && reach(m, i, order[o]) < reach(m, i, j); o++) {
				uint32_t c2[MAX_CAND];
				size_t n2 = candidates(g, gr, c2), k2;

				if (m[order[o]].group == m[i].group ||
				    (k2 = narrow(g, c2, n2, m[order[o]].code)) == 0)
					continue;
				if (k2 == 1 && c2[0] != m[j].code)
					j = nm;
				break;
			}
		}
		if (j < nm) {
			m[i].code = m[j].code;
			continue;
		}
		nc = candidates(g, gr, cand);
		nc = peer_level(g, s, m, nm, i, cand, nc);
		if (m[i].town)
			nc = seat_city(g, cand, nc);
		/* a region found elsewhere that is itself a candidate and
		 * contains the others is the one meant (白银 … 白银市: the
		 * city, not its 白银区); a county named with its unit beside
		 * its city's bare name is set apart (长沙县人在长沙) */
		for (j = 0; j < nm && nc > 1; j++)
			if (j != i && !m[j].dead && m[j].code)
				for (k = 0; k < nc; k++)
					if (cand[k] == m[j].code &&
					    contains_all(g, cand, nc, cand[k])) {
						cand[0] = cand[k];
						nc = 1;
						break;
					}
		{
			size_t order[MAX_MENTIONS], no = by_distance(m, nm, i, order), o;

			for (o = 0; o < no && nc > 1; o++)
				if (m[order[o]].group != m[i].group &&
				    (k = narrow(g, cand, nc, m[order[o]].code)) > 0)
					nc = k;
		}
		m[i].code = resolve_text(g, cand, nc, !m[i].ordinary);
		/* 中山医保: a name with words of place of its own that
		 * several regions bear is the one whose official name the
		 * dictionary knows far best */
		if (!m[i].code && m[i].strong)
			m[i].code = best_known(g, cand, nc);
		if (!m[i].code)
			m[i].why |= YD_WHY_UNSURE;
	}
	/* Pass 3: ordinary words with no evidence of their own: a containing
	 * region named nearby, or a list of places, or nothing. */
	for (i = 0; i < nm; i++) {
		const struct alias_group *gr = &g->groups[m[i].group];
		bool within = false;

		if (m[i].dead || m[i].code || !m[i].ordinary || m[i].evidence ||
		    (m[i].why & YD_WHY_WITHIN))
			continue;
		nc = candidates(g, gr, cand);
		/* the same name placed before (辽宁朝阳 … 在北京住院，回朝阳):
		 * the same place, unless a region in its own clause holds
		 * another of its candidates */
		for (j = 0; j < nm; j++)
			if (j != i && !m[j].dead && m[j].code && m[j].group == m[i].group)
				break;
		if (j < nm) {
			size_t o;
			bool other = false;

			for (o = 0; o < nm && !other; o++) {
				uint32_t c2[MAX_CAND];
				size_t k2;

				if (o == i || m[o].dead || !m[o].code || m[o].group == m[i].group ||
				    !same_clause(s, m[o].end < m[i].start ? m[o].end : m[i].end,
						 m[o].end < m[i].start ? m[i].start : m[o].start))
					continue;
				memcpy(c2, cand, nc * sizeof *cand);
				k2 = narrow(g, c2, nc, m[o].code);
				other = k2 == 1 && c2[0] != m[j].code;
			}
			if (!other) {
				m[i].code = m[j].code;
				m[i].why |= YD_WHY_AGAIN;
				continue;
			}
		}
		{
			size_t order[MAX_MENTIONS], no = by_distance(m, nm, i, order), o;

			for (o = 0; o < no; o++) {
				j = order[o];
				if (m[j].ordinary || gap(&m[j], &m[i]) > NEAR)
					continue;
				if ((k = narrow(g, cand, nc, m[j].code)) > 0) {
					nc = k;
					within = true;
				}
			}
		}
		if (within) {
			m[i].why |= YD_WHY_WITHIN;
			m[i].code = resolve_text(g, cand, nc, false);
		} else if (listed(m, nm, i, s)) {
			m[i].why |= YD_WHY_LISTED;
			m[i].code = resolve_text(g, cand, nc, false);
		} else if ((j = route_end(m, nm, i, s)) < nm &&
			   (k = same_province(cand, nc, m[j].code)) > 0) {
			/* 从中山到珠海: a trip's other end, a place,
			 * places it among its candidates in that province
			 * (a route's ends lie mostly near each other; an
			 * ordinary word of another province there, 九寨沟→
			 * 黄龙 of 陕西, is a sight's name) */
			m[i].why |= YD_WHY_LISTED;
			m[i].code = resolve_text(g, cand, k, false);
		} else {
			m[i].why |= YD_WHY_NO_CONTEXT;
		}
		if (!m[i].code && !(m[i].why & YD_WHY_NO_CONTEXT))
			m[i].why |= YD_WHY_UNSURE;
	}
	for (i = 0; i < nm; i++)
		if (!m[i].code)
			m[i].dead = true;
}

/* True if 保 ends a short word right after s[..pos): a city's own health
 * insurance product (成都惠民保, 青岛琴岛e保) is named after the city. */
static bool insurance_product(const char *s, size_t n, size_t pos)
{
	size_t p = pos, chars;

	for (chars = 0; chars < 4 && p < n; chars++) {
		size_t k = ((unsigned char)s[p] & 0x80) ? 3 : 1;

		if (k == 3 && p + 3 <= n && memcmp(s + p, "保", 3) == 0)
			return chars > 0;
		p += k;
	}
	return false;
}

/* Evidence of place a kept mention has of its own: a place suffix, place
 * words around it, a containing region right by it, a list, a hospital,
 * or its official full name. */
static bool own_evidence(const struct mention *x, const char *s)
{
	static const char *const units[] = { "县", "市", "区", "州", "旗", "盟" };
	size_t k;

	/* a short form with its unit: 通道县 for 通道侗族自治县, 大理州
	 * (two characters end with one as part of the name: 化州, 通州) */
	for (k = 0; k < sizeof units / sizeof *units; k++)
		if (x->end - x->start >= 9 && memcmp(s + x->end - 3, units[k], 3) == 0)
			return true;
	return x->evidence || (x->why & (YD_WHY_NAME | YD_WHY_SUFFIX | YD_WHY_CONTEXT |
					  YD_WHY_WITHIN | YD_WHY_LISTED | YD_WHY_HOSPITAL));
}

/* Pass 4: a name with no evidence of its own is a place only if the rest
 * of the text supports it enough. Each such name gets a score, and is
 * kept at SUPPORT_NEEDED:
 *   - what the name is: a province's is a place nearly always (2), a
 *     prefecture's mostly (1), a county's is often a word, a person's or
 *     a product's name (集美们, 陆川导演, 老泰山: 0); a city's glued to a
 *     common noun is a brand's or a food's (X瓷器: one less), except as
 *     the start of a bracketed facility label (【X转运中心】) and in
 *     a text about insurance or residence (深圳系统显示已参保), as in
 *     scan();
 *   - the text supports it (one each): listed with another place
 *     (白银、武威、张掖) or joined to one by a route (济南-太原), the same region named elsewhere with place
 *     words (天门 … 天门市医保局), a region containing it named anywhere
 *     in the text (上海 … 静安).
 * The scores are taken before any name is refused, so two names do not
 * support each other out of order. */
enum { SUPPORT_NEEDED = 1 };

static void support(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
		    size_t nm, bool admin)
{
	bool drop[MAX_MENTIONS] = { false };
	size_t i, j;

	for (i = 0; i < nm; i++) {
		const yd_region *r;
		int score;
		unsigned found = 0;

		if (m[i].dead || !m[i].code || own_evidence(&m[i], s))
			continue;
		r = yd_gazetteer_find(g, m[i].code);
		score = !r ? 0 : r->level <= 1 ? 2 : r->level == 2 ? 1 : 0;
		if (r && r->level <= 2 && m[i].glued_noun && (!admin || m[i].entity) &&
		    !insurance_product(s, n, m[i].end) &&
		    !yd_place_facility_label(s, n, m[i].start, m[i].end))
			score--;
		for (j = 0; j < nm; j++) {
			if (j == i || m[j].dead || !m[j].code)
				continue;
			if (!(found & YD_WHY_AGAIN) && m[j].code == m[i].code && own_evidence(&m[j], s))
				found |= YD_WHY_AGAIN;
			if (!(found & YD_WHY_WITHIN) && yd_gaz_is_ancestor(g, m[j].code, m[i].code))
				found |= YD_WHY_WITHIN;
			if (!(found & YD_WHY_LISTED) &&
			    (j < i ? joined(s, m[j].end, m[i].start) : joined(s, m[i].end, m[j].start)))
				found |= YD_WHY_LISTED;
		}
		score += (found & YD_WHY_AGAIN) != 0;
		score += (found & YD_WHY_WITHIN) != 0;
		score += (found & YD_WHY_LISTED) != 0;
		m[i].why |= found;
		drop[i] = score < SUPPORT_NEEDED;
	}
	for (i = 0; i < nm; i++)
		if (drop[i])
			drop_bare(&m[i]);
}

/* 西安长安区 … 去曲江那边, 郑州 … 龙湖中环路: a district's bare name with
 * no stronger word of place than 去/在, in a text whose other places all
 * lie in other provinces, is a quarter, new area or street of the city
 * the text is about that happens to share a far district's name (曲江区
 * of 韶关, 龙湖区 of 汕头), or an ordinary word (新建). Dropped; a name
 * with words of its own (曲江区医保, 来自曲江) or beside a place of its
 * province stays. */
static void far_districts(const yd_gazetteer *g, struct mention *m, size_t nm)
{
	size_t i, j;

	for (i = 0; i < nm; i++) {
		const yd_region *r;
		bool other = false, home = false;
		size_t k;

		if (m[i].dead || !m[i].code || !m[i].bare || m[i].strong ||
		    !(r = yd_gazetteer_find(g, m[i].code)) || r->level != 3 ||
		    (k = strlen(r->name)) < 6 || memcmp(r->name + k - 3, "区", 3) != 0)
			continue;
		for (j = 0; j < nm; j++) {
			if (j == i || m[j].dead || !m[j].code)
				continue;
			if (m[j].code / 10000 == m[i].code / 10000)
				home = true;
			else
				other = true;
		}
		if (other && !home)
			drop_bare(&m[i]);
	}
}

/* Where the list item a name opens ends: the name itself, or the name
 * and a short word glued to it (大连圣亚, 峨眉山A: a firm's or a stock's
 * name) when a list's separator follows them; (size_t)-1 when no
 * separator follows within ITEM_MAX characters. */
enum { ITEM_MAX = 4 };

static size_t item_end(const char *s, size_t n, size_t end)
{
	static const char *const seps[] = { "、", "，", ",", "和", "与", "及", "或", "跟", "/" };
	size_t p = end, c, k;

	for (c = 0; c <= ITEM_MAX && p < n; c++) {
		for (k = 0; k < sizeof seps / sizeof *seps; k++)
			if (strlen(seps[k]) <= n - p && memcmp(s + p, seps[k], strlen(seps[k])) == 0)
				return p;
		if ((unsigned char)s[p] < 0x80 ? !((s[p] >= 'A' && s[p] <= 'Z') ||
						  (s[p] >= 'a' && s[p] <= 'z'))
					       : !yd_seg_is_word_char(s, n, p))
			return (size_t)-1;
		p += (unsigned char)s[p] < 0x80 ? 1 : 3;
	}
	return (size_t)-1;
}

/* 大连圣亚、黄山旅游、张家界、丽江股份五只股; 黄山毛峰和六安瓜片: a list
 * one of whose items is a product's name, or in a text about teams or
 * listed companies a firm's or team's name (refused as such in scan()),
 * lists products, firms or teams: its bare names without a unit's suffix
 * are theirs too, as a list's members are alike. */
static void alike_lists(const char *s, size_t n, struct mention *m, size_t nm)
{
	size_t i, j, from;
	int orgs = -1;   /* org_text(), read when a list first needs it */

	for (from = 0; from < nm; from = j) {
		bool firm = false;

		/* the run of items from m[from], each joined to the next by
		 * one separator */
		for (j = from; j < nm; j++) {
			size_t e = item_end(s, n, m[j].end), k;

			if (!firm && m[j].dead && (m[j].why & YD_WHY_OTHER_NAME)) {
				if (!m[j].product && orgs < 0)
					orgs = org_text(s, n);
				firm = m[j].product || orgs > 0;
			}
			if (e == (size_t)-1)
				break;
			for (k = j + 1; k < nm && m[k].start < e; k++)
				;
			if (k >= nm || !yd_place_listed(s, e, m[k].start) || k != j + 1)
				break;
		}
		j = j < nm ? j + 1 : nm;
		if (!firm || j - from < 2)
			continue;
		/* (words of place glued to a name inside an item after a
		 * separator are the item's own: 黄山旅游 is a firm there, not
		 * a trip; words after the list's last name are its own:
		 * 兰州拉面、北京的医保) */
		for (i = from; i < j; i++) {
			size_t e = item_end(s, n, m[i].end);

			if (!m[i].dead && m[i].code && m[i].bare && !(m[i].why & YD_WHY_SUFFIX) &&
			    (!m[i].strong || (i > from && e != (size_t)-1 && e > m[i].end)))
				drop_bare(&m[i]);
		}
	}
}

/* The start of the character before s[pos]. */
static size_t char_before(const char *s, size_t pos)
{
	while (pos > 0 && ((unsigned char)s[--pos] & 0xC0) == 0x80)
		;
	return pos;
}

/* True if the character at s[p] is a mark that ends a clause. */
static bool clause_mark(const char *s, size_t n, size_t p)
{
	static const char *const marks[] = {
		"，", "。", "？", "！", "；", "：", "…", "、", "（", "）", "—",
	};
	size_t i;

	if ((unsigned char)s[p] < 0x80)
		return strchr(",.?!;:() \t\n", s[p]) != NULL && s[p];
	for (i = 0; i < sizeof marks / sizeof *marks; i++)
		if (p + 3 <= n && memcmp(s + p, marks[i], 3) == 0)
			return true;
	return false;
}

/* 市中区解放路105号？不对，是历下区; 去新疆阿里……哦不对是西藏阿里: a
 * writer who corrects himself retracts the clause before 不对 (说错了,
 * 写错了) when 是 and a place follow it (不对吗？北京的 is a question).
 * The places of that clause named nowhere else are dropped. */
static void self_corrected(const char *s, size_t n, struct mention *m, size_t nm)
{
	static const char *const undo[] = { "不对", "说错了", "写错了", "打错了" };
	size_t u;

	for (u = 0; u < sizeof undo / sizeof *undo; u++) {
		const char *p = s, *e = s + n;
		size_t k = strlen(undo[u]);

		while ((p = memmem(p, (size_t)(e - p), undo[u], k)) != NULL) {
			size_t at = (size_t)(p - s), from, to = at, i, j;
			bool follows = false;

			p += k;
			/* back over the marks (and an 哦) before 不对, then
			 * over the clause to the mark before it */
			while (to > 0) {
				size_t c = char_before(s, to);

				if (!clause_mark(s, n, c) && !(to - c == 3 && memcmp(s + c, "哦", 3) == 0))
					break;
				to = c;
			}
			if (to == at)
				continue;   /* no mark before 不对: 对不对, 不对称 */
			for (from = to; from > 0 && !clause_mark(s, n, char_before(s, from)); )
				from = char_before(s, from);
			/* the correction: 是 (应该是) after the marks, then a place */
			{
				size_t q = at + k;

				while (q < n && clause_mark(s, n, q))
					q += (unsigned char)s[q] < 0x80 ? 1 : 3;
				if (q + 9 <= n && memcmp(s + q, "应该是", 9) == 0)
					q += 9;
				else if (q + 3 <= n && memcmp(s + q, "是", 3) == 0)
					q += 3;
				else
					continue;
				for (i = 0; i < nm; i++)
					if (!m[i].dead && m[i].code && m[i].start >= q &&
					    m[i].start <= q + 9)
						follows = true;
			}
			if (!follows)
				continue;
			for (i = 0; i < nm; i++) {
				if (m[i].dead || !m[i].code || m[i].start < from || m[i].end > to)
					continue;
				for (j = 0; j < nm; j++)
					if (j != i && !m[j].dead && m[j].code == m[i].code &&
					    (m[j].start < from || m[j].end > to))
						break;
				if (j == nm)
					drop_bare(&m[i]);
			}
		}
	}
}

/* 崆峒区公安, 某县人民: a name that is also an ordinary word, written
 * right after a region's name with nothing between, names a region inside
 * that one (湖北公安: the county) or is a word the region's name modifies
 * (the district's police, its people). A region elsewhere is the word:
 * dropped. */
/* The same holds for any county's bare name after a district's or
 * county's full name in another province (杭州拱墅区大关: a quarter of
 * 拱墅区 sharing 大关县's name): no county lies inside another. */
static bool county_level(const yd_gazetteer *g, uint32_t code)
{
	const yd_region *r = yd_gazetteer_find(g, code);

	return r && r->level == 3;
}

static void glued_after_region(const yd_gazetteer *g, struct mention *m, size_t nm)
{
	size_t i, j;

	for (i = 0; i < nm; i++) {
		if (m[i].dead || !m[i].code || !m[i].bare)
			continue;
		for (j = 0; j < nm; j++)
			if (j != i && !m[j].dead && m[j].code && m[j].end == m[i].start &&
			    m[j].code != m[i].code && !yd_gaz_is_ancestor(g, m[j].code, m[i].code) &&
			    !yd_gaz_is_ancestor(g, m[i].code, m[j].code) &&
			    (m[i].ordinary ||
			     (!m[j].bare && m[j].code / 10000 != m[i].code / 10000 &&
			      county_level(g, m[j].code) && county_level(g, m[i].code))))
				break;
		if (j < nm)
			drop_bare(&m[i]);
	}
}

/* True if s[a..b) is a short run of Han characters (no punctuation or
 * space: one name) that holds 大学 or 学院. */
static bool university_between(const char *s, size_t a, size_t b)
{
	size_t p;
	bool uni = false;

	if (b < a || b - a > 24)
		return false;
	for (p = a; p < b; p += 3) {
		unsigned char c = (unsigned char)s[p];

		if (c < 0xE4 || c > 0xE9 || b - p < 3)
			return false;
		if (b - p >= 6 && (memcmp(s + p, "大学", 6) == 0 || memcmp(s + p, "学院", 6) == 0))
			uni = true;
	}
	return uni;
}

/* 包邮（新疆西藏除外）, 偏远地区及青海不发货: the areas a seller's
 * shipping leaves out are a listing's boilerplate, not places it is
 * about. The names in a clause that ends in 除外 or 不发货, in a text
 * that speaks of shipping, are dropped. */
static void shipping_excluded(const char *s, size_t n, struct mention *m, size_t nm)
{
	static const char *const ends[] = { "除外", "不发货", "不包邮", "不配送" };
	static const char *const shipping[] = { "包邮", "发货", "配送", "快递", "邮费", "运费" };
	size_t u, k;
	bool ships = false;

	for (k = 0; k < sizeof shipping / sizeof *shipping && !ships; k++)
		ships = memmem(s, n, shipping[k], strlen(shipping[k])) != NULL;
	if (!ships)
		return;
	for (u = 0; u < sizeof ends / sizeof *ends; u++) {
		const char *p = s, *e = s + n;
		size_t len = strlen(ends[u]);

		while ((p = memmem(p, (size_t)(e - p), ends[u], len)) != NULL) {
			size_t at = (size_t)(p - s), from = at, i;

			p += len;
			/* back to the clause's start, over a list's 、 */
			while (from > 0 && (yd_char_in("、", s + char_before(s, from)) ||
					    !clause_mark(s, n, char_before(s, from))))
				from = char_before(s, from);
			for (i = 0; i < nm; i++)
				if (!m[i].dead && m[i].code && m[i].start >= from && m[i].end <= at) {
					m[i].dead = true;
					m[i].code = 0;
					m[i].why = YD_WHY_OTHER_NAME;
				}
		}
	}
}

/* 宜昌东阳光长江药业股份有限公司: a bare name opening a firm's registered
 * name (a run of Han characters, nothing between, ending in 有限公司 and
 * the like) is part of that name; the firm's address names its place. */
enum { FIRM_NAME_MAX = 20 };

static void registered_firms(const char *s, size_t n, struct mention *m, size_t nm)
{
	static const char *const forms[] = { "有限公司", "有限责任公司", "股份公司" };
	size_t i, k;

	for (i = 0; i < nm; i++) {
		size_t p, c = 0;
		bool firm = false;

		if (m[i].dead || !m[i].code || !m[i].bare || m[i].strong)
			continue;
		for (p = m[i].end; p + 3 <= n && c < FIRM_NAME_MAX && !firm; p += 3, c++) {
			if ((unsigned char)s[p] < 0xE4 || (unsigned char)s[p] > 0xE9)
				break;  /* not a Han character: the name ends */
			for (k = 0; k < sizeof forms / sizeof *forms && !firm; k++)
				firm = strlen(forms[k]) <= n - p &&
				       memcmp(s + p, forms[k], strlen(forms[k])) == 0;
		}
		if (firm) {
			m[i].dead = true;
			m[i].code = 0;
			m[i].why = YD_WHY_OTHER_NAME;
		}
	}
}

/* m[i] is an old name: it, and the same name said again anywhere in
 * the text (南宋定都临安后), name no region of today. */
static void old_name(struct mention *m, size_t nm, size_t i)
{
	uint32_t group = m[i].group;
	size_t k;

	for (k = 0; k < nm; k++)
		if (k == i || (!m[k].dead && m[k].group == group)) {
			m[k].dead = true;
			m[k].code = 0;
			m[k].why = YD_WHY_OTHER_NAME;
		}
}

/* 长安，今陕西西安; 蕲州（今湖北省黄冈市蕲春县）: 今 (today) after a
 * mark, or 即今, then today's places: a name earlier in the sentence
 * that lies inside one of them is the old name of a place there (an
 * ancient capital now a district: 长安, 临安), not the district. The
 * places after 今 run to the next mark. */
static void named_today(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
			size_t nm)
{
	const char *p = s, *e = s + n;

	while ((p = memmem(p, (size_t)(e - p), "今", 3)) != NULL) {
		size_t at = (size_t)(p - s), b, to, i, j;

		p += 3;
		if (at > 0 && !clause_mark(s, n, char_before(s, at)) &&
		    !(at >= 3 && memcmp(s + at - 3, "即", 3) == 0))
			continue;       /* 至今, 如今, 今天 after a word */
		b = at + 3;
		if (b + 3 <= n && yd_char_in("属为在", s + b))
			b += 3;
		for (to = b; to < n && !clause_mark(s, n, to) && s[to] != '\n'; )
			to += (unsigned char)s[to] < 0x80 ? 1 : 3;
		for (j = 0; j < nm; j++) {
			if (m[j].dead || !m[j].code || m[j].start < b || m[j].end > to)
				continue;
			if (m[j].start != b && !(j > 0 && m[j - 1].end == m[j].start))
				continue;       /* not today's names in a row */
			for (i = 0; i < nm; i++) {
				size_t k;
				bool cut = false;

				if (m[i].dead || !m[i].code || m[i].end > at ||
				    m[i].code == m[j].code ||
				    !yd_gaz_is_ancestor(g, m[j].code, m[i].code))
					continue;
				for (k = m[i].end; k < at && !cut; k += (unsigned char)s[k] < 0x80 ? 1 : 3)
					cut = yd_char_in("。！？", s + k) || s[k] == '\n';
				/* 句容（今江苏句容）: the name of today too */
				for (k = 0; k < nm && !cut; k++)
					cut = m[k].start >= b && m[k].end <= to &&
					      m[k].group == m[i].group;
				if (!cut)
					old_name(m, nm, i);
			}
		}
	}
}

/* 北京大学深圳医院, 香港大学深圳医院: a university named after one place
 * runs a hospital named after another; the hospital is in the second
 * place, and the first is the university's name only. */
static void university_hospitals(const char *s, struct mention *m, size_t nm)
{
	size_t i, j;

	for (i = 0; i < nm; i++) {
		if (m[i].dead || !(m[i].why & YD_WHY_HOSPITAL))
			continue;
		for (j = i + 1; j < nm && m[j].dead; j++)
			;
		if (j < nm && m[j].code && (m[j].why & YD_WHY_HOSPITAL) &&
		    university_between(s, m[i].end, m[j].start)) {
			m[i].dead = true;
			m[i].code = 0;
			m[i].why = (m[i].why & ~YD_WHY_HOSPITAL) | YD_WHY_OTHER_NAME;
		}
	}
}

/* True if code is a prefecture-level city (合肥市, not 大理州). */
static bool prefecture_city(const yd_gazetteer *g, uint32_t code)
{
	const yd_region *r = yd_gazetteer_find(g, code);
	size_t k = r && r->name ? strlen(r->name) : 0;

	return r && r->level == 2 && k >= 6 && memcmp(r->name + k - 3, "市", 3) == 0;
}

/* lib/hanzi.c: the pinyin readings of a character, without tones. */
size_t yd_pinyin_readings(uint32_t c, const char **out, size_t max);

/* The first reading of the 3-byte character at p, or NULL. */
static const char *first_reading(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	const char *r[1];
	uint32_t c = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);

	return (u[0] & 0xF0) == 0xE0 && yd_pinyin_readings(c, r, 1) == 1 ? r[0] : NULL;
}

/* True if another prefecture's city sounds like code's (福州, 抚州): a
 * typo of the sound then names neither for sure. */
static bool homophone_city(const yd_gazetteer *g, uint32_t code)
{
	const yd_region *r = yd_gazetteer_find(g, code);
	size_t k = r ? strlen(r->name) : 0, i, j;

	for (i = 0; r && i < g->nregions; i++) {
		const yd_region *q = &g->regions[i];

		if (q == r || !prefecture_city(g, q->code) || strlen(q->name) != k)
			continue;
		for (j = 0; j + 3 <= k; j += 3) {
			const char *a = first_reading(r->name + j), *b = first_reading(q->name + j);

			if (!a || !b || strcmp(a, b) != 0)
				break;
		}
		if (j + 3 > k)
			return true;
	}
	return false;
}

/* 长沙岳鹿区: a district's name read through a homophone typo
 * (region-typo.h) counts only right after a region containing it; a
 * prefecture's city also with words of place of its own. */
static void typo_gate(const yd_gazetteer *g, const char *orig, const char *text,
		      struct mention *m, size_t nm)
{
	size_t i;

	for (i = 0; i < nm; i++) {
		const struct mention *prev;

		if (m[i].dead || memcmp(orig + m[i].start, text + m[i].start,
					m[i].end - m[i].start) == 0)
			continue;
		prev = adjacent(m, i, text);
		if (prev && prev->code && m[i].code && yd_gaz_is_ancestor(g, prev->code, m[i].code))
			continue;
		/* 在合费住, 合费儿童医院: a prefecture's city with words of
		 * place of its own (the corrected name is a word of the text
		 * there, and no other typo index entry sounds alike) */
		if (m[i].code && m[i].evidence && !m[i].ordinary && !m[i].compound &&
		    prefecture_city(g, m[i].code) && !homophone_city(g, m[i].code))
			continue;
		drop_bare(&m[i]);
	}
}

/* The mentions in text[0..n); read with typos of district names
 * corrected (same length: offsets stay). */
static size_t find_mentions(const yd_gazetteer *g, const char *orig, size_t n,
			    struct mention *m)
{
	char *fixed = yd_typos_fix(g->name_typos, g->dict, orig, n);
	const char *text = fixed ? fixed : orig;
	bool admin = admin_text(text, n);   /* once: scan and support ask */
	size_t nm = scan(g, text, n, m, admin);

	resolve(g, text, m, nm);
	support(g, text, n, m, nm, admin);
	far_districts(g, m, nm);
	glued_after_region(g, m, nm);
	alike_lists(text, n, m, nm);
	self_corrected(text, n, m, nm);
	university_hospitals(text, m, nm);
	named_today(g, text, n, m, nm);
	shipping_excluded(text, n, m, nm);
	registered_firms(text, n, m, nm);
	if (fixed)
		typo_gate(g, orig, text, m, nm);
	free(fixed);
	return nm;
}

size_t yd_region_mentions(const yd_gazetteer *g, const char *text, size_t n,
			  yd_region_mention *out, size_t max)
{
	struct mention m[MAX_MENTIONS];
	size_t nm, i;
	char *folded;

	if (!g || !text)
		return 0;
	folded = yd_han_fold_copy(text, n);
	nm = find_mentions(g, folded ? folded : text, n, m);
	free(folded);
	for (i = 0; i < nm && i < max; i++)
		out[i] = (yd_region_mention){ (uint32_t)m[i].start,
					      (uint32_t)(m[i].end - m[i].start),
					      m[i].dead ? 0 : m[i].code, m[i].why,
					      (uint32_t)m[i].word_off, (uint32_t)m[i].word_len };
	return nm;
}

/* True if the mention x is a bare name whose string and a unit suffix
 * make the official name of region `code`: 长沙 beside 长沙县. */
static bool same_named(const yd_gazetteer *g, const char *text, size_t n,
		       const struct mention *x, uint32_t code)
{
	const yd_region *r = yd_gazetteer_find(g, code);
	size_t len = x->end - x->start, k;
	bool full = false;

	const yd_region *up = yd_gazetteer_find(g, x->code);

	if (!r || !up || x->ordinary)
		return false;
	/* 大理 … 大理市: a prefecture that is no city (大理白族自治州, 恩施州)
	 * is called by its seat's name; the bare name is that city, said
	 * twice, not the prefecture set apart from it */
	k = strlen(r->name);
	if (k > 3 && memcmp(r->name + k - 3, "市", 3) == 0 &&
	    !(strlen(up->name) > 3 && memcmp(up->name + strlen(up->name) - 3, "市", 3) == 0))
		return false;
	/* 衡阳市 beside 衡阳县 too */
	if (len > 3 && memcmp(text + x->end - 3, "市", 3) == 0 &&
	    strncmp(r->name, text + x->start, len) != 0) {
		len -= 3;
		full = true;
	}
	k = strlen(r->name);
	return k == len + 3 && memcmp(r->name, text + x->start, len) == 0 &&
	       (memcmp(r->name + len, "县", 3) == 0 || memcmp(r->name + len, "区", 3) == 0 ||
		memcmp(r->name + len, "市", 3) == 0) &&
	       (full || !(x->end + 3 <= n && (memcmp(text + x->end, "县", 3) == 0 ||
							 memcmp(text + x->end, "区", 3) == 0)));
}

/* 江干区 named by its former name: the regions it was split between
 * (上城区, 钱塘区) are found too, unless the text names one of them
 * itself (庐山市（原星子县）: that one); their common ancestor, which the
 * mention resolved to, is then dropped as it contains them. found[0..named)
 * are the regions the mentions named. */
static void split_successors(const yd_gazetteer *g, const struct mention *x, uint32_t *found,
			     size_t named, bool *hosp, const struct mention **first, size_t *nf)
{
	const struct alias_group *gr = &g->groups[x->group];
	size_t i, k, j, anc;

	if (gr->best != kind_rank(KIND_FORMER))
		return;
	for (anc = 0; anc < named && found[anc] != x->code; anc++)
		;
	for (i = 0; i < g->nsplits && anc < named; i++) {
		const struct former_split *sp = &g->splits[i];

		if (sp->code != x->code || strlen(sp->name) != gr->len ||
		    memcmp(sp->name, gr->str, gr->len) != 0)
			continue;
		for (k = 0; k < sp->nsucc; k++)
			for (j = 0; j < named; j++)
				if (found[j] == sp->succ[k])
					return;
		for (k = 0; k < sp->nsucc && *nf < MAX_MENTIONS; k++) {
			for (j = 0; j < *nf && found[j] != sp->succ[k]; j++)
				;
			if (j < *nf)
				continue;
			hosp[*nf] = hosp[anc];
			first[*nf] = x;
			found[(*nf)++] = sp->succ[k];
		}
		return;
	}
}

size_t yd_find_regions(const yd_gazetteer *g, const char *text, size_t n,
		       uint32_t *codes, size_t max)
{
	struct mention m[MAX_MENTIONS];
	uint32_t found[MAX_MENTIONS];
	bool hosp[MAX_MENTIONS];
	const struct mention *first[MAX_MENTIONS];
	size_t nm, nf = 0, i, j, out = 0, nhosp = 0;
	int round;
	char *folded;

	if (!g || !text || max == 0)
		return 0;
	/* a text in Traditional characters is read in Simplified (han-fold.c) */
	folded = yd_han_fold_copy(text, n);
	if (folded)
		text = folded;
	nm = find_mentions(g, text, n, m);
	for (i = 0; i < nm; i++) {
		/* named only as a hospital's: no other evidence of place */
		bool h = (m[i].why & YD_WHY_HOSPITAL) &&
			 !(m[i].why & (YD_WHY_WITHIN | YD_WHY_LISTED | YD_WHY_CONTEXT |
				       YD_WHY_SUFFIX));

		if (m[i].dead)
			continue;
		for (j = 0; j < nf; j++)
			if (found[j] == m[i].code)
				break;
		if (j < nf) {
			hosp[j] = hosp[j] && h;
			continue;
		}
		hosp[nf] = h;
		first[nf] = &m[i];
		found[nf++] = m[i].code;
	}
	for (i = 0, j = nf; i < nm; i++)
		if (!m[i].dead)
			split_successors(g, &m[i], found, j, hosp, first, &nf);
	/* Drop every code that contains another found code (洛阳新安县 is
	 * 新安县), except a prefecture named bare beside its own same-named
	 * county (长沙县 … 长沙): the writer sets the two apart. The regions
	 * named by hospitals only go last, and only a few of them. */
	for (round = 0; round < 2; round++)
		for (i = 0; i < nf; i++) {
			bool anc = false;

			if (hosp[i] != (round == 1))
				continue;
			for (j = 0; j < nf && !anc; j++)
				anc = j != i && yd_gaz_is_ancestor(g, found[i], found[j]) &&
				      !same_named(g, text, n, first[i], found[j]);
			if (anc || out >= max || (hosp[i] && nhosp >= HOSPITAL_MAX))
				continue;
			nhosp += hosp[i];
			codes[out++] = found[i];
		}
	free(folded);
	return out;
}
