/* --dump and --dump-file: an article or a Markdown file rendered as text
 * (plain, or with SGR styling for --color). */
#include "config.h"
#include "yidu/out.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "yidu/corpus.h"
#include "yidu/render.h"
#include "yidu/text.h"
#include "cli.h"

/* --width, else the terminal's width when stdout is one, else 80. */
static int layout_width(const cli_opts *o)
{
	if (o->width > 0)
		return o->width;
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

static int render_flags(const cli_opts *o)
{
	return (o->text_flags & YD_AMBIGUOUS_WIDE) ? YD_RENDER_AMBIGUOUS_WIDE : 0;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *s = malloc(cap);
	while (s) {
		size_t r = fread(s + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
		if (n == cap) {
			char *t = realloc(s, cap * 2);
			if (!t) {
				free(s);
				s = NULL;
				errno = ENOMEM;
				break;
			}
			s = t;
			cap *= 2;
		}
	}
	if (s && ferror(f)) {
		free(s);
		s = NULL;
	}
	int e = errno;
	fclose(f);
	errno = e;
	*len = n;
	return s;
}

/* Length of a leading front-matter block (--- ... --- or ...), or 0. */
static size_t front_matter(const char *s, size_t n)
{
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {   /* a BOM */
		size_t k = front_matter(s + 3, n - 3);
		return k ? k + 3 : 0;
	}
	if (n < 4 || memcmp(s, "---", 3) != 0 || (s[3] != '\n' && s[3] != '\r'))
		return 0;
	const char *p = memchr(s, '\n', n);
	while (p) {
		const char *line = p + 1;
		size_t rest = n - (size_t)(line - s);
		const char *end = memchr(line, '\n', rest);
		size_t len = end ? (size_t)(end - line) : rest;
		if (len && line[len - 1] == '\r')
			len--;
		if (len == 3 && (memcmp(line, "---", 3) == 0 || memcmp(line, "...", 3) == 0))
			return end ? (size_t)(end + 1 - s) : n;
		p = end;
	}
	return 0;   /* never closed: not front matter */
}

static int print_doc(const yd_doc *d, const cli_opts *o)
{
	if (yd_doc_write(d, stdout, o->color) < 0) {
		yd_out_printf(stderr, "yidu: cannot write output: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}

int cli_dump_file(const char *path, const cli_opts *o)
{
	size_t n;
	char *md = read_file(path, &n);
	if (!md) {
		yd_out_printf(stderr, "yidu: cannot read %s: %s\n", path, strerror(errno));
		return 1;
	}
	size_t skip = front_matter(md, n);
	yd_doc *d = yd_render_markdown(md + skip, n - skip, layout_width(o),
				       render_flags(o));
	free(md);
	if (!d) {
		fputs("yidu: out of memory\n", stderr);
		return 1;
	}
	int rc = print_doc(d, o);
	yd_doc_free(d);
	return rc;
}

/* "label：a、b、c" from region or topic nodes. */
static int add_names(yd_doc *h, const char *label, const yd_node *v, size_t n,
		     bool topics)
{
	if (n == 0)
		return 0;
	size_t cap = strlen(label) + 1, len = 0;
	for (size_t i = 0; i < n; i++) {
		const char *s = topics && v[i].path ? v[i].path : v[i].name;
		cap += (s ? strlen(s) : 0) + 4;
	}
	char *line = malloc(cap);
	if (!line)
		return -1;
	len = (size_t)snprintf(line, cap, "%s", label);
	for (size_t i = 0; i < n; i++) {
		const char *s = topics && v[i].path ? v[i].path : v[i].name;
		len += (size_t)snprintf(line + len, cap - len, "%s%s", i ? "、" : "",
					s ? s : "");
	}
	int rc = yd_doc_add_text(h, line, len, YD_A_DIM);
	free(line);
	return rc;
}

static yd_doc *article_header(const yd_full_article *a, int width, int flags)
{
	yd_doc *h = yd_doc_new(width, flags);
	if (!h)
		return NULL;
	const char *title = a->title ? a->title : "";
	int rc = yd_doc_add_text(h, title, strlen(title), YD_A_TITLE);
	char meta[512];
	const char *src = a->source && *a->source ? a->source : NULL;
	snprintf(meta, sizeof meta, "%s%s%s", a->date, *a->date && src ? " · " : "",
		 src ? src : "");
	if (!rc && *meta)
		rc = yd_doc_add_text(h, meta, strlen(meta), YD_A_DIM);
	if (!rc)
		rc = add_names(h, "地区：", a->regions, a->nregions, false);
	if (!rc)
		rc = add_names(h, "主题：", a->topics, a->ntopics, true);
	if (!rc)
		rc = yd_doc_add_rule(h);
	if (!rc)
		rc = yd_doc_add_text(h, "", 0, 0);
	if (rc) {
		yd_doc_free(h);
		return NULL;
	}
	return h;
}

int cli_dump_article(yd_corpus *c, const char *id, const cli_opts *o)
{
	char *end;
	long long num = strtoll(id, &end, 10);
	int64_t aid = (*id && *end == '\0') ? (int64_t)num : yd_corpus_article_by_slug(c, id);
	if (aid < 0) {
		yd_out_printf(stderr, "yidu: no article %s\n", id);
		return 1;
	}
	yd_full_article a;
	yd_error err = { 0 };
	memset(&a, 0, sizeof a);
	if (yd_corpus_article(c, aid, &a, &err) != 0) {
		yd_out_printf(stderr, "yidu: %s\n", err.msg[0] ? err.msg : "no such article");
		return 1;
	}
	int width = layout_width(o), flags = render_flags(o);
	yd_doc *h = article_header(&a, width, flags);
	yd_doc *b = NULL;
	if (h && !a.excerpt && a.body) {
		b = yd_render_markdown(a.body, strlen(a.body), width, flags);
	} else if (h) {
		/* an excerpt: only the summary is in the corpus */
		static const char note[] = "摘要（全文未收录）";
		const char *sum = a.summary ? a.summary : "";
		b = yd_doc_new(width, flags);
		if (b && (yd_doc_add_text(b, note, strlen(note), YD_A_DIM) ||
			  yd_doc_add_text(b, sum, strlen(sum), 0))) {
			yd_doc_free(b);
			b = NULL;
		}
	}
	int rc = 1;
	if (!h || !b)
		fputs("yidu: out of memory\n", stderr);
	else
		rc = print_doc(h, o) || print_doc(b, o);
	yd_doc_free(h);
	yd_doc_free(b);
	yd_full_article_free(&a);
	return rc;
}
