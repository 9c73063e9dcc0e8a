/* Minutes or hours elapsed since a complaint began (elapsed.h). */
#include <string.h>
#include "elapsed.h"

static bool starts(const char *s, size_t n, size_t p, const char *w)
{
	size_t k = strlen(w);

	return p + k <= n && memcmp(s + p, w, k) == 0;
}

/* Length of the unit at p (分钟, 小时, 钟头, 个小时, 个钟头), or 0. */
static size_t unit_at(const char *s, size_t n, size_t p)
{
	static const char *const units[] = { "个小时", "个钟头", "分钟", "小时", "钟头" };
	size_t i;

	for (i = 0; i < sizeof units / sizeof *units; i++)
		if (starts(s, n, p, units[i]))
			return strlen(units[i]);
	return 0;
}

/* Length of the numeral character ending right before p (一 … 十, 两,
 * 几, 半, 多 as in 十多, ASCII digits), or 0. */
static size_t numeral_before(const char *s, size_t p)
{
	static const char *const num[] = { "一", "二", "两", "三", "四", "五", "六", "七",
					   "八", "九", "十", "几", "半", "多" };
	size_t i;

	if (p >= 1 && s[p - 1] >= '0' && s[p - 1] <= '9')
		return 1;
	for (i = 0; i < sizeof num / sizeof *num; i++) {
		size_t k = strlen(num[i]);

		if (p >= k && memcmp(s + p - k, num[i], k) == 0)
			return k;
	}
	return 0;
}

bool yd_elapsed_recent(const char *s, size_t n)
{
	size_t p;

	if (!s)
		return false;
	for (p = 1; p < n; p++) {
		size_t u = unit_at(s, n, p), q;

		if (u == 0 || numeral_before(s, p) == 0)
			continue;
		q = p + u;
		if (starts(s, n, q, "多"))      /* 半小时多了 */
			q += strlen("多");
		if (starts(s, n, q, "了"))
			return true;
	}
	/* 一个多小时了: the numeral stands before 个, 多 between */
	for (p = 0; p + 1 < n; p++)
		if (starts(s, n, p, "个多") && numeral_before(s, p) &&
		    (starts(s, n, p + strlen("个多"), "小时了") ||
		     starts(s, n, p + strlen("个多"), "钟头了")))
			return true;
	return false;
}
