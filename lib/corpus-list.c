/* The filtered article list: keyset paging over region_member and
 * topic_member (see data/schema.sql). The sort key is
 * days_since_epoch(date) << 32 | id, so the article row is reached through
 * its rowid, and a page costs `limit` index steps. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus-internal.h"
#include "sqlutil.h"

#define COLS "SELECT a.id, a.sortkey, a.published, a.title, a.excerpt, " \
	"(SELECT r.short_name FROM article_region ar JOIN region r " \
	"ON r.code = ar.region WHERE ar.article = a.id LIMIT 1), a.slug "
#define ROWID(m) " CROSS JOIN article a ON a.id = (" m ".sortkey & 4294967295) "

enum { PLAN_ALL, PLAN_REGION, PLAN_TOPIC, PLAN_REGION_PROBE_TOPIC,
       PLAN_TOPIC_PROBE_REGION };

/* ?1 key bound, ?2 limit, ?3 region, ?4 topic. */
static const char *const plan_sql[2][4] = {
	{ /* newest first */
	COLS "FROM article a WHERE a.sortkey < ?1 "
	"ORDER BY a.sortkey DESC LIMIT ?2",
	COLS "FROM region_member m" ROWID("m")
	"WHERE m.region = ?3 AND m.sortkey < ?1 ORDER BY m.sortkey DESC LIMIT ?2",
	COLS "FROM topic_member m" ROWID("m")
	"WHERE m.topic = ?4 AND m.sortkey < ?1 ORDER BY m.sortkey DESC LIMIT ?2",
	NULL },
	{ /* oldest first */
	COLS "FROM article a WHERE a.sortkey > ?1 "
	"ORDER BY a.sortkey ASC LIMIT ?2",
	COLS "FROM region_member m" ROWID("m")
	"WHERE m.region = ?3 AND m.sortkey > ?1 ORDER BY m.sortkey ASC LIMIT ?2",
	COLS "FROM topic_member m" ROWID("m")
	"WHERE m.topic = ?4 AND m.sortkey > ?1 ORDER BY m.sortkey ASC LIMIT ?2",
	NULL },
};

/* Both filters: walk the smaller membership and probe the other's primary
 * key for each row. */
static const char *const probe_sql[2][2] = {
	{
	COLS "FROM region_member m" ROWID("m")
	"WHERE m.region = ?3 AND m.sortkey < ?1 AND EXISTS (SELECT 1 FROM "
	"topic_member p WHERE p.topic = ?4 AND p.sortkey = m.sortkey) "
	"ORDER BY m.sortkey DESC LIMIT ?2",
	COLS "FROM topic_member m" ROWID("m")
	"WHERE m.topic = ?4 AND m.sortkey < ?1 AND EXISTS (SELECT 1 FROM "
	"region_member p WHERE p.region = ?3 AND p.sortkey = m.sortkey) "
	"ORDER BY m.sortkey DESC LIMIT ?2",
	}, {
	COLS "FROM region_member m" ROWID("m")
	"WHERE m.region = ?3 AND m.sortkey > ?1 AND EXISTS (SELECT 1 FROM "
	"topic_member p WHERE p.topic = ?4 AND p.sortkey = m.sortkey) "
	"ORDER BY m.sortkey ASC LIMIT ?2",
	COLS "FROM topic_member m" ROWID("m")
	"WHERE m.topic = ?4 AND m.sortkey > ?1 AND EXISTS (SELECT 1 FROM "
	"region_member p WHERE p.region = ?3 AND p.sortkey = m.sortkey) "
	"ORDER BY m.sortkey ASC LIMIT ?2",
	},
};

void yd_list_page_free(yd_list_page *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		free(p->v[i].title);
		free(p->v[i].region);
		free(p->v[i].slug);
	}
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

static sqlite3_stmt *plan(yd_corpus *c, int64_t region, int64_t topic,
			  bool asc, yd_error *err)
{
	int kind;
	const char *sql;
	if (region <= 0 && topic <= 1)
		kind = PLAN_ALL;
	else if (topic <= 1)
		kind = PLAN_REGION;
	else if (region <= 0)
		kind = PLAN_TOPIC;
	else if (yd_corpus_count(c, region, 1) <= yd_corpus_count(c, 0, topic))
		kind = PLAN_REGION_PROBE_TOPIC;
	else
		kind = PLAN_TOPIC_PROBE_REGION;
	if (kind <= PLAN_TOPIC)
		sql = plan_sql[asc][kind];
	else
		sql = probe_sql[asc][kind - PLAN_REGION_PROBE_TOPIC];
	/* 5 plans × 2 directions do not fit 8 slots: the two probe plans of a
	 * direction share one slot and are re-prepared when they alternate. */
	size_t slot = (size_t)asc * 4 + (size_t)(kind < 3 ? kind : 3);
	sqlite3_stmt *st = c->list[slot];
	if (st && strcmp(sqlite3_sql(st), sql) != 0) {
		sqlite3_finalize(st);
		st = c->list[slot] = NULL;
	}
	if (!st)
		st = c->list[slot] = yd_sql_prepare(c->db, sql, err);
	return st;
}

int yd_corpus_list(yd_corpus *c, int64_t region, int64_t topic,
		   int64_t before, bool ascending, size_t limit,
		   yd_list_page *out, yd_error *err)
{
	out->v = NULL;
	out->n = 0;
	if (limit == 0)
		return 0;
	sqlite3_stmt *st = plan(c, region, topic, ascending, err);
	if (!st)
		return -1;
	out->v = calloc(limit < 4096 ? limit : 4096, sizeof *out->v);
	if (!out->v)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	size_t cap = limit < 4096 ? limit : 4096;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, before);
	sqlite3_bind_int64(st, 2, limit > INT64_MAX ? INT64_MAX : (int64_t)limit);
	sqlite3_bind_int64(st, 3, region);
	sqlite3_bind_int64(st, 4, topic);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			yd_list_item *v = realloc(out->v, 2 * cap * sizeof *v);
			if (!v)
				goto nomem;
			out->v = v;
			cap *= 2;
		}
		yd_list_item *it = &out->v[out->n];
		memset(it, 0, sizeof *it);
		it->id = sqlite3_column_int64(st, 0);
		it->key = sqlite3_column_int64(st, 1);
		const char *d = (const char *)sqlite3_column_text(st, 2);
		if (d)
			snprintf(it->date, sizeof it->date, "%s", d);
		it->title = yd_sql_text(st, 3);
		it->excerpt = sqlite3_column_int(st, 4) != 0;
		it->region = yd_sql_text(st, 5);
		it->slug = yd_sql_text(st, 6);
		if (!it->title || !it->slug)
			goto nomem;
		out->n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		yd_list_page_free(out);
		return yd_sql_fail(c->db, "listing articles", err);
	}
	return 0;
nomem:
	sqlite3_reset(st);
	if (out->n < cap) {
		free(out->v[out->n].title);
		free(out->v[out->n].region);
		free(out->v[out->n].slug);
	}
	yd_list_page_free(out);
	return yd_error_set(err, YD_ENOMEM, "out of memory");
}
