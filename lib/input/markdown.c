/* Markdown with a front-matter block of "key: value" lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yidu/parse.h"
#include "util.h"

typedef struct lines {
	const char *s;
	size_t n, i;      /* input and position of the next line */
	int no;           /* number of the line last returned */
} lines;

/* Next line without its terminator (LF, CRLF or CR); false at the end. */
static bool next_line(lines *L, const char **s, size_t *n)
{
	size_t j;
	if (L->i >= L->n)
		return false;
	j = L->i;
	while (j < L->n && L->s[j] != '\n' && L->s[j] != '\r')
		j++;
	*s = L->s + L->i;
	*n = j - L->i;
	if (j < L->n && L->s[j] == '\r' && j + 1 < L->n && L->s[j + 1] == '\n')
		j++;
	L->i = j < L->n ? j + 1 : j;
	L->no++;
	return true;
}

/* The "---" line that opens and closes the block (trailing blanks allowed). */
static bool is_fence(const char *s, size_t n)
{
	const char *t = s;
	size_t k = n;
	yd_pu_trim(&t, &k);
	return t == s && k == 3 && memcmp(t, "---", 3) == 0;
}

static bool is_blank(const char *s, size_t n)
{
	yd_pu_trim(&s, &n);
	return n == 0;
}

/* Parses a scalar value: "quoted" (\" \\ \n \t escapes), 'quoted' ('' is
 * a quote) or plain. *end receives the bytes consumed. */
static int scalar(const char *s, size_t n, yd_buf *out, size_t *end, const char **why)
{
	size_t i;
	if (n > 0 && s[0] == '"') {
		for (i = 1; i < n; i++) {
			if (s[i] == '"') {
				*end = i + 1;
				if (!out->s)
					yd_buf_add(out, "", 0);
				return 0;
			}
			if (s[i] == '\\' && i + 1 < n) {
				char e = s[++i];
				switch (e) {
				case 'n': yd_buf_addc(out, '\n'); break;
				case 't': yd_buf_addc(out, '\t'); break;
				case '"': case '\\': case '/': yd_buf_addc(out, e); break;
				default:
					yd_buf_addc(out, '\\');
					yd_buf_addc(out, e);
				}
				continue;
			}
			yd_buf_addc(out, s[i]);
		}
		*why = "unterminated \"quoted\" value";
		return -1;
	}
	if (n > 0 && s[0] == '\'') {
		for (i = 1; i < n; i++) {
			if (s[i] == '\'') {
				if (i + 1 < n && s[i + 1] == '\'') {
					yd_buf_addc(out, '\'');
					i++;
					continue;
				}
				*end = i + 1;
				if (!out->s)
					yd_buf_add(out, "", 0);
				return 0;
			}
			yd_buf_addc(out, s[i]);
		}
		*why = "unterminated 'quoted' value";
		return -1;
	}
	yd_buf_add(out, s, n);
	*end = n;
	return 0;
}

/* A whole value: a scalar and nothing after it but white space. */
static int whole_scalar(const char *s, size_t n, yd_buf *out, const char **why)
{
	size_t end;
	const char *rest;
	size_t rn;
	yd_pu_trim(&s, &n);
	if (scalar(s, n, out, &end, why) < 0)
		return -1;
	rest = s + end;
	rn = n - end;
	yd_pu_trim(&rest, &rn);
	if (rn > 0) {
		*why = "text after the closing quote";
		return -1;
	}
	return 0;
}

/* "[a, "b", c]" → items. */
static int inline_list(yd_article *a, const char *key, size_t kn, const char *s, size_t n,
		       const char **why)
{
	size_t i = 1;
	yd_pu_trim(&s, &n);
	if (n < 2 || s[n - 1] != ']') {
		*why = "a list must end with ']'";
		return -1;
	}
	n--; /* drop the ']' */
	while (i < n) {
		yd_buf item = {0};
		const char *t = s + i;
		size_t tn, end;
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= n)
			break;
		t = s + i;
		if (s[i] == '"' || s[i] == '\'') {
			if (scalar(t, n - i, &item, &end, why) < 0) {
				yd_buf_free(&item);
				return -1;
			}
			i += end;
			while (i < n && (s[i] == ' ' || s[i] == '\t'))
				i++;
			if (i < n && s[i] != ',') {
				yd_buf_free(&item);
				*why = "expected ',' after a quoted list item";
				return -1;
			}
		} else {
			const char *c = memchr(t, ',', n - i);
			tn = c ? (size_t)(c - t) : n - i;
			i += tn;
			yd_pu_trim(&t, &tn);
			yd_buf_add(&item, t, tn);
		}
		i++; /* the ',' */
		if (item.len)
			yd_pu_add_list_item(a, key, kn, item.s, item.len);
		yd_buf_free(&item);
	}
	return 0;
}

static bool key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-';
}

typedef struct fm_state {
	const char *origin;
	int slug_line, date_line, title_line;
	char listkey[32];    /* key whose "- item" lines may follow */
	bool in_list;
} fm_state;

static int fm_line(fm_state *st, yd_article *a, const char *s, size_t n, int no, yd_error *err)
{
	const char *why = NULL;
	const char *t = s, *key, *val;
	size_t tn = n, kn, vn, i = 0;
	yd_buf v = {0};

	yd_pu_trim(&t, &tn);
	if (tn == 0 || t[0] == '#')
		return 0;
	if (t[0] == '-' && (tn == 1 || t[1] == ' ' || t[1] == '\t')) {
		if (!st->in_list)
			return yd_error_set(err, YD_EFORMAT, "%s:%d: a \"- item\" line outside a list",
					    st->origin, no);
		if (st->listkey[0]) {
			if (whole_scalar(t + 1, tn - 1, &v, &why) < 0) {
				yd_buf_free(&v);
				return yd_error_set(err, YD_EFORMAT, "%s:%d: %s", st->origin, no, why);
			}
			if (v.len)
				yd_pu_add_list_item(a, st->listkey, strlen(st->listkey), v.s, v.len);
			yd_buf_free(&v);
		}
		return 0;
	}
	st->in_list = false;
	while (i < n && key_char(s[i]))
		i++;
	if (i == 0 || i >= n || s[i] != ':')
		return yd_error_set(err, YD_EFORMAT, "%s:%d: expected \"key: value\"", st->origin, no);
	key = s;
	kn = i;
	val = s + i + 1;
	vn = n - i - 1;
	yd_pu_trim(&val, &vn);

	switch (yd_pu_key_kind(key, kn)) {
	case YD_KEY_STRING: {
		char **dst = yd_pu_string_field(a, key, kn);
		if (kn == 4 && memcmp(key, "body", 4) == 0)
			goto unknown; /* the body follows the block */
		if (whole_scalar(val, vn, &v, &why) < 0) {
			yd_buf_free(&v);
			return yd_error_set(err, YD_EFORMAT, "%s:%d: %.*s: %s", st->origin, no,
					    (int)kn, key, why);
		}
		if (*dst) {
			yd_pu_warn(err, "%s:%d: \"%.*s\" given twice; the last one counts",
				   st->origin, no, (int)kn, key);
			free(*dst);
		}
		*dst = yd_buf_take(&v);
		if (kn == 4 && memcmp(key, "slug", 4) == 0)
			st->slug_line = no;
		else if (kn == 4 && memcmp(key, "date", 4) == 0)
			st->date_line = no;
		else if (kn == 5 && memcmp(key, "title", 5) == 0)
			st->title_line = no;
		if (**dst == '\0') {
			free(*dst);
			*dst = NULL;
		}
		break;
	}
	case YD_KEY_LIST:
		if (vn == 0) {
			st->in_list = true;
			snprintf(st->listkey, sizeof st->listkey, "%.*s", (int)kn, key);
		} else if (val[0] == '[') {
			if (inline_list(a, key, kn, val, vn, &why) < 0)
				return yd_error_set(err, YD_EFORMAT, "%s:%d: %.*s: %s", st->origin,
						    no, (int)kn, key, why);
		} else {
			if (whole_scalar(val, vn, &v, &why) < 0) {
				yd_buf_free(&v);
				return yd_error_set(err, YD_EFORMAT, "%s:%d: %.*s: %s", st->origin,
						    no, (int)kn, key, why);
			}
			if (v.len)
				yd_pu_add_list_item(a, key, kn, v.s, v.len);
			yd_buf_free(&v);
		}
		break;
	case YD_KEY_BOOL:
		if (vn == 4 && memcmp(val, "true", 4) == 0)
			a->excerpt = true;
		else if (vn == 5 && memcmp(val, "false", 5) == 0)
			a->excerpt = false;
		else
			return yd_error_set(err, YD_EFORMAT, "%s:%d: %.*s must be true or false",
					    st->origin, no, (int)kn, key);
		break;
	case YD_KEY_UNKNOWN:
	unknown:
		yd_pu_warn(err, "%s:%d: unknown key \"%.*s\" ignored", st->origin, no,
			   (int)(kn > 60 ? 60 : kn), key);
		if (vn == 0) {
			st->in_list = true;  /* swallow its "- item" lines */
			st->listkey[0] = '\0';
		}
		break;
	}
	return 0;
}

/* Copies the remaining lines as the body: LF line ends, leading and
 * trailing blank lines dropped. Lines of `skip` (a line number) are left
 * out. */
static char *rest_as_body(lines *L, int skip)
{
	yd_buf b = {0};
	const char *s;
	size_t n, keep = 0;
	bool started = false;

	while (next_line(L, &s, &n)) {
		if (L->no == skip)
			continue;
		if (!started && is_blank(s, n))
			continue;
		started = true;
		yd_buf_add(&b, s, n);
		if (!is_blank(s, n))
			keep = b.len;
		yd_buf_addc(&b, '\n');
	}
	if (b.s) {
		b.len = keep;
		b.s[keep] = '\0';
		if (keep)
			yd_buf_addc(&b, '\n');
	}
	return yd_buf_take(&b);
}

/* ATX level-1 heading: returns its text range, or false. */
static bool h1(const char *s, size_t n, const char **t, size_t *tn)
{
	size_t i = 0;
	while (i < n && i < 3 && s[i] == ' ')
		i++;
	if (i >= n || s[i] != '#')
		return false;
	i++;
	if (i < n && s[i] != ' ' && s[i] != '\t')
		return false;
	*t = s + i;
	*tn = n - i;
	yd_pu_trim(t, tn);
	/* An optional closing sequence " ###". */
	{
		size_t k = *tn;
		while (k > 0 && (*t)[k - 1] == '#')
			k--;
		if (k == 0 || (*t)[k - 1] == ' ' || (*t)[k - 1] == '\t') {
			*tn = k;
			yd_pu_trim(t, tn);
		}
	}
	return *tn > 0;
}

static int no_front_matter(lines *L, yd_article *a, const char *origin, yd_error *err)
{
	const char *s, *t;
	size_t n, tn;
	bool fenced = false;
	lines again = *L;

	while (next_line(L, &s, &n)) {
		const char *f = s;
		size_t fn = n;
		yd_pu_trim(&f, &fn);
		if (fn >= 3 && (memcmp(f, "```", 3) == 0 || memcmp(f, "~~~", 3) == 0)) {
			fenced = !fenced;
			continue;
		}
		if (!fenced && h1(s, n, &t, &tn)) {
			int no = L->no;
			a->title = yd_pu_strndup(t, tn);
			a->body = rest_as_body(&again, no);
			return 0;
		}
	}
	return yd_error_set(err, YD_EFORMAT,
			    "%s:1: no title: neither a front-matter block nor a \"# \" heading",
			    origin);
}

static int parse(const char *text, size_t n, const char *origin, yd_article *a, yd_error *err)
{
	lines L = {text, n, 0, 0};
	fm_state st;
	const char *s;
	size_t sn;
	bool closed = false;

	if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		L.i = 3;
	{
		lines peek = L;
		if (!next_line(&peek, &s, &sn) || !is_fence(s, sn))
			return no_front_matter(&L, a, origin, err);
		L = peek;
	}
	memset(&st, 0, sizeof st);
	st.origin = origin;
	while (next_line(&L, &s, &sn)) {
		if (is_fence(s, sn)) {
			closed = true;
			break;
		}
		if (fm_line(&st, a, s, sn, L.no, err) < 0)
			return -1;
	}
	if (!closed)
		return yd_error_set(err, YD_EFORMAT,
				    "%s:1: the front matter is not closed by a \"---\" line", origin);
	if (!a->title)
		return yd_error_set(err, YD_EFORMAT, "%s:1: \"title\" is missing from the front matter",
				    origin);
	{
		const char *t = a->title;
		size_t tn = strlen(t);
		yd_pu_trim(&t, &tn);
		if (tn == 0)
			return yd_error_set(err, YD_EFORMAT, "%s:%d: \"title\" is empty", origin,
					    st.title_line);
	}
	if (a->slug && !yd_pu_slug_valid(a->slug, strlen(a->slug)))
		return yd_error_set(err, YD_EFORMAT,
				    "%s:%d: invalid slug \"%.80s\" (use a-z, 0-9 and '-')",
				    origin, st.slug_line, a->slug);
	if (a->date && !yd_pu_date_valid(a->date, strlen(a->date))) {
		yd_pu_warn(err, "%s:%d: date \"%.40s\" is not a valid YYYY-MM-DD; ignored", origin,
			   st.date_line, a->date);
		free(a->date);
		a->date = NULL;
	}
	a->body = rest_as_body(&L, 0);
	if (a->excerpt) {
		free(a->body);
		a->body = NULL;
	}
	return 0;
}

int yd_parse_markdown(const char *text, size_t n, const char *origin,
		      yd_article *out, yd_error *err)
{
	return yd_pu_run(parse, text, n, origin, out, err);
}
