/* bench-layout: layout time of a ~20 KB Chinese article at 80 columns.
 * The article is the bodies of the sample corpus's Markdown files (front
 * matter skipped) concatenated up to 20 KB. With OUTDIR, also writes it as
 * OUTDIR/article.md and, through cmark's HTML renderer, OUTDIR/article.html
 * for the process comparison in bench/layout.sh. */
#define _POSIX_C_SOURCE 200809L
#include "config.h"

#include <cmark.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "yidu/render.h"

#define TARGET 20000
#define RUNS 301

static size_t add_body(char *dst, size_t at, size_t cap, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return at;
	char line[8192];
	int dashes = 0;
	while (fgets(line, sizeof line, f)) {
		if (dashes < 2 && strcmp(line, "---\n") == 0) {
			dashes++;
			continue;
		}
		if (dashes == 1)
			continue;         /* inside front matter */
		size_t l = strlen(line);
		if (at + l >= cap)
			break;
		memcpy(dst + at, line, l);
		at += l;
	}
	fclose(f);
	dst[at++] = '\n';
	return at;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static int filter_md(const struct dirent *e)
{
	size_t l = strlen(e->d_name);
	return l > 3 && strcmp(e->d_name + l - 3, ".md") == 0;
}

int main(int argc, char **argv)
{
	const char *dir = getenv("YIDU_DATA_DIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/sample", dir ? dir : "data");
	struct dirent **names;
	int n = scandir(path, &names, filter_md, alphasort);
	if (n <= 0) {
		fprintf(stderr, "bench-layout: no Markdown files in %s\n", path);
		return 1;
	}
	size_t cap = TARGET + 16384, len = 0;
	char *md = malloc(cap);
	for (int i = 0; i < n; i++) {
		if (len < TARGET) {
			char p[8192];
			snprintf(p, sizeof p, "%s/%s", path, names[i]->d_name);
			len = add_body(md, len, cap, p);
		}
		free(names[i]);
	}
	free(names);
	md[len] = '\0';

	double t[RUNS];
	size_t lines = 0;
	for (int i = 0; i < RUNS; i++) {
		struct timespec a, b;
		clock_gettime(CLOCK_MONOTONIC, &a);
		yd_doc *d = yd_render_markdown(md, len, 80, 0);
		clock_gettime(CLOCK_MONOTONIC, &b);
		if (!d)
			return 1;
		lines = d->nlines;
		yd_doc_free(d);
		t[i] = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
	}
	qsort(t, RUNS, sizeof t[0], cmp_double);
	printf("layout of a %zu-byte Chinese article at 80 columns (%zu lines), %d runs:\n"
	       "  median %.3f ms, min %.3f ms, p90 %.3f ms\n",
	       len, lines, RUNS, t[RUNS / 2], t[0], t[RUNS * 9 / 10]);

	if (argc > 1) {
		snprintf(path, sizeof path, "%s/article.md", argv[1]);
		FILE *f = fopen(path, "wb");
		if (f) {
			fwrite(md, 1, len, f);
			fclose(f);
		}
		char *html = cmark_markdown_to_html(md, len, CMARK_OPT_DEFAULT);
		snprintf(path, sizeof path, "%s/article.html", argv[1]);
		f = fopen(path, "wb");
		if (f && html) {
			fputs("<html><head><meta charset=\"utf-8\"></head><body>\n", f);
			fputs(html, f);
			fputs("</body></html>\n", f);
		}
		if (f)
			fclose(f);
		free(html);
	}
	free(md);
	return 0;
}
