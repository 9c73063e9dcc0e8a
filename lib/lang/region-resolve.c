/* Step 2 of finding regions: each mention the scan kept resolved to one
 * code, from the regions its string names in the best way, narrowed by
 * a region named just before or above it, the names listed or joined
 * by a route beside it and the regions named elsewhere in the text; an
 * ordinary word counts only with evidence of place. resolve() is the
 * pass, the rest are its helpers. */
#include <string.h>
#include "gazetteer-impl.h"
#include "region-context.h"
#include "region-match-impl.h"

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

void resolve(const yd_gazetteer *g, const char *s, struct mention *m, size_t nm)
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
