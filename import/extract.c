/* yidu-import --extract: what would be imported, as JSON lines in the
 * importer's own input format (so the output imports unchanged), the main
 * article first and then the entries of its related list as excerpts. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "yidu/out.h"
#include "yidu/extract.h"
#include "yidu/text.h"

int extract_open(run *r, const char *datadir)
{
	yd_error err = { 0 };
	size_t n = strlen(datadir) + sizeof "/topics.tsv";
	char *topics = malloc(n);
	if (!topics)
		return -1;
	snprintf(topics, n, "%s/topics.tsv", datadir);
	r->gaz = yd_gazetteer_load(datadir, &err);
	r->tax = r->gaz ? yd_taxonomy_load(topics, &err) : NULL;
	free(topics);
	if (!r->gaz || !r->tax) {
		yd_out_printf(stderr, "yidu-import: %s\n", err.msg);
		return -1;
	}
	return 0;
}

void extract_close(run *r)
{
	yd_gazetteer_free(r->gaz);
	yd_taxonomy_free(r->tax);
}

static void add_str(char ***v, size_t *n, const char *s)
{
	char **nv = realloc(*v, (*n + 1) * sizeof **v);
	if (!nv)
		return;
	*v = nv;
	(*v)[(*n)++] = strdup(s);
}

/* Regions and topics found in the text, as the importer would store them,
 * unless the input gave its own. */
static void tag(run *r, yd_article *a)
{
	size_t tn = strlen(a->title) + (a->body ? strlen(a->body) : 0) + 2;
	char *text = malloc(tn);
	if (!text)
		return;
	snprintf(text, tn, "%s\n%s", a->title, a->body ? a->body : "");
	import_category_topics(r->tax, a);
	if (a->nregions == 0) {
		uint32_t codes[32];
		size_t nr = yd_find_regions(r->gaz, text, strlen(text), codes, 32);
		for (size_t i = 0; i < nr; i++) {
			char c[16];
			snprintf(c, sizeof c, "%u", (unsigned)codes[i]);
			add_str(&a->regions, &a->nregions, c);
		}
	}
	if (a->ntopics == 0) {
		int ids[32];
		size_t nt = yd_find_topics(r->tax, a->title, a->body, ids, 32);
		for (size_t i = 0; i < nt; i++) {
			const yd_topic *t = yd_taxonomy_at(r->tax, (size_t)ids[i] - 1);
			if (t)
				add_str(&a->topics, &a->ntopics, t->path);
		}
	}
	free(text);
}

int extract_article(run *r, yd_article *a)
{
	tag(r, a);
	char *line = yd_article_to_json(a, NULL);
	fputs(line, stdout);
	putchar('\n');
	free(line);
	for (size_t i = 0; i < a->nrelated; i++) {
		line = yd_related_to_json(&a->related[i], a);
		fputs(line, stdout);
		putchar('\n');
		free(line);
	}
	yd_article_clear(a);
	r->records++;
	return ferror(stdout) ? -1 : 0;
}
