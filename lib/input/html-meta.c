/* HTML pages: title, date, author, canonical URL and site name, from
 * <meta> and <link> first, then from the page's text near the title, then
 * from the URL. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "page.h"

typedef struct metas {
	const char *og_title, *site_name, *og_url, *canonical, *published, *author;
	const char *title_tag;      /* owned copy */
	char *title_text;
	const char *article_title;  /* TRS-style <meta name="ArticleTitle"> */
	const char *content_source;
	char ld_date[11];           /* from JSON-LD */
} metas;

static const char *const date_names[] = {
	"article:published_time", "og:published_time", "og:article:published_time",
	"datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
	"publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "date",
	"sailthru.date", "parsely-pub-date", "article.published", "published",
	"firstpublishedtime", "releasedate", "created", "dc.date.created", NULL
};

static int date_rank(const char *name)
{
	for (int k = 0; date_names[k]; k++)
		if (strcasecmp(name, date_names[k]) == 0)
			return k;
	return -1;
}

static void scan_head(GumboNode *g, metas *m, int *drank, int depth)
{
	if (g->type != GUMBO_NODE_ELEMENT || depth > 60)
		return;
	GumboTag t = g->v.element.tag;
	if (t == GUMBO_TAG_META) {
		const char *k = yd_html_attr(g, "property");
		if (!k)
			k = yd_html_attr(g, "name");
		if (!k)
			k = yd_html_attr(g, "itemprop");
		const char *v = yd_html_attr(g, "content");
		if (k && v && *v) {
			if (strcasecmp(k, "og:title") == 0 || strcasecmp(k, "twitter:title") == 0) {
				if (!m->og_title)
					m->og_title = v;
			} else if (strcasecmp(k, "og:site_name") == 0 || strcasecmp(k, "sitename") == 0 ||
				   strcasecmp(k, "application-name") == 0) {
				if (!m->site_name)
					m->site_name = v;
			} else if (strcasecmp(k, "og:url") == 0) {
				m->og_url = v;
			} else if (strcasecmp(k, "author") == 0 || strcasecmp(k, "article:author") == 0 ||
				   strcasecmp(k, "byl") == 0 || strcasecmp(k, "dc.creator") == 0) {
				if (!m->author && !strstr(v, "://"))
					m->author = v;
			} else if (strcasecmp(k, "articletitle") == 0) {
				m->article_title = v;
			} else if (strcasecmp(k, "contentsource") == 0) {
				m->content_source = v;
			} else {
				int r = date_rank(k);
				if (r >= 0 && (*drank < 0 || r < *drank)) {
					char d[11];
					size_t s, e;
					if (yd_pu_find_date(v, strlen(v), d, &s, &e)) {
						*drank = r;
						m->published = v;
					}
				}
			}
		}
	} else if (t == GUMBO_TAG_LINK) {
		const char *rel = yd_html_attr(g, "rel"), *href = yd_html_attr(g, "href");
		if (rel && href && strcasecmp(rel, "canonical") == 0 && strstr(href, "://"))
			m->canonical = href;
	} else if (t == GUMBO_TAG_TITLE && !m->title_text) {
		yd_buf b = { 0 };
		bool sp = false;
		GumboVector *kids = &g->v.element.children;
		for (unsigned i = 0; i < kids->length; i++) {
			GumboNode *c = kids->data[i];
			if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE)
				yd_html_add_text(&b, c->v.text.text, strlen(c->v.text.text), &sp);
		}
		m->title_text = yd_buf_take(&b);
	} else if (t == GUMBO_TAG_SCRIPT) {
		/* schema.org JSON-LD: "datePublished": "2024-03-05T..." */
		const char *ty = yd_html_attr(g, "type");
		if (ty && strcasecmp(ty, "application/ld+json") == 0 && g->v.element.children.length &&
		    !m->ld_date[0]) {
			const GumboNode *c = g->v.element.children.data[0];
			const char *txt = c->type == GUMBO_NODE_TEXT ? c->v.text.text : NULL;
			const char *k = txt ? strstr(txt, "\"datePublished\"") : NULL;
			if (!k && txt)
				k = strstr(txt, "\"dateCreated\"");
			size_t s, e;
			if (k && yd_pu_find_date(k, strnlen(k, 80), m->ld_date, &s, &e))
				;
			else
				m->ld_date[0] = '\0';
		}
		return;
	}
	GumboVector *kids = &g->v.element.children;
	for (unsigned i = 0; i < kids->length; i++)
		scan_head(kids->data[i], m, drank, depth + 1);
}

/* <time datetime> and itemprop=datePublished in the body. */
static bool body_date(GumboNode *g, char out[11], int depth)
{
	if (g->type != GUMBO_NODE_ELEMENT || depth > 200)
		return false;
	const char *ip = yd_html_attr(g, "itemprop");
	const char *v = NULL;
	if (ip && (strcasecmp(ip, "datePublished") == 0 || strcasecmp(ip, "dateCreated") == 0)) {
		v = yd_html_attr(g, "content");
		if (!v)
			v = yd_html_attr(g, "datetime");
	} else if (g->v.element.tag == GUMBO_TAG_TIME) {
		v = yd_html_attr(g, "datetime");
	}
	size_t s, e;
	if (v && yd_pu_find_date(v, strlen(v), out, &s, &e))
		return true;
	GumboVector *kids = &g->v.element.children;
	for (unsigned i = 0; i < kids->length; i++)
		if (body_date(kids->data[i], out, depth + 1))
			return true;
	return false;
}

static const char *const seps[] = { " - ", " | ", "_", "--", "｜", " — ", " – ", " :: ", " · ", "|",
				    "——", "－", " -", NULL };

/* The part of a <title> that names the article: of "标题_栏目_网站" or
 * "Site - Headline", the part the page also shows as a line of its own,
 * else the longest part (the first of equals). *site receives the part at
 * the other end (the site's name) when there is one. */
static char *title_part(const hpage *pg, const char *t, char **site)
{
	const char *ps[16];
	size_t pn[16], np = 0, n = strlen(t), start = 0;
	for (size_t i = 0; i <= n && np < 16;) {
		size_t w = 0;
		if (i < n)
			for (int k = 0; seps[k]; k++)
				if (strncmp(t + i, seps[k], strlen(seps[k])) == 0) {
					w = strlen(seps[k]);
					break;
				}
		if (i == n || w) {
			const char *s = t + start;
			size_t sn = i - start;
			yd_pu_trim(&s, &sn);
			if (sn) {
				ps[np] = s;
				pn[np++] = sn;
			}
			i += w ? w : 1;
			start = i;
		} else {
			i++;
		}
	}
	if (np == 0)
		return yd_pu_strndup(t, n);
	size_t best = np;
	for (size_t k = 0; pg && k < np && best == np; k++) {
		if (yd_pu_u8count(ps[k], pn[k]) < 4)
			continue;
		for (size_t b = 0; b < pg->nblocks; b++)
			if (strlen(pg->blocks[b].plain) == pn[k] &&
			    memcmp(pg->blocks[b].plain, ps[k], pn[k]) == 0 &&
			    pg->blocks[b].link_chars * 2 < pg->blocks[b].chars) {
				best = k;
				break;
			}
	}
	if (best == np) {
		best = 0;
		for (size_t k = 1; k < np; k++)
			if (yd_pu_u8count(ps[k], pn[k]) > yd_pu_u8count(ps[best], pn[best]))
				best = k;
	}
	if (site && np > 1) {
		size_t o = best == np - 1 ? 0 : np - 1;
		*site = yd_pu_strndup(ps[o], pn[o]);
	}
	/* a part too short to be a title ("新闻 - ...") keeps the whole */
	if (yd_pu_u8count(ps[best], pn[best]) < 4)
		return yd_pu_strndup(t, n);
	return yd_pu_strndup(ps[best], pn[best]);
}

/* Takes "[经验分享] " or "【原创】" off the front of a title. */
static void strip_tag(char *t)
{
	const char *close = NULL;
	size_t w = 0;
	if (t[0] == '[') {
		close = strchr(t, ']');
		w = 1;
	} else if (strncmp(t, "【", 3) == 0) {
		close = strstr(t, "】");
		w = 3;
	}
	if (!close || yd_pu_u8count(t, (size_t)(close - t)) > 8)
		return;
	const char *r = close + w;
	size_t rn = strlen(r);
	yd_pu_trim(&r, &rn);
	if (yd_pu_u8count(r, rn) >= 4) {
		memmove(t, r, rn);
		t[rn] = '\0';
	}
}

/* Strips a known site name at the end: "Title - Site", "标题_网站". */
static char *strip_site(const char *t, const char *site)
{
	size_t n = strlen(t);
	if (site && *site) {
		size_t sn = strlen(site);
		if (n > sn + 1 && strcmp(t + n - sn, site) == 0) {
			size_t k = n - sn;
			while (k > 0 && strchr(" -|_:·", t[k - 1]))
				k--;
			/* also ｜ — – */
			while (k >= 3 && (memcmp(t + k - 3, "｜", 3) == 0 || memcmp(t + k - 3, "—", 3) == 0 ||
					  memcmp(t + k - 3, "–", 3) == 0))
				k -= 3;
			while (k > 0 && t[k - 1] == ' ')
				k--;
			if (k > 0)
				return yd_pu_strndup(t, k);
		}
	}
	return yd_pu_strndup(t, n);
}

static bool usable_title(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && yd_pu_u8count(s, n) >= 2 && yd_pu_u8count(s, n) <= 200 &&
		!yd_page_is_nav(s, n) && !yd_page_is_nav_words(s, n);
}

/* The heading that names the article: an <h1> (or, without one, an <h2>)
 * whose text the <title> contains, else the h1 nearest before the most
 * text. */
static const char *heading_title(const hpage *p, const char *title_text, size_t *where)
{
	for (int lv = 1; lv <= 3; lv++) {
		const char *first = NULL;
		size_t firsti = 0, count = 0;
		for (size_t i = 0; i < p->nblocks; i++) {
			const hblock *b = &p->blocks[i];
			if (b->kind != BK_HEAD || b->level != lv || !usable_title(b->plain) ||
			    b->link_chars * 2 > b->chars + 2 * strlen("") )
				continue;
			if (title_text && strstr(title_text, b->plain) && yd_pu_u8count(b->plain, strlen(b->plain)) >= 4) {
				*where = i;
				return b->plain;
			}
			if (!first) {
				first = b->plain;
				firsti = i;
			}
			count++;
		}
		if (first && count == 1 && lv == 1 && yd_pu_u8count(first, strlen(first)) >= 6) {
			*where = firsti;
			return first;
		}
	}
	return NULL;
}

/* The first date among blocks [from, to) that are short lines: a byline's
 * date (发布时间：…, Published …) or a bare date line. Author and source
 * of bylines go into *tmp. */
static bool byline_dates(const hpage *p, size_t from, size_t to, yd_article *tmp, char d[11])
{
	bool have = false;
	for (size_t i = from; i < p->nblocks && i < to; i++) {
		const hblock *b = &p->blocks[i];
		if (b->chars > 160 || (b->keep && b->chars > 60))
			continue;
		char dd[11];
		size_t n = strlen(b->plain), s, e;
		bool isdate = yd_pu_find_date(b->plain, n, dd, &s, &e) ||
			yd_html_english_date(b->plain, n, dd);
		bool meta = yd_page_meta(b->plain, n, true, tmp);
		if (have || !(meta || isdate))
			continue;
		if (tmp->date) {
			memcpy(d, tmp->date, 11);
			have = true;
		} else if (isdate) {
			memcpy(d, dd, 11);
			have = true;
		}
	}
	return have;
}

void yd_html_meta(hpage *p, const char *origin_url, yd_article *a)
{
	metas m;
	memset(&m, 0, sizeof m);
	int drank = -1;
	scan_head(p->out->root, &m, &drank, 0);
	char *site_from_title = NULL;
	size_t hw = p->nblocks;
	const char *h = heading_title(p, m.title_text, &hw);
	const char *site = m.site_name;

	char *title = NULL;
	if (m.og_title && usable_title(m.og_title)) {
		char *part = NULL;
		if (site)
			title = strip_site(m.og_title, site);
		else if (h && strcmp(h, m.og_title) != 0 && strstr(m.og_title, h))
			title = yd_pu_strndup(h, strlen(h));
		else if (m.title_text && strcmp(m.title_text, m.og_title) == 0)
			/* og:title copied from <title>, site suffix and all */
			title = title_part(p, m.og_title, NULL);
		else
			title = yd_pu_strndup(m.og_title, strlen(m.og_title));
		free(part);
	} else if (m.article_title && usable_title(m.article_title)) {
		title = yd_pu_strndup(m.article_title, strlen(m.article_title));
	} else if (h) {
		title = yd_pu_strndup(h, strlen(h));
	} else if (m.title_text && usable_title(m.title_text)) {
		title = site ? strip_site(m.title_text, site) : title_part(p, m.title_text, NULL);
		if (site && strcmp(title, m.title_text) == 0) {
			free(title);
			title = title_part(p, m.title_text, NULL);
		}
	}
	if (m.title_text)
		free(title_part(p, m.title_text, &site_from_title));
	if (title)
		strip_tag(title);
	if (title && *title) {
		free(a->title);
		a->title = title;
	} else {
		free(title);
	}
	/* where the title is among the blocks */
	p->title_block = hw;
	if (hw == p->nblocks && a->title) {
		/* the title's text as a line of its own, not a link (a menu
		 * names the page too): the nearest such line before the
		 * content, else the first */
		size_t first_kept = p->nblocks;
		for (size_t i = 0; i < p->nblocks; i++)
			if (p->blocks[i].keep) {
				first_kept = i;
				break;
			}
		for (size_t i = 0; i < p->nblocks; i++) {
			const hblock *b = &p->blocks[i];
			if (b->link_chars * 2 > b->chars || strcmp(b->plain, a->title) != 0)
				continue;
			if (p->title_block == p->nblocks || i < first_kept)
				p->title_block = i;
		}
	}
	if (!a->source && (site || m.content_source || site_from_title)) {
		const char *s = site ? site : site_from_title ? site_from_title : m.content_source;
		a->source = yd_pu_strndup(s, strlen(s));
	}
	free(site_from_title);
	const char *url = m.canonical ? m.canonical : m.og_url ? m.og_url : origin_url;
	if (url && !a->url)
		a->url = yd_pu_strndup(url, strlen(url));
	if (m.author && !a->author)
		a->author = yd_pu_strndup(m.author, strlen(m.author));

	/* the date: declared, then <time>, then a line near the title, then
	 * the URL */
	char d[11];
	size_t s, e;
	bool have = false;
	if (m.published && yd_pu_find_date(m.published, strlen(m.published), d, &s, &e))
		have = true;
	if (!have && m.ld_date[0]) {
		memcpy(d, m.ld_date, 11);
		have = true;
	}
	if (!have && body_date(p->out->root, d, 0))
		have = true;
	/* byline lines: after the title first (a date above the title is
	 * as often the day's date in a page banner), then just before it;
	 * without a known title, around the start of the content */
	yd_article tmp;
	yd_article_init(&tmp);
	size_t start = p->nblocks;
	for (size_t i = 0; i < p->nblocks; i++)
		if (p->blocks[i].keep) {
			start = i;
			break;
		}
	size_t tb = p->title_block;
	if (tb < p->nblocks) {
		size_t lim = tb + 12;
		if (start < p->nblocks && start + 4 > lim)
			lim = start + 4;
		have = have || byline_dates(p, tb, lim, &tmp, d);
		have = have || byline_dates(p, tb > 5 ? tb - 5 : 0, tb, &tmp, d);
	} else if (start < p->nblocks) {
		have = have || byline_dates(p, start > 8 ? start - 8 : 0, start + 4, &tmp, d);
	} else {
		byline_dates(p, 0, 0, &tmp, d);
	}
	if (!a->author && tmp.author)
		a->author = yd_pu_strndup(tmp.author, strlen(tmp.author));
	if (!a->source && tmp.source)
		a->source = yd_pu_strndup(tmp.source, strlen(tmp.source));
	yd_article_clear(&tmp);
	if (!have && a->url && yd_html_url_date(a->url, d))
		have = true;
	if (!have && origin_url && yd_html_url_date(origin_url, d))
		have = true;
	if (have && !a->date)
		a->date = yd_pu_strndup(d, 10);
	free(m.title_text);
}
