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
#include "article-doc.h"
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

int cli_dump_article(yd_corpus *c, const char *id, const cli_opts *o)
{
	yd_full_article a;
	if (cli_article(c, id, &a) != 0)
		return 1;
	/* The browser's header and links list (article-doc.c), at the
	 * interface's language. */
	yd_doc *d = article_doc(c, &a, false, layout_width(o), render_flags(o));
	int rc = 1;
	if (!d)
		fputs("yidu: out of memory\n", stderr);
	else
		rc = print_doc(d, o);
	yd_doc_free(d);
	yd_full_article_free(&a);
	return rc;
}
