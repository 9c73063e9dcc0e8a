#define _GNU_SOURCE   /* memmem */
/* The passes over the resolved mentions that drop names a closer look
 * at the whole text refuses: a name with no evidence of its own and too
 * little support from the text (support()), a bare district far from
 * the other places, a word glued after a region's name, the members of
 * a list of products or firms, the places a writer corrects himself on,
 * a university's place before its hospital's, the areas a seller does
 * not ship to and the place that opens a firm's registered name. */
#include <string.h>
#include "gazetteer-impl.h"
#include "region-context.h"
#include "region-match-impl.h"

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

void support(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
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

/* The same for a county's bare name whose only words of place name a
 * sight (黄龙景区 after 九寨沟, 恒山景区 after 大同): a mountain or lake of
 * the province the text is about, named like a county far away. */
/* 西安长安区 … 去曲江那边, 郑州 … 龙湖中环路: a district's bare name with
 * no stronger word of place than 去/在, in a text whose other places all
 * lie in other provinces, is a quarter, new area or street of the city
 * the text is about that happens to share a far district's name (曲江区
 * of 韶关, 龙湖区 of 汕头), or an ordinary word (新建). Dropped; a name
 * with words of its own (曲江区医保, 来自曲江) or beside a place of its
 * province stays. */
void far_districts(const yd_gazetteer *g, struct mention *m, size_t nm)
{
	size_t i, j;

	for (i = 0; i < nm; i++) {
		const yd_region *r;
		bool other = false, home = false;
		size_t k;

		if (m[i].dead || !m[i].code || !m[i].bare || m[i].strong ||
		    !(r = yd_gazetteer_find(g, m[i].code)) || r->level != 3 ||
		    (!m[i].sight && ((k = strlen(r->name)) < 6 ||
				     memcmp(r->name + k - 3, "区", 3) != 0)))
			continue;
		for (j = 0; j < nm; j++) {
			/* (the name said again is no other place of its province) */
			if (j == i || m[j].dead || !m[j].code || m[j].code == m[i].code)
				continue;
			if (m[j].code / 10000 == m[i].code / 10000)
				home = true;
			else
				other = true;
		}
		if (!other || home)
			continue;
		/* a sight's name listed before as well (九寨沟→黄龙, 在黄龙景区):
		 * the same sight where nothing stronger placed it */
		for (j = 0; m[i].sight && j < nm; j++)
			if (j != i && !m[j].dead && m[j].code == m[i].code && m[j].bare &&
			    !m[j].strong)
				drop_bare(&m[j]);
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
void alike_lists(const char *s, size_t n, struct mention *m, size_t nm)
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

/* 市中区解放路105号？不对，是历下区; 去新疆阿里……哦不对是西藏阿里: a
 * writer who corrects himself retracts the clause before 不对 (说错了,
 * 写错了) when 是 and a place follow it (不对吗？北京的 is a question).
 * The places of that clause named nowhere else are dropped. */
void self_corrected(const char *s, size_t n, struct mention *m, size_t nm)
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

void glued_after_region(const yd_gazetteer *g, struct mention *m, size_t nm)
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
 * space: one name) that holds 大学, 学院 or 集团 (a hospital group's
 * member: 南京鼓楼医院集团宿迁医院). */
static bool parent_body_between(const char *s, size_t a, size_t b)
{
	size_t p;
	bool uni = false;

	if (b < a || b - a > 24)
		return false;
	for (p = a; p < b; p += 3) {
		unsigned char c = (unsigned char)s[p];

		if (c < 0xE4 || c > 0xE9 || b - p < 3)
			return false;
		if (b - p >= 6 && (memcmp(s + p, "大学", 6) == 0 || memcmp(s + p, "学院", 6) == 0 ||
				   memcmp(s + p, "集团", 6) == 0))
			uni = true;
	}
	return uni;
}

/* 包邮（新疆西藏除外）, 偏远地区及青海不发货: the areas a seller's
 * shipping leaves out are a listing's boilerplate, not places it is
 * about. The names in a clause that ends in 除外 or 不发货, in a text
 * that speaks of shipping, are dropped. */
void shipping_excluded(const char *s, size_t n, struct mention *m, size_t nm)
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

void registered_firms(const char *s, size_t n, struct mention *m, size_t nm)
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

/* 北京大学深圳医院, 香港大学深圳医院: a university (or a hospital group)
 * named after one place runs a hospital named after another; the
 * hospital is in the second place, and the first is the university's
 * name only (with a name glued before it: 南京鼓楼医院集团宿迁医院). */
void university_hospitals(const char *s, struct mention *m, size_t nm)
{
	size_t i, j;

	for (i = 0; i < nm; i++) {
		if (m[i].dead || !(m[i].why & YD_WHY_HOSPITAL))
			continue;
		for (j = i + 1; j < nm && m[j].dead; j++)
			;
		if (j < nm && m[j].code && (m[j].why & YD_WHY_HOSPITAL) &&
		    parent_body_between(s, m[i].end, m[j].start)) {
			size_t k = i, at = m[i].end;

			/* and the names glued before it in the same name
			 * (南京 of 南京鼓楼医院集团) */
			do {
				if (m[k].dead || m[k].end != at)
					break;
				at = m[k].start;
				m[k].dead = true;
				m[k].code = 0;
				m[k].why = (m[k].why & ~YD_WHY_HOSPITAL) | YD_WHY_OTHER_NAME;
			} while (k-- > 0);
		}
	}
}
