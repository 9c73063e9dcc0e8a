/* Helpers for the parser tests: fixtures and Markdown structure via cmark. */
#ifndef PARSE_TEST_UTIL_H
#define PARSE_TEST_UTIL_H

#include <cmark.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads $top_srcdir/tests/data/REL; *n receives the size. */
__attribute__((unused)) static char *read_fixture(const char *rel, size_t *n)
{
	const char *top = getenv("top_srcdir");
	char path[1024];
	FILE *f;
	char *buf;
	long len;

	snprintf(path, sizeof path, "%s/tests/data/%s", top ? top : ".", rel);
	f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "cannot open %s\n", path);
		abort();
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)len + 1);
	if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len)
		abort();
	buf[len] = '\0';
	fclose(f);
	*n = (size_t)len;
	return buf;
}

/* Counts of block nodes in a Markdown document. */
typedef struct md_shape {
	int headings[7];      /* by level */
	int bullet_lists, ordered_lists, items, paragraphs, quotes, code, html;
	int list_start[16];   /* start numbers of ordered lists, in order */
	int list_items[16];   /* item counts of all lists, in order */
	int nlists;
	int nested_lists;     /* lists inside a list item */
	int item_paragraphs;  /* paragraphs directly inside items */
} md_shape;

__attribute__((unused)) static md_shape md_shape_of(const char *md)
{
	md_shape sh;
	cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT);
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	memset(&sh, 0, sizeof sh);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *nd = cmark_iter_get_node(it);
		cmark_node *parent = cmark_node_parent(nd);
		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(nd)) {
		case CMARK_NODE_HEADING:
			sh.headings[cmark_node_get_heading_level(nd)]++;
			break;
		case CMARK_NODE_LIST: {
			int k = 0;
			cmark_node *c;
			for (c = cmark_node_first_child(nd); c; c = cmark_node_next(c))
				k++;
			if (cmark_node_get_list_type(nd) == CMARK_ORDERED_LIST) {
				if (sh.ordered_lists < 16)
					sh.list_start[sh.ordered_lists] = cmark_node_get_list_start(nd);
				sh.ordered_lists++;
			} else {
				sh.bullet_lists++;
			}
			if (sh.nlists < 16)
				sh.list_items[sh.nlists] = k;
			sh.nlists++;
			if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM)
				sh.nested_lists++;
			break;
		}
		case CMARK_NODE_ITEM:
			sh.items++;
			break;
		case CMARK_NODE_PARAGRAPH:
			sh.paragraphs++;
			if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM &&
			    cmark_node_first_child(parent) != nd)
				sh.item_paragraphs++;
			break;
		case CMARK_NODE_BLOCK_QUOTE:
			sh.quotes++;
			break;
		case CMARK_NODE_CODE_BLOCK:
			sh.code++;
			break;
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
			sh.html++;
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	return sh;
}

/* The text of the n-th (0-based) paragraph as rendered plain text. */
__attribute__((unused)) static char *md_paragraph_text(const char *md, int index)
{
	cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT);
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	char *out = NULL;
	size_t len = 0;
	int k = -1;
	bool in = false;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *nd = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(nd);
		if (t == CMARK_NODE_PARAGRAPH) {
			if (ev == CMARK_EVENT_ENTER && ++k == index)
				in = true;
			else if (ev == CMARK_EVENT_EXIT)
				in = false;
			continue;
		}
		if (in && ev == CMARK_EVENT_ENTER &&
		    (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE)) {
			const char *lit = cmark_node_get_literal(nd);
			size_t l = strlen(lit);
			out = realloc(out, len + l + 1);
			memcpy(out + len, lit, l + 1);
			len += l;
		}
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	return out;
}

#endif
