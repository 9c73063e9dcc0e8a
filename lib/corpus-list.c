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

/* A row's columns. The sort key comes from the index the plan walks, and
 * the date from the sort key (its day number, see yd_corpus_list): the
 * article row stores published, sortkey (and excerpt, 0 or 1, which take
 * no bytes) after the body, so reading them from the row follows the
 * body's overflow pages, two or three cold pages per row on a large
 * corpus. Only an article with day number 0 (no date, or 1970-01-01)
 * reads published. */
#define COLS_KEY(k) "SELECT a.id, " k ", CASE WHEN (" k " >> 32) = 0 THEN " \
	"a.published END, a.title, a.excerpt, " \
	"(SELECT r.short_name FROM article_region ar JOIN region r " \
	"ON r.code = ar.region WHERE ar.article = a.id LIMIT 1), a.slug "
#define COLS COLS_KEY("a.sortkey")
#define COLS_M COLS_KEY("m.sortkey")
#define ROWID(m) " CROSS JOIN article a ON a.id = (" m ".sortkey & 4294967295) "

enum { PLAN_ALL, PLAN_REGION, PLAN_TOPIC, PLAN_REGION_PROBE_TOPIC,
       PLAN_TOPIC_PROBE_REGION };

/* ?1 key bound, ?2 limit, ?3 region, ?4 topic. */
static const char *const plan_sql[2][4] = {
	{ /* newest first */
	COLS "FROM article a WHERE a.sortkey < ?1 "
	"ORDER BY a.sortkey DESC LIMIT ?2",
	COLS_M "FROM region_member m" ROWID("m")
	"WHERE m.region = ?3 AND m.sortkey < ?1 ORDER BY m.sortkey DESC LIMIT ?2",
	COLS_M "FROM topic_member m" ROWID("m")
	"WHERE m.topic = ?4 AND m.sortkey < ?1 ORDER BY m.sortkey DESC LIMIT ?2",
	NULL },
	{ /* oldest first */
	COLS "FROM article a WHERE a.sortkey > ?1 "
	"ORDER BY a.sortkey ASC LIMIT ?2",
	COLS_M "FROM region_member m" ROWID("m")
	"WHERE m.region = ?3 AND m.sortkey > ?1 ORDER BY m.sortkey ASC LIMIT ?2",
	COLS_M "FROM topic_member m" ROWID("m")
	"WHERE m.topic = ?4 AND m.sortkey > ?1 ORDER BY m.sortkey ASC LIMIT ?2",
	NULL },
};

/* Both filters: walk the smaller membership and probe the other's primary
 * key for each row. */
static const char *const probe_sql[2][2] = {
	{
	COLS_M "FROM region_member m" ROWID("m")
	"WHERE m.region = ?3 AND m.sortkey < ?1 AND EXISTS (SELECT 1 FROM "
	"topic_member p WHERE p.topic = ?4 AND p.sortkey = m.sortkey) "
	"ORDER BY m.sortkey DESC LIMIT ?2",
	COLS_M "FROM topic_member m" ROWID("m")
	"WHERE m.topic = ?4 AND m.sortkey < ?1 AND EXISTS (SELECT 1 FROM "
	"region_member p WHERE p.region = ?3 AND p.sortkey = m.sortkey) "
	"ORDER BY m.sortkey DESC LIMIT ?2",
	}, {
	COLS_M "FROM region_member m" ROWID("m")
	"WHERE m.region = ?3 AND m.sortkey > ?1 AND EXISTS (SELECT 1 FROM "
	"topic_member p WHERE p.topic = ?4 AND p.sortkey = m.sortkey) "
	"ORDER BY m.sortkey ASC LIMIT ?2",
	COLS_M "FROM topic_member m" ROWID("m")
	"WHERE m.topic = ?4 AND m.sortkey > ?1 AND EXISTS (SELECT 1 FROM "
	"region_member p WHERE p.region = ?3 AND p.sortkey = m.sortkey) "
	"ORDER BY m.sortkey ASC LIMIT ?2",
	},
};

/* The date of a sort key, (days since 1970-01-01) << 32 | id, as
 * YYYY-MM-DD (the builder stores published exactly when it has a day
 * number: lib/build-add.c); day 0 is no date. Days to a civil date in the
 * proleptic Gregorian calendar (H. Hinnant's algorithm, the inverse of
 * yd_date_days). */
static void date_of_key(int64_t key, char *out, size_t n)
{
	int64_t z = key >> 32;
	out[0] = '\0';
	if (z == 0)
		return;
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t d = doy - (153 * mp + 2) / 5 + 1;
	int64_t m = mp < 10 ? mp + 3 : mp - 9;
	int64_t y = yoe + era * 400 + (m <= 2);
	if (y < 0 || y > 9999 || n < 11)
		return;
	const int v[3] = { (int)y, (int)m, (int)d }, w[3] = { 4, 2, 2 };
	char *p = out;
	for (int f = 0; f < 3; f++) {
		for (int k = w[f] - 1, x = v[f]; k >= 0; k--, x /= 10)
			p[k] = (char)('0' + x % 10);
		p += w[f];
		*p++ = f < 2 ? '-' : '\0';
	}
}

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
		else
			date_of_key(it->key, it->date, sizeof it->date);
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
