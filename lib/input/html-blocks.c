/* HTML pages: the gumbo tree walked into a flat node list and text blocks
 * (runs of inline content between block boundaries), with the counts the
 * content scoring needs. Scripts, styles, forms and hidden elements are
 * left out here. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

#include "html.h"

/* Deeper nesting is flattened into the deepest element kept: gumbo builds
 * whatever the input nests, and the walk is recursive. */
#define MAX_DEPTH 200

const char *yd_html_attr(const GumboNode *g, const char *name)
{
	if (!g || g->type != GUMBO_NODE_ELEMENT)
		return NULL;
	GumboAttribute *a = gumbo_get_attribute(&g->v.element.attributes, name);
	return a ? a->value : NULL;
}

bool yd_html_is_block_tag(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
	case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER:
	case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
	case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
	case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
	case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
	case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
	case GUMBO_TAG_CAPTION: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
	case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
	case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_CENTER:
	case GUMBO_TAG_FIELDSET: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
	case GUMBO_TAG_LEGEND: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
		return true;
	default:
		return false;
	}
}

static bool ignored_tag(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
	case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_SVG:
	case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
	case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT:
	case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
	case GUMBO_TAG_OPTION: case GUMBO_TAG_MAP: case GUMBO_TAG_AUDIO:
	case GUMBO_TAG_VIDEO: case GUMBO_TAG_FORM: case GUMBO_TAG_LABEL:
		return true;
	default:
		return false;
	}
}

static bool hidden(const GumboNode *g)
{
	if (gumbo_get_attribute(&g->v.element.attributes, "hidden"))
		return true;
	const char *v = yd_html_attr(g, "aria-hidden");
	if (v && strcasecmp(v, "true") == 0)
		return true;
	v = yd_html_attr(g, "style");
	if (v) {
		/* display:none or visibility:hidden, spaces allowed */
		char c[128];
		size_t k = 0;
		for (; *v && k + 1 < sizeof c; v++)
			if (*v != ' ')
				c[k++] = (char)((*v >= 'A' && *v <= 'Z') ? *v + 32 : *v);
		c[k] = '\0';
		if (strstr(c, "display:none") || strstr(c, "visibility:hidden"))
			return true;
	}
	return false;
}

/* Words in class and id names that suggest boilerplate or content: the
 * usual vocabulary of page templates (as Readability and trafilatura read
 * it), including the pinyin abbreviations of Chinese templates. */
static const char *const bad_words[] = {
	"comment", "footer", "sidebar", "side-bar", "breadcrumb", "crumb", "share",
	"social", "related", "recommend", "advert", "banner", "copyright", "login",
	"sponsor", "popup", "modal", "cookie", "toolbar", "pagination", "pager",
	"widget", "subscribe", "newsletter", "promo", "navbar", "menu", "masthead",
	"nav", "foot", "rank", "hotnews", "hot-list", "tags", "tagcloud", "reply",
	"disclaimer", "guess", "xgyd", "xgwz", "tuijian", "dibu", "daohang",
	"float", "fixed", "qrcode", "erweima", "topbar", "top-bar", "aside",
	"disclosure", "reviewer", "helpful", "feedback", "byline", "affiliate", "author-info",
	"author-bio", "print", "fontsize", "contact", "caption",
	/* the same words in the pinyin of Chinese templates */
	"pinglun", "xiangguan", "remen", "paihang", "fenxiang", "banquan", "mianze",
	"guanggao", "liuyan", "huifu", "dingbu", "yejiao", "cebian", NULL
};
static const char *const good_words[] = {
	"article", "content", "post", "entry", "story", "detail", "main",
	"body", "text", "zhengwen", "news_txt", "newstext", "trs_editor", "artic",
	"con_txt", "contxt", "read", "neirong", "wenzhang", NULL
};
/* Whole tokens only (too short to match inside other words). */
static const char *const bad_tokens[] = { "ad", "ads", "adv", "hot", "zan", "tag", "side",
					  "links", NULL };
static const char *const good_tokens[] = { "zw", "con", "txt", "wz", NULL };

static bool token_in(const char *s, size_t n, const char *const *v)
{
	for (size_t k = 0; v[k]; k++)
		if (strlen(v[k]) == n && strncasecmp(s, v[k], n) == 0)
			return true;
	return false;
}

static void scan_names(const char *v, bool *good, bool *bad)
{
	if (!v)
		return;
	char low[256];
	size_t n = strlen(v);
	if (n >= sizeof low)
		n = sizeof low - 1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)((v[i] >= 'A' && v[i] <= 'Z') ? v[i] + 32 : v[i]);
	low[n] = '\0';
	for (size_t k = 0; bad_words[k]; k++)
		if (strstr(low, bad_words[k]))
			*bad = true;
	for (size_t k = 0; good_words[k]; k++)
		if (strstr(low, good_words[k]))
			*good = true;
	/* tokens split at anything not a letter */
	for (size_t i = 0; i < n;) {
		while (i < n && !(low[i] >= 'a' && low[i] <= 'z'))
			i++;
		size_t s = i;
		while (i < n && low[i] >= 'a' && low[i] <= 'z')
			i++;
		if (i > s) {
			if (token_in(low + s, i - s, bad_tokens))
				*bad = true;
			if (token_in(low + s, i - s, good_tokens))
				*good = true;
		}
	}
}

static int node_hint(const GumboNode *g)
{
	GumboTag t = g->v.element.tag;
	if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML)
		return HINT_NONE;
	if (t == GUMBO_TAG_NAV || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_ASIDE ||
	    t == GUMBO_TAG_FIGCAPTION)
		return HINT_BAD;
	bool good = t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN, bad = false;
	scan_names(yd_html_attr(g, "class"), &good, &bad);
	scan_names(yd_html_attr(g, "id"), &good, &bad);
	const char *role = yd_html_attr(g, "role");
	if (role && (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "complementary") == 0 ||
		     strcasecmp(role, "contentinfo") == 0 || strcasecmp(role, "banner") == 0))
		bad = true;
	if (role && (strcasecmp(role, "main") == 0 || strcasecmp(role, "article") == 0))
		good = true;
	const char *ip = yd_html_attr(g, "itemprop");
	if (ip && strstr(ip, "articleBody"))
		return HINT_GOOD;
	if (bad && !good)
		return HINT_BAD;
	if (good && !bad)
		return HINT_GOOD;
	return HINT_NONE;
}

/* The walk's state: the block being collected and its context. */
typedef struct walk {
	hpage *p;
	yd_buf text, plain;
	size_t chars, link_chars, cjk, words, punct;
	bool space, in_word;
	int owner, kind, level, quote, hint, list_depth, pre, link;
	size_t flushes;       /* blocks ended, empty ones included */
	bool plain_gap;       /* an inline element began or ended */
	bool ordered;
} walk;

static bool sentence_punct(ucs4_t c)
{
	return c == 0x3002 || c == 0xFF0C || c == 0xFF1B || c == 0xFF01 || c == 0xFF1F ||
	       c == 0x3001 || c == 0xFF1A || c == ',' || c == '.' || c == ';' || c == '!' ||
	       c == '?';
}

static bool is_cjk(ucs4_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

static bool is_space(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 ||
	       c == 0x3000 || c == 0x200B || c == 0xFEFF || (c >= 0x2000 && c <= 0x200A);
}

void yd_html_add_text(yd_buf *b, const char *s, size_t n, bool *space)
{
	size_t i = 0;
	while (i < n) {
		ucs4_t c;
		int k = u8_mbtoucr(&c, (const uint8_t *)s + i, n - i);
		if (k <= 0) {
			c = 0xFFFD;
			k = 1;
		}
		if (is_space(c) || c < 0x20 || c == 0x7F) {
			*space = true;
		} else {
			if (*space && b->len > 0 && b->s[b->len - 1] != '\n')
				yd_buf_addc(b, ' ');
			*space = false;
			if (c == 0xFFFD && k == 1)
				yd_buf_adds(b, "\xEF\xBF\xBD");
			else
				yd_buf_add(b, s + i, (size_t)k);
		}
		i += (size_t)k;
	}
}

static void count_text(walk *w, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		ucs4_t c;
		int k = u8_mbtoucr(&c, (const uint8_t *)s + i, n - i);
		if (k <= 0) {
			c = 0xFFFD;
			k = 1;
		}
		i += (size_t)k;
		if (is_space(c)) {
			w->in_word = false;
			continue;
		}
		w->chars++;
		if (w->link)
			w->link_chars++;
		if (is_cjk(c)) {
			w->cjk++;
			w->in_word = false;
		} else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			   (c >= 0xC0 && c < 0x2000)) {
			if (!w->in_word)
				w->words++;
			w->in_word = true;
		} else {
			w->in_word = false;
			/* ASCII ". " ends a sentence; "3.5" does not */
			if (sentence_punct(c) && (c > 0x7F || i >= n || s[i] == ' ' || s[i] == '\n'))
				w->punct++;
		}
	}
}

static void flush(walk *w)
{
	/* trim the trailing space */
	while (w->text.len && w->text.s[w->text.len - 1] == ' ')
		w->text.s[--w->text.len] = '\0';
	if (w->chars > 0) {
		hpage *p = w->p;
		if (p->nblocks == p->capblocks) {
			p->capblocks = p->capblocks ? 2 * p->capblocks : 64;
			p->blocks = yd_pu_xrealloc(p->blocks, p->capblocks * sizeof *p->blocks);
		}
		hblock *b = &p->blocks[p->nblocks++];
		memset(b, 0, sizeof *b);
		b->text = yd_buf_take(&w->text);
		b->plain = yd_buf_take(&w->plain);
		b->chars = w->chars;
		b->link_chars = w->link_chars;
		b->cjk = w->cjk;
		b->words = w->words;
		b->punct = w->punct;
		b->owner = w->owner;
		b->kind = w->kind;
		b->level = w->level;
		b->ordered = w->ordered;
		b->quote = w->quote;
		b->hint = w->hint;
	}
	w->flushes++;
	yd_buf_free(&w->text);
	yd_buf_free(&w->plain);
	w->chars = w->link_chars = w->cjk = w->words = w->punct = 0;
	w->space = false;
	w->in_word = false;
}

static int add_node(hpage *p, GumboNode *g, int parent)
{
	if (p->nnodes == p->capnodes) {
		p->capnodes = p->capnodes ? 2 * p->capnodes : 256;
		p->nodes = yd_pu_xrealloc(p->nodes, p->capnodes * sizeof *p->nodes);
	}
	hnode *n = &p->nodes[p->nnodes];
	memset(n, 0, sizeof *n);
	n->g = g;
	n->parent = parent;
	n->depth = parent >= 0 ? p->nodes[parent].depth + 1 : 0;
	n->first_block = p->nblocks;
	return (int)p->nnodes++;
}

/* An absolute form of href against the page's URL, when that is known. */
void yd_html_add_url(yd_buf *b, const hpage *p, const char *href)
{
	const char *base = p->base_url;
	if (!base || strstr(href, "://") || strncmp(href, "mailto:", 7) == 0) {
		yd_buf_adds(b, href);
		return;
	}
	const char *scheme = strstr(base, "://");
	if (!scheme) {
		yd_buf_adds(b, href);
		return;
	}
	if (href[0] == '/' && href[1] == '/') {
		yd_buf_add(b, base, (size_t)(scheme - base) + 1);
		yd_buf_adds(b, href);
		return;
	}
	const char *path = strchr(scheme + 3, '/');
	size_t origin = path ? (size_t)(path - base) : strlen(base);
	if (href[0] == '/') {
		yd_buf_add(b, base, origin);
		yd_buf_adds(b, href);
		return;
	}
	/* relative to the base's folder */
	size_t dir = origin;
	if (path) {
		const char *q = strpbrk(path, "?#");
		size_t end = q ? (size_t)(q - base) : strlen(base);
		for (size_t i = end; i > origin; i--)
			if (base[i - 1] == '/') {
				dir = i;
				break;
			}
	}
	yd_buf_add(b, base, dir);
	if (dir == origin)
		yd_buf_addc(b, '/');
	yd_buf_adds(b, href);
}

static void walk_node(walk *w, GumboNode *g, int parent, int depth);

/* Text characters under g, counting stops at `lim`; *blocks is set when a
 * block element (other than <p> and <br>) is inside. */
static size_t text_under(const GumboNode *g, size_t lim, bool *blocks, int depth)
{
	size_t n = 0;
	if (g->type == GUMBO_NODE_TEXT)
		return strlen(g->v.text.text);
	if (g->type != GUMBO_NODE_ELEMENT || depth > 50)
		return 0;
	GumboTag t = g->v.element.tag;
	if (depth > 0 && yd_html_is_block_tag(t) && t != GUMBO_TAG_P)
		*blocks = true;
	const GumboVector *kids = &g->v.element.children;
	for (unsigned i = 0; i < kids->length && n < lim && !*blocks; i++)
		n += text_under(kids->data[i], lim - n, blocks, depth + 1);
	return n;
}

static bool layout_cell(const GumboNode *g)
{
	bool blocks = false;
	/* 300 bytes: about 100 Han characters */
	return text_under(g, 300, &blocks, 0) >= 300 || blocks;
}

static void walk_children(walk *w, GumboNode *g, int parent, int depth)
{
	GumboVector *kids = &g->v.element.children;
	for (unsigned i = 0; i < kids->length; i++)
		walk_node(w, kids->data[i], parent, depth);
}

/* Markdown's own characters in text are escaped where they would start
 * markup; the text itself is kept. */
static void add_md_text(walk *w, const char *s, size_t n)
{
	size_t from = w->text.len;
	bool tsp = w->space;
	yd_html_add_text(&w->text, s, n, &tsp);
	/* escape [ ] so links stay links */
	for (size_t i = from; i < w->text.len; i++)
		if (w->text.s[i] == '[' || w->text.s[i] == ']' || w->text.s[i] == '\\') {
			yd_buf_addc(&w->text, ' ');
			memmove(w->text.s + i + 1, w->text.s + i, w->text.len - i - 1);
			w->text.s[i] = '\\';
			i++;
		}
	if (w->plain_gap && w->plain.len && w->plain.s[w->plain.len - 1] != ' ') {
		/* <span>提问于 2024-01-02</span><span>3个回答</span>: the plain
		 * text keeps the pieces apart so that dates and bylines are
		 * read whole; the Markdown stays as written */
		w->space = true;
	}
	w->plain_gap = false;
	bool sp = w->space;
	yd_html_add_text(&w->plain, s, n, &sp);
	w->space = sp;
}

static void walk_element(walk *w, GumboNode *g, int parent, int depth)
{
	GumboTag t = g->v.element.tag;
	if (ignored_tag(t) || hidden(g))
		return;
	if (t == GUMBO_TAG_BR) {
		if (w->pre) {
			yd_buf_addc(&w->text, '\n');
			yd_buf_addc(&w->plain, '\n');
		} else {
			flush(w);
		}
		return;
	}
	if (t == GUMBO_TAG_IMG || t == GUMBO_TAG_WBR)
		return;
	if (depth >= MAX_DEPTH) {
		walk_children(w, g, parent, depth);
		return;
	}
	int idx = add_node(w->p, g, parent);
	int hint = node_hint(g);
	w->p->nodes[idx].hint = hint;
	walk saved = *w;
	bool block = yd_html_is_block_tag(t);
	if (block) {
		flush(w);
		w->owner = idx;
		/* the nearest named ancestor speaks for a block: a
		 * "content" inside an id="top" wrapper is content */
		if (hint != HINT_NONE)
			w->hint = hint;
		switch (t) {
		case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
		case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
			w->kind = BK_HEAD;
			w->level = 1 + (int)(t - GUMBO_TAG_H1);
			break;
		case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
			w->list_depth++;
			w->ordered = t == GUMBO_TAG_OL;
			break;
		case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
			if (w->kind != BK_HEAD) {
				w->kind = BK_ITEM;
				w->level = w->list_depth > 0 ? w->list_depth : 1;
			}
			break;
		case GUMBO_TAG_TD: case GUMBO_TAG_TH:
			/* a layout cell (a page or a post laid out in a
			 * table) holds paragraphs, not data */
			w->kind = layout_cell(g) ? BK_PARA : BK_CELL;
			break;
		case GUMBO_TAG_PRE:
			w->kind = BK_PRE;
			w->pre++;
			break;
		case GUMBO_TAG_BLOCKQUOTE:
			w->quote++;
			break;
		case GUMBO_TAG_P:
			if (w->kind == BK_CELL || w->kind == BK_ITEM)
				break;
			w->kind = BK_PARA;
			break;
		default:
			break;
		}
	} else if (hint == HINT_BAD) {
		/* an inline element named as boilerplate (a share bar as
		 * <span>) marks the rest of its block */
		w->hint = HINT_BAD;
	}
	if (!block)
		w->plain_gap = true;
	const char *href = t == GUMBO_TAG_A ? yd_html_attr(g, "href") : NULL;
	size_t link_block = w->flushes, link_pos = w->text.len;
	if (t == GUMBO_TAG_A)
		w->link++;
	walk_children(w, g, idx, depth + 1);
	if (t == GUMBO_TAG_A) {
		w->link--;
		bool usable = href && *href && href[0] != '#' &&
			strncasecmp(href, "javascript:", 11) != 0;
		if (usable && w->flushes == link_block && w->text.len > link_pos &&
		    !w->pre) {
			/* wrap what the link added as [text](url) */
			yd_buf_addc(&w->text, ' ');
			memmove(w->text.s + link_pos + 1, w->text.s + link_pos,
				w->text.len - link_pos - 1);
			/* white space before the link text stays outside */
			if (w->text.s[link_pos + 1] == ' ') {
				w->text.s[link_pos] = ' ';
				link_pos++;
			}
			w->text.s[link_pos] = '[';
			yd_buf_adds(&w->text, "](");
			yd_buf tmp = { 0 };
			yd_buf_adds(&tmp, href);   /* made absolute when written */
			for (size_t i = 0; i < tmp.len; i++)
				if (tmp.s[i] == ' ' || tmp.s[i] == ')' || tmp.s[i] == '(' ||
				    (unsigned char)tmp.s[i] < 0x20) {
					char hex[4];
					snprintf(hex, sizeof hex, "%%%02X", (unsigned char)tmp.s[i]);
					yd_buf_adds(&w->text, hex);
				} else {
					yd_buf_addc(&w->text, tmp.s[i]);
				}
			yd_buf_free(&tmp);
			yd_buf_addc(&w->text, ')');
		}
	}
	if (block) {
		flush(w);
		/* restore the context of the enclosing block */
		w->owner = saved.owner;
		w->kind = saved.kind;
		w->level = saved.level;
		w->quote = saved.quote;
		w->hint = saved.hint;
		w->list_depth = saved.list_depth;
		w->ordered = saved.ordered;
		w->pre = saved.pre;
	} else {
		w->hint = saved.hint;
		w->plain_gap = true;
	}
	w->p->nodes[idx].end_block = w->p->nblocks;
}

static void walk_node(walk *w, GumboNode *g, int parent, int depth)
{
	switch (g->type) {
	case GUMBO_NODE_ELEMENT:
		walk_element(w, g, parent, depth);
		break;
	case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE: {
		const char *s = g->v.text.text;
		size_t n = strlen(s);
		if (w->pre) {
			yd_buf_adds(&w->text, s);
			yd_buf_adds(&w->plain, s);
			count_text(w, s, n);
		} else {
			add_md_text(w, s, n);
			count_text(w, s, n);
		}
		break;
	}
	default:
		break;
	}
}

void yd_html_blocks(hpage *p)
{
	walk w;
	memset(&w, 0, sizeof w);
	w.p = p;
	w.owner = -1;
	GumboNode *root = p->out->root;
	int idx = add_node(p, root, -1);
	w.owner = idx;
	walk_children(&w, root, idx, 1);
	flush(&w);
	p->nodes[idx].end_block = p->nblocks;
}

void yd_html_page_free(hpage *p)
{
	for (size_t i = 0; i < p->nblocks; i++) {
		free(p->blocks[i].text);
		free(p->blocks[i].plain);
	}
	free(p->blocks);
	free(p->nodes);
	free(p->host);
	if (p->out)
		gumbo_destroy_output(&kGumboDefaultOptions, p->out);
	memset(p, 0, sizeof *p);
}
