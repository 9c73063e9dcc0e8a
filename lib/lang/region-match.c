#define _GNU_SOURCE   /* memmem */
/* Finding regions in text.
 *
 * 1. Scan (region-scan.c): at each character, the aliases that start
 *    there, longest first (one hash probe per character, see wordscan.h);
 *    the first one the text uses as a name is taken and the scan goes on
 *    after it.
 *    - A "block" alias (region-aliases.tsv) hides the names that start
 *      where it starts and the short forms that start inside it.
 *    - A short form is refused when the next words make it part of a
 *      bigger name: 中山大学, 平安银行, 南京路.
 *    - The segmentation around it must make it a word of its own, or one
 *      word with a place suffix (region-context.c): 久治 in 久治不愈 or
 *      西林 in 阿莫西林 is refused, and a shorter alias is tried.
 * 2. Resolve each mention to one code (region-resolve.c):
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
 *    - a name kept with no evidence of its own is scored (support(), in
 *      region-passes.c with the other passes that drop names a closer
 *      look refuses; old names: region-old-names.c):
 *      a province's bare name is a place, a county's only with the
 *      text's support (listed, named again, its city named).
 * 3. Keep the most specific distinct codes in order of first mention;
 *    those named only as the start of a hospital's name go last, at most
 *    HOSPITAL_MAX of them.
 * This file holds the public entry points, find_mentions() that runs the
 * passes in order, and the helpers more than one pass shares
 * (region-match-impl.h).
 */
#include <stdlib.h>
#include <string.h>
#include "yidu/lang.h"
#include "gazetteer-impl.h"
#include "region-context.h"
#include "han-fold.h"
#include "region-typo.h"
#include "region-match-impl.h"

/* A mention found but not named enough to stand: no region, and why. */
void drop_bare(struct mention *x)
{
	x->dead = true;
	x->code = 0;
	x->why |= YD_WHY_BARE;
}

size_t candidates(const yd_gazetteer *g, const struct alias_group *gr,
		  uint32_t *cand)
{
	size_t k, n = 0;

	for (k = gr->first; k < gr->first + gr->count && n < MAX_CAND; k++)
		if (kind_rank(g->ents[k].kind) == gr->best)
			cand[n++] = g->ents[k].code;
	return n;
}

/* Does the text speak of insurance or residence anywhere? Then the
 * places in it are mostly where someone is insured or lives. */
static bool admin_text(const char *s, size_t n)
{
	static const char *const words[] = {
		"医保", "社保", "参保", "异地", "报销", "户口", "户籍", "新农合", "缴费",
		"备案", "转诊", "定点", "医疗保险", "医疗保障", "政策", "慢特病", "慢病",
	};
	static yd_wordlist list = YD_WORDLIST(words);

	return yd_wordlist_in(&list, s, n);
}

/* Does the text speak of sports teams or listed companies? Their names
 * are a province's or city's name and a sponsor's or trade word (辽宁本钢,
 * 长春高新), which such a text names without meaning the place. */
bool org_text(const char *s, size_t n)
{
	static const char *const words[] = {
		"球队", "比赛", "联赛", "赛季", "主场", "客场", "进球", "球员", "主教练",
		"射门", "控球", "球迷", "上半场", "下半场", "点球", "角球", "任意球",
		"门将", "绝杀", "扳平", "逆转",
		"积分榜", "中超", "CBA", "股价", "涨停", "跌停", "子公司", "上市公司",
		"市值", "财报", "净利润", "营收", "股东", "A股", "港股",
	};
	static yd_wordlist list = YD_WORDLIST(words);

	return yd_wordlist_in(&list, s, n);
}

/* The previous live mention if nothing but spaces separates the two. */
const struct mention *adjacent(const struct mention *m, size_t i, const char *s)
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

/* True if s[a..b) lists two names or joins them as a route's ends
 * (北京、上海; 南宁-三亚, 海口飞兰州, 从中山到珠海). */
bool joined(const char *s, size_t a, size_t b)
{
	return yd_place_listed(s, a, b) || yd_place_route(s, a, b);
}

/* The start of the character before s[pos]. */
size_t char_before(const char *s, size_t pos)
{
	while (pos > 0 && ((unsigned char)s[--pos] & 0xC0) == 0x80)
		;
	return pos;
}

/* True if the character at s[p] is a mark that ends a clause. */
bool clause_mark(const char *s, size_t n, size_t p)
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
