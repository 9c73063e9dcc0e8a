/* One-character abbreviations of regions; see region-abbrev.h. */
#include <pthread.h>
#include <stdbool.h>
#include <string.h>
#include "gazetteer-impl.h"
#include "region-abbrev.h"
#include "wordscan.h"

/* The conventional abbreviations (简称) of provinces, and of cities that
 * news writes so (蓉 成都, 穗 广州). Left out: those that are common
 * words or adjectives (新, 青, 黑, 吉, 云, 贵, 甘, 宁, 蒙) and 澳, which
 * as often means Australia. */
static const struct {
	const char ch[4];
	uint32_t code;
} abbrevs[] = {
	{ "京", 110000 }, { "津", 120000 }, { "沪", 310000 }, { "渝", 500000 },
	{ "冀", 130000 }, { "晋", 140000 }, { "辽", 210000 }, { "苏", 320000 },
	{ "浙", 330000 }, { "皖", 340000 }, { "闽", 350000 }, { "赣", 360000 },
	{ "鲁", 370000 }, { "豫", 410000 }, { "鄂", 420000 }, { "湘", 430000 },
	{ "粤", 440000 }, { "桂", 450000 }, { "琼", 460000 }, { "川", 510000 },
	{ "蜀", 510000 }, { "黔", 520000 }, { "滇", 530000 }, { "藏", 540000 },
	{ "陕", 610000 }, { "秦", 610000 }, { "陇", 620000 }, { "港", 810000 },
	{ "台", 710000 },
	{ "蓉", 510100 }, { "穗", 440100 }, { "榕", 350100 }, { "甬", 330200 },
	{ "邕", 450100 }, { "筑", 520100 }, { "攀", 510400 }, { "莞", 441900 },
	{ "杭", 330100 }, { "汉", 420100 }, { "深", 440300 }, { "厦", 350200 },
	{ "郑", 410100 }, { "济", 370100 }, { "兰", 620100 }, { "锡", 320200 },
};

/* The one character before that makes it a place: coming, going, being
 * or leaving (来/在/赴/抵/返/进/离/回/驻/留/到/至). */
static const char before[] = "来在赴抵返进离回驻留到至";

/* A bit per code point of the table's characters (made once): most
 * characters of a text are none, told before the words around them. */
static uint64_t abbrev_bits[65536 / 64];
static pthread_once_t abbrev_once = PTHREAD_ONCE_INIT;

static unsigned cp3(const char *c)
{
	const unsigned char *u = (const unsigned char *)c;

	return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
}

static void abbrev_init(void)
{
	size_t i;

	for (i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
		abbrev_bits[cp3(abbrevs[i].ch) >> 6] |= (uint64_t)1 << (cp3(abbrevs[i].ch) & 63);
}

uint32_t yd_region_abbrev_at(const yd_gazetteer *g, const char *s, size_t n, size_t pos,
			     uint32_t *group)
{
	size_t i, k;
	bool ji;
	unsigned cp;

	if (pos + 3 > n || ((unsigned char)s[pos] & 0xF0) != 0xE0)
		return 0;
	pthread_once(&abbrev_once, abbrev_init);
	cp = cp3(s + pos);
	if (!(abbrev_bits[cp >> 6] >> (cp & 63) & 1))
		return 0;   /* none of the table's characters */
	/* the words around it first: this runs at most of a text's characters */
	ji = pos + 6 <= n && memcmp(s + pos + 3, "籍", 3) == 0;
	if (!ji && !(pos >= 3 && yd_char_in(before, s + pos - 3)))
		return 0;
	for (i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
		if (memcmp(s + pos, abbrevs[i].ch, 3) == 0)
			break;
	if (i == sizeof abbrevs / sizeof *abbrevs)
		return 0;
	/* not a word it starts (在京东, 来苏打水, 在台上, 在港口, 进川菜馆):
	 * the character stands alone after the verb */
	if (!ji)
		for (k = 6; k <= 12 && pos + k <= n; k += 3)
			if (yd_dict_lookup(g->dict, s + pos, k, NULL))
				return 0;
	*group = yd_gaz_group_of(g, abbrevs[i].code);
	return *group == (uint32_t)-1 ? 0 : abbrevs[i].code;
}

/* The province-level abbreviation at c (the table's first 29 entries;
 * 澳 only after 港, where it is Macao), or 0. */
static uint32_t province_abbrev(const char *c, bool after_hk)
{
	/* the code points of the provinces' abbreviations in the table,
	 * sorted: most characters of a text are none, which a binary
	 * search tells before any comparison of bytes */
	static const uint16_t cps[] = {
		0x4EAC, 0x5180, 0x53F0, 0x5DDD, 0x664B, 0x6842, 0x6CAA, 0x6D25, 0x6D59, 0x6E1D, 0x6E2F, 0x6E58, 0x6EC7, 0x743C, 0x7696, 0x79E6, 0x7CA4, 0x82CF, 0x85CF, 0x8700, 0x8C6B, 0x8D63, 0x8FBD, 0x9102, 0x95FD, 0x9647, 0x9655, 0x9C81, 0x9ED4
	};
	const unsigned char *u = (const unsigned char *)c;
	uint32_t cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	size_t i, lo = 0, hi = sizeof cps / sizeof *cps;

	if (after_hk && memcmp(c, "澳", 3) == 0)
		return 820000;
	/* the provinces' characters are in abbrev_bits, with the cities' */
	pthread_once(&abbrev_once, abbrev_init);
	if (!(abbrev_bits[cp >> 6] >> (cp & 63) & 1))
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cps[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == sizeof cps / sizeof *cps || cps[lo] != cp)
		return 0;
	for (i = 0; i < sizeof abbrevs / sizeof *abbrevs && abbrevs[i].code % 10000 == 0; i++)
		if (memcmp(c, abbrevs[i].ch, 3) == 0)
			return abbrevs[i].code;
	return 0;
}

size_t yd_region_abbrev_run(const yd_gazetteer *g, const char *s, size_t n, size_t pos,
			    uint32_t *codes, uint32_t *groups, size_t max, size_t *count)
{
	static const char *const counts[] = {
		"两地", "三地", "四地", "五地", "两省", "三省", "四省", "五省",
	};
	uint32_t code;
	size_t p = pos, k = 0, i;
	bool listed = false;

	*count = 0;
	if (pos + 6 > n || !province_abbrev(s + pos, false) ||
	    (pos >= 3 && province_abbrev(s + pos - 3, true)))
		return 0;
	while (p + 3 <= n && ((unsigned char)s[p] & 0xF0) == 0xE0 &&
	       (code = province_abbrev(s + p, k > 0 && memcmp(s + p - 3, "港", 3) == 0)) != 0) {
		for (i = 0; i < k && codes[i] != code; i++)
			;
		if (i < k || k == max)
			return 0;   /* 川蜀: one province twice is no list */
		codes[k++] = code;
		p += 3;
	}
	if (k < 2)
		return 0;
	for (i = 0; i < sizeof counts / sizeof *counts; i++)
		if (p + 6 <= n && memcmp(s + p, counts[i], 6) == 0 &&
		    (memcmp(s + p, "两", 3) == 0 ? k == 2 : memcmp(s + p, "三", 3) == 0 ? k == 3 :
		     memcmp(s + p, "四", 3) == 0 ? k == 4 : k == 5))
			listed = true;
	if (!listed && k < 4)
		return 0;
	for (i = 0; i < k; i++) {
		groups[i] = yd_gaz_group_of(g, codes[i]);
		if (groups[i] == (uint32_t)-1)
			return 0;
	}
	*count = k;
	return p - pos;
}
