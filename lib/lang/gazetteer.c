/* The gazetteer: GB/T 2260 regions, their short forms, former names and
 * listed aliases, loaded from three TSV files (see data/README.md). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "yidu/lang.h"
#include "region-typo.h"
#include "gazetteer-impl.h"
#include "region-latin.h"
#include "region-names.h"

/* A (string, code, kind) triple before grouping. */
struct tuple {
	const char *str;
	uint32_t len;
	uint32_t code;
	uint8_t kind;
	uint8_t flags;
};

/* A tuple's flag, not a group's: the short form of a former name (闸北
 * for 闸北区), dropped where a region of today has the same string. */
enum { TUPLE_FORMER_SHORT = 1 << 7 };

struct builder {
	yd_gazetteer *g;
	struct tuple *t;
	size_t n, cap;
};

static char *keep(yd_gazetteer *g, const char *s, size_t len)
{
	char *p;

	if (g->nstrings == g->capstrings) {
		size_t cap = g->capstrings ? g->capstrings * 2 : 1024;
		char **v = realloc(g->strings, cap * sizeof *v);
		if (!v)
			return NULL;
		g->strings = v;
		g->capstrings = cap;
	}
	p = malloc(len + 1);
	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	g->strings[g->nstrings++] = p;
	return p;
}

static int add_tuple(struct builder *b, const char *s, size_t len, uint32_t code,
		     int kind, int flags)
{
	char *str;

	if (len == 0)
		return 0;
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 8192;
		struct tuple *t = realloc(b->t, cap * sizeof *t);
		if (!t)
			return -1;
		b->t = t;
		b->cap = cap;
	}
	str = keep(b->g, s, len);
	if (!str)
		return -1;
	b->t[b->n++] = (struct tuple){ str, (uint32_t)len, code, (uint8_t)kind, (uint8_t)flags };
	return 0;
}

/* Reads a whole file; NUL-terminated. */
static char *slurp(const char *dir, const char *name, yd_error *err)
{
	char path[4096];
	FILE *f;
	char *buf = NULL;
	size_t len = 0, cap = 0, got;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f) {
		yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
		return NULL;
	}
	do {
		if (cap - len < 65536) {
			char *p = realloc(buf, cap = cap * 2 + 65536);
			if (!p) {
				free(buf);
				fclose(f);
				yd_error_set(err, YD_ENOMEM, "out of memory reading %s", path);
				return NULL;
			}
			buf = p;
		}
		got = fread(buf + len, 1, cap - len - 1, f);
		len += got;
	} while (got > 0);
	if (ferror(f)) {
		yd_error_set(err, YD_EIO, "%s: read error", path);
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[len] = '\0';
	return buf;
}

/* Splits the next line of *p into at most max tab-separated fields
 * (modifying the buffer); returns the field count, -1 at the end. */
static int next_fields(char **p, char **f, int max)
{
	char *line = *p, *end;
	int n = 0;

	if (!*line)
		return -1;
	end = strchr(line, '\n');
	if (end) {
		*end = '\0';
		*p = end + 1;
	} else {
		*p = line + strlen(line);
	}
	if (end > line && end[-1] == '\r')
		end[-1] = '\0';
	while (n < max) {
		f[n++] = line;
		line = strchr(line, '\t');
		if (!line)
			break;
		*line++ = '\0';
	}
	return n;
}

static bool parse_code(const char *s, uint32_t *code)
{
	char *end;
	unsigned long v;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (*end || errno || v > 999999)
		return false;
	*code = (uint32_t)v;
	return true;
}

static int cmp_region(const void *a, const void *b)
{
	const yd_region *x = a, *y = b;

	return x->code < y->code ? -1 : x->code > y->code;
}

const yd_region *yd_gazetteer_find(const yd_gazetteer *g, uint32_t code)
{
	yd_region key = { .code = code };

	return bsearch(&key, g->regions, g->nregions, sizeof key, cmp_region);
}

static int load_regions(struct builder *b, const char *dir, yd_error *err)
{
	yd_gazetteer *g = b->g;
	char *buf = slurp(dir, "regions.tsv", err), *p = buf, *f[4];
	size_t cap = 4096, i;
	int nf, line = 0;

	if (!buf)
		return -1;
	g->regions = calloc(cap, sizeof *g->regions);
	if (!g->regions)
		goto nomem;
	g->regions[0] = (yd_region){ 0, 0, 0, "全国", "全国" };
	g->nregions = 1;
	while ((nf = next_fields(&p, f, 4)) >= 0) {
		yd_region *r;
		uint32_t code, parent = 0;
		char shorts[4][YD_SHORT_MAX];
		size_t ns, k;

		line++;
		if (line == 1 && strcmp(f[0], "code") == 0)
			continue;
		if (nf == 1 && !*f[0])
			continue;
		if (nf < 3 || !parse_code(f[0], &code) || code == 0 || !*f[1] ||
		    (f[2][0] < '1' || f[2][0] > '3' || f[2][1]) ||
		    (nf == 4 && *f[3] && !parse_code(f[3], &parent))) {
			yd_error_set(err, YD_EFORMAT, "%s/regions.tsv:%d: bad row", dir, line);
			goto fail;
		}
		if (g->nregions == cap) {
			yd_region *v = realloc(g->regions, (cap *= 2) * sizeof *v);
			if (!v)
				goto nomem;
			g->regions = v;
		}
		r = &g->regions[g->nregions++];
		r->code = code;
		r->parent = parent;
		r->level = f[2][0] - '0';
		r->name = keep(g, f[1], strlen(f[1]));
		if (!r->name || add_tuple(b, f[1], strlen(f[1]), code, KIND_NAME, 0) < 0)
			goto nomem;
		ns = yd_region_short_forms(f[1], shorts, 4);
		r->short_name = r->name;
		for (k = 0; k < ns; k++)
			if (add_tuple(b, shorts[k], strlen(shorts[k]), code, KIND_SHORT, 0) < 0)
				goto nomem;
		if (ns > 0)
			r->short_name = b->t[b->n - ns].str;
	}
	qsort(g->regions, g->nregions, sizeof *g->regions, cmp_region);
	for (i = 1; i < g->nregions; i++) {
		const yd_region *r = &g->regions[i], *par;
		if (r->code == g->regions[i - 1].code) {
			yd_error_set(err, YD_EFORMAT, "regions.tsv: duplicate code %06u",
				     (unsigned)r->code);
			goto fail;
		}
		par = yd_gazetteer_find(g, r->parent);
		if (!par || (r->parent != 0 && par->level >= r->level) ||
		    (r->parent == 0 && r->level != 1)) {
			yd_error_set(err, YD_EFORMAT, "regions.tsv: %06u has a bad parent %06u",
				     (unsigned)r->code, (unsigned)r->parent);
			goto fail;
		}
	}
	free(buf);
	return 0;
nomem:
	yd_error_set(err, YD_ENOMEM, "out of memory loading regions");
fail:
	free(buf);
	return -1;
}

uint32_t yd_gaz_common_ancestor(const yd_gazetteer *g, uint32_t a, uint32_t b)
{
	uint32_t x;

	for (x = a; ; ) {
		const yd_region *r;
		if (x == b || yd_gaz_is_ancestor(g, x, b))
			return x;
		if (x == 0)
			return 0;
		r = yd_gazetteer_find(g, x);
		x = r ? r->parent : 0;
	}
}

bool yd_gaz_is_ancestor(const yd_gazetteer *g, uint32_t a, uint32_t d)
{
	const yd_region *r = yd_gazetteer_find(g, d);
	int guard = 0;

	while (r && r->code != 0 && guard++ < 8) {
		if (r->parent == a)
			return true;
		r = yd_gazetteer_find(g, r->parent);
	}
	return false;
}

/* Picks one code among candidates without context (see gazetteer-impl.h). */
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

/* Former names point at the common ancestor of their successors (江干区
 * became parts of 上城区 and 钱塘区, both in 杭州市: 330100); when the
 * successors share no ancestor below the root, at the first one. Read
 * from regions-former.tsv (codes retired since 2010) and, when the data
 * holds it, regions-renamed.tsv in the same columns (regions renamed
 * with their code kept, 襄樊市 → 襄阳市, and codes retired before 2010). */
static int load_former(struct builder *b, const char *dir, const char *file,
		       bool optional, yd_error *err)
{
	char *buf, *p, *f[5];
	int nf, line = 0;
	char probe[4096];

	snprintf(probe, sizeof probe, "%s/%s", dir, file);
	if (optional && access(probe, F_OK) != 0)
		return 0;
	buf = p = slurp(dir, file, err);
	if (!buf)
		return -1;
	while ((nf = next_fields(&p, f, 5)) >= 0) {
		uint32_t code = 0, firstc = 0, c;
		char *tok = f[4], *semi;
		struct former_split sp = { .nsucc = 0 };

		line++;
		if (line == 1 && strcmp(f[0], "old_code") == 0)
			continue;
		if (nf == 1 && !*f[0])
			continue;
		if (nf < 5 || !*f[1]) {
			yd_error_set(err, YD_EFORMAT, "%s/%s:%d: bad row", dir, file, line);
			free(buf);
			return -1;
		}
		for (; tok; tok = semi ? semi + 1 : NULL) {
			semi = strchr(tok, ';');
			if (semi)
				*semi = '\0';
			if (!parse_code(tok, &c) || !yd_gazetteer_find(b->g, c))
				continue;
			if (!firstc)
				code = firstc = c;
			else
				code = yd_gaz_common_ancestor(b->g, code, c);
			if (sp.nsucc < sizeof sp.succ / sizeof *sp.succ)
				sp.succ[sp.nsucc++] = c;
		}
		if (code == 0)
			code = firstc;
		if (code && code != firstc && sp.nsucc > 1 && strlen(f[1]) < sizeof sp.name) {
			struct former_split *grown =
				realloc(b->g->splits, (b->g->nsplits + 1) * sizeof *grown);

			if (!grown) {
				free(buf);
				yd_error_set(err, YD_ENOMEM, "out of memory");
				return -1;
			}
			strcpy(sp.name, f[1]);
			sp.code = code;
			b->g->splits = grown;
			b->g->splits[b->g->nsplits++] = sp;
		}
		if (code && add_tuple(b, f[1], strlen(f[1]), code, KIND_FORMER, 0) < 0) {
			free(buf);
			yd_error_set(err, YD_ENOMEM, "out of memory");
			return -1;
		}
		/* 闸北, 宣武: a retired district is still called by its short
		 * form, as a region of today is (unless one of today's has
		 * that string: build_groups). A split one (江干) names the
		 * successors' common ancestor. */
		if (code) {
			char shorts[4][YD_SHORT_MAX];
			size_t ns = yd_region_short_forms(f[1], shorts, 4), k;

			for (k = 0; k < ns; k++)
				if (add_tuple(b, shorts[k], strlen(shorts[k]), code, KIND_SHORT,
					      TUPLE_FORMER_SHORT) < 0) {
					free(buf);
					yd_error_set(err, YD_ENOMEM, "out of memory");
					return -1;
				}
		}
	}
	free(buf);
	return 0;
}

/* region-aliases.tsv: alias, code (or 0 / empty), flags (weak, block). */
static int load_aliases(struct builder *b, const char *dir, yd_error *err)
{
	char *buf = slurp(dir, "region-aliases.tsv", err), *p = buf, *f[3];
	int nf, line = 0;

	if (!buf)
		return -1;
	while ((nf = next_fields(&p, f, 3)) >= 0) {
		uint32_t code = 0;
		int flags = 0;
		const char *fl = nf >= 3 ? f[2] : "";

		line++;
		if (f[0][0] == '#' || (nf == 1 && !*f[0]))
			continue;
		if (strstr(fl, "weak"))
			flags |= GROUP_WEAK;
		if (strstr(fl, "block"))
			flags |= GROUP_BLOCK;
		if (nf < 2 || !*f[0] || (*f[1] && !parse_code(f[1], &code)) ||
		    (code && !yd_gazetteer_find(b->g, code)) || (!code && !flags)) {
			yd_error_set(err, YD_EFORMAT, "%s/region-aliases.tsv:%d: bad row", dir, line);
			free(buf);
			return -1;
		}
		if (add_tuple(b, f[0], strlen(f[0]), code, KIND_ALIAS, flags) < 0) {
			free(buf);
			yd_error_set(err, YD_ENOMEM, "out of memory");
			return -1;
		}
	}
	free(buf);
	return 0;
}

static int cmp_tuple(const void *a, const void *b)
{
	const struct tuple *x = a, *y = b;
	int c = strcmp(x->str, y->str);

	if (c)
		return c;
	if (kind_rank(x->kind) != kind_rank(y->kind))
		return kind_rank(x->kind) - kind_rank(y->kind);
	return x->code < y->code ? -1 : x->code > y->code;
}

/* Sorts the triples into groups of one string each: entries best rank
 * first, one per code; a row with code 0 only lends its flags. */
static int build_groups(struct builder *b)
{
	yd_gazetteer *g = b->g;
	size_t i, j;
	bool today;

	qsort(b->t, b->n, sizeof *b->t, cmp_tuple);
	g->ents = malloc((b->n ? b->n : 1) * sizeof *g->ents);
	g->groups = malloc((b->n ? b->n : 1) * sizeof *g->groups);
	g->scan = yd_ws_new();
	if (!g->ents || !g->groups || !g->scan)
		return -1;
	for (i = 0; i < b->n; i = j) {
		struct alias_group *gr = &g->groups[g->ngroups];
		size_t k;

		gr->str = b->t[i].str;
		gr->len = b->t[i].len;
		gr->first = (uint32_t)g->nents;
		gr->count = 0;
		gr->flags = 0;
		gr->best = 255;
		/* a former name's short form only where no region of today
		 * (nor an alias) has the string */
		for (j = i, today = false; j < b->n && strcmp(b->t[j].str, gr->str) == 0; j++)
			today |= !(b->t[j].flags & TUPLE_FORMER_SHORT);
		for (j = i; j < b->n && strcmp(b->t[j].str, gr->str) == 0; j++) {
			bool dup = false;

			if (today && (b->t[j].flags & TUPLE_FORMER_SHORT))
				continue;
			gr->flags |= b->t[j].flags & ~TUPLE_FORMER_SHORT;
			/* and it needs words of place, as an ordinary word:
			 * many are words too (南郊, 吉利, 下关) */
			if (b->t[j].flags & TUPLE_FORMER_SHORT)
				gr->flags |= GROUP_FORMER | GROUP_WEAK;
			if (b->t[j].code == 0)
				continue;
			for (k = gr->first; k < g->nents; k++)
				dup |= g->ents[k].code == b->t[j].code;
			if (dup)
				continue;
			g->ents[g->nents++] = (struct alias_ent){ b->t[j].code, b->t[j].kind };
			gr->count++;
			if (kind_rank(b->t[j].kind) < gr->best)
				gr->best = (uint8_t)kind_rank(b->t[j].kind);
		}
		if (gr->count == 0 && !(gr->flags & GROUP_BLOCK))
			continue;
		if (gr->count == 0)
			gr->best = KIND_SHORT;
		if (yd_ws_add(g->scan, gr->str, gr->len, (uint32_t)g->ngroups) < 0)
			return -1;
		g->ngroups++;
	}
	return yd_ws_build(g->scan);
}

/* Parts of speech of function words (conjunctions, prepositions,
 * pronouns, numerals, measure and locality words, particles …): a
 * province's or prefecture's short form tagged so is taken for the word.
 * Any other tag is not: jieba tags a good many cities as nouns, names,
 * verbs, even adjectives or adverbs (桂林 nr, 孝感 n, 包头 v, 茂名 a, 大连
 * d), and a city's name is the commoner reading of such a word. */
static bool function_tag(const char *tag)
{
	return tag[0] && strchr("cpmfrqtuyeo", tag[0]) != NULL;
}

/* Parts of speech of ordinary words a county's name may also be (verbs,
 * adjectives, adverbs, locality words …: 比如 v, 友好 a, 城中 s, 路南 s).
 * Names jieba tags as people's (于洪, 玉环, 马龙) are places too: the
 * words around them tell (region-context.c). */
static bool common_word_tag(const char *tag)
{
	return tag[0] && strchr("vadbzsl", tag[0]) != NULL;
}

/* jieba's frequency from which a county's name tagged as a noun or a
 * proper name is taken for a common word (资源 17,453, 和平 7,998, 友谊
 * 1,499, 红旗 1,052): names known only as places are rare in its corpus
 * (石景山, 门头沟, 赞皇: a few dozen at most; half of them 20 or less). */
enum { COMMON_FREQ = 100 };

/* The same for official names (矿区 372, 郊区 668, 城区 1,517): jieba's
 * place entries for full names are rarer still (at most a few hundred
 * for its artefacts such as 下陆区 257). */
enum { COMMON_NAME_FREQ = 300 };

/* Marks the short forms that the dictionary knows as ordinary words
 * (tagged other than ns, place name): 比如, 资源, 合作, 安定.
 * Such a form names a place only with context. A county's short form is
 * suspect when it is a verb, adjective, adverb or the like, or a noun or
 * name frequent enough to be a common word; a province's or prefecture's
 * only when the word is a function word, as cities are famous enough that
 * their names' other readings are the rarer ones (the exceptions, 安康 or
 * 日照, are marked weak in region-aliases.tsv). */
/* Last characters of common nouns for structures and landforms. */
static const char structure_heads_[] = "桥台泉港滨河湖塘池湾岸坡滩";

static bool has_structure_head(const char *c)
{
	size_t i;

	for (i = 0; i + 3 <= sizeof structure_heads_ - 1; i += 3)
		if (memcmp(structure_heads_ + i, c, 3) == 0)
			return true;
	return false;
}

/* A landform's or structure's character and a position word: 坡头,
 * 河口, 港口, 台前, 湖里 (the top of the slope, the river's mouth). */
static bool position_noun(const char *c)
{
	static const char landforms[] = "桥台泉港滨河湖塘池湾岸坡滩山江村街路";
	static const char positions[] = "头口边上下前后里底顶尾";
	bool first = false, second = false;
	size_t i;

	for (i = 0; i + 3 <= sizeof landforms - 1; i += 3)
		first |= memcmp(landforms + i, c, 3) == 0;
	for (i = 0; i + 3 <= sizeof positions - 1; i += 3)
		second |= memcmp(positions + i, c + 3, 3) == 0;
	return first && second;
}

static void mark_words(yd_gazetteer *g)
{
	size_t i, k;

	for (i = 0; i < g->ngroups; i++) {
		struct alias_group *gr = &g->groups[i];
		yd_word w;
		bool county = true;

		if (gr->count == 0)
			continue;
		for (k = gr->first; k < gr->first + gr->count; k++) {
			const yd_region *r = yd_gazetteer_find(g, g->ents[k].code);
			county &= r && r->level == 3;
		}
		/* a position at a landform is a noun, known to the
		 * dictionary or not (坡头) */
		if (county && gr->best >= KIND_SHORT && gr->len == 6 && position_noun(gr->str)) {
			gr->flags |= GROUP_WORD;
			continue;
		}
		if (!yd_dict_lookup(g->dict, gr->str, gr->len, &w))
			continue;
		/* a county's two-character short form that is a word made
		 * like a common noun of a structure or a landform (天桥, 湖滨,
		 * 天台, 温泉: a modifier and 桥/滨/台/泉 …) names that thing
		 * as often as the county, whatever jieba's tag says */
		if (county && gr->best >= KIND_SHORT && gr->len == 6 &&
		    has_structure_head(gr->str + 3)) {
			gr->flags |= GROUP_WORD;
			continue;
		}
		county = true;
		if (strncmp(w.tag, "ns", 2) == 0)
			continue;
		/* an official name that is a frequent common word (矿区,
		 * 城区, 郊区, 解放区): a place only with evidence */
		if (gr->best < KIND_SHORT) {
			if (w.freq >= COMMON_NAME_FREQ)
				gr->flags |= GROUP_WORD;
			continue;
		}
		/* counties only: a prefecture of the name (承德市 beside 承德县)
		 * is what people mean */
		for (k = gr->first; k < gr->first + gr->count; k++) {
			const yd_region *r = yd_gazetteer_find(g, g->ents[k].code);
			county &= r && r->level == 3;
		}
		if (function_tag(w.tag) || (county && (common_word_tag(w.tag) ||
							w.freq >= COMMON_FREQ)))
			gr->flags |= GROUP_WORD;
	}
}

/* The programme words of the topic tree beside the region files; a data
 * folder without topics.tsv (a test's) has none. */
static int load_programmes(yd_gazetteer *g, const char *datadir, yd_error *err)
{
	char *path = malloc(strlen(datadir) + sizeof "/topics.tsv");

	if (!path)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	sprintf(path, "%s/topics.tsv", datadir);
	if (access(path, R_OK) == 0 && !(g->programmes = yd_programmes_load(g->dict, path, err))) {
		free(path);
		return -1;
	}
	free(path);
	return 0;
}

yd_gazetteer *yd_gazetteer_load(const char *datadir, yd_error *err)
{
	struct builder b = { 0 };

	b.g = calloc(1, sizeof *b.g);
	if (!b.g) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	if (load_regions(&b, datadir, err) < 0 || load_former(&b, datadir, "regions-former.tsv", false, err) < 0 ||
	    load_former(&b, datadir, "regions-renamed.tsv", true, err) < 0 ||
	    load_aliases(&b, datadir, err) < 0)
		goto fail;
	if (build_groups(&b) < 0) {
		yd_error_set(err, YD_ENOMEM, "out of memory building the gazetteer");
		goto fail;
	}
	if (!(b.g->dict = yd_dict_open_default(datadir, err)))
		goto fail;
	mark_words(b.g);
	if (load_programmes(b.g, datadir, err) < 0)
		goto fail;
	/* without it (no memory) typos are only not corrected */
	b.g->name_typos = yd_region_typos_new(b.g->regions, b.g->nregions);
	b.g->latin = yd_latin_names_new(b.g);
	free(b.t);
	return b.g;
fail:
	free(b.t);
	yd_gazetteer_free(b.g);
	return NULL;
}

uint32_t yd_gaz_group_of(const yd_gazetteer *g, uint32_t code)
{
	const yd_region *r = yd_gazetteer_find(g, code);
	const yd_ws_entry *e[16];
	size_t len, ne, i;

	if (!r || !r->name)
		return (uint32_t)-1;
	len = strlen(r->name);
	ne = yd_ws_at(g->scan, r->name, len, 0, e, 16);
	for (i = 0; i < ne && i < 16; i++)
		if (g->groups[e[i]->value].len == len)
			return e[i]->value;
	return (uint32_t)-1;
}

void yd_gazetteer_free(yd_gazetteer *g)
{
	size_t i;

	if (!g)
		return;
	for (i = 0; i < g->nstrings; i++)
		free(g->strings[i]);
	free(g->strings);
	free(g->regions);
	free(g->ents);
	free(g->groups);
	yd_ws_free(g->scan);
	yd_programmes_free(g->programmes);
	yd_typos_free(g->name_typos);
	yd_latin_names_free(g->latin);
	free(g->splits);
	yd_dict_close(g->dict);
	free(g);
}

size_t yd_gazetteer_count(const yd_gazetteer *g)
{
	return g->nregions;
}

const yd_region *yd_gazetteer_at(const yd_gazetteer *g, size_t i)
{
	return i < g->nregions ? &g->regions[i] : NULL;
}

static size_t chain(const yd_gazetteer *g, const char *s, size_t n, uint32_t *out, size_t max,
		    int depth);

const yd_region *yd_gazetteer_lookup(const yd_gazetteer *g, const char *s)
{
	const yd_ws_entry *e[32];
	size_t n = strlen(s), m, i;
	uint32_t code;

	if (parse_code(s, &code))
		return yd_gazetteer_find(g, code);
	m = yd_ws_at(g->scan, s, n, 0, e, 32);
	for (i = 0; i < m && i < 32; i++) {
		const struct alias_group *gr = &g->groups[e[i]->value];
		uint32_t cand[64];
		size_t k, nc = 0;

		if (gr->len != n)
			continue;
		for (k = gr->first; k < gr->first + gr->count && nc < 64; k++)
			if (kind_rank(g->ents[k].kind) == gr->best)
				cand[nc++] = g->ents[k].code;
		code = nc ? yd_gaz_resolve_alone(g, cand, nc, !(gr->flags & (GROUP_WEAK | GROUP_WORD))) : 0;
		return code ? yd_gazetteer_find(g, code) : NULL;
	}
	/* names from the province down: 北京市朝阳区 */
	{
		uint32_t cand[64];
		size_t nc = chain(g, s, n, cand, 64, 0);

		code = nc ? yd_gaz_resolve_alone(g, cand, nc, false) : 0;
		return code ? yd_gazetteer_find(g, code) : NULL;
	}
}

/* The best-ranked candidates of the alias exactly s[0..n); 0 if none. */
static size_t exact(const yd_gazetteer *g, const char *s, size_t n, uint32_t *cand, size_t max)
{
	const yd_ws_entry *e[32];
	size_t m = yd_ws_at(g->scan, s, n, 0, e, 32), i, k, nc = 0;

	for (i = 0; i < m && i < 32; i++) {
		const struct alias_group *gr = &g->groups[e[i]->value];

		if (gr->len != n)
			continue;
		for (k = gr->first; k < gr->first + gr->count && nc < max; k++)
			if (kind_rank(g->ents[k].kind) == gr->best)
				cand[nc++] = g->ents[k].code;
		return nc;
	}
	return 0;
}

/* Candidates of s[0..n) read as names from the largest region down
 * (北京市朝阳区, 广东湛江雷州): the last name's candidates that lie
 * below some candidate of the names before it. */
static size_t chain(const yd_gazetteer *g, const char *s, size_t n, uint32_t *out, size_t max,
		    int depth)
{
	const yd_ws_entry *e[32];
	size_t m, i, k, j, nc;
	uint32_t head[64], tail[64];

	nc = exact(g, s, n, out, max);
	if (nc || depth > 3)
		return nc;
	m = yd_ws_at(g->scan, s, n, 0, e, 32);
	for (i = 0; i < m && i < 32; i++) {
		const struct alias_group *gr = &g->groups[e[i]->value];
		size_t nh, ntl, got = 0;

		if (gr->len >= n || gr->count == 0)
			continue;
		nh = exact(g, s, gr->len, head, 64);
		ntl = chain(g, s + gr->len, n - gr->len, tail, 64, depth + 1);
		for (k = 0; k < ntl; k++)
			for (j = 0; j < nh; j++)
				if (yd_gaz_is_ancestor(g, head[j], tail[k])) {
					if (got < max)
						out[got] = tail[k];
					got++;
					break;
				}
		if (got)
			return got < max ? got : max;
	}
	return 0;
}

size_t yd_gazetteer_candidates(const yd_gazetteer *g, const char *s,
			       uint32_t *codes, size_t max)
{
	uint32_t code;

	if (!g || !s || !*s || max == 0)
		return 0;
	if (parse_code(s, &code)) {
		if (!yd_gazetteer_find(g, code))
			return 0;
		codes[0] = code;
		return 1;
	}
	return chain(g, s, strlen(s), codes, max, 0);
}

void yd_gazetteer_each_alias(const yd_gazetteer *g,
			     void (*fn)(void *ctx, const char *alias, uint32_t code, const char *kind),
			     void *ctx)
{
	static const char *const kinds[] = { "name", "former", "short", "alias" };
	size_t i, k;

	for (i = 0; i < g->ngroups; i++) {
		const struct alias_group *gr = &g->groups[i];
		for (k = gr->first; k < gr->first + gr->count; k++)
			fn(ctx, gr->str, g->ents[k].code, kinds[g->ents[k].kind]);
	}
}

const yd_dict *yd_gazetteer_dict(const yd_gazetteer *g)
{
	return g ? g->dict : NULL;
}
