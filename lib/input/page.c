/* Scraped pages: title, optional short answer, author/date lines, body,
 * site furniture and the related list. See doc/input-formats.md. */
#include <stdlib.h>
#include <string.h>
#include "yidu/parse.h"
#include "page.h"
#include "util.h"

/* Summaries taken from the body are cut to about this many characters. */
#define SUMMARY_CHARS 120
/* A short answer under the title is at most this many characters. */
#define SHORT_ANSWER_CHARS 40

static bool is_furniture(const page_line *L)
{
	return yd_page_is_nav(L->s, L->n) || yd_page_is_disclaimer(L->s, L->n) ||
	       yd_page_is_tag_heading(L->s, L->n);
}

static const char *const answer_ends[] = {"。", "；", ";", "，", ",", "：", ":", "！", "!",
					  "？", "?", "…", NULL};

static bool short_answer(const page_line *L)
{
	size_t k;
	if (L->n == 0 || yd_pu_u8count(L->s, L->n) > SHORT_ANSWER_CHARS ||
	    yd_page_is_structured(L->s, L->n) || yd_page_is_related_heading(L->s, L->n))
		return false;
	for (k = 0; answer_ends[k]; k++) {
		size_t w = strlen(answer_ends[k]);
		if (L->n >= w && memcmp(L->s + L->n - w, answer_ends[k], w) == 0)
			return false;
	}
	return true;
}

/* The first sentences of a paragraph, up to about SUMMARY_CHARS. */
static char *cut_summary(const char *s)
{
	size_t n = strlen(s), lim, i, best = 0, chars = 0;
	yd_buf b = {0};

	if (yd_pu_u8count(s, n) <= SUMMARY_CHARS)
		return yd_pu_strndup(s, n);
	lim = yd_pu_u8prefix(s, n, SUMMARY_CHARS);
	for (i = 0; i < lim; chars++) {
		uint32_t cp;
		i += yd_pu_u8next(s + i, lim - i, &cp);
		if ((cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?') &&
		    chars >= SUMMARY_CHARS / 4)
			best = i;
	}
	if (best)
		return yd_pu_strndup(s, best);
	yd_buf_add(&b, s, yd_pu_u8prefix(s, n, SUMMARY_CHARS - 1));
	yd_buf_adds(&b, "…");
	return yd_buf_take(&b);
}


/* ---- line classes ---- */

enum { LC_BLANK, LC_FURN, LC_META, LC_SHORT, LC_TEXT, LC_BARRIER, LC_MENU };

#define IS_FURN(c) ((c) == LC_FURN || (c) == LC_MENU)

static bool has_sentence_punct(const char *s, size_t n)
{
	static const char *const p[] = {"。", "，", "；", "！", "？", "：", "、", ",", ";", NULL};
	for (size_t k = 0; p[k]; k++)
		if (yd_pu_contains(s, n, p[k]))
			return true;
	return false;
}

/* Splits at runs of white space and at separators: | · • › > » / ｜. */
static size_t tokens(const char *s, size_t n, size_t *longest, size_t *seps)
{
	static const char *const sep[] = {"|", "｜", "·", "•", "›", ">", "»", "/", "→", "丨",
					  "\xE3\x80\x80", " ", "\t", NULL};
	size_t count = 0, cur = 0;
	*longest = 0;
	*seps = 0;
	for (size_t i = 0; i < n;) {
		size_t k, w = 0;
		for (k = 0; sep[k]; k++)
			if (yd_pu_starts(s + i, n - i, sep[k])) {
				w = strlen(sep[k]);
				break;
			}
		if (w) {
			if (k < 10)
				(*seps)++;
			if (cur) {
				count++;
				if (cur > *longest)
					*longest = cur;
			}
			cur = 0;
			i += w;
			continue;
		}
		uint32_t cp;
		i += yd_pu_u8next(s + i, n - i, &cp);
		cur++;
	}
	if (cur) {
		count++;
		if (cur > *longest)
			*longest = cur;
	}
	return count;
}

/* A menu ("首页 新闻 健康 教育"), a bar ("登录 | 注册 | 网站地图") or a
 * breadcrumb ("首页 › 健康频道 › 正文"): short pieces, no sentences. */
static bool menu_line(const char *s, size_t n)
{
	size_t longest, seps;
	size_t k = tokens(s, n, &longest, &seps);
	if (has_sentence_punct(s, n) && seps < 2)
		return false;
	if (k >= 4 && longest <= 6)
		return true;
	if (seps >= 2 && k >= 3 && longest <= 16)
		return true;
	/* a breadcrumb ending in the page's own title */
	size_t arrows = 0;
	for (size_t i = 0; i < n; i++)
		arrows += yd_pu_starts(s + i, n - i, "›") || yd_pu_starts(s + i, n - i, "»") ||
			(s[i] == '>' && (i == 0 || s[i - 1] != '>'));
	if (arrows >= 2 && !yd_pu_contains(s, n, "。"))
		return true;
	/* 首页 > 栏目: one separator between short pieces */
	if ((yd_pu_contains(s, n, "›") || yd_pu_contains(s, n, ">") || yd_pu_contains(s, n, "»")) &&
	    k >= 2 && longest <= 12 && !has_sentence_punct(s, n))
		return true;
	return false;
}

/* Counts and their words only: "275", "阅读 3.2万", "帖子 215 积分 1380",
 * "查看: 3721|回复: 5", "有用(41) 没用(1)". */
static bool count_line(const char *s, size_t n)
{
	static const char *const words[] = {"阅读", "浏览", "查看", "回复", "帖子", "积分", "评论",
					    "点赞", "赞", "收藏", "分享", "次", "人", "万", "个回答",
					    "回答", "有用", "没用", "举报", "精华", "关注", "粉丝",
					    "楼主", "沙发", "板凳", "LV", "Lv", "#", NULL};
	size_t digits = 0, other = 0;
	for (size_t i = 0; i < n;) {
		size_t k, w = 0;
		for (k = 0; words[k]; k++)
			if (yd_pu_starts(s + i, n - i, words[k])) {
				w = strlen(words[k]);
				break;
			}
		if (w) {
			i += w;
			continue;
		}
		char c = s[i];
		if (c >= '0' && c <= '9')
			digits++;
		else if (!(c == ' ' || c == '.' || c == ',' || c == ':' || c == '|' || c == '(' ||
			   c == ')' || c == '+' || c == '-' || yd_pu_starts(s + i, n - i, "：") ||
			   yd_pu_starts(s + i, n - i, "（") || yd_pu_starts(s + i, n - i, "）") ||
			   yd_pu_starts(s + i, n - i, "\xE3\x80\x80")))
			other++;
		uint32_t cp;
		i += yd_pu_u8next(s + i, n - i, &cp);
	}
	return digits > 0 && other == 0;
}

static bool title_like(const page_line *L)
{
	size_t c = yd_pu_u8count(L->s, L->n);
	if (c < 2 || c > 64 || yd_pu_contains(L->s, L->n, "。"))
		return false;
	if (yd_pu_contains(L->s, L->n, "：") && L->n >= 3 &&
	    memcmp(L->s + L->n - 3, "：", 3) == 0)
		return false;
	char d[11];
	size_t ds, de;
	if (yd_pu_find_date(L->s, L->n, d, &ds, &de) && de - ds + 8 >= L->n)
		return false;
	/* "预约电话：0716-8231XXX": a label and a number */
	for (size_t i = 0; i + 3 <= L->n; i++)
		if (memcmp(L->s + i, "：", 3) == 0 || L->s[i] == ':') {
			size_t dig = 0, all = 0;
			for (size_t k = i + 1; k < L->n; k++, all++)
				dig += (L->s[k] >= '0' && L->s[k] <= '9') || L->s[k] == '-';
			if (all && dig * 2 >= all)
				return false;
			break;
		}
	return true;
}

static int classify(const page_line *L, const yd_page_template *tpl)
{
	if (L->n == 0)
		return LC_BLANK;
	if (yd_page_is_related_heading(L->s, L->n) || yd_page_is_thread_heading(L->s, L->n))
		return LC_BARRIER;
	if (is_furniture(L) || (tpl && yd_page_template_has(tpl, L->s, L->n)))
		return menu_line(L->s, L->n) ? LC_MENU : LC_FURN;
	yd_article tmp;
	yd_article_init(&tmp);
	bool meta = yd_page_meta(L->s, L->n, true, &tmp);
	yd_article_clear(&tmp);
	if (meta || count_line(L->s, L->n))
		return LC_META;
	/* where it was posted from: 发布于浙江, IP属地：广东 */
	if (yd_pu_u8count(L->s, L->n) <= 16 &&
	    (yd_pu_starts(L->s, L->n, "发布于") || yd_pu_starts(L->s, L->n, "发自") ||
	     yd_pu_starts(L->s, L->n, "IP属地") || yd_pu_starts(L->s, L->n, "来自")))
		return LC_META;
	/* a short line with a date and no sentence: a byline in any order
	 * ("2024-03-05 09:12 来源：某报 作者：某人 字号") */
	char d[11];
	size_t ds, de;
	if (yd_pu_u8count(L->s, L->n) <= 70 && !yd_pu_contains(L->s, L->n, "。") &&
	    yd_pu_find_date(L->s, L->n, d, &ds, &de))
		return LC_META;
	if (menu_line(L->s, L->n))
		return LC_MENU;
	size_t c = yd_pu_u8count(L->s, L->n);
	if (c >= 30 || (c >= 12 && has_sentence_punct(L->s, L->n)))
		return LC_TEXT;
	return LC_SHORT;
}

/* ---- related entries ---- */

static bool only_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

/* "1. ", "2、", "3 ", "· ", "• ", "- ", "● " before an entry's title. */
static void strip_marker(const char **s, size_t *n)
{
	static const char *const bullets[] = {"·", "•", "●", "○", "■", "□", "◆", "▪", "-", "*",
					      "►", "▶", ">", NULL};
	for (size_t k = 0; bullets[k]; k++)
		if (yd_pu_starts(*s, *n, bullets[k])) {
			*s += strlen(bullets[k]);
			*n -= strlen(bullets[k]);
			yd_pu_trim(s, n);
			return;
		}
	size_t d = 0;
	while (d < *n && (*s)[d] >= '0' && (*s)[d] <= '9')
		d++;
	if (d > 0 && d <= 2 && d < *n) {
		size_t w = 0;
		if ((*s)[d] == '.' || (*s)[d] == ')' || (*s)[d] == ' ')
			w = 1;
		else if (yd_pu_starts(*s + d, *n - d, "、") || yd_pu_starts(*s + d, *n - d, "．"))
			w = 3;
		if (w) {
			*s += d + w;
			*n -= d + w;
			yd_pu_trim(s, n);
		}
	}
}

/* Drops a trailing count ("12个回答", "阅读 3.2万", "(12)") and a trailing
 * date ("2024-02-28", "（2024-05-30）"), keeping the date. */
static void strip_tail(const char **s, size_t *n, char date[11], bool *dated)
{
	size_t ds, de;
	*dated = false;
	if (yd_pu_find_date(*s, *n, date, &ds, &de) && ds > 0) {
		const char *r = *s + de;
		size_t rn = *n - de;
		yd_pu_trim(&r, &rn);
		if (rn <= 3) {   /* the date ends the line, maybe with a bracket */
			*dated = true;
			*n = ds;
		}
	}
	yd_pu_trim(s, n);
	/* brackets left around the date: （ ( */
	while (*n >= 3 && (memcmp(*s + *n - 3, "（", 3) == 0 || memcmp(*s + *n - 3, "【", 3) == 0)) {
		*n -= 3;
		yd_pu_trim(s, n);
	}
	while (*n >= 1 && ((*s)[*n - 1] == '(' || (*s)[*n - 1] == '|' || (*s)[*n - 1] == '-')) {
		(*n)--;
		yd_pu_trim(s, n);
	}
	if (yd_pu_contains(*s, *n, "·") && *n >= 2) {
		/* "title · 健康新闻" leaves the category out */
	}
	/* a count at the end, after a space */
	for (size_t i = *n; i-- > 0;) {
		if ((*s)[i] == ' ' || yd_pu_starts(*s + i, *n - i, "\xE3\x80\x80")) {
			const char *t = *s + i;
			size_t tn = *n - i;
			yd_pu_trim(&t, &tn);
			if (tn && count_line(t, tn)) {
				*n = i;
				yd_pu_trim(s, n);
			}
			break;
		}
	}
}

/* Every section under a related heading: entries in any common shape
 * (a bulleted or numbered line with its date, a title line followed by a
 * summary and a "category date" line, ranks on lines of their own). */
static void parse_related(const page_line *v, size_t n, const yd_page_template *tpl, yd_article *a)
{
	yd_related *cur = NULL;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		const page_line *L = &v[i];
		if (L->n == 0)
			continue;
		if (yd_page_is_related_heading(L->s, L->n)) {
			in = true;
			cur = NULL;
			continue;
		}
		if (yd_page_is_thread_heading(L->s, L->n)) {
			in = false;
			continue;
		}
		if (!in)
			continue;
		if (yd_pu_contains(L->s, L->n, "ICP备") || yd_page_is_disclaimer(L->s, L->n) ||
		    yd_pu_contains(L->s, L->n, "©") || yd_pu_contains(L->s, L->n, "版权所有")) {
			in = false;
			continue;
		}
		/* 上一篇/下一篇 and the like; and lines every page of the site
		 * shows (a site-wide hot list is not this page's related) */
		if (is_furniture(L) || (tpl && yd_page_template_has(tpl, L->s, L->n)))
			continue;
		char date[11];
		const char *cat;
		size_t catn;
		const char *ms = L->s;
		size_t mn = L->n;
		strip_marker(&ms, &mn);
		bool marked = mn < L->n;
		if (!marked && yd_page_date_line(L->s, L->n, date, &cat, &catn)) {
			if (cur && !cur->date) {
				cur->date = yd_pu_strndup(date, 10);
				if (catn && !cur->category)
					cur->category = yd_pu_strndup(cat, catn);
			}
			continue;
		}
		if (menu_line(L->s, L->n))
			continue;
		if (count_line(L->s, L->n) || only_digits(L->s, L->n))
			continue;
		const char *t = L->s;
		size_t tn = L->n;
		strip_marker(&t, &tn);
		bool dated;
		strip_tail(&t, &tn, date, &dated);
		page_line T = { t, tn, 0, L->no };
		if (tn == 0)
			continue;
		if (title_like(&T) && yd_pu_u8count(t, tn) >= 4 && !(cur && !cur->summary && !cur->date && has_sentence_punct(t, tn) &&
					yd_pu_u8count(t, tn) > 20)) {
			cur = yd_pu_add_related(a);
			cur->title = yd_pu_strndup(t, tn);
			if (dated)
				cur->date = yd_pu_strndup(date, 10);
		} else if (cur && !cur->summary) {
			cur->summary = yd_pu_strndup(L->s, L->n);
		} else if (cur && !cur->date) {
			/* a summary of several lines */
			size_t k = strlen(cur->summary);
			cur->summary = yd_pu_xrealloc(cur->summary, k + L->n + 2);
			cur->summary[k] = '\n';
			memcpy(cur->summary + k + 1, L->s, L->n);
			cur->summary[k + 1 + L->n] = '\0';
		}
	}
}

/* A byline: its keys (来源：, 作者：, 发布时间：) wherever they start, and
 * its date even without a key. */
static void byline(const page_line *L, yd_article *a)
{
	if (!yd_page_meta(L->s, L->n, true, a)) {
		/* keys after a leading date: meta from the first key on */
		for (size_t i = 0; i < L->n; i++)
			if (yd_pu_starts(L->s + i, L->n - i, "来源") || yd_pu_starts(L->s + i, L->n - i, "作者")) {
				yd_page_meta(L->s + i, L->n - i, true, a);
				break;
			}
	}
	char d[11];
	size_t ds, de;
	if (!a->date && yd_pu_find_date(L->s, L->n, d, &ds, &de))
		a->date = yd_pu_strndup(d, 10);
}

/* Takes "[经验分享] " or "【原创】" off the front of a title. */
static void strip_title_tag(const char **s, size_t *n)
{
	const char *close = NULL;
	size_t w = 0;
	if (yd_pu_starts(*s, *n, "[")) {
		close = memchr(*s, ']', *n);
		w = 1;
	} else if (yd_pu_starts(*s, *n, "【")) {
		for (size_t i = 3; i + 3 <= *n; i++)
			if (memcmp(*s + i, "】", 3) == 0) {
				close = *s + i;
				break;
			}
		w = 3;
	}
	if (!close || yd_pu_u8count(*s, (size_t)(close - *s)) > 8)
		return;
	const char *r = close + w;
	size_t rn = *n - (size_t)(r - *s);
	yd_pu_trim(&r, &rn);
	if (yd_pu_u8count(r, rn) >= 4) {
		*s = r;
		*n = rn;
	}
}

static int parse_with(const char *text, size_t n, const char *origin, const yd_page_template *tpl,
		      yd_article *a, yd_error *err)
{
	page_lines pl;
	yd_page_split(text, n, &pl);
	size_t nl = pl.n;
	int *cl = yd_pu_xmalloc((nl + 1) * sizeof *cl);
	for (size_t i = 0; i < nl; i++)
		cl[i] = classify(&pl.v[i], tpl);

	/* The body: the run of lines with the largest sum of values, text
	 * counting for it and furniture against it (maximum subarray). */
	double best = 0, run = 0;
	size_t bs = nl, be = nl, rs = 0;
	/* only up to the first related or replies heading after some text:
	 * the related list's summaries are not the article */
	size_t lim = nl, text_seen = 0;
	for (size_t i = 0; i < nl; i++) {
		if (cl[i] == LC_TEXT)
			text_seen += pl.v[i].n;
		if (cl[i] == LC_BARRIER && text_seen >= 120) {
			lim = i;
			break;
		}
	}
	for (size_t i = 0; i < lim; i++) {
		double v;
		switch (cl[i]) {
		case LC_TEXT: {
			size_t c = yd_pu_u8count(pl.v[i].s, pl.v[i].n);
			v = (double)(c < 300 ? c : 300);
			break;
		}
		case LC_SHORT: v = -3; break;
		case LC_META: v = -15; break;
		case LC_FURN: case LC_MENU: v = -40; break;
		case LC_BARRIER: v = -1000; break;
		default: v = 0; break;
		}
		if (run <= 0) {
			run = 0;
			rs = i;
		}
		run += v;
		if (run > best) {
			best = run;
			bs = rs;
			be = i + 1;
		}
	}
	while (bs < be && cl[bs] == LC_BLANK)
		bs++;
	/* past an advertisement or a stray line: text that resumes within
	 * a few lines still belongs to the body */
	for (size_t k = be, gap = 0; k < lim && be < nl; k++) {
		if (cl[k] == LC_BLANK)
			continue;
		if (cl[k] == LC_TEXT) {
			be = k + 1;
			gap = 0;
		} else if (++gap > 3) {
			break;
		}
	}

	/* The title: the first title-like line before the body (or at its
	 * head) followed only by bylines, counts, furniture after a byline,
	 * and at most three short lines before the first byline. */
	size_t title = nl;
	size_t from = bs > 14 ? bs - 14 : 0, to = bs < nl ? bs + 4 : nl;
	for (size_t c = from; c < to && c < nl && title == nl; c++) {
		if (cl[c] != LC_SHORT && cl[c] != LC_TEXT)
			continue;
		if (!title_like(&pl.v[c]))
			continue;
		/* an item of a menu written one entry a line: four or more
		 * short lines in a row */
		size_t r0 = c, r1 = c;
		while (r0 > 0 && cl[r0 - 1] == LC_SHORT)
			r0--;
		while (r1 + 1 < nl && cl[r1 + 1] == LC_SHORT)
			r1++;
		if (r1 - r0 + 1 >= 4)
			continue;
		size_t shorts = 0;
		bool meta_seen = false, ok = true;
		size_t k;
		for (k = c + 1; k < nl; k++) {
			if (cl[k] == LC_BLANK)
				continue;
			if (cl[k] == LC_META) {
				meta_seen = true;
				continue;
			}
			if (IS_FURN(cl[k])) {
				/* a menu right under a line: the line is the
				 * site's name, not a title */
				if (!meta_seen && k < bs && cl[k] == LC_MENU)
					ok = false;
				if (!ok)
					break;
				continue;
			}
			if (cl[k] == LC_TEXT || k >= bs)
				break;
			if (cl[k] == LC_SHORT && !meta_seen && ++shorts > 3) {
				ok = false;
				break;
			}
			if (cl[k] == LC_BARRIER) {
				ok = false;
				break;
			}
		}
		if (ok && (k >= nl || cl[k] == LC_TEXT || k >= bs))
			title = c;
	}
	if (title == nl) {
		/* the nearest title-like line before the body, else the first
		 * line that is not furniture */
		for (size_t c = bs < nl ? bs : nl; c-- > from;)
			if ((cl[c] == LC_SHORT || cl[c] == LC_TEXT) && title_like(&pl.v[c])) {
				title = c;
				break;
			}
		for (size_t c = 0; c < nl && title == nl; c++)
			if (cl[c] == LC_SHORT || cl[c] == LC_TEXT)
				title = c;
	}
	if (title == nl) {
		free(cl);
		yd_page_lines_free(&pl);
		return yd_error_set(err, YD_EFORMAT, "%s: no title: the page has no text", origin);
	}
	const char *ts = pl.v[title].s;
	size_t tn = pl.v[title].n;
	strip_title_tag(&ts, &tn);
	a->title = yd_pu_strndup(ts, tn);

	/* The header after the title: bylines give date, author, source; a
	 * short line there is a short answer. */
	size_t i = title + 1;
	for (; i < nl; i++) {
		const page_line *L = &pl.v[i];
		if (cl[i] == LC_BLANK)
			continue;
		if (IS_FURN(cl[i]))
			continue;
		if (cl[i] == LC_META) {
			byline(L, a);
			continue;
		}
		if (cl[i] == LC_SHORT || (cl[i] == LC_TEXT && short_answer(L))) {
			/* short lines before a byline: names, 原创; one with a
			 * comma after the title is a short answer */
			size_t k = i + 1;
			while (k < nl && (cl[k] == LC_BLANK || cl[k] == LC_SHORT))
				k++;
			if (k < nl && cl[k] == LC_META) {
				if (!a->summary && short_answer(L) && has_sentence_punct(L->s, L->n))
					a->summary = yd_pu_strndup(L->s, L->n);
				continue;
			}
			size_t nx = i + 1;
			while (nx < nl && cl[nx] == LC_BLANK)
				nx++;
			if (nx < nl && (cl[nx] == LC_TEXT || cl[nx] == LC_SHORT) && short_answer(L)) {
				free(a->summary);
				a->summary = yd_pu_strndup(L->s, L->n);
				i++;
			}
		}
		break;
	}
	size_t start = i;
	/* a teaser (导读, a lead cut with …) that the next paragraph repeats:
	 * the summary, not the body */
	if (start < nl && pl.v[start].n) {
		size_t nx = start + 1;
		while (nx < nl && pl.v[nx].n == 0)
			nx++;
		const char *lead = pl.v[start].s;
		size_t ln = pl.v[start].n;
		strip_title_tag(&lead, &ln);
		while (ln >= 3 && memcmp(lead + ln - 3, "…", 3) == 0)
			ln -= 3;
		if (nx < nl && ln >= 30 && pl.v[nx].n > ln && memcmp(pl.v[nx].s, lead, ln) == 0) {
			if (!a->summary)
				a->summary = yd_pu_strndup(pl.v[start].s, pl.v[start].n);
			start = nx;
		}
	}
	if (be <= start || be > nl)
		be = nl;
	/* the body ends at a related or replies heading */
	size_t end = be;
	for (size_t k = start; k < end; k++)
		if (cl[k] == LC_BARRIER) {
			end = k;
			break;
		}

	page_line *body = yd_pu_xmalloc((end - start + 1) * sizeof *body);
	size_t nb = 0;
	for (size_t k = start; k < end; k++) {
		page_line L = pl.v[k];
		if (L.n && (IS_FURN(cl[k]) || (cl[k] == LC_META && yd_page_meta(L.s, L.n, false, a)) ||
			    (cl[k] == LC_META && count_line(L.s, L.n))))
			L.n = 0;
		if (L.n && yd_page_is_tag_heading(L.s, L.n))
			L.n = 0;
		if (L.n == 0)
			L.indent = 0;
		body[nb++] = L;
	}
	char *first = NULL;
	a->body = yd_page_body_markdown(body, nb, &first);
	free(body);
	if (!a->summary && first)
		a->summary = cut_summary(first);
	free(first);
	if (end < nl)
		parse_related(pl.v + end, nl - end, tpl, a);
	free(cl);
	yd_page_lines_free(&pl);
	return 0;
}

static int parse(const char *text, size_t n, const char *origin, yd_article *a, yd_error *err)
{
	return parse_with(text, n, origin, NULL, a, err);
}

int yd_parse_page(const char *text, size_t n, const char *origin,
		  yd_article *out, yd_error *err)
{
	return yd_pu_run(parse, text, n, origin, out, err);
}

int yd_parse_page_site(const char *text, size_t n, const char *origin,
		       const yd_page_template *tpl, yd_article *out, yd_error *err)
{
	yd_article_init(out);
	yd_error_clear(err);
	int rc = parse_with(text, n, origin ? origin : "", tpl, out, err);
	if (rc != 0) {
		yd_article_clear(out);
		return rc;
	}
	out->origin = origin ? yd_pu_strndup(origin, strlen(origin)) : NULL;
	return 0;
}
