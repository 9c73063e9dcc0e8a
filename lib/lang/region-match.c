/* Finding regions in text.
 *
 * 1. Scan: at each character, the longest alias that starts there (one
 *    hash probe per character, see wordscan.h). Matches do not overlap.
 *    A "block" alias (普通, 中山大学 …) hides the names that start where
 *    it starts and the short forms that start inside it: 普通化验 does
 *    not name 通化, 城市和县城 not 和县.
 *    A short form (not a full or former name) is refused when the next
 *    words make it part of a bigger name: 中山大学, 平安银行, 南京路.
 * 2. Resolve each mention to one code:
 *    - candidates are the regions its string names in the best way (a
 *      full name beats a former name beats a short form);
 *    - a region named just before it narrows them to its descendants
 *      (南京鼓楼区 → 320106, 北京朝阳 → 110105);
 *    - a weak form (an ordinary word as well: 朝阳, 中山, 平安) counts
 *      only with that narrowing or when followed by a word such as 医保,
 *      社保 or 户籍 — otherwise it is dropped;
 *    - if still ambiguous, regions found elsewhere in the text narrow
 *      them; then resolve_alone decides, and it prefers no answer to a
 *      guess.
 * 3. Keep the most specific distinct codes in order of first mention.
 */
#include <string.h>
#include "yidu/lang.h"
#include "gazetteer-impl.h"

enum { MAX_MENTIONS = 256, MAX_CAND = 64 };

/* Words that, right after a short form, show it is part of the name of
 * something else (a university, a road, a company). */
static const char *const deny_after[] = {
	"大学", "学院", "中学", "小学", "路", "大道", "大街", "街道", "公园",
	"广场", "大厦", "集团", "公司", "股份", "保险", "银行", "证券", "人寿",
	"财险", "基金", "信托", "日报", "晚报", "卫视", "电视台", "机场",
	"啤酒", "茶", "花园", "小区", "e生", "福",
};

/* Words that, right after a weak form, confirm it names a place. */
static const char *const support_after[] = {
	"医保", "社保", "医疗保障", "人社", "市民", "户籍", "参保", "当地",
	"本地", "地区",
};

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

uint32_t yd_gaz_resolve_alone(const yd_gazetteer *g, const uint32_t *cand, size_t n,
			      bool prefer_level)
{
	size_t i, j, nprov = 0, npref = 0;
	uint32_t prov = 0, lca;

	if (n == 0)
		return 0;
	if (n == 1)
		return cand[0];
	/* One candidate contains all the others (吉林 → 吉林省 rather than
	 * 吉林市; 阿克苏 → 阿克苏地区 rather than 阿克苏市). */
	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++)
			if (j != i && !yd_gaz_is_ancestor(g, cand[i], cand[j]))
				break;
		if (j == n)
			return cand[i];
	}
	/* A province shares its short form with a smaller place elsewhere
	 * (海南 is also 海南藏族自治州, 河南 also 河南蒙古族自治县): the
	 * province is what people mean. */
	for (i = 0; i < n; i++) {
		const yd_region *r = yd_gazetteer_find(g, cand[i]);
		if (r && r->level == 1) {
			prov = cand[i];
			nprov++;
		}
	}
	if (nprov == 1)
		return prov;
	/* Likewise a prefecture against counties elsewhere (西安市 and the
	 * 西安区 of 辽源 and 牡丹江; 大同市 and 大庆's 大同区) — but not for a
	 * weak form, which must be placed by context. */
	if (prefer_level) {
		for (i = 0; i < n; i++) {
			const yd_region *r = yd_gazetteer_find(g, cand[i]);
			if (r && r->level == 2) {
				prov = cand[i];
				npref++;
			}
		}
		if (npref == 1)
			return prov;
	}
	/* Otherwise only what all candidates have in common is certain: 桥东区
	 * (in 张家口 and 邢台) is somewhere in 河北; 鼓楼区 (南京, 徐州,
	 * 福州, 开封) names nothing certain at all. */
	lca = cand[0];
	for (i = 1; i < n && lca; i++)
		lca = yd_gaz_common_ancestor(g, lca, cand[i]);
	return lca;
}

struct mention {
	size_t start, end;
	uint32_t group;
	uint32_t code;      /* resolved code; 0 = not (yet) resolved */
	bool supported;     /* followed by a confirming word */
	bool dead;          /* refused (a weak form without context) */
};

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

static size_t scan(const yd_gazetteer *g, const char *s, size_t n, struct mention *m)
{
	size_t pos = 0, blocked_until = 0, nm = 0;

	while (pos < n && nm < MAX_MENTIONS) {
		const yd_ws_entry *e[16];
		size_t ne = yd_ws_at(g->scan, s, n, pos, e, 16), i;
		bool taken = false, block_here = false;

		if (ne > 16)
			ne = 16;
		for (i = 0; i < ne && !taken; i++) {
			const struct alias_group *gr = &g->groups[e[i]->value];
			size_t end = pos + gr->len;

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
			if (is_short(gr) && (pos < blocked_until ||
			    followed_by(s, n, end, deny_after, sizeof deny_after / sizeof *deny_after)))
				continue;
			m[nm] = (struct mention){ pos, end, e[i]->value, 0, false, false };
			m[nm].supported = followed_by(s, n, end, support_after,
						      sizeof support_after / sizeof *support_after);
			nm++;
			pos = end;
			taken = true;
		}
		if (!taken)
			pos += yd_ws_charlen(s, n, pos);
	}
	return nm;
}

/* The previous mention if nothing but spaces separates the two. */
static const struct mention *adjacent(const struct mention *m, size_t i, const char *s)
{
	size_t p;

	if (i == 0 || m[i - 1].dead || !m[i - 1].code)
		return NULL;
	for (p = m[i - 1].end; p < m[i].start; p++)
		if (s[p] != ' ')
			return NULL;
	return &m[i - 1];
}

static void resolve(const yd_gazetteer *g, const char *s, struct mention *m, size_t nm)
{
	uint32_t cand[MAX_CAND];
	size_t i, j, nc, k;

	/* Pass 1: in order, with the region named just before. */
	for (i = 0; i < nm; i++) {
		const struct alias_group *gr = &g->groups[m[i].group];
		const struct mention *prev = adjacent(m, i, s);
		bool ctx = false;

		nc = candidates(g, gr, cand);
		if (prev && (k = narrow(g, cand, nc, prev->code)) > 0) {
			nc = k;
			ctx = true;
		}
		if ((gr->flags & GROUP_WEAK) && !ctx && !m[i].supported) {
			m[i].dead = true;
			continue;
		}
		if (nc == 1)
			m[i].code = cand[0];
		else if (ctx)
			m[i].code = yd_gaz_resolve_alone(g, cand, nc, false);
	}
	/* Pass 2: the still ambiguous ones, with every region found so far. */
	for (i = 0; i < nm; i++) {
		const struct alias_group *gr = &g->groups[m[i].group];

		if (m[i].dead || m[i].code)
			continue;
		nc = candidates(g, gr, cand);
		for (j = 0; j < nm && nc > 1; j++)
			if (j != i && !m[j].dead && m[j].code &&
			    (k = narrow(g, cand, nc, m[j].code)) > 0)
				nc = k;
		m[i].code = yd_gaz_resolve_alone(g, cand, nc, !(gr->flags & GROUP_WEAK));
	}
}

size_t yd_find_regions(const yd_gazetteer *g, const char *text, size_t n,
		       uint32_t *codes, size_t max)
{
	struct mention m[MAX_MENTIONS];
	uint32_t found[MAX_MENTIONS];
	size_t nm, nf = 0, i, j, out = 0;

	if (!g || !text || max == 0)
		return 0;
	nm = scan(g, text, n, m);
	resolve(g, text, m, nm);
	for (i = 0; i < nm; i++) {
		bool dup = false;
		if (m[i].dead || !m[i].code)
			continue;
		for (j = 0; j < nf && !dup; j++)
			dup = found[j] == m[i].code;
		if (!dup)
			found[nf++] = m[i].code;
	}
	/* Drop every code that contains another found code. */
	for (i = 0; i < nf; i++) {
		bool anc = false;
		for (j = 0; j < nf && !anc; j++)
			anc = j != i && yd_gaz_is_ancestor(g, found[i], found[j]);
		if (!anc && out < max)
			codes[out++] = found[i];
	}
	return out;
}
