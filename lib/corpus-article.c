/* One whole article: its fields, regions, topics and related list. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus-internal.h"
#include "sqlutil.h"

void yd_full_article_free(yd_full_article *a)
{
	if (!a)
		return;
	free(a->slug); free(a->title); free(a->summary); free(a->body);
	free(a->source); free(a->url); free(a->author); free(a->category);
	free(a->hash);
	for (size_t i = 0; i < a->nregions; i++) {
		free(a->regions[i].name);
		free(a->regions[i].short_name);
		free(a->regions[i].path);
	}
	free(a->regions);
	for (size_t i = 0; i < a->ntopics; i++) {
		free(a->topics[i].name);
		free(a->topics[i].short_name);
		free(a->topics[i].path);
	}
	free(a->topics);
	for (size_t i = 0; i < a->nrelated; i++)
		free(a->related[i].title);
	free(a->related);
	memset(a, 0, sizeof *a);
}

static void copy_date(char *dst, size_t n, sqlite3_stmt *st, int col)
{
	const char *d = (const char *)sqlite3_column_text(st, col);
	snprintf(dst, n, "%s", d ? d : "");
}

/* A statement prepared on first use and kept for the session (opening an
 * article ran three prepares). */
static sqlite3_stmt *cached(sqlite3 *db, sqlite3_stmt **slot, const char *sql)
{
	if (!*slot && sqlite3_prepare_v2(db, sql, -1, slot, NULL) != SQLITE_OK) {
		sqlite3_finalize(*slot);
		*slot = NULL;
	}
	if (*slot)
		sqlite3_reset(*slot);
	return *slot;
}

/* Runs a query over one article's nodes (id, parent, level, name, short
 * name or path) into a node array. */
static int load_nodes(yd_corpus *c, const char *sql, int64_t id, bool topics,
		      yd_node **out, size_t *n)
{
	sqlite3_stmt *st = cached(c->db, &c->art_nodes[topics], sql);
	*out = NULL;
	*n = 0;
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 4;
			yd_node *v = realloc(*out, cap * sizeof *v);
			if (!v)
				break;
			*out = v;
		}
		yd_node *nd = &(*out)[(*n)++];
		memset(nd, 0, sizeof *nd);
		nd->id = sqlite3_column_int64(st, 0);
		nd->parent = sqlite3_column_type(st, 1) == SQLITE_NULL ? -1
			: sqlite3_column_int64(st, 1);
		nd->level = sqlite3_column_int(st, 2);
		nd->name = yd_sql_text(st, 3);
		if (topics) {
			nd->path = yd_sql_text(st, 4);
			nd->short_name = nd->name ? strdup(nd->name) : NULL;
		} else {
			nd->short_name = yd_sql_text(st, 4);
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int load_related(yd_corpus *c, int64_t id, yd_full_article *a)
{
	sqlite3_stmt *st = cached(c->db, &c->art_related,
		"SELECT r.related, a.title, a.published, r.kind = 'listed', "
		"a.excerpt FROM related r JOIN article a ON a.id = r.related "
		"WHERE r.article = ?1 ORDER BY r.rank");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (a->nrelated == cap) {
			cap = cap ? 2 * cap : 8;
			yd_rel *v = realloc(a->related, cap * sizeof *v);
			if (!v)
				break;
			a->related = v;
		}
		yd_rel *r = &a->related[a->nrelated++];
		memset(r, 0, sizeof *r);
		r->id = sqlite3_column_int64(st, 0);
		r->title = yd_sql_text(st, 1);
		copy_date(r->date, sizeof r->date, st, 2);
		r->listed = sqlite3_column_int(st, 3) != 0;
		r->excerpt = sqlite3_column_int(st, 4) != 0;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int article(yd_corpus *c, int64_t id, yd_full_article *out,
		   yd_error *err)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = c->article;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(st);
		return yd_error_set(err, YD_ENOTFOUND, "no article with id %lld",
				    (long long)id);
	}
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return yd_sql_fail(c->db, "reading an article", err);
	}
	out->id = sqlite3_column_int64(st, 0);
	out->slug = yd_sql_text(st, 1);
	out->title = yd_sql_text(st, 2);
	out->summary = yd_sql_text(st, 3);
	out->body = yd_sql_text(st, 4);
	out->source = yd_sql_text(st, 5);
	out->url = yd_sql_text(st, 6);
	out->author = yd_sql_text(st, 7);
	copy_date(out->date, sizeof out->date, st, 8);
	out->category = yd_sql_text(st, 9);
	out->excerpt = sqlite3_column_int(st, 10) != 0;
	out->hash = yd_sql_text(st, 11);
	sqlite3_reset(st);
	if (!out->slug || !out->title || !out->hash)
		goto fail;
	if (load_nodes(c,
		"SELECT r.code, r.parent, r.level, r.name, r.short_name FROM "
		"article_region ar JOIN region r ON r.code = ar.region "
		"WHERE ar.article = ?1 ORDER BY r.code", id, false,
		&out->regions, &out->nregions) != 0 ||
	    load_nodes(c,
		"SELECT t.id, t.parent, t.depth, t.name, t.path FROM "
		"article_topic x JOIN topic t ON t.id = x.topic "
		"WHERE x.article = ?1 ORDER BY t.id", id, true,
		&out->topics, &out->ntopics) != 0 ||
	    load_related(c, id, out) != 0)
		goto fail;
	return 0;
fail:
	yd_sql_fail(c->db, "reading an article", err);
	yd_full_article_free(out);
	return -1;
}

char *yd_corpus_title_by_slug(yd_corpus *c, const char *slug)
{
	char *title = NULL;
	sqlite3_reset(c->slug);
	yd_sql_bind_text(c->slug, 1, slug);
	if (sqlite3_step(c->slug) == SQLITE_ROW)
		title = yd_sql_text(c->slug, 1);
	sqlite3_reset(c->slug);
	return title;
}

int64_t yd_corpus_article_by_slug(yd_corpus *c, const char *slug)
{
	int64_t id = -1;
	sqlite3_reset(c->slug);
	yd_sql_bind_text(c->slug, 1, slug);
	if (sqlite3_step(c->slug) == SQLITE_ROW)
		id = sqlite3_column_int64(c->slug, 0);
	sqlite3_reset(c->slug);
	return id;
}

/* The article's row, its regions, topics and related ones: one read
 * transaction for all of them (see yd_sql_read_begin). */
int yd_corpus_article(yd_corpus *c, int64_t id, yd_full_article *out,
		      yd_error *err)
{
	bool began = yd_sql_read_begin(c->db);
	int rc = article(c, id, out, err);
	yd_sql_read_end(c->db, began);
	return rc;
}
