/* Short forms of official region names, derived by rule:
 *   特别行政区, 省, 市, 盟, 县, 区, 旗, 地区 are stripped;
 *   自治区/自治州/自治县/自治旗 are stripped together with the ethnic
 *   names before them (广西壮族自治区 → 广西, 黔东南苗族侗族自治州 →
 *   黔东南), and 州/县/旗 is offered again as a variant (甘孜州);
 *   林区 (神农架林区), 矿区, 新区, 特区 are stripped as a unit when enough
 *   is left (万柏林区 is 万柏林 + 区, not 万柏 + 林区).
 * A short form must keep at least two characters: 涉县 has none.
 */
#include <stdbool.h>
#include <string.h>
#include "region-names.h"

/* The 56 officially recognised ethnic groups, without the trailing 族. */
static const char *const ethnic[] = {
	"汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
	"满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
	"佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜",
	"土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯",
	"阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂",
	"保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴",
	"珞巴", "基诺",
};

/* Characters in a UTF-8 string (all names are BMP Han: 3 bytes each, but
 * count properly anyway). */
static size_t nchars(const char *s, size_t len)
{
	size_t i, c = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static bool ends_with(const char *s, size_t len, const char *suf)
{
	size_t k = strlen(suf);

	return k <= len && memcmp(s + len - k, suf, k) == 0;
}

/* Strips one trailing ethnic name (with 族, or bare if it has two or more
 * characters) when at least two characters remain; returns the new length. */
static size_t strip_one_ethnic(const char *s, size_t len)
{
	size_t i, best = len;

	for (i = 0; i < sizeof ethnic / sizeof ethnic[0]; i++) {
		char buf[32];
		size_t k = strlen(ethnic[i]);

		memcpy(buf, ethnic[i], k);
		memcpy(buf + k, "族", sizeof "族");
		if (ends_with(s, len, buf) && nchars(s, len - strlen(buf)) >= 2 &&
		    len - strlen(buf) < best)
			best = len - strlen(buf);
		else if (nchars(ethnic[i], k) >= 2 && ends_with(s, len, ethnic[i]) &&
			 nchars(s, len - k) >= 2 && len - k < best)
			best = len - k;
	}
	return best;
}

/* True if s[0..len) is just an ethnic name, with or without 族. */
static bool is_ethnic(const char *s, size_t len, size_t *core)
{
	size_t i, k;

	for (i = 0; i < sizeof ethnic / sizeof ethnic[0]; i++) {
		k = strlen(ethnic[i]);
		if (len >= k && memcmp(s, ethnic[i], k) == 0 &&
		    (len == k || (len == k + strlen("族") && ends_with(s, len, "族")))) {
			*core = k;
			return true;
		}
	}
	return false;
}

static size_t put(char out[][YD_SHORT_MAX], size_t n, size_t max,
		  const char *s, size_t len, const char *suffix)
{
	size_t k = strlen(suffix);

	if (n >= max || len + k >= YD_SHORT_MAX)
		return n;
	memcpy(out[n], s, len);
	memcpy(out[n] + len, suffix, k + 1);
	return n + 1;
}

size_t yd_region_short_forms(const char *name, char out[][YD_SHORT_MAX], size_t max)
{
	static const struct {
		const char *suffix, *variant;
	} autonomous[] = {
		{ "自治区", NULL }, { "自治州", "州" }, { "自治县", "县" }, { "自治旗", "旗" },
	};
	static const struct {
		const char *suffix;
		size_t min_left;
	} units[] = {
		{ "特别行政区", 2 }, { "林区", 3 }, { "矿区", 2 }, { "新区", 2 },
		{ "特区", 2 }, { "地区", 2 }, { "省", 2 }, { "市", 2 }, { "盟", 2 },
		{ "县", 2 }, { "区", 2 }, { "旗", 2 },
	};
	size_t len = strlen(name), i, n = 0;

	for (i = 0; i < sizeof autonomous / sizeof autonomous[0]; i++) {
		size_t rest, prev, core;

		if (!ends_with(name, len, autonomous[i].suffix))
			continue;
		rest = len - strlen(autonomous[i].suffix);
		if (is_ethnic(name, rest, &core)) {
			/* 鄂伦春自治旗, 鄂温克族自治旗: the name is the people. */
			return nchars(name, core) >= 2 ? put(out, n, max, name, core, "") : 0;
		}
		do {
			prev = rest;
			rest = strip_one_ethnic(name, rest);
		} while (rest != prev);
		if (nchars(name, rest) < 2)
			return 0;
		n = put(out, n, max, name, rest, "");
		if (autonomous[i].variant)
			n = put(out, n, max, name, rest, autonomous[i].variant);
		return n;
	}
	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		size_t rest;

		if (!ends_with(name, len, units[i].suffix))
			continue;
		rest = len - strlen(units[i].suffix);
		if (nchars(name, rest) >= units[i].min_left)
			return put(out, n, max, name, rest, "");
	}
	return 0;
}
