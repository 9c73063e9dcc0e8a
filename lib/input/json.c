/* A small strict JSON reader: recursive descent over one value. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json.h"
#include "util.h"

typedef struct reader {
	const char *s;
	size_t n, i;
	char *msg;
	size_t msgsz;
	size_t errpos;
	bool failed;
} reader;

static int fail(reader *r, size_t pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(reader *r, size_t pos, const char *fmt, ...)
{
	va_list ap;
	if (r->failed)
		return -1;
	r->failed = true;
	r->errpos = pos;
	va_start(ap, fmt);
	vsnprintf(r->msg, r->msgsz, fmt, ap);
	va_end(ap);
	return -1;
}

size_t yd_json_column(const char *s, size_t pos)
{
	return yd_pu_u8count(s, pos) + 1;
}

static void skip_ws(reader *r)
{
	while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' ||
			       r->s[r->i] == '\n' || r->s[r->i] == '\r'))
		r->i++;
}

static int parse_value(reader *r, yd_json *v, int depth);

static int hex4(reader *r, uint32_t *out)
{
	uint32_t v = 0;
	int k;
	if (r->n - r->i < 4)
		return fail(r, r->i, "truncated \\u escape");
	for (k = 0; k < 4; k++) {
		char c = r->s[r->i + k];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (uint32_t)(c - 'A' + 10);
		else
			return fail(r, r->i + k, "bad hex digit in \\u escape");
	}
	r->i += 4;
	*out = v;
	return 0;
}

/* At the opening quote; leaves the decoded string in *b. */
static int parse_string(reader *r, yd_buf *b)
{
	size_t start = r->i;
	r->i++;
	for (;;) {
		unsigned char c;
		if (r->i >= r->n)
			return fail(r, start, "unterminated string");
		c = (unsigned char)r->s[r->i];
		if (c == '"') {
			r->i++;
			if (!b->s)
				yd_buf_add(b, "", 0);
			return 0;
		}
		if (c < 0x20)
			return fail(r, r->i, "control character in string (escape it)");
		if (c == '\\') {
			char e;
			uint32_t cp, lo;
			if (r->i + 1 >= r->n)
				return fail(r, start, "unterminated string");
			e = r->s[r->i + 1];
			r->i += 2;
			switch (e) {
			case '"': yd_buf_addc(b, '"'); break;
			case '\\': yd_buf_addc(b, '\\'); break;
			case '/': yd_buf_addc(b, '/'); break;
			case 'b': yd_buf_addc(b, '\b'); break;
			case 'f': yd_buf_addc(b, '\f'); break;
			case 'n': yd_buf_addc(b, '\n'); break;
			case 'r': yd_buf_addc(b, '\r'); break;
			case 't': yd_buf_addc(b, '\t'); break;
			case 'u':
				if (hex4(r, &cp) < 0)
					return -1;
				if (cp >= 0xD800 && cp <= 0xDBFF && r->n - r->i >= 6 &&
				    r->s[r->i] == '\\' && r->s[r->i + 1] == 'u') {
					size_t save = r->i;
					r->i += 2;
					if (hex4(r, &lo) < 0)
						return -1;
					if (lo >= 0xDC00 && lo <= 0xDFFF)
						cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					else
						r->i = save; /* lone high surrogate */
				}
				/* yd_buf_addcp turns a lone surrogate into U+FFFD. */
				yd_buf_addcp(b, cp);
				break;
			default:
				return fail(r, r->i - 2, "invalid escape \\%c", e >= 0x20 && e < 0x7F ? e : '?');
			}
			continue;
		}
		/* a run of characters that need no escape, copied at once
		 * (the place kept in a local: r->i in memory would be
		 * stored and read again around each byte read) */
		const unsigned char *u = (const unsigned char *)r->s;
		size_t from = r->i, i = r->i, n = r->n;
		while (i < n) {
			c = u[i];
			if (c == '"' || c == '\\' || c < 0x20)
				break;
			if (c < 0x80) {
				i++;
			} else if (c >= 0xE1 && c <= 0xEF && c != 0xED && n - i >= 3 &&
				   (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
				i += 3;   /* U+1000–U+FFFF but surrogates: valid */
			} else {
				uint32_t cp;
				size_t k = yd_pu_u8next(r->s + i, n - i, &cp);
				if (cp == 0xFFFD && k == 1) {
					r->i = i;
					yd_buf_add(b, r->s + from, r->i - from);
					return fail(r, r->i, "invalid UTF-8 in string");
				}
				i += k;
			}
		}
		r->i = i;
		yd_buf_add(b, r->s + from, r->i - from);
	}
}

static bool isdig(char c)
{
	return c >= '0' && c <= '9';
}

static int parse_number(reader *r, yd_json *v)
{
	size_t start = r->i;
	if (r->i < r->n && r->s[r->i] == '-')
		r->i++;
	if (r->i >= r->n || !isdig(r->s[r->i]))
		return fail(r, start, "invalid number");
	if (r->s[r->i] == '0') {
		r->i++;
		if (r->i < r->n && isdig(r->s[r->i]))
			return fail(r, start, "leading zero in number");
	} else {
		while (r->i < r->n && isdig(r->s[r->i]))
			r->i++;
	}
	if (r->i < r->n && r->s[r->i] == '.') {
		r->i++;
		if (r->i >= r->n || !isdig(r->s[r->i]))
			return fail(r, r->i, "digit expected after '.'");
		while (r->i < r->n && isdig(r->s[r->i]))
			r->i++;
	}
	if (r->i < r->n && (r->s[r->i] == 'e' || r->s[r->i] == 'E')) {
		r->i++;
		if (r->i < r->n && (r->s[r->i] == '+' || r->s[r->i] == '-'))
			r->i++;
		if (r->i >= r->n || !isdig(r->s[r->i]))
			return fail(r, r->i, "digit expected in exponent");
		while (r->i < r->n && isdig(r->s[r->i]))
			r->i++;
	}
	v->type = YD_JSON_NUMBER;
	v->s = yd_pu_strndup(r->s + start, r->i - start);
	v->len = r->i - start;
	return 0;
}

static int literal(reader *r, const char *word)
{
	size_t k = strlen(word);
	if (r->n - r->i < k || memcmp(r->s + r->i, word, k) != 0)
		return fail(r, r->i, "unexpected character");
	r->i += k;
	return 0;
}

static void push(yd_json *v, size_t *cap)
{
	if (v->n == *cap) {
		*cap = *cap ? *cap * 2 : 4;
		v->items = yd_pu_xrealloc(v->items, *cap * sizeof *v->items);
		if (v->type == YD_JSON_OBJECT)
			v->keys = yd_pu_xrealloc(v->keys, *cap * sizeof *v->keys);
	}
	memset(&v->items[v->n], 0, sizeof v->items[v->n]);
}

static int parse_array(reader *r, yd_json *v, int depth)
{
	size_t cap = 0;
	v->type = YD_JSON_ARRAY;
	r->i++;
	skip_ws(r);
	if (r->i < r->n && r->s[r->i] == ']') {
		r->i++;
		return 0;
	}
	for (;;) {
		skip_ws(r);
		push(v, &cap);
		v->n++;
		if (parse_value(r, &v->items[v->n - 1], depth + 1) < 0)
			return -1;
		skip_ws(r);
		if (r->i >= r->n)
			return fail(r, r->i, "unterminated array (expected ',' or ']')");
		if (r->s[r->i] == ']') {
			r->i++;
			return 0;
		}
		if (r->s[r->i] != ',')
			return fail(r, r->i, "expected ',' or ']'");
		r->i++;
	}
}

static int parse_object(reader *r, yd_json *v, int depth)
{
	size_t cap = 0;
	v->type = YD_JSON_OBJECT;
	r->i++;
	skip_ws(r);
	if (r->i < r->n && r->s[r->i] == '}') {
		r->i++;
		return 0;
	}
	for (;;) {
		yd_buf key = {0};
		size_t kpos, k;
		skip_ws(r);
		if (r->i >= r->n || r->s[r->i] != '"')
			return fail(r, r->i, "expected a string key");
		kpos = r->i;
		if (parse_string(r, &key) < 0) {
			yd_buf_free(&key);
			return -1;
		}
		if (memchr(key.s, '\0', key.len)) {
			yd_buf_free(&key);
			return fail(r, kpos, "NUL character in key");
		}
		for (k = 0; k < v->n; k++) {
			if (strcmp(v->keys[k], key.s) == 0) {
				fail(r, kpos, "duplicate key \"%s\"", key.s);
				yd_buf_free(&key);
				return -1;
			}
		}
		push(v, &cap);
		v->keys[v->n] = yd_buf_take(&key);
		v->n++;
		skip_ws(r);
		if (r->i >= r->n || r->s[r->i] != ':')
			return fail(r, r->i, "expected ':'");
		r->i++;
		skip_ws(r);
		if (parse_value(r, &v->items[v->n - 1], depth + 1) < 0)
			return -1;
		skip_ws(r);
		if (r->i >= r->n)
			return fail(r, r->i, "unterminated object (expected ',' or '}')");
		if (r->s[r->i] == '}') {
			r->i++;
			return 0;
		}
		if (r->s[r->i] != ',')
			return fail(r, r->i, "expected ',' or '}'");
		r->i++;
	}
}

static int parse_value(reader *r, yd_json *v, int depth)
{
	yd_buf b = {0};
	if (depth > YD_JSON_MAX_DEPTH)
		return fail(r, r->i, "nesting deeper than %d levels", YD_JSON_MAX_DEPTH);
	skip_ws(r);
	v->pos = r->i;
	if (r->i >= r->n)
		return fail(r, r->i, "unexpected end of input");
	switch (r->s[r->i]) {
	case '{':
		return parse_object(r, v, depth);
	case '[':
		return parse_array(r, v, depth);
	case '"':
		if (parse_string(r, &b) < 0) {
			yd_buf_free(&b);
			return -1;
		}
		v->type = YD_JSON_STRING;
		v->len = b.len;
		v->s = yd_buf_take(&b);
		return 0;
	case 't':
		v->type = YD_JSON_BOOL;
		v->b = true;
		return literal(r, "true");
	case 'f':
		v->type = YD_JSON_BOOL;
		return literal(r, "false");
	case 'n':
		v->type = YD_JSON_NULL;
		return literal(r, "null");
	default:
		if (r->s[r->i] == '-' || isdig(r->s[r->i]))
			return parse_number(r, v);
		return fail(r, r->i, "unexpected character");
	}
}

int yd_json_parse(const char *s, size_t n, yd_json *out, char *msg, size_t msgsz,
		  size_t *col)
{
	reader r = {s, n, 0, msg, msgsz, 0, false};

	memset(out, 0, sizeof *out);
	if (msgsz)
		msg[0] = '\0';
	if (parse_value(&r, out, 0) == 0) {
		skip_ws(&r);
		if (r.i < n)
			fail(&r, r.i, "unexpected text after the value");
	}
	if (r.failed) {
		yd_json_free(out);
		if (col)
			*col = yd_json_column(s, r.errpos);
		return -1;
	}
	return 0;
}

void yd_json_free(yd_json *v)
{
	size_t k;
	if (!v)
		return;
	for (k = 0; k < v->n; k++) {
		yd_json_free(&v->items[k]);
		if (v->keys)
			free(v->keys[k]);
	}
	free(v->items);
	free(v->keys);
	free(v->s);
	memset(v, 0, sizeof *v);
}

const yd_json *yd_json_get(const yd_json *obj, const char *key)
{
	size_t k;
	if (!obj || obj->type != YD_JSON_OBJECT)
		return NULL;
	for (k = 0; k < obj->n; k++)
		if (strcmp(obj->keys[k], key) == 0)
			return &obj->items[k];
	return NULL;
}

const char *yd_json_type_name(yd_json_type t)
{
	switch (t) {
	case YD_JSON_NULL: return "null";
	case YD_JSON_BOOL: return "a boolean";
	case YD_JSON_NUMBER: return "a number";
	case YD_JSON_STRING: return "a string";
	case YD_JSON_ARRAY: return "an array";
	case YD_JSON_OBJECT: return "an object";
	}
	return "?";
}
