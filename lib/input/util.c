/* Helpers shared by the input parsers: buffers, UTF-8 stepping, dates. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

static void oom(void)
{
	fputs("yidu: out of memory\n", stderr);
	abort();
}

void *yd_pu_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *yd_pu_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *yd_pu_strndup(const char *s, size_t n)
{
	char *d = yd_pu_xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

void yd_buf_add(yd_buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + n + 1) {
			if (cap > SIZE_MAX / 2)
				oom();
			cap *= 2;
		}
		b->s = yd_pu_xrealloc(b->s, cap);
		b->cap = cap;
	}
	if (n)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void yd_buf_adds(yd_buf *b, const char *s)
{
	yd_buf_add(b, s, strlen(s));
}

void yd_buf_addc(yd_buf *b, char c)
{
	yd_buf_add(b, &c, 1);
}

char *yd_buf_take(yd_buf *b)
{
	char *s = b->s ? b->s : yd_pu_strndup("", 0);
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void yd_buf_free(yd_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

void yd_buf_addcp(yd_buf *b, uint32_t cp)
{
	char t[4];
	size_t n;
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		t[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		t[0] = (char)(0xC0 | (cp >> 6));
		t[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		t[0] = (char)(0xE0 | (cp >> 12));
		t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		t[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		t[0] = (char)(0xF0 | (cp >> 18));
		t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		t[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	yd_buf_add(b, t, n);
}

size_t yd_pu_u8next(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c, min;
	size_t len, i;

	if (n == 0) {
		*cp = 0;
		return 0;
	}
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2; c &= 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3; c &= 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4; c &= 0x07; min = 0x10000;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	if (n < len) {
		*cp = 0xFFFD;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return len;
}

size_t yd_pu_u8count(const char *s, size_t n)
{
	size_t i = 0, k = 0;
	uint32_t cp;
	while (i < n) {
		i += yd_pu_u8next(s + i, n - i, &cp);
		k++;
	}
	return k;
}

size_t yd_pu_u8prefix(const char *s, size_t n, size_t chars)
{
	size_t i = 0;
	uint32_t cp;
	while (i < n && chars > 0) {
		i += yd_pu_u8next(s + i, n - i, &cp);
		chars--;
	}
	return i;
}

size_t yd_pu_space_at(const char *s, size_t n)
{
	uint32_t cp;
	size_t k;
	if (n == 0)
		return 0;
	if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n' ||
	    s[0] == '\f' || s[0] == '\v')
		return 1;
	k = yd_pu_u8next(s, n, &cp);
	if (cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF || cp == 0x200B)
		return k;
	return 0;
}

void yd_pu_trim(const char **s, size_t *n)
{
	size_t k;
	while (*n > 0 && (k = yd_pu_space_at(*s, *n)) > 0) {
		*s += k;
		*n -= k;
	}
	/* From the end: walk forward, remembering where the last
	 * non-space unit ends (stepping backwards could land mid-sequence). */
	{
		size_t i = 0, last = 0;
		while (i < *n) {
			uint32_t cp;
			k = yd_pu_space_at(*s + i, *n - i);
			if (k) {
				i += k;
				continue;
			}
			i += yd_pu_u8next(*s + i, *n - i, &cp);
			last = i;
		}
		*n = last;
	}
}

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool ymd_ok(int y, int m, int d)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1)
		return false;
	return d <= days[m - 1] + (m == 2 && leap(y));
}

static bool isdig(char c)
{
	return c >= '0' && c <= '9';
}

/* Reads 1..max digits at s[*i]; returns -1 if none. */
static int digits(const char *s, size_t n, size_t *i, int max)
{
	int v = 0, k = 0;
	while (*i < n && k < max && isdig(s[*i])) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	if (k == 0 || (*i < n && isdig(s[*i])))
		return -1;
	return v;
}

/* Tries a date starting at s[0]; returns its length or 0. */
static size_t date_at(const char *s, size_t n, char out[11])
{
	size_t i = 0;
	int y, m, d;
	bool cjk = false;
	char sep;

	y = digits(s, n, &i, 4);
	if (y < 0 || i != 4)
		return 0;
	if (yd_pu_starts(s + i, n - i, "年")) {
		cjk = true;
		i += 3;
		sep = 0;
	} else if (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
		sep = s[i++];
	} else {
		return 0;
	}
	m = digits(s, n, &i, 2);
	if (m < 0)
		return 0;
	if (cjk) {
		if (!yd_pu_starts(s + i, n - i, "月"))
			return 0;
		i += 3;
	} else if (i >= n || s[i] != sep) {
		return 0;
	} else {
		i++;
	}
	d = digits(s, n, &i, 2);
	if (d < 0)
		return 0;
	if (cjk) {
		if (yd_pu_starts(s + i, n - i, "日") || yd_pu_starts(s + i, n - i, "号"))
			i += 3;
	}
	if (!ymd_ok(y, m, d))
		return 0;
	snprintf(out, 11, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	return i;
}

bool yd_pu_find_date(const char *s, size_t n, char out[11], size_t *start, size_t *end)
{
	size_t i;
	for (i = 0; i + 8 <= n; i++) {
		size_t k;
		if (!isdig(s[i]) || (i > 0 && isdig(s[i - 1])))
			continue;
		k = date_at(s + i, n - i, out);
		if (k) {
			*start = i;
			*end = i + k;
			return true;
		}
	}
	return false;
}

bool yd_pu_date_valid(const char *s, size_t n)
{
	size_t i;
	if (n != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdig(s[i]))
			return false;
	return ymd_ok((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'),
		      (s[5] - '0') * 10 + (s[6] - '0'), (s[8] - '0') * 10 + (s[9] - '0'));
}

bool yd_pu_slug_valid(const char *s, size_t n)
{
	size_t i;
	if (n == 0 || n > 200)
		return false;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || isdig(s[i]) || s[i] == '-'))
			return false;
	return true;
}

static void add_str(char ***v, size_t *nv, const char *s, size_t n)
{
	*v = yd_pu_xrealloc(*v, (*nv + 1) * sizeof **v);
	(*v)[(*nv)++] = yd_pu_strndup(s, n);
}

void yd_pu_add_region(yd_article *a, const char *s, size_t n)
{
	add_str(&a->regions, &a->nregions, s, n);
}

void yd_pu_add_topic(yd_article *a, const char *s, size_t n)
{
	add_str(&a->topics, &a->ntopics, s, n);
}

yd_related *yd_pu_add_related(yd_article *a)
{
	yd_related *r;
	a->related = yd_pu_xrealloc(a->related, (a->nrelated + 1) * sizeof *a->related);
	r = &a->related[a->nrelated++];
	memset(r, 0, sizeof *r);
	return r;
}

bool yd_pu_starts(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);
	return n >= k && memcmp(s, p, k) == 0;
}

bool yd_pu_contains(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;
	if (k == 0)
		return true;
	for (i = 0; i + k <= n; i++)
		if (s[i] == needle[0] && memcmp(s + i, needle, k) == 0)
			return true;
	return false;
}

static bool key_is(const char *key, size_t n, const char *name)
{
	return n == strlen(name) && memcmp(key, name, n) == 0;
}

char **yd_pu_string_field(yd_article *a, const char *key, size_t n)
{
	if (key_is(key, n, "title")) return &a->title;
	if (key_is(key, n, "slug")) return &a->slug;
	if (key_is(key, n, "date")) return &a->date;
	if (key_is(key, n, "source")) return &a->source;
	if (key_is(key, n, "url")) return &a->url;
	if (key_is(key, n, "author")) return &a->author;
	if (key_is(key, n, "category")) return &a->category;
	if (key_is(key, n, "summary")) return &a->summary;
	if (key_is(key, n, "body")) return &a->body;
	return NULL;
}

yd_key_kind yd_pu_key_kind(const char *key, size_t n)
{
	yd_article dummy;
	memset(&dummy, 0, sizeof dummy);
	if (yd_pu_string_field(&dummy, key, n))
		return YD_KEY_STRING;
	if (key_is(key, n, "regions") || key_is(key, n, "topics") || key_is(key, n, "related"))
		return YD_KEY_LIST;
	if (key_is(key, n, "excerpt"))
		return YD_KEY_BOOL;
	return YD_KEY_UNKNOWN;
}

void yd_pu_add_list_item(yd_article *a, const char *key, size_t n, const char *s, size_t len)
{
	if (key_is(key, n, "regions"))
		yd_pu_add_region(a, s, len);
	else if (key_is(key, n, "topics"))
		yd_pu_add_topic(a, s, len);
	else if (key_is(key, n, "related"))
		yd_pu_add_related(a)->title = yd_pu_strndup(s, len);
}

void yd_pu_warn(yd_error *err, const char *fmt, ...)
{
	va_list ap;
	if (!err || err->code != 0 || err->msg[0] != '\0')
		return;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
}

int yd_pu_run(yd_pu_parse_fn parse, const char *text, size_t n, const char *origin,
	      yd_article *out, yd_error *err)
{
	yd_article_init(out);
	yd_error_clear(err);
	if (!origin)
		origin = "<input>";
	if (parse(text, n, origin, out, err) < 0) {
		yd_article_clear(out);
		return -1;
	}
	out->origin = yd_pu_strndup(origin, strlen(origin));
	return 0;
}

/* Characters CommonMark could read as markup anywhere in a line. */
static bool md_special(char c)
{
	return c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' ||
	       c == '>' || c == '`' || c == '!' || c == '|' || c == '~' || c == '&';
}

char *yd_pu_text_to_markdown(const char *s, size_t n)
{
	yd_buf b = { 0 };
	size_t i = 0;
	yd_buf_add(&b, "", 0);
	while (i < n) {
		size_t e = i;
		while (e < n && s[e] != '\n')
			e++;
		size_t len = e - i;
		if (len && s[e - 1] == '\r')
			len--;
		const char *l = s + i;
		/* a line start that would begin a heading, list or quote */
		size_t k = 0;
		while (k < len && (l[k] == ' ' || l[k] == '\t'))
			k++;
		yd_buf_add(&b, l, k);
		if (k < len && (l[k] == '#' || l[k] == '-' || l[k] == '+' || l[k] == '=')) {
			yd_buf_addc(&b, '\\');
		} else if (k < len && l[k] >= '0' && l[k] <= '9') {
			size_t d = k;
			while (d < len && l[d] >= '0' && l[d] <= '9')
				d++;
			if (d < len && (l[d] == '.' || l[d] == ')')) {
				yd_buf_add(&b, l + k, d - k);
				yd_buf_addc(&b, '\\');
				k = d;
			}
		}
		for (; k < len; k++) {
			if (md_special(l[k]))
				yd_buf_addc(&b, '\\');
			yd_buf_addc(&b, l[k]);
		}
		/* a line break inside a paragraph stays a line break */
		bool next_text = e + 1 < n && s[e + 1] != '\n' && s[e + 1] != '\r';
		if (e < n) {
			if (len > 0 && next_text)
				yd_buf_addc(&b, '\\');
			yd_buf_addc(&b, '\n');
		}
		i = e + 1;
	}
	return yd_buf_take(&b);
}
