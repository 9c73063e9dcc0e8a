/* Helpers shared by the input parsers (private to lib/). */
#ifndef YIDU_PARSE_UTIL_H
#define YIDU_PARSE_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "yidu/article.h"
#include "yidu/error.h"

/* A growable byte buffer, always NUL-terminated once anything is added.
 * Allocation failure aborts through yd_pu_oom(): the parsers have no
 * sensible way to continue without memory. */
typedef struct yd_buf {
	char *s;
	size_t len, cap;
} yd_buf;

void yd_buf_add(yd_buf *b, const char *s, size_t n);
void yd_buf_adds(yd_buf *b, const char *s);
void yd_buf_addc(yd_buf *b, char c);
/* Hands the contents over (an empty string if nothing was added). */
char *yd_buf_take(yd_buf *b);
void yd_buf_free(yd_buf *b);

void *yd_pu_xmalloc(size_t n);
void *yd_pu_xrealloc(void *p, size_t n);
char *yd_pu_strndup(const char *s, size_t n);

/* Length of the UTF-8 unit at s[0..n): the length of a valid sequence, or 1
 * for an invalid byte (so stepping never lands inside a valid sequence).
 * *cp receives the code point, or 0xFFFD for an invalid byte. */
size_t yd_pu_u8next(const char *s, size_t n, uint32_t *cp);

/* The public parsers' common entry: initialises *out, runs `parse`, clears
 * *out on failure and records the origin on success. */
typedef int (*yd_pu_parse_fn)(const char *text, size_t n, const char *origin,
			      yd_article *out, yd_error *err);
int yd_pu_run(yd_pu_parse_fn parse, const char *text, size_t n, const char *origin,
	      yd_article *out, yd_error *err);
/* Number of units (characters) in s[0..n). */
size_t yd_pu_u8count(const char *s, size_t n);
/* Byte length of the first `chars` units of s[0..n). */
size_t yd_pu_u8prefix(const char *s, size_t n, size_t chars);
/* Appends code point cp as UTF-8. */
void yd_buf_addcp(yd_buf *b, uint32_t cp);

/* White space for trimming: ASCII blanks, NBSP, U+3000, BOM. Returns its
 * byte length at s, or 0. */
size_t yd_pu_space_at(const char *s, size_t n);
/* Trims such white space at both ends of the range (s, n) in place. */
void yd_pu_trim(const char **s, size_t *n);

/* Finds a date written YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日 in
 * s[0..n). On success stores the normalised "YYYY-MM-DD" in out[11] and
 * the byte range of the match in *start and *end, and returns true. Only valid
 * calendar dates (years 1900-2199) count. */
bool yd_pu_find_date(const char *s, size_t n, char out[11], size_t *start, size_t *end);
/* True if s is exactly a valid "YYYY-MM-DD". */
bool yd_pu_date_valid(const char *s, size_t n);
/* True if s is a valid slug: lower-case ASCII letters, digits, '-'. */
bool yd_pu_slug_valid(const char *s, size_t n);

/* Appends to the article's lists (strings are copied). */
void yd_pu_add_region(yd_article *a, const char *s, size_t n);
void yd_pu_add_topic(yd_article *a, const char *s, size_t n);
yd_related *yd_pu_add_related(yd_article *a);

/* True if s[0..n) starts with the NUL-terminated prefix p. */
bool yd_pu_starts(const char *s, size_t n, const char *p);
/* True if the NUL-terminated needle occurs in s[0..n). */
bool yd_pu_contains(const char *s, size_t n, const char *needle);


/* The keys shared by front matter and JSON lines. */
typedef enum yd_key_kind {
	YD_KEY_UNKNOWN,
	YD_KEY_STRING,   /* title, slug, date, ... */
	YD_KEY_LIST,     /* regions, topics, related */
	YD_KEY_BOOL,     /* excerpt */
} yd_key_kind;

yd_key_kind yd_pu_key_kind(const char *key, size_t n);
/* The field of a YD_KEY_STRING key ("body" included), or NULL. */
char **yd_pu_string_field(yd_article *a, const char *key, size_t n);
/* Appends an item to a YD_KEY_LIST key's list. */
void yd_pu_add_list_item(yd_article *a, const char *key, size_t n, const char *s, size_t len);

/* Records a warning: err->code stays 0, the message is kept only if none
 * was recorded before (the first warning is the one reported). */
void yd_pu_warn(yd_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Plain text as Markdown that shows it literally: characters that would be
 * markup are escaped, line breaks inside paragraphs kept. */
char *yd_pu_text_to_markdown(const char *s, size_t n);

#endif
