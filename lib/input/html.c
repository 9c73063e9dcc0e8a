/* HTML pages (--format html): parsed with gumbo, an HTML5 parser that
 * builds the tree browsers build from the same tag soup (chosen over
 * libxml2's HTML parser, which follows HTML 4 error recovery and nests
 * unclosed <p> and <li> differently from browsers). The page becomes text
 * blocks (html-blocks.c), the article is chosen by scoring them
 * (html-content.c), metadata comes from html-meta.c, and the kept blocks
 * are written here as Markdown with the related list as yd_related. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "yidu/parse.h"
#include "html.h"
#include "page.h"

#define SUMMARY_CHARS 120
#define MAX_RELATED 30

static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul",
				      "aug", "sep", "oct", "nov", "dec" };

static int month_at(const char *s, size_t n, size_t *len)
{
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++)
		if (strncasecmp(s, months[m], 3) == 0) {
			size_t k = 3;
			while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
				k++;
			if (k < n && s[k] == '.')
				k++;
			*len = k;
			return m + 1;
		}
	return 0;
}

static bool num_at(const char *s, size_t n, size_t maxd, int *v, size_t *len)
{
	size_t k = 0;
	*v = 0;
	while (k < n && k < maxd + 1 && s[k] >= '0' && s[k] <= '9')
		*v = *v * 10 + (s[k++] - '0');
	*len = k;
	return k > 0 && k <= maxd;
}

static bool ymd(int y, int m, int d, char out[11])
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	snprintf(out, 11, "%04d-%02d-%02d", y % 10000, (m % 100 + 100) % 100, (d % 100 + 100) % 100);
	return true;
}

static size_t skip_sp(const char *s, size_t n, size_t i, bool comma)
{
	while (i < n && (s[i] == ' ' || (comma && s[i] == ',')))
		i++;
	return i;
}

bool yd_html_english_date(const char *s, size_t n, char out[11])
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || (s[i - 1] >= 'A' && s[i - 1] <= 'Z')))
			continue;
		size_t ml, dl, yl;
		int m, d, y;
		/* "March 5, 2024" */
		if ((m = month_at(s + i, n - i, &ml)) != 0) {
			size_t j = skip_sp(s, n, i + ml, false);
			if (num_at(s + j, n - j, 2, &d, &dl)) {
				j = j + dl;
				if (j + 2 <= n && (strncmp(s + j, "st", 2) == 0 || strncmp(s + j, "nd", 2) == 0 ||
						   strncmp(s + j, "rd", 2) == 0 || strncmp(s + j, "th", 2) == 0))
					j += 2;
				j = skip_sp(s, n, j, true);
				if (num_at(s + j, n - j, 4, &y, &yl) && yl == 4 && ymd(y, m, d, out))
					return true;
			}
		}
		/* "5 March 2024" */
		if (s[i] >= '0' && s[i] <= '9' && (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')) &&
		    num_at(s + i, n - i, 2, &d, &dl)) {
			size_t j = skip_sp(s, n, i + dl, false);
			if ((m = month_at(s + j, n - j, &ml)) != 0) {
				j = skip_sp(s, n, j + ml, true);
				if (num_at(s + j, n - j, 4, &y, &yl) && yl == 4 && ymd(y, m, d, out))
					return true;
			}
		}
	}
	return false;
}

bool yd_html_url_date(const char *url, char out[11])
{
	const char *p = strstr(url, "://");
	p = p ? strchr(p + 3, '/') : url;
	if (!p)
		return false;
	size_t n = strlen(p);
	for (size_t i = 0; i < n; i++) {
		if (!(p[i] >= '0' && p[i] <= '9') || (i > 0 && p[i - 1] >= '0' && p[i - 1] <= '9'))
			continue;
		int y, m, d;
		size_t l1, l2, l3;
		if (!num_at(p + i, n - i, 8, &y, &l1))
			continue;
		if (l1 == 8 && ymd(y / 10000, y / 100 % 100, y % 100, out))
			return true;   /* 20240305 */
		size_t j = i + l1;
		if (l1 == 4 && j < n && (p[j] == '/' || p[j] == '-' || p[j] == '_')) {
			/* 2024/03/05, 2024-03-05, 2024/0305 */
			j++;
			if (num_at(p + j, n - j, 4, &m, &l2)) {
				if (l2 == 4 && ymd(y, m / 100, m % 100, out))
					return true;
				size_t k = j + l2;
				if (l2 <= 2 && k < n && (p[k] == '/' || p[k] == '-' || p[k] == '_') &&
				    num_at(p + k + 1, n - k - 1, 2, &d, &l3) && ymd(y, m, d, out))
					return true;
			}
		}
		if (l1 == 6 && j < n && p[j] == '/' && num_at(p + j + 1, n - j - 1, 2, &d, &l3) &&
		    ymd(y / 100, y % 100, d, out))
			return true;   /* 202403/05 */
	}
	return false;
}

static const char *const related_en[] = { "related", "more from", "read more", "you may also like",
					  "recommended", "more stories", "more on this", "see also",
					  "most read", "most popular", "trending", NULL };

bool yd_html_is_related_heading(const char *s, size_t n)
{
	if (yd_page_is_related_heading(s, n))
		return true;
	for (int k = 0; related_en[k]; k++) {
		size_t w = strlen(related_en[k]);
		if (n >= w && n <= w + 24 && strncasecmp(s, related_en[k], w) == 0)
			return true;
	}
	return false;
}

/* ---- Markdown ---- */

/* A block's inline Markdown with its links' targets made absolute. */
static void add_inline(yd_buf *b, const hpage *p, const char *s)
{
	const char *q;
	while ((q = strstr(s, "](")) != NULL) {
		q += 2;
		yd_buf_add(b, s, (size_t)(q - s));
		size_t k = strcspn(q, ")");
		char *href = yd_pu_strndup(q, k);
		yd_html_add_url(b, p, href);
		free(href);
		s = q + k;
	}
	yd_buf_adds(b, s);
}

static void add_escaped_start(yd_buf *b, const hpage *p, const char *s)
{
	/* text that would read as markup at a line start keeps a backslash */
	if (*s == '#' || *s == '>' || *s == '|' || ((*s == '-' || *s == '*' || *s == '+') && s[1] == ' '))
		yd_buf_addc(b, '\\');
	else {
		const char *q = s;
		while (*q >= '0' && *q <= '9')
			q++;
		if (q > s && q - s < 10 && (*q == '.' || *q == ')') && q[1] == ' ') {
			yd_buf_add(b, s, (size_t)(q - s));
			yd_buf_addc(b, '\\');
			add_inline(b, p, q);
			return;
		}
	}
	add_inline(b, p, s);
}

static int row_of(const hpage *p, const hblock *b)
{
	int n = b->owner;
	while (n >= 0 && p->nodes[n].g && p->nodes[n].g->type == GUMBO_NODE_ELEMENT &&
	       p->nodes[n].g->v.element.tag != GUMBO_TAG_TR)
		n = p->nodes[n].parent;
	return n;
}

/* Closes a Markdown table row of `cells` cells; after the table's first
 * row, writes the header separator the pipe-table syntax needs. */
static void end_row(yd_buf *b, int cells, int *header_done)
{
	yd_buf_adds(b, " |");
	if (*header_done)
		return;
	yd_buf_adds(b, "\n|");
	for (int c = 0; c < cells; c++)
		yd_buf_adds(b, " --- |");
	*header_done = 1;
}

static void cell_text(yd_buf *b, const char *s)
{
	for (; *s; s++)
		if (*s == '|')
			yd_buf_adds(b, "\\|");
		else if (*s == '\n')
			yd_buf_addc(b, ' ');
		else
			yd_buf_addc(b, *s);
}

char *yd_html_markdown(const hpage *p)
{
	yd_buf b = { 0 };
	int prev_kind = -1, prev_row = -2, row_cells = 0, header_done = 0, item_no = 0;
	for (size_t i = 0; i < p->nblocks; i++) {
		const hblock *k = &p->blocks[i];
		if (!k->keep)
			continue;
		if (k->kind == BK_CELL) {
			int row = row_of(p, k);
			if (prev_kind == BK_CELL && row == prev_row && row >= 0) {
				/* next cell of the row (a cell of several blocks
				 * has them joined) */
				if (i > 0 && p->blocks[i - 1].owner == k->owner) {
					yd_buf_addc(&b, ' ');
				} else {
					yd_buf_adds(&b, " | ");
					row_cells++;
				}
				cell_text(&b, k->text);
				continue;
			}
			if (prev_kind == BK_CELL) {
				end_row(&b, row_cells, &header_done);
				yd_buf_addc(&b, '\n');
			} else {
				if (b.len)
					yd_buf_adds(&b, "\n\n");
				header_done = 0;
			}
			yd_buf_adds(&b, "| ");
			cell_text(&b, k->text);
			row_cells = 1;
			prev_row = row;
			prev_kind = BK_CELL;
			continue;
		}
		if (prev_kind == BK_CELL)
			end_row(&b, row_cells, &header_done);
		if (b.len)
			yd_buf_adds(&b, k->kind == BK_ITEM && prev_kind == BK_ITEM ? "\n" : "\n\n");
		for (int q = 0; q < k->quote && q < 8; q++)
			yd_buf_adds(&b, "> ");
		switch (k->kind) {
		case BK_HEAD:
			for (int l = 0; l < (k->level < 2 ? 2 : k->level) && l < 6; l++)
				yd_buf_addc(&b, '#');
			yd_buf_addc(&b, ' ');
			add_inline(&b, p, k->text);
			break;
		case BK_ITEM:
			for (int l = 1; l < k->level && l < 6; l++)
				yd_buf_adds(&b, "  ");
			if (k->ordered) {
				/* numbered in order within one list */
				item_no = prev_kind == BK_ITEM && i > 0 &&
					p->blocks[i - 1].level == k->level ? item_no + 1 : 1;
				char num[16];
				snprintf(num, sizeof num, "%d. ", item_no);
				yd_buf_adds(&b, num);
			} else {
				yd_buf_adds(&b, "- ");
			}
			add_inline(&b, p, k->text);
			break;
		case BK_PRE:
			yd_buf_adds(&b, "```\n");
			yd_buf_adds(&b, k->plain);
			yd_buf_adds(&b, "\n```");
			break;
		default:
			add_escaped_start(&b, p, k->text);
			break;
		}
		prev_kind = k->kind;
	}
	if (prev_kind == BK_CELL)
		end_row(&b, row_cells, &header_done);
	yd_buf_addc(&b, '\n');
	return yd_buf_take(&b);
}

/* ---- the related list ---- */

static char *host_of(const char *url)
{
	const char *p = url ? strstr(url, "://") : NULL;
	if (!p)
		return NULL;
	p += 3;
	size_t n = strcspn(p, "/?#:");
	/* compare without "www." */
	if (n > 4 && strncasecmp(p, "www.", 4) == 0)
		p += 4, n -= 4;
	return n ? yd_pu_strndup(p, n) : NULL;
}

/* The first link's target in a block's Markdown, or NULL. */
static char *first_href(const char *md)
{
	const char *p = strstr(md, "](");
	if (!p)
		return NULL;
	p += 2;
	size_t n = strcspn(p, ")");
	return yd_pu_strndup(p, n);
}

static bool same_site(const hpage *p, const char *href)
{
	if (!href)
		return false;
	if (!strstr(href, "://"))
		return true;   /* relative: this site */
	if (!p->host)
		return false;
	char *h = host_of(href);
	bool same = h && strcasecmp(h, p->host) == 0;
	/* subdomains of the same site: news.x.com and www.x.com */
	if (h && !same) {
		const char *a = strchr(p->host, '.'), *b = strchr(h, '.');
		same = a && b && strcasecmp(a, b) == 0 && strchr(a + 1, '.');
	}
	free(h);
	return same;
}

void yd_html_related(hpage *p, yd_article *a)
{
	/* a related heading after the start of the article */
	size_t start = p->nblocks, i;
	for (i = 0; i < p->nblocks; i++)
		if (p->blocks[i].keep) {
			start = i;
			break;
		}
	if (start == p->nblocks)
		return;
	for (i = start; i < p->nblocks; i++) {
		const hblock *b = &p->blocks[i];
		if (!b->keep && b->chars <= 24 && yd_html_is_related_heading(b->plain, strlen(b->plain)))
			break;
	}
	if (i >= p->nblocks)
		return;
	yd_related *cur = NULL;
	for (i = i + 1; i < p->nblocks && a->nrelated < MAX_RELATED; i++) {
		const hblock *b = &p->blocks[i];
		size_t n = strlen(b->plain);
		if (b->kind == BK_HEAD && !yd_html_is_related_heading(b->plain, n))
			break;
		if (yd_page_is_nav(b->plain, n) || yd_page_is_nav_words(b->plain, n))
			continue;
		char d[11];
		size_t s, e;
		bool dated = yd_pu_find_date(b->plain, n, d, &s, &e);
		/* an entry: a link that is a good part of its line (the rest a
		 * date, a count, a source) */
		if (b->link_chars >= 4 && b->link_chars * 3 >= b->chars) {
			char *href = first_href(b->text);
			bool ok = same_site(p, href);
			free(href);
			if (!ok) {
				cur = NULL;
				continue;
			}
			/* 上一篇/下一篇 and the like were dropped above as nav */
			const char *t = b->plain;
			size_t tn = dated ? s : n;
			if (tn == 0) {
				t = b->plain + e;
				tn = n - e;
			}
			yd_pu_trim(&t, &tn);
			/* a rank or list number before the title: "3 标题", "3. Title" */
			size_t dn = 0;
			while (dn < tn && t[dn] >= '0' && t[dn] <= '9')
				dn++;
			if (dn > 0 && dn < 3 && dn < tn && strchr(" .、)", t[dn])) {
				t += dn + 1;
				tn -= dn + 1;
				yd_pu_trim(&t, &tn);
			}
			if (yd_pu_u8count(t, tn) < 4)
				continue;
			cur = yd_pu_add_related(a);
			cur->title = yd_pu_strndup(t, tn);
			if (dated)
				cur->date = yd_pu_strndup(d, 10);
		} else if (cur) {
			if (dated && !cur->date && n <= 40) {
				cur->date = yd_pu_strndup(d, 10);
				continue;
			}
			if (!cur->summary && n > 8)
				cur->summary = yd_pu_strndup(b->plain, n);
		} else if (b->chars > 200) {
			break;   /* text again: the list is over */
		}
	}
}

/* ---- the whole page ---- */

static char *summary_of(const char *md_first)
{
	size_t n = strlen(md_first);
	if (yd_pu_u8count(md_first, n) <= SUMMARY_CHARS)
		return yd_pu_strndup(md_first, n);
	size_t lim = yd_pu_u8prefix(md_first, n, SUMMARY_CHARS), best = 0;
	for (size_t i = 0; i < lim;) {
		uint32_t cp;
		i += yd_pu_u8next(md_first + i, lim - i, &cp);
		if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || ((cp == '.' || cp == '!' || cp == '?') &&
		    i < n && md_first[i] == ' '))
			best = i;
	}
	if (best > lim / 4)
		return yd_pu_strndup(md_first, best);
	yd_buf b = { 0 };
	yd_buf_add(&b, md_first, yd_pu_u8prefix(md_first, n, SUMMARY_CHARS - 1));
	yd_buf_adds(&b, "…");
	return yd_buf_take(&b);
}

static int parse(const char *text, size_t n, const char *origin, const char *url,
		 yd_article *a, yd_error *err)
{
	GumboOptions opts = kGumboDefaultOptions;
	opts.max_errors = 0;   /* parse errors are not reported: do not keep them */
	hpage p;
	memset(&p, 0, sizeof p);
	p.out = gumbo_parse_with_options(&opts, text, n);
	if (!p.out)
		return yd_error_set(err, YD_EFORMAT, "%s: not HTML", origin);
	p.base_url = url;
	yd_html_blocks(&p);
	/* metadata once for the title the content step needs, then again
	 * with the content known (dates near it) */
	yd_article pre;
	yd_article_init(&pre);
	yd_html_meta(&p, url, &pre);
	yd_html_content(&p, pre.title);
	yd_html_meta(&p, url, a);
	yd_article_clear(&pre);
	if (!p.base_url && a->url)
		p.base_url = a->url;
	p.host = host_of(a->url ? a->url : url);
	a->body = yd_html_markdown(&p);
	for (size_t i = 0; i < p.nblocks; i++)
		if (p.blocks[i].keep && p.blocks[i].kind == BK_PARA && p.blocks[i].chars >= 10) {
			a->summary = summary_of(p.blocks[i].plain);
			break;
		}
	if (!a->title) {
		/* no title anywhere: the first kept heading or text */
		for (size_t i = 0; i < p.nblocks; i++)
			if (p.blocks[i].keep) {
				const char *s = p.blocks[i].plain;
				size_t sn = yd_pu_u8prefix(s, strlen(s), 60);
				a->title = yd_pu_strndup(s, sn);
				break;
			}
	}
	yd_html_related(&p, a);
	yd_html_page_free(&p);
	if (!a->title)
		return yd_error_set(err, YD_EFORMAT, "%s: no title: the page has no text", origin);
	return 0;
}

int yd_parse_html(const char *text, size_t n, const char *origin, const char *url,
		  yd_article *out, yd_error *err)
{
	yd_article_init(out);
	int rc = parse(text, n, origin ? origin : "", url, out, err);
	if (rc != 0) {
		yd_article_clear(out);
		return rc;
	}
	out->origin = origin ? yd_pu_strndup(origin, strlen(origin)) : NULL;
	return 0;
}
