/* Scraped pages: line model and classifiers (private to lib/). */
#ifndef YIDU_PAGE_H
#define YIDU_PAGE_H

#include <stdbool.h>
#include <stddef.h>
#include "yidu/article.h"

typedef struct page_line {
	const char *s;      /* the text, white space trimmed at both ends */
	size_t n;           /* 0 for a blank line */
	int indent;         /* columns of leading white space */
	int no;             /* 1-based line number */
} page_line;

typedef struct page_lines {
	char *buf;          /* normalised copy of the input */
	page_line *v;
	size_t n;
} page_lines;

/* Splits text into lines: drops a BOM and NUL bytes, accepts LF, CRLF and
 * CR, turns NBSP into a space, counts indentation (tab 4; U+3000, a first-line indent, 0). */
void yd_page_split(const char *text, size_t n, page_lines *out);
void yd_page_lines_free(page_lines *pl);

/* Classifiers of site furniture. */
bool yd_page_is_disclaimer(const char *s, size_t n);
bool yd_page_is_nav(const char *s, size_t n);
/* 大家都在搜, 热门搜索, 相关标签 ...: lines of search tags may follow. */
bool yd_page_is_tag_heading(const char *s, size_t n);
/* 相关推荐, 相关文章, 猜你喜欢 ...: the related list starts here. */
bool yd_page_is_related_heading(const char *s, size_t n);
/* 其他回答（3）, 网友评论, 评论 36 ...: replies and comments follow. */
bool yd_page_is_thread_heading(const char *s, size_t n);
/* Text made only of navigation words (首页 顶部 ...), glued or not. */
bool yd_page_is_nav_words(const char *s, size_t n);

/* An author/date/source line. `header`: near the title, where a bare date
 * line and the short keys (日期, 时间, 编辑) also count. Captures the values
 * into *a (fields already set are kept, except that a publication date
 * replaces an update date) and returns true if the line is one. */
bool yd_page_meta(const char *s, size_t n, bool header, yd_article *a);

/* A related entry's closing line: "健康新闻 2025-03-19", "2025-03-19",
 * "2025-03-19 · 健康新闻", "2025/3/19 | 分类", possibly followed by
 * navigation words. Fills date and the category range (n 0 if none). */
bool yd_page_date_line(const char *s, size_t n, char date[11], const char **cat,
		       size_t *catn);

/* The body lines turned into Markdown. *first_para (may be NULL) receives
 * the plain text of the first paragraph, or NULL. */
char *yd_page_body_markdown(const page_line *v, size_t n, char **first_para);
/* True if the line starts with a section, number or bullet marker. */
bool yd_page_is_structured(const char *s, size_t n);

#endif
