/* Computed related articles against an oracle that compares everything in
 * memory, the way the builder did before it worked through external sorts
 * (lib/build-related.c): on a generated corpus with groups far larger
 * than the window, listed entries and articles without a date, built with
 * the sorts in memory and with a tiny budget that sends every sort through
 * many runs on disk. The derived member and count tables must not depend
 * on the budget either. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "yidu/build.h"
#include "build-internal.h"

#define WINDOW 24
#define MAX_GROUPS 8
#define ARTICLES 3000

static char dir[] = "/tmp/yidu-test-related-XXXXXX";
static char datadir[4096];

static char *path(const char *name)
{
	static char buf[4][4200];
	static int k;
	char *p = buf[k++ % 4];
	snprintf(p, sizeof buf[0], "%s/%s", dir, name);
	return p;
}

static uint64_t rng;

static uint32_t below(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 20) % n;
}

static const char *const words[] = {
	"医保", "报销", "门诊", "住院", "异地", "备案", "缴费", "标准", "个人",
	"账户", "儿科", "挂号", "医院", "药品", "目录", "大病", "保险", "生育",
	"津贴", "怎么", "办理", "需要", "材料", "流程", "比例", "多少",
};
static const char *const regions[] = {
	"440300", "440305", "440306", "451100", "450000", "110000",
};
static const char *const topics[] = {
	"医保/报销", "医保/缴费", "就医/儿科", "医保/异地就医", "医保/个人账户",
};

static char **pick(const char *const *from, size_t n, size_t *count)
{
	size_t c = below(3);
	char **v = calloc(c ? c : 1, sizeof *v);
	for (size_t i = 0; i < c; i++)
		v[i] = strdup(from[below((uint32_t)n)]);
	*count = c;
	return v;
}

static void quiet(void *ctx, const char *msg)
{
	(void)ctx;
	(void)msg;
}

/* The same ARTICLES articles (seeded) whatever the budget. */
static void build(const char *out, size_t max_related, const char *sort_kib)
{
	yd_build_opts o = { .datadir = datadir, .max_related = max_related };
	yd_error err = { 0 };
	yd_builder *b = yd_builder_new(out, &o, &err);
	if (!b)
		fail_msg("yd_builder_new: %s", err.msg);
	yd_builder_set_warn(b, quiet, NULL);
	rng = 0x2545F4914F6CDD1DULL;
	char title[256], prev[256] = "";
	for (int i = 0; i < ARTICLES; i++) {
		yd_article a;
		yd_article_init(&a);
		size_t n = 0;
		for (int w = 0, nw = 2 + (int)below(4); w < nw; w++)
			n += (size_t)snprintf(title + n, sizeof title - n, "%s",
					      words[below(sizeof words / sizeof *words)]);
		snprintf(title + n, sizeof title - n, "第%d问", i);
		a.title = strdup(title);
		a.body = strdup("正文。");
		if (below(10)) {
			char d[16];
			snprintf(d, sizeof d, "20%02u-%02u-%02u", 23 + below(2),
				 1 + below(12), 1 + below(28));
			a.date = strdup(d);
		}
		a.regions = pick(regions, sizeof regions / sizeof *regions, &a.nregions);
		a.topics = pick(topics, sizeof topics / sizeof *topics, &a.ntopics);
		if (*prev && below(20) == 0) {
			a.related = calloc(1, sizeof *a.related);
			a.related[0].title = strdup(prev);
			a.nrelated = 1;
		}
		a.origin = strdup("test:1");
		snprintf(prev, sizeof prev, "%s", title);
		if (yd_builder_add(b, &a, &err) != 0)
			fail_msg("yd_builder_add: %s", err.msg);
	}
	if (sort_kib)
		setenv("YIDU_BUILD_SORT_KIB", sort_kib, 1);
	int rc = yd_builder_finish(b, NULL, &err);
	unsetenv("YIDU_BUILD_SORT_KIB");
	if (rc != 0)
		fail_msg("yd_builder_finish: %s", err.msg);
}

/* --- the oracle ------------------------------------------------------ */

typedef struct cand {
	int64_t key;
	int score;
} cand;

typedef struct art {
	int64_t id, key;
	uint32_t big[64];
	size_t nb;
	cand *c;
	size_t nc, cap;
} art;

typedef struct mem {
	uint64_t group;
	int64_t key;
	size_t art;
} mem;

static int cmp_mem(const void *p, const void *q)
{
	const mem *a = p, *b = q;
	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return (a->key > b->key) - (a->key < b->key);
}

static int cmp_cand(const void *p, const void *q)
{
	const cand *a = p, *b = q;
	if (a->score != b->score)
		return b->score - a->score;
	return (b->key > a->key) - (b->key < a->key);
}

static void push(art *a, int64_t key, int score)
{
	if (a->nc == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 16;
		a->c = realloc(a->c, a->cap * sizeof *a->c);
	}
	a->c[a->nc++] = (cand){ key, score };
}

static int shared(const art *a, const art *b)
{
	int n = 0;
	for (size_t i = 0, j = 0; i < a->nb && j < b->nb;) {
		if (a->big[i] < b->big[j])
			i++;
		else if (b->big[j] < a->big[i])
			j++;
		else {
			n++;
			i++;
			j++;
		}
	}
	return n;
}

/* Rows (article, node) of sql, for article i, in order. */
static size_t nodes(sqlite3 *db, const char *sql, int64_t id, int64_t *v)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	size_t n = 0;
	while (sqlite3_step(st) == SQLITE_ROW)
		if (n < 64)
			v[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Checks every article's computed rows against everything compared in
 * memory; returns how many computed rows there are. */
static size_t check_oracle(const char *corpus, size_t k)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open_v2(corpus, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	size_t n = 0, cap = 1024;
	art *v = calloc(cap, sizeof *v);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT id, sortkey, title_key "
					    "FROM article ORDER BY id", -1, &st,
					    NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap)
			v = realloc(v, (cap *= 2) * sizeof *v);
		memset(&v[n], 0, sizeof v[n]);
		v[n].id = sqlite3_column_int64(st, 0);
		v[n].key = sqlite3_column_int64(st, 1);
		v[n].nb = yd_title_bigrams((const char *)sqlite3_column_text(st, 2),
					   v[n].big, 64);
		n++;
	}
	sqlite3_finalize(st);
	size_t nm = 0;
	mem *m = malloc(n * MAX_GROUPS * sizeof *m);
	for (size_t i = 0; i < n; i++) {
		int64_t r[64], t[64];
		size_t nr = nodes(db, "SELECT region FROM article_region WHERE "
				  "article = ?1 ORDER BY region", v[i].id, r);
		size_t nt = nodes(db, "SELECT topic FROM article_topic WHERE "
				  "article = ?1 ORDER BY topic", v[i].id, t);
		if (!nr)
			r[nr++] = 0;
		if (!nt)
			t[nt++] = 1;
		size_t g = 0;
		for (size_t a = 0; a < nr && g < MAX_GROUPS; a++)
			for (size_t b = 0; b < nt && g < MAX_GROUPS; b++, g++)
				m[nm++] = (mem){ (uint64_t)r[a] << 32 | (uint32_t)t[b],
						 v[i].key, i };
	}
	qsort(m, nm, sizeof *m, cmp_mem);
	size_t big_groups = 0;
	for (size_t gs = 0, ge; gs < nm; gs = ge) {
		for (ge = gs + 1; ge < nm && m[ge].group == m[gs].group; ge++)
			;
		big_groups += ge - gs > 2 * WINDOW + 1;
		for (size_t i = gs; i < ge; i++)
			for (size_t j = i + 1; j < ge && j <= i + WINDOW; j++) {
				art *a = &v[m[i].art], *b = &v[m[j].art];
				int sc = shared(a, b);
				push(a, b->key, sc);
				push(b, a->key, sc);
			}
	}
	assert_true(big_groups > 5);   /* the window is exercised */
	size_t total_computed = 0, with_listed = 0;
	for (size_t i = 0; i < n; i++) {
		art *a = &v[i];
		int64_t listed[64];
		size_t nl = 0;
		int rank = 0;
		assert_int_equal(sqlite3_prepare_v2(db, "SELECT related, rank FROM "
						    "related WHERE article = ?1 AND "
						    "kind = 'listed' ORDER BY rank",
						    -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, a->id);
		while (sqlite3_step(st) == SQLITE_ROW) {
			listed[nl++] = sqlite3_column_int64(st, 0);
			rank = sqlite3_column_int(st, 1);
		}
		sqlite3_finalize(st);
		with_listed += nl > 0;
		if (a->nc)
			qsort(a->c, a->nc, sizeof *a->c, cmp_cand);
		/* expected: best first, each candidate once, listed ones left out */
		int64_t want[64];
		size_t nw = 0, total = nl;
		for (size_t c = 0; c < a->nc && total < k; c++) {
			if (c && a->c[c].key == a->c[c - 1].key)
				continue;
			int64_t rel = a->c[c].key & 0xffffffff;
			bool dup = false;
			for (size_t l = 0; l < nl; l++)
				dup = dup || listed[l] == rel;
			if (dup)
				continue;
			want[nw++] = rel;
			total++;
		}
		assert_int_equal(sqlite3_prepare_v2(db, "SELECT rank, related FROM "
						    "related WHERE article = ?1 AND "
						    "kind = 'computed' ORDER BY rank",
						    -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, a->id);
		size_t got = 0;
		while (sqlite3_step(st) == SQLITE_ROW) {
			assert_true(got < nw);
			assert_int_equal(sqlite3_column_int(st, 0), rank + 1 + (int)got);
			assert_int_equal(sqlite3_column_int64(st, 1), want[got]);
			got++;
		}
		sqlite3_finalize(st);
		assert_int_equal(got, nw);
		total_computed += nw;
		free(a->c);
	}
	assert_true(with_listed > 10);
	free(m);
	free(v);
	sqlite3_close(db);
	return total_computed;
}

/* The derived tables as one text, to compare two builds. */
static char *derived(const char *corpus)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open_v2(corpus, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	size_t n = 0, cap = 1 << 16;
	char *s = malloc(cap);
	const char *sql[] = {
		"SELECT region, sortkey FROM region_member",
		"SELECT topic, sortkey FROM topic_member",
		"SELECT region, topic * 1000000 + n FROM facet_count",
		"SELECT id, length(facets) FROM search_facet",
		"SELECT article * 100 + rank, related FROM related",
	};
	for (size_t q = 0; q < sizeof sql / sizeof *sql; q++) {
		assert_int_equal(sqlite3_prepare_v2(db, sql[q], -1, &st, NULL), SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			if (cap - n < 64)
				s = realloc(s, cap *= 2);
			n += (size_t)snprintf(s + n, cap - n, "%lld %lld\n",
					      sqlite3_column_int64(st, 0),
					      sqlite3_column_int64(st, 1));
		}
		sqlite3_finalize(st);
		n += (size_t)snprintf(s + n, cap - n, "--\n");
	}
	sqlite3_close(db);
	return s;
}

static void in_memory_matches_oracle(void **state)
{
	(void)state;
	build(path("mem.db"), 0, NULL);
	assert_true(check_oracle(path("mem.db"), 8) > ARTICLES);
}

static void spilled_sorts_match_oracle_and_memory(void **state)
{
	(void)state;
	build(path("disk.db"), 0, "4");
	assert_true(check_oracle(path("disk.db"), 8) > ARTICLES);
	if (access(path("mem.db"), F_OK) != 0)
		build(path("mem.db"), 0, NULL);
	char *a = derived(path("mem.db")), *b = derived(path("disk.db"));
	assert_string_equal(a, b);
	free(a);
	free(b);
}

static void fewer_slots_match_oracle(void **state)
{
	(void)state;
	build(path("k3.db"), 3, "8");
	assert_true(check_oracle(path("k3.db"), 3) > ARTICLES);
}

int main(void)
{
	const char *d = getenv("YIDU_DATA_DIR"), *top = getenv("top_srcdir");
	if (d)
		snprintf(datadir, sizeof datadir, "%s", d);
	else
		snprintf(datadir, sizeof datadir, "%s/data", top ? top : ".");
	if (!mkdtemp(dir))
		return 1;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(in_memory_matches_oracle),
		cmocka_unit_test(spilled_sorts_match_oracle_and_memory),
		cmocka_unit_test(fewer_slots_match_oracle),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (rc == 0 && system(cmd) != 0)
		return 1;
	return rc;
}
