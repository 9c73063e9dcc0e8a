/* Articles written as JSON lines in the importer's own input format (what
 * yidu-import --extract prints, and what it reads back unchanged). Written
 * with json-c, which escapes control characters and keeps UTF-8 as is. */
#include "config.h"

#include <string.h>
#include <json-c/json.h>

#include "yidu/parse.h"
#include "util.h"

static void put(json_object *o, const char *key, const char *v)
{
	if (v && *v)
		json_object_object_add(o, key, json_object_new_string(v));
}

static json_object *strings(char **v, size_t n)
{
	json_object *a = json_object_new_array();
	for (size_t i = 0; i < n; i++)
		json_object_array_add(a, json_object_new_string(v[i]));
	return a;
}

static char *finish(json_object *o)
{
	const char *s = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
						       JSON_C_TO_STRING_NOSLASHESCAPE);
	char *r = yd_pu_strndup(s, strlen(s));
	json_object_put(o);
	return r;
}

char *yd_article_to_json(const yd_article *a, const char *body_format)
{
	json_object *o = json_object_new_object();
	put(o, "title", a->title);
	put(o, "date", a->date);
	put(o, "author", a->author);
	put(o, "source", a->source);
	put(o, "url", a->url);
	put(o, "category", a->category);
	put(o, "summary", a->summary);
	if (a->body) {
		put(o, "body", a->body);
		if (body_format && strcmp(body_format, "markdown") != 0)
			put(o, "body_format", body_format);
	}
	if (a->excerpt)
		json_object_object_add(o, "excerpt", json_object_new_boolean(1));
	if (a->nrelated) {
		json_object *r = json_object_new_array();
		for (size_t i = 0; i < a->nrelated; i++)
			json_object_array_add(r, json_object_new_string(a->related[i].title));
		json_object_object_add(o, "related", r);
	}
	json_object_object_add(o, "regions", strings(a->regions, a->nregions));
	json_object_object_add(o, "topics", strings(a->topics, a->ntopics));
	return finish(o);
}

char *yd_related_to_json(const yd_related *r, const yd_article *from)
{
	json_object *o = json_object_new_object();
	put(o, "title", r->title);
	put(o, "date", r->date);
	put(o, "source", from->source);
	put(o, "category", r->category);
	put(o, "summary", r->summary ? r->summary : r->title);
	json_object_object_add(o, "excerpt", json_object_new_boolean(1));
	return finish(o);
}
