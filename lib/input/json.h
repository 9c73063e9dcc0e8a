/* A small strict JSON reader (RFC 8259) for JSON-lines input.
 * Private to lib/. */
#ifndef YIDU_JSON_H
#define YIDU_JSON_H

#include <stdbool.h>
#include <stddef.h>

typedef enum yd_json_type {
	YD_JSON_NULL,
	YD_JSON_BOOL,
	YD_JSON_NUMBER,
	YD_JSON_STRING,
	YD_JSON_ARRAY,
	YD_JSON_OBJECT,
} yd_json_type;

typedef struct yd_json yd_json;
struct yd_json {
	yd_json_type type;
	size_t pos;          /* byte offset of the value in the input */
	bool b;              /* BOOL */
	char *s;             /* STRING: decoded UTF-8 (may hold NULs);
	                      * NUMBER: the literal text */
	size_t len;
	yd_json *items;      /* ARRAY elements, OBJECT values */
	char **keys;         /* OBJECT keys (NUL-terminated, decoded) */
	size_t n;
};

/* Maximum nesting of arrays and objects. */
#define YD_JSON_MAX_DEPTH 64

/* Parses exactly one JSON value (surrounding white space allowed) from
 * s[0..n). Returns 0, or -1 with a message in msg and the 1-based column
 * (in characters) of the problem in *col. Strings must be valid UTF-8;
 * \u escapes are decoded, surrogate pairs joined and lone surrogates
 * replaced by U+FFFD. Duplicate object keys are rejected. */
int yd_json_parse(const char *s, size_t n, yd_json *out, char *msg, size_t msgsz,
		  size_t *col);
void yd_json_free(yd_json *v);
/* The value for `key` in an object, or NULL. */
const yd_json *yd_json_get(const yd_json *obj, const char *key);
const char *yd_json_type_name(yd_json_type t);
/* 1-based column, in characters, of byte offset pos of s. */
size_t yd_json_column(const char *s, size_t pos);

#endif
