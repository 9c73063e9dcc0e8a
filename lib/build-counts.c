/* Derived tables: region_member and topic_member (membership closed over
 * ancestors, the roots excluded) and facet_count (articles in every
 * region subtree × topic subtree, the roots included).
 *
 * One pass over article_region and article_topic (both ordered by
 * article), beside the sort keys sorted by id, does it all: the closures
 * are tiny (a region has at most three levels), so an article contributes
 * a handful of member rows and |regions| × |topics| facet pairs, counted
 * in a hash table (its size bounded by the trees, not the corpus). The
 * member rows go through an external sort (lib/build-sort.c) and are
 * inserted in primary-key order, which is what makes the inserts cheap,
 * in the same memory whatever the corpus's size. The same closures,
 * written as words, are each article's search facets (search_facet,
 * indexed by lib/search-index.c). */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build-internal.h"
#include "build-sort.h"
#include "sqlutil.h"

#define MAX_CLOSURE 64
_Static_assert(YD_FACET_TEXT_MAX == (MAX_CLOSURE * 2) * 24 + 8,
	       "room for every closure's words");

typedef struct pair {
	int64_t a, b;
} pair;

typedef struct vec {
	pair *v;
	size_t n, cap;
} vec;

static int vec_push(vec *x, int64_t a, int64_t b)
{
	if (x->n == x->cap) {
		size_t cap = x->cap ? 2 * x->cap : 1 << 16;
		pair *v = realloc(x->v, cap * sizeof *v);
		if (!v)
			return -1;
		x->v = v;
		x->cap = cap;
	}
	x->v[x->n].a = a;
	x->v[x->n].b = b;
	x->n++;
	return 0;
}

static int cmp_pair(const void *p, const void *q)
{
	const pair *x = p, *y = q;
	if (x->a != y->a)
		return x->a < y->a ? -1 : 1;
	return (x->b > y->b) - (x->b < y->b);
}

/* A tree's parent links: id → parent, sorted by id. */
typedef struct tree {
	pair *v;        /* (id, parent or -1) */
	size_t n;
} tree;

static int load_tree(sqlite3 *db, const char *sql, tree *t)
{
	vec x = { 0 };
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (vec_push(&x, sqlite3_column_int64(st, 0),
			     sqlite3_column_type(st, 1) == SQLITE_NULL ? -1
			     : sqlite3_column_int64(st, 1)) != 0)
			break;
	sqlite3_finalize(st);
	t->v = x.v;
	t->n = x.n;
	return rc == SQLITE_DONE ? 0 : -1;
}

static int64_t parent_of(const tree *t, int64_t id)
{
	size_t lo = 0, hi = t->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t->v[mid].a < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->n && t->v[lo].a == id ? t->v[lo].b : -1;
}

/* Adds id and its ancestors, the root excluded, to set[*n]. */
static void close_over(const tree *t, int64_t id, int64_t root, int64_t *set,
		       size_t *n)
{
	for (int depth = 0; id >= 0 && id != root && depth < 32; depth++) {
		bool seen = false;
		for (size_t i = 0; i < *n && !seen; i++)
			seen = set[i] == id;
		if (seen)
			return;            /* its ancestors are in already */
		if (*n == MAX_CLOSURE)
			return;
		set[(*n)++] = id;
		id = parent_of(t, id);
	}
}

/* Open-addressing counter keyed by (region, topic). */
typedef struct counter {
	uint64_t *keys;
	int64_t *vals;
	size_t cap, n;
} counter;

static int counter_grow(counter *c)
{
	size_t cap = c->cap ? 2 * c->cap : 1 << 12;
	uint64_t *k = calloc(cap, sizeof *k);
	int64_t *v = calloc(cap, sizeof *v);
	if (!k || !v) {
		free(k);
		free(v);
		return -1;
	}
	for (size_t i = 0; i < c->cap; i++) {
		if (!c->keys[i])
			continue;
		size_t h = (size_t)((c->keys[i] * 0x9E3779B97F4A7C15ULL) >> 20) & (cap - 1);
		while (k[h])
			h = (h + 1) & (cap - 1);
		k[h] = c->keys[i];
		v[h] = c->vals[i];
	}
	free(c->keys);
	free(c->vals);
	c->keys = k;
	c->vals = v;
	c->cap = cap;
	return 0;
}

/* key is never 0: the topic half is at least 1. */
static int counter_add(counter *c, uint64_t key)
{
	if (2 * (c->n + 1) > c->cap && counter_grow(c) != 0)
		return -1;
	size_t h = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 20) & (c->cap - 1);
	while (c->keys[h] && c->keys[h] != key)
		h = (h + 1) & (c->cap - 1);
	if (!c->keys[h]) {
		c->keys[h] = key;
		c->n++;
	}
	c->vals[h]++;
	return 0;
}

static int insert_sorted(sqlite3 *db, const char *sql, vec *x, yd_error *err)
{
	if (x->n)
		qsort(x->v, x->n, sizeof *x->v, cmp_pair);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(db, "counting", err);
	for (size_t i = 0; i < x->n; i++) {
		sqlite3_bind_int64(st, 1, x->v[i].a);
		sqlite3_bind_int64(st, 2, x->v[i].b);
		if (sqlite3_step(st) != SQLITE_DONE) {
			yd_sql_fail(db, "counting", err);
			sqlite3_finalize(st);
			return -1;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return 0;
}

/* The facet text of an article whose closures are rs and ts:
 * U+E001 (YD_FACET_MARK) and "r<code>" / "t<id>" words. Returns its
 * length; 0 when the article has no region or topic. */
static size_t facet_text(char *buf, size_t cap, const int64_t *rs, size_t nr,
			 const int64_t *ts, size_t nt)
{
	if (nr + nt == 0)
		return 0;
	size_t n = (size_t)snprintf(buf, cap, "\xee\x80\x81");
	for (size_t i = 0; i < nr && n < cap; i++)
		n += (size_t)snprintf(buf + n, cap - n, " r%" PRId64, rs[i]);
	for (size_t i = 0; i < nt && n < cap; i++)
		n += (size_t)snprintf(buf + n, cap - n, " t%" PRId64, ts[i]);
	return n < cap ? n : 0;
}

struct yd_facet_trees {
	tree regions, topics;
};

yd_facet_trees *yd_facet_trees_load(sqlite3 *db)
{
	yd_facet_trees *t = calloc(1, sizeof *t);
	if (t && (load_tree(db, "SELECT code, parent FROM region ORDER BY code",
			    &t->regions) != 0 ||
		  load_tree(db, "SELECT id, parent FROM topic ORDER BY id",
			    &t->topics) != 0)) {
		yd_facet_trees_free(t);
		return NULL;
	}
	return t;
}

void yd_facet_trees_free(yd_facet_trees *t)
{
	if (!t)
		return;
	free(t->regions.v);
	free(t->topics.v);
	free(t);
}

/* What yd_build_counts gives search_facet for an article whose
 * article_region and article_topic rows are these (sorted, distinct):
 * the same closures, in the same order. */
size_t yd_facet_text_of(const yd_facet_trees *t, const int64_t *regions,
			size_t nr, const int64_t *topics, size_t nt, char *buf,
			size_t cap)
{
	int64_t rs[MAX_CLOSURE + 1], ts[MAX_CLOSURE + 1];
	size_t n_r = 0, n_t = 0;
	for (size_t i = 0; i < nr; i++)
		close_over(&t->regions, regions[i], 0, rs, &n_r);
	for (size_t i = 0; i < nt; i++)
		close_over(&t->topics, topics[i], 1, ts, &n_t);
	return facet_text(buf, cap, rs, n_r, ts, n_t);
}

static int put_facets(sqlite3_stmt *st, int64_t id, const char *text,
		      size_t n)
{
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, text, (int)n, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Member rows, keyed by (table << 62 | node, sort key xor the sign bit,
 * which orders as the signed key): region_member's, then topic_member's,
 * each in primary-key order. */
#define MEMBER_TOPIC (UINT64_C(1) << 62)
#define SIGN (UINT64_C(1) << 63)

static int insert_members(sqlite3 *db, yd_xsort *members, yd_error *err)
{
	sqlite3_stmt *st[2] = { NULL, NULL };
	yd_xrec r;
	int more = -1;
	if (sqlite3_prepare_v2(db, "INSERT INTO region_member VALUES (?1, ?2)",
			       -1, &st[0], NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO topic_member VALUES (?1, ?2)",
			       -1, &st[1], NULL) != SQLITE_OK)
		goto done;
	while ((more = yd_xsort_next(members, &r)) > 0) {
		sqlite3_stmt *s = st[(r.k0 & MEMBER_TOPIC) != 0];
		sqlite3_bind_int64(s, 1, (int64_t)(r.k0 & ~MEMBER_TOPIC));
		sqlite3_bind_int64(s, 2, (int64_t)(r.k1 ^ SIGN));
		if (sqlite3_step(s) != SQLITE_DONE) {
			more = -1;
			break;
		}
		sqlite3_reset(s);
	}
done:
	if (more != 0)
		yd_error_set(err, YD_EDB, "counting: %s", sqlite3_errcode(db) != SQLITE_OK
			     ? sqlite3_errmsg(db) : strerror(errno));
	sqlite3_finalize(st[0]);
	sqlite3_finalize(st[1]);
	return more == 0 ? 0 : -1;
}

/* Every sort key, in id order: the sort key's index covers this, so the
 * (large) article rows are not read. */
static int keys_by_id(sqlite3 *db, yd_xsort *s)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(db, "SELECT sortkey FROM article ORDER BY sortkey",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t key = sqlite3_column_int64(st, 0);
		if (yd_xsort_add(s, (uint64_t)(key & 0xffffffff), (uint64_t)key,
				 NULL, 0) != 0)
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int yd_build_counts(sqlite3 *db, yd_error *err)
{
	tree regions = { 0 }, topics = { 0 };
	vec fc = { 0 };
	counter cnt = { 0 };
	char *dir = yd_xsort_dir_of(db);
	yd_xsort *keys = yd_xsort_new(dir), *members = yd_xsort_new(dir);
	yd_xrec kr;
	int more;
	yd_node_cursor cr = { 0 }, ct = { 0 };
	sqlite3_stmt *fst = NULL;
	char facets[YD_FACET_TEXT_MAX];
	int rc = -1;

	if (yd_sql_exec(db, "DELETE FROM region_member; DELETE FROM topic_member;"
			"DELETE FROM facet_count; DELETE FROM search_facet",
			"counting", err) != 0)
		goto done;
	if (!keys || !members)
		goto nomem;
	if (load_tree(db, "SELECT code, parent FROM region ORDER BY code", &regions) != 0 ||
	    load_tree(db, "SELECT id, parent FROM topic ORDER BY id", &topics) != 0 ||
	    keys_by_id(db, keys) != 0 ||
	    sqlite3_prepare_v2(db, "SELECT article, region FROM article_region "
			       "ORDER BY article", -1, &cr.st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT article, topic FROM article_topic "
			       "ORDER BY article", -1, &ct.st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO search_facet VALUES (?1, ?2)",
			       -1, &fst, NULL) != SQLITE_OK) {
		yd_sql_fail(db, "counting", err);
		goto done;
	}
	yd_node_cursor_next(&cr);
	yd_node_cursor_next(&ct);
	while ((more = yd_xsort_next(keys, &kr)) > 0) {
		int64_t key = (int64_t)kr.k1, id = key & 0xffffffff;
		int64_t rs[MAX_CLOSURE + 1], ts[MAX_CLOSURE + 1];
		size_t nr = 0, nt = 0;
		/* rows of articles that no longer exist are skipped */
		while (cr.row && sqlite3_column_int64(cr.st, 0) < id)
			yd_node_cursor_next(&cr);
		for (; cr.row && sqlite3_column_int64(cr.st, 0) == id; yd_node_cursor_next(&cr))
			close_over(&regions, sqlite3_column_int64(cr.st, 1), 0, rs, &nr);
		while (ct.row && sqlite3_column_int64(ct.st, 0) < id)
			yd_node_cursor_next(&ct);
		for (; ct.row && sqlite3_column_int64(ct.st, 0) == id; yd_node_cursor_next(&ct))
			close_over(&topics, sqlite3_column_int64(ct.st, 1), 1, ts, &nt);
		size_t fn = facet_text(facets, sizeof facets, rs, nr, ts, nt);
		if (fn && put_facets(fst, id, facets, fn) != 0) {
			yd_sql_fail(db, "counting", err);
			goto done;
		}
		for (size_t i = 0; i < nr; i++)
			if (yd_xsort_add(members, (uint64_t)rs[i], (uint64_t)key ^ SIGN,
					 NULL, 0) != 0)
				goto nomem;
		for (size_t i = 0; i < nt; i++)
			if (yd_xsort_add(members, (uint64_t)ts[i] | MEMBER_TOPIC,
					 (uint64_t)key ^ SIGN, NULL, 0) != 0)
				goto nomem;
		rs[nr++] = 0;
		ts[nt++] = 1;
		for (size_t i = 0; i < nr; i++)
			for (size_t j = 0; j < nt; j++)
				if (counter_add(&cnt, (uint64_t)rs[i] << 32 |
						(uint32_t)ts[j]) != 0)
					goto nomem;
	}
	if (more != 0)
		goto nomem;
	yd_xsort_free(keys);
	keys = NULL;
	/* (region << 32 | topic, n): sorting the key sorts by (region, topic) */
	for (size_t i = 0; i < cnt.cap; i++)
		if (cnt.keys[i] && vec_push(&fc, (int64_t)cnt.keys[i], cnt.vals[i]) != 0)
			goto nomem;
	if (insert_members(db, members, err) != 0 ||
	    insert_sorted(db, "INSERT INTO facet_count VALUES (?1 >> 32, "
			  "?1 & 4294967295, ?2)", &fc, err) != 0)
		goto done;
	rc = 0;
	goto done;
nomem:
	yd_error_set(err, YD_ENOMEM, "counting: %s", strerror(errno));
done:
	yd_xsort_free(keys);
	yd_xsort_free(members);
	free(dir);
	sqlite3_finalize(cr.st);
	sqlite3_finalize(ct.st);
	sqlite3_finalize(fst);
	free(regions.v);
	free(topics.v);
	free(fc.v);
	free(cnt.keys);
	free(cnt.vals);
	return rc;
}
