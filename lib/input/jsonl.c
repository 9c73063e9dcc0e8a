/* JSON lines: one article per line, the front-matter keys plus "body". */
#include <stdlib.h>
#include <string.h>
#include "yidu/parse.h"
#include "json.h"
#include "util.h"

static int type_error(const char *origin, const char *line, const yd_json *v,
		      const char *key, const char *want, yd_error *err)
{
	return yd_error_set(err, YD_EFORMAT, "%s: column %zu: \"%s\" must be %s, not %s",
			    origin, yd_json_column(line, v->pos), key, want,
			    yd_json_type_name(v->type));
}

static int nul_error(const char *origin, const char *line, const yd_json *v,
		     const char *key, yd_error *err)
{
	return yd_error_set(err, YD_EFORMAT, "%s: column %zu: \"%s\" contains a NUL character",
			    origin, yd_json_column(line, v->pos), key);
}

static bool has_nul(const yd_json *v)
{
	return memchr(v->s, '\0', v->len) != NULL;
}

/* A related entry written as an object: {"title": ..., "summary": ...}. */
static int related_object(const char *origin, const char *line, const yd_json *o,
			  yd_article *a, yd_error *err)
{
	static const char *const keys[] = {"title", "summary", "category", "date"};
	yd_related *r;
	size_t k;
	const yd_json *t = yd_json_get(o, "title");

	if (!t || t->type != YD_JSON_STRING || t->len == 0)
		return yd_error_set(err, YD_EFORMAT,
				    "%s: column %zu: a \"related\" object needs a \"title\" string",
				    origin, yd_json_column(line, o->pos));
	r = yd_pu_add_related(a);
	for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		const yd_json *v = yd_json_get(o, keys[k]);
		char **dst = k == 0 ? &r->title : k == 1 ? &r->summary :
			     k == 2 ? &r->category : &r->date;
		if (!v || v->type == YD_JSON_NULL)
			continue;
		if (v->type != YD_JSON_STRING)
			return type_error(origin, line, v, keys[k], "a string", err);
		if (has_nul(v))
			return nul_error(origin, line, v, keys[k], err);
		if (k == 3 && !yd_pu_date_valid(v->s, v->len))
			continue;
		*dst = yd_pu_strndup(v->s, v->len);
	}
	return 0;
}

static int list_field(const char *origin, const char *line, const char *key,
		      const yd_json *v, yd_article *a, yd_error *err)
{
	size_t k;
	bool regions = strcmp(key, "regions") == 0;
	bool related = strcmp(key, "related") == 0;

	if (v->type == YD_JSON_STRING) {
		/* A single item may be given without the array. */
		if (has_nul(v))
			return nul_error(origin, line, v, key, err);
		yd_pu_add_list_item(a, key, strlen(key), v->s, v->len);
		return 0;
	}
	if (v->type != YD_JSON_ARRAY)
		return type_error(origin, line, v, key, "an array of strings", err);
	for (k = 0; k < v->n; k++) {
		const yd_json *it = &v->items[k];
		if (it->type == YD_JSON_STRING) {
			if (has_nul(it))
				return nul_error(origin, line, it, key, err);
			if (it->len)
				yd_pu_add_list_item(a, key, strlen(key), it->s, it->len);
		} else if (regions && it->type == YD_JSON_NUMBER &&
			   strspn(it->s, "0123456789") == it->len) {
			/* A region code written as a number: 451100. */
			yd_pu_add_list_item(a, key, strlen(key), it->s, it->len);
		} else if (related && it->type == YD_JSON_OBJECT) {
			if (related_object(origin, line, it, a, err) < 0)
				return -1;
		} else {
			return yd_error_set(err, YD_EFORMAT,
					    "%s: column %zu: items of \"%s\" must be strings, not %s",
					    origin, yd_json_column(line, it->pos), key,
					    yd_json_type_name(it->type));
		}
	}
	return 0;
}

static int fill(const char *origin, const char *line, const yd_json *obj,
		yd_article *a, yd_error *err)
{
	size_t k;
	const yd_json *t;
	bool plain = false;

	for (k = 0; k < obj->n; k++) {
		const char *key = obj->keys[k];
		const yd_json *v = &obj->items[k];
		size_t kn = strlen(key);
		char **dst;

		if (strcmp(key, "body_format") == 0) {
			/* "text": the body is plain text, kept literally */
			if (v->type != YD_JSON_STRING ||
			    (strcmp(v->s, "text") != 0 && strcmp(v->s, "markdown") != 0))
				return type_error(origin, line, v, key,
						  "\"text\" or \"markdown\"", err);
			plain = strcmp(v->s, "text") == 0;
			continue;
		}
		switch (yd_pu_key_kind(key, kn)) {
		case YD_KEY_STRING:
			if (v->type == YD_JSON_NULL)
				break;
			if (v->type != YD_JSON_STRING)
				return type_error(origin, line, v, key, "a string", err);
			if (has_nul(v))
				return nul_error(origin, line, v, key, err);
			dst = yd_pu_string_field(a, key, kn);
			*dst = yd_pu_strndup(v->s, v->len);
			break;
		case YD_KEY_LIST:
			if (v->type != YD_JSON_NULL && list_field(origin, line, key, v, a, err) < 0)
				return -1;
			break;
		case YD_KEY_BOOL:
			if (v->type == YD_JSON_NULL)
				break;
			if (v->type != YD_JSON_BOOL)
				return type_error(origin, line, v, key, "true or false", err);
			a->excerpt = v->b;
			break;
		case YD_KEY_UNKNOWN:
			yd_pu_warn(err, "%s: column %zu: unknown key \"%s\" ignored", origin,
				   yd_json_column(line, v->pos), key);
			break;
		}
	}

	t = yd_json_get(obj, "title");
	if (!a->title) {
		return yd_error_set(err, YD_EFORMAT, "%s: column %zu: \"title\" is missing",
				    origin, yd_json_column(line, obj->pos));
	} else {
		const char *s = a->title;
		size_t n = strlen(s);
		yd_pu_trim(&s, &n);
		if (n == 0)
			return yd_error_set(err, YD_EFORMAT, "%s: column %zu: \"title\" is empty",
					    origin, yd_json_column(line, t->pos));
	}
	if (a->slug && !yd_pu_slug_valid(a->slug, strlen(a->slug))) {
		t = yd_json_get(obj, "slug");
		return yd_error_set(err, YD_EFORMAT,
				    "%s: column %zu: invalid slug \"%s\" (use a-z, 0-9 and '-')",
				    origin, yd_json_column(line, t->pos), a->slug);
	}
	if (a->date && !yd_pu_date_valid(a->date, strlen(a->date))) {
		t = yd_json_get(obj, "date");
		yd_pu_warn(err, "%s: column %zu: date \"%s\" is not YYYY-MM-DD; ignored",
			   origin, yd_json_column(line, t->pos), a->date);
		free(a->date);
		a->date = NULL;
	}
	if (plain && a->body) {
		char *md = yd_pu_text_to_markdown(a->body, strlen(a->body));
		free(a->body);
		a->body = md;
	}
	/* Without a body only the summary is known: that is an excerpt. */
	if (!a->body)
		a->excerpt = true;
	else if (a->excerpt) {
		free(a->body);
		a->body = NULL;
	}
	return 0;
}

int yd_parse_json_article(const char *line, size_t n, const char *origin,
			  yd_article *out, yd_error *err)
{
	yd_json obj;
	char msg[200];
	size_t col = 0;

	yd_article_init(out);
	yd_error_clear(err);
	if (!origin)
		origin = "<input>";
	if (yd_json_parse(line, n, &obj, msg, sizeof msg, &col) < 0)
		return yd_error_set(err, YD_EFORMAT, "%s: column %zu: %s", origin, col, msg);
	if (obj.type != YD_JSON_OBJECT) {
		yd_error_set(err, YD_EFORMAT, "%s: column %zu: expected an object, found %s",
			     origin, yd_json_column(line, obj.pos), yd_json_type_name(obj.type));
		yd_json_free(&obj);
		return -1;
	}
	out->origin = yd_pu_strndup(origin, strlen(origin));
	if (fill(origin, line, &obj, out, err) < 0) {
		yd_json_free(&obj);
		yd_article_clear(out);
		return -1;
	}
	yd_json_free(&obj);
	return 0;
}
