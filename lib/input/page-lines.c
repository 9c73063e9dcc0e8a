/* Scraped pages: splitting into lines and recognising site furniture
 * (navigation, disclaimers, author/date lines) by patterns and keywords. */
#include <stdlib.h>
#include <string.h>
#include "page.h"
#include "util.h"

void yd_page_split(const char *text, size_t n, page_lines *out)
{
	size_t i = 0, j = 0, cap = 0;
	char *b = yd_pu_xmalloc(n + 1);

	memset(out, 0, sizeof *out);
	if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	/* Normalise: no NULs, NBSP as a plain space, one '\n' per line end. */
	for (; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '\0')
			continue;
		if (c == '\r') {
			b[j++] = '\n';
			if (i + 1 < n && text[i + 1] == '\n')
				i++;
		} else if (c == 0xC2 && i + 1 < n && (unsigned char)text[i + 1] == 0xA0) {
			b[j++] = ' ';
			i++;
		} else {
			b[j++] = (char)c;
		}
	}
	b[j] = '\0';
	out->buf = b;

	for (i = 0; i < j || (i == j && j > 0 && b[j - 1] != '\n'); ) {
		size_t e = i, k;
		page_line *L;
		int indent = 0;
		while (e < j && b[e] != '\n')
			e++;
		if (out->n == cap) {
			cap = cap ? cap * 2 : 64;
			out->v = yd_pu_xrealloc(out->v, cap * sizeof *out->v);
		}
		L = &out->v[out->n++];
		L->no = (int)out->n;
		L->s = b + i;
		L->n = e - i;
		/* Indentation, then trim. */
		for (k = i; k < e; ) {
			if (b[k] == ' ') {
				indent++;
				k++;
			} else if (b[k] == '\t') {
				indent += 4;
				k++;
			} else if (e - k >= 3 && memcmp(b + k, "\xE3\x80\x80", 3) == 0) {
				/* U+3000 indents a paragraph's first line (首行缩进);
				 * it says nothing about nesting. */
				k += 3;
			} else {
				break;
			}
		}
		L->indent = indent;
		yd_pu_trim(&L->s, &L->n);
		if (L->n == 0)
			L->indent = 0;
		i = e + 1;
		if (e >= j)
			break;
	}
}

void yd_page_lines_free(page_lines *pl)
{
	free(pl->buf);
	free(pl->v);
	memset(pl, 0, sizeof *pl);
}

/* Characters that decorate headings such as 【相关推荐】 or —— 猜你喜欢 ——. */
static const char *const deco[] = {
	"【", "】", "[", "]", "（", "）", "(", ")", "<", ">", "《", "》", "—", "–", "-",
	"=", "#", "*", ":", "：", "·", "•", "|", "｜", "◆", "■", "□", "▍", "▌", "█",
	"►", "▶", "★", "☆", " ", "\xE3\x80\x80", "〓", "~", NULL
};

static size_t deco_at(const char *s, size_t n)
{
	size_t k;
	for (k = 0; deco[k]; k++)
		if (yd_pu_starts(s, n, deco[k]))
			return strlen(deco[k]);
	return 0;
}

static void strip_deco(const char **s, size_t *n)
{
	size_t k, i, last;
	while (*n && (k = deco_at(*s, *n)) > 0) {
		*s += k;
		*n -= k;
	}
	for (i = 0, last = 0; i < *n; ) {
		uint32_t cp;
		k = deco_at(*s + i, *n - i);
		if (k) {
			i += k;
			continue;
		}
		i += yd_pu_u8next(*s + i, *n - i, &cp);
		last = i;
	}
	*n = last;
}

static bool equals_any(const char *s, size_t n, const char *const *words)
{
	size_t k;
	for (k = 0; words[k]; k++)
		if (n == strlen(words[k]) && memcmp(s, words[k], n) == 0)
			return true;
	return false;
}

static bool starts_any(const char *s, size_t n, const char *const *words)
{
	size_t k;
	for (k = 0; words[k]; k++)
		if (yd_pu_starts(s, n, words[k]))
			return true;
	return false;
}

static size_t count_any(const char *s, size_t n, const char *const *words)
{
	size_t k, c = 0;
	for (k = 0; words[k]; k++)
		if (yd_pu_contains(s, n, words[k]))
			c++;
	return c;
}

static const char *const related_words[] = {
	"相关推荐", "相关文章", "相关阅读", "猜你喜欢", "延伸阅读", "推荐阅读", "大家还在看",
	"相关内容", "相关资讯", "热门推荐", "相关问答", "你可能还想看", "为你推荐",
	"更多推荐", "热门文章", "相关新闻", "相关问题", "热门问题", "热门资讯", "最新文章",
	"推荐文章", "相关链接", "热点新闻", "热门阅读", "阅读排行", "排行榜", "24小时热榜",
	"热榜", "最新资讯", "相关政策", "热点推荐", "精彩推荐", "推荐内容", "看了又看",
	"大家都在看", "热点文章", "最新推荐", "往期推荐", "往期回顾", "往期精选", "精选推荐",
	"More stories", "Related", NULL
};

bool yd_page_is_related_heading(const char *s, size_t n)
{
	size_t k;
	strip_deco(&s, &n);
	/* "相关推荐 更多>>" */
	for (k = 0; related_words[k]; k++) {
		size_t w = strlen(related_words[k]);
		if (yd_pu_starts(s, n, related_words[k])) {
			const char *r = s + w;
			size_t rn = n - w;
			strip_deco(&r, &rn);
			if (rn == 0 || yd_pu_starts(r, rn, "更多") || yd_pu_starts(r, rn, "MORE") ||
			    yd_pu_starts(r, rn, "more"))
				return rn <= 12;
		}
	}
	return false;
}

/* Headings over replies and comments: a page's article ends there, and
 * what follows is neither body nor related. */
static const char *const thread_words[] = {
	"其他回答", "其它回答", "更多回答", "全部回答", "网友回答", "网友评论", "全部评论",
	"热门评论", "最新评论", "发表评论", "精彩评论", "评论", "留言", "回复", "跟帖", NULL
};

bool yd_page_is_thread_heading(const char *s, size_t n)
{
	strip_deco(&s, &n);
	for (size_t k = 0; thread_words[k]; k++) {
		size_t w = strlen(thread_words[k]);
		if (!yd_pu_starts(s, n, thread_words[k]))
			continue;
		/* nothing after but a count: 其他回答（3）, 评论 36 */
		size_t i = w;
		while (i < n && (s[i] == ' ' || s[i] == '(' || s[i] == ')' || (s[i] >= '0' && s[i] <= '9') ||
				 yd_pu_starts(s + i, n - i, "（") || yd_pu_starts(s + i, n - i, "）") ||
				 yd_pu_starts(s + i, n - i, "条") || yd_pu_starts(s + i, n - i, "个")))
			i += (unsigned char)s[i] >= 0x80 ? 3 : 1;
		if (i >= n && (w > 6 || n > w))   /* a lone 评论/回复 is a button */
			return true;
	}
	return false;
}

static const char *const tag_words[] = {
	"大家都在搜", "热门搜索", "相关标签", "热门标签", "相关搜索", "热搜", "标签",
	"热门关键词", "相关关键词", NULL
};

bool yd_page_is_tag_heading(const char *s, size_t n)
{
	strip_deco(&s, &n);
	return equals_any(s, n, tag_words);
}

/* Whole navigation words; longest first where one is a prefix of another. */
static const char *const nav_words[] = {
	"返回顶部", "回到顶部", "返回首页", "网站首页", "首页", "顶部", "置顶", "返回", "收藏",
	"加入收藏", "设为首页", "打印本页", "关闭窗口", "打印", "关闭", "分享", "评论",
	"点赞", "登录", "注册", "微信", "微博", "QQ空间", "QQ", "朋友圈", "更多", "菜单",
	"导航", "搜索", "反馈", "意见反馈", "举报", "纠错", "TOP", "Top", "top",
	"大家都在搜", "热门搜索", "广告", "网站地图", "联系我们", "关于我们", "阅读全文",
	"展开全文", "查看更多", "加载更多", "上一页", "下一页", "手机版", "电脑版", "APP",
	"App", "app", "↑", "^", ">>", "»", "回复", "发帖", "回帖", "发表回复", "阅读原文", NULL
};

static size_t nav_word_at(const char *s, size_t n)
{
	size_t k, best = 0;
	for (k = 0; nav_words[k]; k++) {
		size_t w = strlen(nav_words[k]);
		if (w > best && yd_pu_starts(s, n, nav_words[k]))
			best = w;
	}
	return best;
}

bool yd_page_is_nav_words(const char *s, size_t n)
{
	size_t i = 0, words = 0;
	while (i < n) {
		size_t k = yd_pu_space_at(s + i, n - i);
		if (!k && (s[i] == '|' || s[i] == '/' || s[i] == '-'))
			k = 1;
		if (!k && (yd_pu_starts(s + i, n - i, "｜") || yd_pu_starts(s + i, n - i, "·") ||
			   yd_pu_starts(s + i, n - i, "•")))
			k = yd_pu_starts(s + i, n - i, "·") ? 2 : 3;
		if (k) {
			i += k;
			continue;
		}
		k = nav_word_at(s + i, n - i);
		if (!k)
			return false;
		i += k;
		words++;
	}
	return words > 0;
}

static const char *const nav_prefixes[] = {
	"上一篇", "下一篇", "上一条", "下一条", "分享到", "分享至", "扫码", "扫一扫", "长按识别",
	"当前位置", "您的位置", "您现在的位置", "你的位置", "所在位置", "位置：", "相关标签",
	"标签：", "标签:", "关键词：", "关键词:", "关键字：", "【广告】", "[广告]", "（广告）",
	"(广告)", "广告：", "广告:", "推广：", "赞助商", "版权所有", "版权声明", "Copyright",
	"copyright", "COPYRIGHT", "©", "本文链接", "原文链接", "责任编辑", "点击查看", "点击进入",
	"点击下载", "打开APP", "下载APP", "关注我们", "关注公众号", "微信扫码", "字号",
	"阅读量", "阅读数", "浏览量", "浏览次数", "点击量", "点击数", "热门搜索", "大家都在搜",
	NULL
};

bool yd_page_is_nav(const char *s, size_t n)
{
	if (n == 0)
		return false;
	if (starts_any(s, n, nav_prefixes))
		return true;
	if (yd_pu_contains(s, n, "ICP备") || yd_pu_contains(s, n, "ICP证"))
		return true;
	/* A breadcrumb: 首页 > 医保 > 个人账户. */
	if ((yd_pu_starts(s, n, "首页") || yd_pu_starts(s, n, "网站首页") ||
	     yd_pu_starts(s, n, "主页")) &&
	    (yd_pu_contains(s, n, ">") || yd_pu_contains(s, n, "›") ||
	     yd_pu_contains(s, n, "»") || yd_pu_contains(s, n, "＞") ||
	     yd_pu_contains(s, n, "/") || yd_pu_contains(s, n, "→")))
		return true;
	return yd_page_is_nav_words(s, n);
}

static const char *const disc_strong[] = {
	"仅供参考", "不能代替", "不能替代", "不可替代", "不可代替", "面诊", "互联网公开",
	"公开渠道", "整理自", "不构成", "侵权", "免责", "专业医疗建议", "不承担", NULL
};
static const char *const disc_weak[] = {
	"核实", "准确", "滞后", "遵医嘱", "就医", "删除", "转载", "版权", "医疗建议",
	"联系我们", "以官方", NULL
};
static const char *const disc_prefixes[] = {
	"免责声明", "声明：", "声明:", "特别声明", "版权声明", "郑重声明", NULL
};
static const char *const note_prefixes[] = {
	"提示", "温馨提示", "特别提示", "风险提示", "友情提示", "注：", "注:", "说明：",
	"说明:", "【提示】", "【温馨提示】", "*注", NULL
};

bool yd_page_is_disclaimer(const char *s, size_t n)
{
	size_t strong, weak;
	if (starts_any(s, n, disc_prefixes))
		return true;
	strong = count_any(s, n, disc_strong);
	weak = count_any(s, n, disc_weak);
	if (strong >= 2 || (strong >= 1 && weak >= 1))
		return true;
	return starts_any(s, n, note_prefixes) && strong + weak >= 1;
}

/* ---- author / date / source lines ---- */

enum meta_field { M_AUTHOR, M_PUB, M_UPD, M_SOURCE, M_OTHER };

typedef struct meta_key {
	const char *key;
	enum meta_field field;
	bool header_only;
} meta_key;

/* Longer keys before their suffixes (发布时间 before 时间). */
static const meta_key meta_keys[] = {
	{"作者", M_AUTHOR, false}, {"撰文", M_AUTHOR, false}, {"文章作者", M_AUTHOR, false},
	{"发布时间", M_PUB, false}, {"发布日期", M_PUB, false}, {"发表时间", M_PUB, false},
	{"发表日期", M_PUB, false}, {"更新时间", M_UPD, false}, {"更新日期", M_UPD, false},
	{"文章来源", M_SOURCE, false}, {"信息来源", M_SOURCE, false}, {"来源", M_SOURCE, false},
	{"出处", M_SOURCE, true}, {"责任编辑", M_OTHER, false}, {"编辑", M_OTHER, true},
	{"审核", M_OTHER, true}, {"阅读量", M_OTHER, false}, {"阅读", M_OTHER, true},
	{"浏览量", M_OTHER, false}, {"浏览次数", M_OTHER, false}, {"浏览", M_OTHER, true},
	{"点击量", M_OTHER, false}, {"日期", M_PUB, true}, {"时间", M_PUB, true},
	{NULL, M_OTHER, false}
};

/* A key followed by a colon at s; returns the bytes up to after the colon. */
static size_t meta_key_at(const char *s, size_t n, bool header, const meta_key **mk)
{
	size_t k, best = 0;
	for (k = 0; meta_keys[k].key; k++) {
		size_t w = strlen(meta_keys[k].key), j;
		if ((meta_keys[k].header_only && !header) || !yd_pu_starts(s, n, meta_keys[k].key))
			continue;
		j = w;
		while (j < n && s[j] == ' ')
			j++;
		if (yd_pu_starts(s + j, n - j, "："))
			j += 3;
		else if (j < n && s[j] == ':')
			j += 1;
		else
			continue;
		if (j > best) {
			best = j;
			*mk = &meta_keys[k];
		}
	}
	return best;
}

/* Cuts a value at a wide gap or a '|' separator. */
static void cut_value(const char **v, size_t *vn)
{
	size_t i;
	for (i = 0; i < *vn; i++) {
		if ((*v)[i] == '|' || yd_pu_starts(*v + i, *vn - i, "｜") ||
		    (i + 1 < *vn && (*v)[i] == ' ' && (*v)[i + 1] == ' ') ||
		    yd_pu_starts(*v + i, *vn - i, "\xE3\x80\x80")) {
			*vn = i;
			break;
		}
	}
	yd_pu_trim(v, vn);
}

static void set_if_empty(char **dst, const char *v, size_t vn)
{
	if (!*dst && vn > 0)
		*dst = yd_pu_strndup(v, vn);
}

bool yd_page_meta(const char *s, size_t n, bool header, yd_article *a)
{
	const meta_key *mk = NULL;
	size_t i, k, start;
	char date[11];
	size_t ds, de;
	bool pub_seen = false;

	k = meta_key_at(s, n, header, &mk);
	if (!k) {
		/* Near the title a line may be just "2025-03-19 10:20" or
		 * "2025年3月19日 来源：某网". */
		if (header && n <= 90 && yd_pu_find_date(s, n, date, &ds, &de) && ds == 0) {
			for (i = de; i < n; i++)
				if (meta_key_at(s + i, n - i, header, &mk))
					break;
			if (i < n || de == n || (s[de] == ' ' && n - de <= 9)) {
				set_if_empty(&a->date, date, 10);
				if (i < n)
					yd_page_meta(s + i, n - i, header, a);
				return true;
			}
		}
		return false;
	}
	if (n > (header ? 160u : 80u))
		return false;
	/* Segments "key：value" until the next key. */
	i = 0;
	while (i < n) {
		const meta_key *cur = NULL;
		const char *v;
		size_t vn;
		k = meta_key_at(s + i, n - i, header, &cur);
		if (!k) {
			uint32_t cp;
			i += yd_pu_u8next(s + i, n - i, &cp);
			continue;
		}
		start = i + k;
		for (i = start; i < n; ) {
			const meta_key *nx;
			uint32_t cp;
			if (meta_key_at(s + i, n - i, header, &nx))
				break;
			i += yd_pu_u8next(s + i, n - i, &cp);
		}
		v = s + start;
		vn = i - start;
		yd_pu_trim(&v, &vn);
		switch (cur->field) {
		case M_AUTHOR:
			cut_value(&v, &vn);
			set_if_empty(&a->author, v, vn);
			break;
		case M_SOURCE:
			cut_value(&v, &vn);
			set_if_empty(&a->source, v, vn);
			break;
		case M_PUB:
		case M_UPD:
			if (yd_pu_find_date(v, vn, date, &ds, &de)) {
				if (cur->field == M_PUB && !pub_seen && a->date) {
					/* A publication date beats an update date. */
					free(a->date);
					a->date = NULL;
				}
				if (cur->field == M_PUB)
					pub_seen = true;
				set_if_empty(&a->date, date, 10);
			}
			break;
		case M_OTHER:
			break;
		}
	}
	/* "作者：李明 2025-03-19": a date outside any date key. */
	if (!a->date && yd_pu_find_date(s, n, date, &ds, &de))
		set_if_empty(&a->date, date, 10);
	return true;
}

/* ---- related entries ---- */

static bool is_sep_unit(const char *s, size_t n, size_t *k)
{
	static const char *const seps[] = {" ", "\t", "·", "|", "｜", "/", "-", "—", "丨",
					   "•", "\xE3\x80\x80", ",", "，", NULL};
	size_t j;
	for (j = 0; seps[j]; j++)
		if (yd_pu_starts(s, n, seps[j])) {
			*k = strlen(seps[j]);
			return true;
		}
	return false;
}

static void strip_seps(const char **s, size_t *n)
{
	size_t k, i, last;
	while (*n && is_sep_unit(*s, *n, &k)) {
		*s += k;
		*n -= k;
	}
	for (i = 0, last = 0; i < *n; ) {
		uint32_t cp;
		if (is_sep_unit(*s + i, *n - i, &k)) {
			i += k;
			continue;
		}
		i += yd_pu_u8next(*s + i, *n - i, &cp);
		last = i;
	}
	*n = last;
}

/* A short label: a category such as 健康新闻 (no sentence punctuation). */
static bool is_label(const char *s, size_t n)
{
	static const char *const punct[] = {"。", "，", "！", "？", "；", "：", ",", ";", "!",
					    "?", ":", NULL};
	return yd_pu_u8count(s, n) <= 16 && count_any(s, n, punct) == 0;
}

bool yd_page_date_line(const char *s, size_t n, char date[11], const char **cat,
		       size_t *catn)
{
	size_t ds, de, ln, rn;
	const char *l, *r;

	*cat = NULL;
	*catn = 0;
	if (!yd_pu_find_date(s, n, date, &ds, &de))
		return false;
	l = s;
	ln = ds;
	r = s + de;
	rn = n - de;
	/* A time after the date: " 10:20" or " 10:20:33". */
	{
		size_t i = 0;
		while (i < rn && r[i] == ' ')
			i++;
		if (i < rn && i > 0 && r[i] >= '0' && r[i] <= '9') {
			size_t j = i;
			while (j < rn && ((r[j] >= '0' && r[j] <= '9') || r[j] == ':'))
				j++;
			if (j > i + 2 && memchr(r + i, ':', j - i)) {
				r += j;
				rn -= j;
			}
		}
	}
	strip_seps(&l, &ln);
	if (ln && !is_label(l, ln))
		return false;
	if (rn) {
		bool gap = yd_pu_space_at(r, rn) || r[0] == '|' || yd_pu_starts(r, rn, "·") ||
			   yd_pu_starts(r, rn, "｜") || yd_pu_starts(r, rn, "丨");
		const char *t = r;
		size_t tn = rn, i;
		strip_seps(&t, &tn);
		if (tn && !yd_page_is_nav_words(t, tn)) {
			/* "· 健康新闻" possibly followed by navigation words. */
			if (!gap)
				return false;
			for (i = 0; i < tn; i++)
				if (yd_pu_space_at(t + i, tn - i))
					break;
			if (i < tn) {
				const char *rest = t + i;
				size_t restn = tn - i;
				strip_seps(&rest, &restn);
				if (restn && !yd_page_is_nav_words(rest, restn))
					return false;
			}
			/* Navigation glued to the category: 医保问答首页. */
			for (;;) {
				size_t w, j2;
				for (j2 = 0; nav_words[j2]; j2++) {
					w = strlen(nav_words[j2]);
					if (i > w && memcmp(t + i - w, nav_words[j2], w) == 0)
						break;
				}
				if (!nav_words[j2])
					break;
				i -= strlen(nav_words[j2]);
			}
			if (!is_label(t, i))
				return false;
			if (!ln) {
				*cat = t;
				*catn = i;
			}
		}
	}
	if (ln) {
		*cat = l;
		*catn = ln;
	}
	return true;
}
