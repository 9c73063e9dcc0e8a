/* CSV and TSV data sets (RFC 4180: quoted fields, "" inside quotes,
 * newlines inside quotes). The header row names the columns, in Chinese or
 * English; --columns overrides. A question column becomes a quote above
 * the answer. Bodies are plain text and are kept literally. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "yidu/encoding.h"
#include "yidu/parse.h"
#include "util.h"

enum { C_TITLE, C_BODY, C_QUESTION, C_DATE, C_CATEGORY, C_URL, C_SOURCE, C_AUTHOR,
       C_REGION, C_TOPIC, C_SUMMARY, C_N };

static const char *const role_names[C_N] = { "title", "body", "question", "date", "category",
					     "url", "source", "author", "region", "topic",
					     "summary" };

/* Header names for each role, compared without case. */
static const char *const names[C_N][12] = {
	[C_TITLE] = { "title", "标题", "问题标题", "subject", "headline", "题目", NULL },
	[C_BODY] = { "body", "content", "answer", "text", "正文", "内容", "回答", "答案",
		     "reply", "response", NULL },
	[C_QUESTION] = { "question", "ask", "问题", "提问", "问题描述", "query", "描述", NULL },
	[C_DATE] = { "date", "日期", "发布时间", "时间", "published", "pubdate", NULL },
	[C_CATEGORY] = { "category", "department", "科室", "分类", "栏目", "类别", "dept", NULL },
	[C_URL] = { "url", "link", "链接", "网址", NULL },
	[C_SOURCE] = { "source", "来源", "site", NULL },
	[C_AUTHOR] = { "author", "作者", NULL },
	[C_REGION] = { "region", "地区", "地域", NULL },
	[C_TOPIC] = { "topic", "主题", NULL },
	[C_SUMMARY] = { "summary", "摘要", NULL },
};

typedef struct row {
	char **f;
	size_t n, cap;
	size_t line;        /* where the row starts */
	bool bad_quote;
} row;

enum { ROW_NONE, ROW_OK, ROW_MORE };

/* Reads one record from s[*pos..n). Unless `eof`, more text follows s[n]:
 * a record that reaches n is then left unread (ROW_MORE) for the caller to
 * add text and ask again. ROW_NONE at the end. */
static int next_row(const char *s, size_t n, bool eof, size_t *pos, size_t *line, char sep,
		    row *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->f[i]);
	r->n = 0;
	r->bad_quote = false;
	size_t i = *pos, ln = *line;
	if (i >= n)
		return eof ? ROW_NONE : ROW_MORE;
	r->line = ln;
	yd_buf cur = { 0 };
	for (;;) {
		yd_buf_add(&cur, "", 0);
		if (i >= n && !eof)
			goto more;
		bool quoted = i < n && s[i] == '"';
		if (quoted) {
			i++;
			for (;;) {
				if (i >= n) {
					if (!eof)
						goto more;
					r->bad_quote = true;
					break;
				}
				if (s[i] == '"') {
					/* a quote at the end of the text: taken as the
					 * closing one, the field's end below asks for
					 * more and the record is read again */
					if (i + 1 < n && s[i + 1] == '"') {
						yd_buf_addc(&cur, '"');
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (s[i] == '\n')
					ln++;
				yd_buf_addc(&cur, s[i++]);
			}
			/* text after the closing quote is kept as is */
			while (i < n && s[i] != sep && s[i] != '\n' && s[i] != '\r')
				yd_buf_addc(&cur, s[i++]);
		} else {
			size_t st = i;
			while (i < n && s[i] != sep && s[i] != '\n' && s[i] != '\r')
				i++;
			yd_buf_add(&cur, s + st, i - st);
		}
		if (i >= n && !eof)
			goto more;   /* the field may go on */
		if (r->n == r->cap) {
			r->cap = r->cap ? 2 * r->cap : 16;
			r->f = yd_pu_xrealloc(r->f, r->cap * sizeof *r->f);
		}
		r->f[r->n++] = yd_buf_take(&cur);
		if (i < n && s[i] == sep) {
			i++;
			continue;
		}
		if (i < n && s[i] == '\r' && ++i >= n && !eof)
			goto more;   /* is a \n next? */
		if (i < n && s[i] == '\n')
			i++;
		ln++;
		break;
	}
	*pos = i;
	*line = ln;
	return ROW_OK;
more:
	yd_buf_free(&cur);
	return ROW_MORE;
}

/* Where rows come from: a whole text, or a stream read a piece at a time
 * into a window that holds the rows not yet read. */
typedef struct csv_src {
	const char *s;
	size_t n, pos, line;
	bool eof;
	yd_textstream *ts;   /* NULL: s[0..n) is the whole text */
	yd_buf win;
} csv_src;

static int refill(csv_src *c, yd_error *err)
{
	if (c->pos > 0) {
		memmove(c->win.s, c->win.s + c->pos, c->win.len - c->pos);
		c->win.len -= c->pos;
		c->pos = 0;
	}
	const char *t;
	size_t n;
	int k = yd_textstream_next(c->ts, &t, &n, err);
	if (k < 0)
		return -1;
	if (k == 0)
		c->eof = true;
	else
		yd_buf_add(&c->win, t, n);
	yd_buf_add(&c->win, "", 0);
	c->s = c->win.s;
	c->n = c->win.len;
	return 0;
}

/* ROW_OK, ROW_NONE, or -1 when the stream fails */
static int pull_row(csv_src *c, char sep, row *r, yd_error *err)
{
	for (;;) {
		int k = next_row(c->s, c->n, c->eof, &c->pos, &c->line, sep, r);
		if (k != ROW_MORE)
			return k;
		if (refill(c, err) != 0)
			return -1;
	}
}

static int find_header(const row *h, const char *name)
{
	char *end;
	long k = strtol(name, &end, 10);
	if (*end == '\0' && k >= 1 && (size_t)k <= h->n)
		return (int)k - 1;
	for (size_t i = 0; i < h->n; i++) {
		const char *s = h->f[i];
		size_t sn = strlen(s);
		yd_pu_trim(&s, &sn);
		if (sn == strlen(name) && strncasecmp(s, name, sn) == 0)
			return (int)i;
	}
	return -1;
}

/* --columns "body=answer,question=ask" */
static int apply_columns(const row *h, const char *spec, int *col, const char *origin, yd_error *err)
{
	while (spec && *spec) {
		size_t k = strcspn(spec, ",");
		char item[256];
		snprintf(item, sizeof item, "%.*s", (int)(k < 255 ? k : 255), spec);
		char *eq = strchr(item, '=');
		int role = -1;
		if (eq) {
			*eq = '\0';
			for (int r = 0; r < C_N; r++)
				if (strcmp(item, role_names[r]) == 0)
					role = r;
		}
		if (role < 0)
			return yd_error_set(err, YD_EUSAGE, "--columns: '%s' is not ROLE=COLUMN "
					    "(roles: title, body, question, date, category, url, "
					    "source, author, region, topic, summary)", item);
		int c = find_header(h, eq + 1);
		if (c < 0)
			return yd_error_set(err, YD_EFORMAT, "%s: no column '%s' in the header",
					    origin, eq + 1);
		col[role] = c;
		spec += k + (spec[k] == ',');
	}
	return 0;
}

static char *field(const row *r, int c)
{
	if (c < 0 || (size_t)c >= r->n)
		return NULL;
	const char *s = r->f[c];
	size_t n = strlen(s);
	yd_pu_trim(&s, &n);
	return n ? yd_pu_strndup(s, n) : NULL;
}

static void add_quote(yd_buf *b, const char *q)
{
	char *md = yd_pu_text_to_markdown(q, strlen(q));
	yd_buf_adds(b, "> ");
	for (const char *p = md; *p; p++) {
		yd_buf_addc(b, *p);
		if (*p == '\n' && p[1])
			yd_buf_adds(b, "> ");
	}
	free(md);
}

static int parse(csv_src *c, const char *origin, const char *columns, yd_article_sink sink,
		 yd_csv_bad_fn bad, void *ctx, yd_error *err)
{
	/* the separator: a tab if the header line has more tabs than commas */
	while (c->ts && !c->eof && !memchr(c->s + c->pos, '\n', c->n - c->pos))
		if (refill(c, err) != 0)
			return -1;
	if (c->n - c->pos >= 3 && memcmp(c->s + c->pos, "\xEF\xBB\xBF", 3) == 0)
		c->pos += 3;
	const char *text = c->s;
	size_t n = c->n, pos = c->pos;
	size_t hl = strcspn(text + pos, "\n"), tabs = 0, commas = 0;
	for (size_t i = pos; i < pos + hl && i < n; i++)
		tabs += text[i] == '\t', commas += text[i] == ',';
	char sep = tabs > commas ? '\t' : ',';
	row h = { 0 }, r = { 0 };
	int got = pull_row(c, sep, &h, err);
	if (got < 0 || got == ROW_NONE || h.n == 0) {
		for (size_t i = 0; i < h.n; i++)
			free(h.f[i]);
		free(h.f);
		return got < 0 ? -1 : yd_error_set(err, YD_EFORMAT, "%s: no header row", origin);
	}
	int col[C_N];
	for (int k = 0; k < C_N; k++) {
		col[k] = -1;
		for (int j = 0; names[k][j] && col[k] < 0; j++)
			col[k] = find_header(&h, names[k][j]);
	}
	int rc = apply_columns(&h, columns, col, origin, err);
	if (rc == 0 && col[C_BODY] < 0 && col[C_QUESTION] < 0)
		rc = yd_error_set(err, YD_EFORMAT, "%s: no body column (body, content, answer, "
				  "正文, 内容, 回答 ...; or --columns body=NAME)", origin);
	while (rc == 0 && (got = pull_row(c, sep, &r, err)) == ROW_OK) {
		char msg[600];
		if (r.n == 1 && r.f[0][0] == '\0')
			continue;   /* a blank line */
		if (r.bad_quote || r.n != h.n) {
			if (r.bad_quote)
				snprintf(msg, sizeof msg, "%s:%zu: a quoted field is not closed",
					 origin, r.line);
			else
				snprintf(msg, sizeof msg, "%s:%zu: %zu fields, the header has %zu",
					 origin, r.line, r.n, h.n);
			rc = bad(ctx, msg);
			continue;
		}
		yd_article a;
		yd_article_init(&a);
		char *q = field(&r, col[C_QUESTION]), *body = field(&r, col[C_BODY]);
		a.title = field(&r, col[C_TITLE]);
		if (!a.title && q) {
			/* the question's first line names the article */
			size_t k = strcspn(q, "\n");
			a.title = yd_pu_strndup(q, yd_pu_u8prefix(q, k, 80));
		}
		if (!a.title || (!body && !q)) {
			snprintf(msg, sizeof msg, "%s:%zu: no %s", origin, r.line,
				 !a.title ? "title" : "body");
			free(q);
			free(body);
			yd_article_clear(&a);
			rc = bad(ctx, msg);
			continue;
		}
		yd_buf b = { 0 };
		if (q && strcmp(q, a.title) != 0) {
			add_quote(&b, q);
			if (body)
				yd_buf_adds(&b, "\n\n");
		}
		if (body) {
			char *md = yd_pu_text_to_markdown(body, strlen(body));
			yd_buf_adds(&b, md);
			free(md);
		}
		a.body = yd_buf_take(&b);
		free(q);
		free(body);
		char *d = field(&r, col[C_DATE]);
		size_t ds, de;
		char dd[11];
		if (d && yd_pu_find_date(d, strlen(d), dd, &ds, &de))
			a.date = yd_pu_strndup(dd, 10);
		free(d);
		a.category = field(&r, col[C_CATEGORY]);
		a.url = field(&r, col[C_URL]);
		a.source = field(&r, col[C_SOURCE]);
		a.author = field(&r, col[C_AUTHOR]);
		a.summary = field(&r, col[C_SUMMARY]);
		char *reg = field(&r, col[C_REGION]), *top = field(&r, col[C_TOPIC]);
		if (reg)
			yd_pu_add_region(&a, reg, strlen(reg));
		if (top)
			yd_pu_add_topic(&a, top, strlen(top));
		free(reg);
		free(top);
		char o[600];
		snprintf(o, sizeof o, "%s:%zu", origin, r.line);
		a.origin = yd_pu_strndup(o, strlen(o));
		rc = sink(ctx, &a);
	}
	for (size_t i = 0; i < h.n; i++)
		free(h.f[i]);
	for (size_t i = 0; i < r.n; i++)
		free(r.f[i]);
	free(h.f);
	free(r.f);
	return rc == 0 && got < 0 ? -1 : rc;
}

int yd_parse_csv(const char *text, size_t n, const char *origin, const char *columns,
		 yd_article_sink sink, yd_csv_bad_fn bad, void *ctx, yd_error *err)
{
	csv_src c = { .s = text, .n = n, .line = 1, .eof = true };
	return parse(&c, origin, columns, sink, bad, ctx, err);
}

int yd_parse_csv_stream(struct yd_textstream *ts, const char *origin, const char *columns,
			yd_article_sink sink, yd_csv_bad_fn bad, void *ctx, yd_error *err)
{
	csv_src c = { .line = 1, .ts = ts };
	int rc = refill(&c, err);
	if (rc == 0)
		rc = parse(&c, origin, columns, sink, bad, ctx, err);
	yd_buf_free(&c.win);
	return rc;
}
