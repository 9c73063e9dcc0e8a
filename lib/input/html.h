/* HTML pages: the parsed page as a flat tree and as text blocks, shared by
 * the content, metadata and Markdown parts (private to lib/input/). */
#ifndef YIDU_INPUT_HTML_H
#define YIDU_INPUT_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include <gumbo.h>
#include "yidu/article.h"
#include "util.h"

/* Evidence from class and id names (and tags such as <nav>, <article>). */
enum { HINT_NONE = 0, HINT_GOOD = 1, HINT_BAD = 2 };

/* Block kinds: what Markdown a block becomes. */
enum { BK_PARA, BK_HEAD, BK_ITEM, BK_PRE, BK_CELL };

typedef struct hblock {
	char *text;         /* inline Markdown (links as [t](u)) */
	char *plain;        /* the text alone */
	size_t chars;       /* characters without white space */
	size_t link_chars;  /* of them inside links */
	size_t cjk;         /* Han characters */
	size_t words;       /* runs of Latin letters or digits */
	size_t punct;       /* sentence punctuation */
	int owner;          /* node of the nearest block element */
	int kind, level;    /* BK_*; heading level or list depth */
	bool ordered;       /* an item of <ol> */
	int quote;          /* <blockquote> depth */
	int hint;           /* strongest hint among ancestors (HINT_BAD wins) */
	double value;       /* content score: > 0 content, < 0 boilerplate */
	bool keep;
} hblock;

typedef struct hnode {
	GumboNode *g;       /* NULL for none */
	int parent;
	int depth;
	int hint;           /* own hint */
	size_t first_block, end_block;   /* its blocks: [first, end) */
} hnode;

typedef struct hpage {
	GumboOutput *out;
	hnode *nodes;
	size_t nnodes, capnodes;
	hblock *blocks;
	size_t nblocks, capblocks;
	const char *base_url;   /* the page's URL if known (WARC), or NULL */
	char *host;             /* its host, or NULL */
	int main_node;          /* the chosen container, or -1 */
	size_t title_block;     /* block holding the title, or nblocks */
} hpage;

/* Builds nodes and blocks from a parsed document. */
void yd_html_blocks(hpage *p);
void yd_html_page_free(hpage *p);
/* Scores blocks and chooses the main content; marks blocks keep. */
void yd_html_content(hpage *p, const char *title);
/* Title, date, author, url, site name into *a. */
void yd_html_meta(hpage *p, const char *origin_url, yd_article *a);
/* The kept blocks as Markdown. */
char *yd_html_markdown(const hpage *p);
/* A related list of the same site after the content, as yd_related. */
void yd_html_related(hpage *p, yd_article *a);

/* Helpers. */
const char *yd_html_attr(const GumboNode *g, const char *name);
bool yd_html_is_block_tag(GumboTag t);
/* Normalised text of a range of characters: runs of white space → one
 * space, trimmed. */
void yd_html_add_text(yd_buf *b, const char *s, size_t n, bool *space);
/* Appends href made absolute against p->base_url (when known). */
void yd_html_add_url(yd_buf *b, const hpage *p, const char *href);
/* A date written in English ("March 5, 2024", "5 Mar 2024"). */
bool yd_html_english_date(const char *s, size_t n, char out[11]);
/* A date in a URL: /2024/03/05/, /20240305/, t20240305_ ... */
bool yd_html_url_date(const char *url, char out[11]);
/* True for text that heads a related list (相关推荐, Related ...). */
bool yd_html_is_related_heading(const char *s, size_t n);

#endif
