/* News headers: a local paper, station or media centre is named after its
 * city or county (江山新闻, 泰兴日报, 宜都融媒), and its items are about
 * that place, which they call 我市 or 本县 rather than by name. So a
 * region's name that starts a text as an outlet's name (in 【】 or
 * before 讯, the dispatch mark) is the place of the text when the text
 * speaks of its own unit of the same kind. Without that, the header
 * alone says nothing (光明日报讯 is a national paper's, 光明区 is not
 * its subject), and the outlet's name elsewhere in a text is a name, as
 * region-match.c's deny_after says (X日报). */
#include <string.h>
#include "region-dateline.h"

/* What an outlet named after a place calls itself after the name. */
static const char *const media[] = {
	"新闻", "日报", "晚报", "融媒", "发布", "广播电视台", "电视台", "头条", "手机报",
};

/* A local body a text names by its unit alone, at a clause's start
 * (市医保局, 县人民医院): the place the text is from. */
static const char *const bodies[] = {
	"医保", "医疗保障", "卫健", "人社", "人民医院", "中医院", "政府", "财政", "疾控",
};

static bool at(const char *s, size_t n, size_t pos, const char *w)
{
	size_t k = strlen(w);

	return k <= n - pos && memcmp(s + pos, w, k) == 0;
}

static size_t skip_space(const char *s, size_t n, size_t p)
{
	for (;;) {
		if (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
			p++;
		else if (at(s, n, p, "\xE3\x80\x80") || at(s, n, p, "\xEF\xBB\xBF"))
			p += 3; /* ideographic space, BOM */
		else
			return p;
	}
}

/* The name is the outlet's: at the text's start (after 【 or [), then a
 * media word, up to six more characters (社, 网, 客户端), then 】, ] or 讯. */
static bool outlet(const char *s, size_t n, size_t pos, size_t end)
{
	size_t p = skip_space(s, n, 0), i, c;

	if (at(s, n, p, "【"))
		p += 3;
	else if (at(s, n, p, "["))
		p++;
	if (p != pos)
		return false;
	for (i = 0; i < sizeof media / sizeof *media; i++)
		if (at(s, n, end, media[i]))
			break;
	if (i == sizeof media / sizeof *media)
		return false;
	p = end + strlen(media[i]);
	for (c = 0; c <= 6 && p + 3 <= n; c++, p += 3) {
		if (at(s, n, p, "】") || at(s, n, p, "讯"))
			return true;
		if (at(s, n, p, "]"))
			return true;
		if (((unsigned char)s[p] & 0xF0) != 0xE0)
			return false;
	}
	return false;
}

/* The text calls its own unit u (3 bytes: 市, 县, 区, 州, 旗) as a local
 * text does. */
static bool own_unit(const char *s, size_t n, const char *u)
{
	static const char *const deixis[] = { "我", "本", "全", "该" };
	size_t p, i;

	for (p = 0; p + 6 <= n; p++) {
		if (memcmp(s + p + 3, u, 3) != 0)
			continue;
		for (i = 0; i < sizeof deixis / sizeof *deixis; i++)
			if (memcmp(s + p, deixis[i], 3) == 0)
				return true;
		/* ，市医保局: the unit alone at a clause's start */
		if (at(s, n, p, "，") || at(s, n, p, "。") || at(s, n, p, "】") ||
		    at(s, n, p, "：") || at(s, n, p, "；"))
			for (i = 0; i < sizeof bodies / sizeof *bodies; i++)
				if (at(s, n, p + 6, bodies[i]))
					return true;
	}
	return false;
}

bool yd_news_dateline(const yd_gazetteer *g, const struct alias_group *gr,
		      const char *s, size_t n, size_t pos, size_t end)
{
	const yd_region *r;
	size_t k;

	if (!gr->count || !outlet(s, n, pos, end))
		return false;
	/* the unit of the region it most likely names */
	r = yd_gazetteer_find(g, g->ents[gr->first].code);
	if (!r || (k = strlen(r->name)) < 6)
		return false;
	return own_unit(s, n, r->name + k - 3);
}
