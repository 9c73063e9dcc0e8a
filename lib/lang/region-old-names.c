#define _GNU_SOURCE   /* memmem */
/* Old names: a place of an earlier age followed by 今 and the places of
 * today (长安，今陕西西安) names no region of today, nor does the same
 * name said again anywhere in the text. */
#include <string.h>
#include "gazetteer-impl.h"
#include "region-match-impl.h"

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
void named_today(const yd_gazetteer *g, const char *s, size_t n, struct mention *m,
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
