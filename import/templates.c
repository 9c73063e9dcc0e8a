/* yidu-import: a site's template learnt from the text pages imported
 * together from one folder (lines repeated across them are furniture).
 * Pages of one folder are taken to be pages of one site. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "input.h"

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) : 0;
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, path, n);
		d[n] = '\0';
	}
	return d;
}

static bool is_page(const run *r, const char *path, const char *text, size_t n)
{
	yd_format f = r->format != YD_FMT_AUTO ? r->format : yd_format_detect(path, text, n);
	return f == YD_FMT_PAGE;
}

void templates_build(run *r, const input_list *files)
{
	if (r->format != YD_FMT_AUTO && r->format != YD_FMT_PAGE)
		return;
	for (size_t i = 0; i < files->n; i++) {
		/* a name that says another format: not read twice */
		yd_format byname = yd_format_detect(files->v[i], NULL, 0);
		if (r->format == YD_FMT_AUTO && byname != YD_FMT_PAGE)
			continue;
		size_t n;
		yd_decoded info;
		yd_error err = { 0 };
		char *text = input_read(files->v[i], false, &n, &info, &err);
		if (!text)
			continue;
		if (is_page(r, files->v[i], text, n)) {
			char *d = dir_of(files->v[i]);
			size_t k;
			for (k = 0; k < r->ntpl; k++)
				if (strcmp(r->tpl_dirs[k], d) == 0)
					break;
			if (k == r->ntpl) {
				char **dirs = realloc(r->tpl_dirs, (k + 1) * sizeof *dirs);
				yd_page_template **t = realloc(r->tpls, (k + 1) * sizeof *t);
				if (dirs)
					r->tpl_dirs = dirs;
				if (t)
					r->tpls = t;
				if (!dirs || !t) {
					free(d);
					free(text);
					continue;
				}
				r->tpl_dirs[k] = d;
				r->tpls[k] = yd_page_template_new();
				r->ntpl++;
			} else {
				free(d);
			}
			yd_page_template_add(r->tpls[k], text, n);
		}
		free(text);
	}
}

const yd_page_template *templates_for(const run *r, const char *path)
{
	char *d = dir_of(path);
	const yd_page_template *t = NULL;
	for (size_t k = 0; d && k < r->ntpl; k++)
		if (strcmp(r->tpl_dirs[k], d) == 0 && yd_page_template_pages(r->tpls[k]) >= 2)
			t = r->tpls[k];
	free(d);
	return t;
}

void templates_drop(run *r, const input_list *files)
{
	if (files->n == 0)
		return;
	char *d = dir_of(files->v[0]);
	for (size_t k = 0; d && k < r->ntpl;) {
		if (strcmp(r->tpl_dirs[k], d) != 0) {
			k++;
			continue;
		}
		free(r->tpl_dirs[k]);
		yd_page_template_free(r->tpls[k]);
		r->ntpl--;
		r->tpl_dirs[k] = r->tpl_dirs[r->ntpl];
		r->tpls[k] = r->tpls[r->ntpl];
	}
	free(d);
}

void templates_free(run *r)
{
	for (size_t k = 0; k < r->ntpl; k++) {
		free(r->tpl_dirs[k]);
		yd_page_template_free(r->tpls[k]);
	}
	free(r->tpl_dirs);
	free(r->tpls);
	r->tpl_dirs = NULL;
	r->tpls = NULL;
	r->ntpl = 0;
}
