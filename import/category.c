/* CATEGORY MAPPING — the one place an input's category or department
 * (a CSV column 科室, a JSON "category": "内分泌科") becomes a topic: the
 * taxonomy's yd_taxonomy_map_category decides which node it names (branch
 * `lang` owns that function). The node is put first and the topics the
 * text names follow, as the builder would find them, so an article keeps
 * both its department and its subject (报销, 缴费 ...). Inputs that give
 * their own topics are left alone. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import.h"

static void add_path(yd_article *a, const char *path)
{
	for (size_t i = 0; i < a->ntopics; i++)
		if (strcmp(a->topics[i], path) == 0)
			return;
	char **v = realloc(a->topics, (a->ntopics + 1) * sizeof *v);
	if (!v)
		return;
	a->topics = v;
	if ((v[a->ntopics] = strdup(path)) != NULL)
		a->ntopics++;
}

void import_category_topics(const yd_taxonomy *t, yd_article *a)
{
	if (!t || !a->category || a->ntopics > 0)
		return;
	const yd_topic *node = yd_taxonomy_map_category(t, a->category);
	if (!node)
		return;
	add_path(a, node->path);
	int ids[YD_TOPICS_MAX];
	size_t n = yd_find_topics(t, a->title, a->body, ids, YD_TOPICS_MAX - 1);
	for (size_t i = 0; i < n; i++) {
		const yd_topic *tp = yd_taxonomy_at(t, (size_t)ids[i] - 1);
		if (tp)
			add_path(a, tp->path);
	}
}
