/* Markdown source → plain text, for the search index and for snippets.
 * Not a Markdown parser: it removes what would otherwise be indexed as
 * words (link targets, tags) or shown as noise in a snippet (#, *, |,
 * list markers), and joins soft-wrapped lines the way a reader sees them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "search-internal.h"

struct out {
	char *p;
	size_t n;
};

static void put(struct out *o, const char *s, size_t n)
{
	memcpy(o->p + o->n, s, n);
	o->n += n;
}

static bool is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

/* A table delimiter row: only | - : and spaces, with a - in it. */
static bool is_delim_row(const char *s, size_t n)
{
	return memchr(s, '-', n) && strspn(s, "|-: \t") >= n;
}

/* Skips block markers at the start of a line: indentation, >, #, list
 * bullets and numbers. */
static size_t skip_markers(const char *s, size_t n)
{
	size_t i = 0;
	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i < n && s[i] == '>') {
			i++;
			continue;
		}
		break;
	}
	size_t j = i;
	while (j < n && s[j] == '#')
		j++;
	if (j > i && (j == n || s[j] == ' '))
		return j;
	if (i + 1 < n && strchr("-*+", s[i]) && s[i + 1] == ' ')
		return i + 2;
	j = i;
	while (j < n && s[j] >= '0' && s[j] <= '9')
		j++;
	if (j > i && j + 1 < n && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ')
		return j + 2;
	return i;
}

/* The bytes inline_text looks at: any other is copied as it is. */
static const bool markup_byte[256] = {
	['\\'] = true, ['*'] = true, ['`'] = true, ['~'] = true, ['|'] = true,
	['!'] = true, ['['] = true, [']'] = true, ['<'] = true,
};

/* Inline markup of one line's text. */
static void inline_text(struct out *o, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		char c = s[i];
		if (c == '\\' && i + 1 < n && strchr("\\`*_{}[]()#+-.!|<>~\"", s[i + 1])) {
			put(o, s + i + 1, 1);
			i += 2;
		} else if (c == '*' || c == '`' || c == '~') {
			i++;
		} else if (c == '|') {
			put(o, " ", 1);
			i++;
		} else if (c == '!' && i + 1 < n && s[i + 1] == '[') {
			i++;
		} else if (c == '[' || (c == ']' && !(i + 1 < n && s[i + 1] == '('))) {
			i++;
		} else if (c == ']') {
			/* ](target): drop up to the matching ) */
			size_t j = i + 2;
			int depth = 1;
			while (j < n && depth) {
				depth += s[j] == '(' ? 1 : s[j] == ')' ? -1 : 0;
				j++;
			}
			i = depth ? i + 1 : j;
		} else if (c == '<') {
			size_t j = i + 1;
			while (j < n && s[j] != '>' && s[j] != '<')
				j++;
			bool tag = j < n && s[j] == '>' && j > i + 1 &&
				(s[i + 1] == '/' || s[i + 1] == '!' ||
				 ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z'));
			if (tag) {
				put(o, " ", 1);
				i = j + 1;
			} else {
				put(o, s + i, 1);
				i++;
			}
		} else {
			/* up to the next byte that may start markup, at once */
			size_t j = i + 1;
			while (j < n && !markup_byte[(unsigned char)s[j]])
				j++;
			put(o, s + i, j - i);
			i = j;
		}
	}
}

/* Whether the byte before o's end and the line's first byte are both
 * parts of non-ASCII characters (Chinese wrapped across lines joins
 * without a space). */
static bool joins_directly(const struct out *o, const char *s, size_t n)
{
	return o->n > 0 && (unsigned char)o->p[o->n - 1] >= 0x80 && n > 0 &&
		(unsigned char)s[0] >= 0x80;
}

char *yd_md_plain(const char *md, size_t n, size_t *outlen)
{
	struct out o = { malloc(n + 1), 0 };
	if (!o.p)
		return NULL;
	bool in_para = false, fence = false;
	const char *p = md, *end = md + n;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		size_t len = (size_t)(le - p);
		size_t lead = strspn(p, " ") < len ? strspn(p, " ") : len;
		if (len - lead >= 3 && (strncmp(p + lead, "```", 3) == 0 ||
					strncmp(p + lead, "~~~", 3) == 0)) {
			fence = !fence;
			in_para = false;
		} else if (is_blank(p, len) || is_delim_row(p, len)) {
			in_para = false;
		} else {
			size_t k = fence ? 0 : skip_markers(p, len);
			bool block = k > lead || fence;   /* heading, item, quote */
			const char *t = p + k;
			size_t tl = len - k;
			if (o.n > 0) {
				if (in_para && !block)
					put(&o, joins_directly(&o, t, tl) ? "" : " ",
					    joins_directly(&o, t, tl) ? 0 : 1);
				else
					put(&o, "\n", 1);
			}
			size_t before = o.n;
			if (fence)
				put(&o, t, tl);
			else
				inline_text(&o, t, tl);
			while (o.n > before && (o.p[o.n - 1] == ' ' ||
						o.p[o.n - 1] == '\t' || o.p[o.n - 1] == '\r'))
				o.n--;
			in_para = !fence && p[lead] != '#';
		}
		p = nl ? nl + 1 : end;
	}
	o.p[o.n] = '\0';
	if (outlen)
		*outlen = o.n;
	return o.p;
}
