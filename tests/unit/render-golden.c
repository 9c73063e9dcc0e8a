/* render-golden FILE.md WIDTH [sgr]: renders a Markdown file the way the
 * golden files expect (plain text, one line each) to standard output.
 * tests/golden.sh compares the result with tests/golden/NAME.wWIDTH.txt. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/render.h"

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, len = 0;
	char *s = malloc(cap);
	size_t r;
	while (s && (r = fread(s + len, 1, cap - len, f)) > 0) {
		len += r;
		if (len == cap) {
			char *t = realloc(s, cap *= 2);
			if (!t) {
				free(s);
				s = NULL;
			}
			s = t;
		}
	}
	fclose(f);
	*n = len;
	return s;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: render-golden FILE.md WIDTH [sgr|wide]\n", stderr);
		return 2;
	}
	setlocale(LC_ALL, "C.UTF-8");
	size_t n;
	char *md = slurp(argv[1], &n);
	if (!md) {
		perror(argv[1]);
		return 1;
	}
	int sgr = argc > 3 && strcmp(argv[3], "sgr") == 0;
	int flags = argc > 3 && strcmp(argv[3], "wide") == 0 ? YD_RENDER_AMBIGUOUS_WIDE : 0;
	yd_doc *d = yd_render_markdown(md, n, atoi(argv[2]), flags);
	free(md);
	if (!d)
		return 1;
	int rc = yd_doc_write(d, stdout, sgr) == 0 ? 0 : 1;
	yd_doc_free(d);
	return rc;
}
