/* yd_article: the record every parser fills. */
#include <stdlib.h>
#include <string.h>
#include "yidu/article.h"

void yd_article_init(yd_article *a)
{
	memset(a, 0, sizeof *a);
}

static void free_list(char **v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void yd_article_clear(yd_article *a)
{
	size_t i;

	if (!a)
		return;
	free(a->slug);
	free(a->title);
	free(a->summary);
	free(a->body);
	free(a->source);
	free(a->url);
	free(a->author);
	free(a->date);
	free(a->category);
	free_list(a->regions, a->nregions);
	free_list(a->topics, a->ntopics);
	for (i = 0; i < a->nrelated; i++) {
		free(a->related[i].title);
		free(a->related[i].summary);
		free(a->related[i].category);
		free(a->related[i].date);
	}
	free(a->related);
	free(a->origin);
	free(a->body_text);
	yd_article_init(a);
}
