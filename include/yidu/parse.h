/* Input parsers for yidu-import. Each turns one input into yd_article
 * records without touching the corpus. */
#ifndef YIDU_PARSE_H
#define YIDU_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include "yidu/article.h"
#include "yidu/error.h"

typedef enum yd_format {
	YD_FMT_AUTO = 0,
	YD_FMT_PAGE,       /* scraped page saved as text */
	YD_FMT_MARKDOWN,   /* Markdown with a front-matter block */
	YD_FMT_JSONL,      /* one JSON object per line */
	YD_FMT_HTML,       /* an HTML page */
	YD_FMT_CSV,        /* CSV or TSV with a header row */
	YD_FMT_WARC,       /* a WARC crawl (.warc, .warc.gz) */
} yd_format;

/* Guesses the format from a file name and its first bytes. */
yd_format yd_format_detect(const char *name, const char *text, size_t n);
/* "page", "markdown", "jsonl" → format; anything else YD_FMT_AUTO. */
yd_format yd_format_from_name(const char *s);
const char *yd_format_name(yd_format f);

/* Called once per article parsed; the callee takes ownership of the
 * contents of *a (it must yd_article_clear it when done). Returning
 * non-zero stops the parse, which then returns that value. */
typedef int (*yd_article_sink)(void *ctx, yd_article *a);

/* Scraped page: title, optional short answer, body, site furniture, then a
 * 相关推荐 list. The main article's Markdown body is rebuilt from the text
 * (section heads → headings, numbered items and bullets → lists). The
 * related entries are attached to it as yd_related records. */
int yd_parse_page(const char *text, size_t n, const char *origin,
		  yd_article *out, yd_error *err);

/* A site's template: lines repeated across its pages (see
 * lib/input/page-template.c). Add each page of one site, then parse each
 * with yd_parse_page_site: template lines are furniture for the title and
 * the body (related lists are read as they are). */
typedef struct yd_page_template yd_page_template;
yd_page_template *yd_page_template_new(void);
void yd_page_template_add(yd_page_template *t, const char *text, size_t n);
size_t yd_page_template_pages(const yd_page_template *t);
bool yd_page_template_has(const yd_page_template *t, const char *s, size_t n);
void yd_page_template_free(yd_page_template *t);
int yd_parse_page_site(const char *text, size_t n, const char *origin,
		       const yd_page_template *tpl, yd_article *out, yd_error *err);

/* A site's template: lines repeated across its pages (see
 * lib/input/page-template.c). Add each page of one site, then parse each
 * with yd_parse_page_site: template lines are furniture for the title and
 * the body (related lists are read as they are). */
typedef struct yd_page_template yd_page_template;
yd_page_template *yd_page_template_new(void);
void yd_page_template_add(yd_page_template *t, const char *text, size_t n);
size_t yd_page_template_pages(const yd_page_template *t);
bool yd_page_template_has(const yd_page_template *t, const char *s, size_t n);
void yd_page_template_free(yd_page_template *t);
int yd_parse_page_site(const char *text, size_t n, const char *origin,
		       const yd_page_template *tpl, yd_article *out, yd_error *err);

/* Markdown with a front-matter block delimited by "---" lines:
 * title, date, source, url, author, category, summary, slug, regions,
 * topics, related (lists as [a, b] or as "- item" lines). */
int yd_parse_markdown(const char *text, size_t n, const char *origin,
		      yd_article *out, yd_error *err);

/* One JSON object with the same field names as the front matter, plus
 * "body". `origin` names the file and line. */
int yd_parse_json_article(const char *line, size_t n, const char *origin,
			  yd_article *out, yd_error *err);

/* An HTML page (UTF-8; see yidu/encoding.h for decoding): the main
 * content chosen by scoring text blocks, as Markdown, with title, date,
 * author, url and site name from the page, and its related list of the
 * same site as yd_related records. `url` (may be NULL) is where the page
 * came from, for relative links and a date in the URL. */
int yd_parse_html(const char *text, size_t n, const char *origin, const char *url,
		  yd_article *out, yd_error *err);

/* One JSON line (no newline) in the JSON-lines input format: title, date,
 * author, source, url, category, summary, body, excerpt, related (titles),
 * regions, topics. `body_format` "text" marks a plain-text body. */
char *yd_article_to_json(const yd_article *a, const char *body_format);
/* A related entry as an excerpt line of its own. */
char *yd_related_to_json(const yd_related *r, const yd_article *from);

/* WARC crawls: calls fn for every response record with an HTML payload,
 * with its WARC-Target-URI, the charset of its HTTP Content-Type (or
 * NULL) and the payload bytes (not yet decoded). Streams: memory is
 * bounded by one record. A non-zero return from fn stops the read and is
 * returned. */
typedef int (*yd_warc_page_fn)(void *ctx, const char *url, const char *charset,
			       const char *body, size_t n);
int yd_warc_read(const char *path, yd_warc_page_fn fn, void *ctx, yd_error *err);
/* The same from memory (tests, fuzzing); `name` is for messages. */
int yd_warc_read_mem(const void *buf, size_t n, const char *name, yd_warc_page_fn fn, void *ctx,
		     yd_error *err);

/* CSV or TSV with a header row (RFC 4180). Columns are found by header
 * name (title/标题, body/content/answer/正文/内容/回答, question/ask/问题,
 * date/日期, category/department/科室, url, source, author, region,
 * topic); `columns` ("body=answer,question=ask", NULL for none) overrides.
 * Each good row goes to sink; a bad row (field count, unclosed quote, no
 * title or body) to bad with "origin:line: why"; a non-zero return from
 * either stops the parse and is returned. */
typedef int (*yd_csv_bad_fn)(void *ctx, const char *msg);
int yd_parse_csv(const char *text, size_t n, const char *origin, const char *columns,
		 yd_article_sink sink, yd_csv_bad_fn bad, void *ctx, yd_error *err);
/* The same from a stream (yidu/encoding.h), a piece at a time, so that a
 * data set of any size is read in bounded memory. A read error or binary
 * data in the stream stops the parse with -1 and err set. */
struct yd_textstream;
int yd_parse_csv_stream(struct yd_textstream *ts, const char *origin, const char *columns,
			yd_article_sink sink, yd_csv_bad_fn bad, void *ctx, yd_error *err);

#endif
