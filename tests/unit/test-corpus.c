/* The corpus builder and reader on real SQLite files: refusals that leave
 * the file untouched, deduplication, cleaning, counts against an
 * independent SQL count, keyset paging, abort and append. */
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
#include "yidu/corpus.h"
#include "yidu/text.h"

static char dir[] = "/tmp/yidu-test-corpus-XXXXXX";
static char datadir[4096];

static char *path(const char *name)
{
	static char buf[8][4200];
	static int k;
	char *p = buf[k++ % 8];
	snprintf(p, sizeof buf[0], "%s/%s", dir, name);
	return p;
}

/* FNV-1a of a file's bytes, and its size, to prove it unchanged. */
static uint64_t checksum(const char *p)
{
	FILE *f = fopen(p, "rb");
	assert_non_null(f);
	uint64_t h = 0xcbf29ce484222325ULL;
	int c;
	while ((c = getc(f)) != EOF) {
		h ^= (unsigned char)c;
		h *= 0x100000001b3ULL;
	}
	h ^= (uint64_t)ftell(f) << 40;
	fclose(f);
	return h;
}

static void quiet(void *ctx, const char *msg)
{
	int *n = ctx;
	if (n)
		(*n)++;
}

static yd_builder *builder(const char *target, bool append)
{
	yd_build_opts o = { .datadir = datadir, .append = append };
	yd_error err = { 0 };
	yd_builder *b = yd_builder_new(target, &o, &err);
	if (!b)
		fail_msg("yd_builder_new: %s", err.msg);
	yd_builder_set_warn(b, quiet, NULL);
	return b;
}

static void add(yd_builder *b, const char *title, const char *date,
		const char *body, const char *region, const char *topic)
{
	yd_article a;
	yd_error err = { 0 };
	yd_article_init(&a);
	a.title = strdup(title);
	a.date = date ? strdup(date) : NULL;
	a.body = body ? strdup(body) : NULL;
	a.excerpt = body == NULL;
	if (!body)
		a.summary = strdup("摘要");
	if (region) {
		a.regions = malloc(sizeof *a.regions);
		a.regions[0] = strdup(region);
		a.nregions = 1;
	}
	if (topic) {
		a.topics = malloc(sizeof *a.topics);
		a.topics[0] = strdup(topic);
		a.ntopics = 1;
	}
	a.origin = strdup("test:1");
	if (yd_builder_add(b, &a, &err) != 0)
		fail_msg("yd_builder_add: %s", err.msg);
}

static void finish(yd_builder *b, yd_build_stats *s)
{
	yd_error err = { 0 };
	yd_build_stats tmp;
	if (yd_builder_finish(b, s ? s : &tmp, &err) != 0)
		fail_msg("yd_builder_finish: %s", err.msg);
}

static yd_corpus *open_ok(const char *p)
{
	yd_error err = { 0 };
	yd_corpus *c = yd_corpus_open(p, &err);
	if (!c)
		fail_msg("yd_corpus_open: %s", err.msg);
	return c;
}

static void small_corpus(const char *p)
{
	yd_builder *b = builder(p, false);
	add(b, "贺州市职工医保个人账户余额怎么查", "2025-03-19", "正文一", "451100",
	    "医保/个人账户/余额查询");
	add(b, "南宁住院报销比例是多少", "2024-01-02", "正文二", "450100",
	    "医保/报销/住院");
	add(b, "北京异地就医备案怎么办", "2023-05-06", "正文三", "110000",
	    "医保/异地就医/备案");
	finish(b, NULL);
}

static sqlite3 *rw(const char *p)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
	return db;
}

static void refused(const char *p, int code, const char *needle)
{
	uint64_t before = checksum(p);
	yd_error err = { 0 };
	yd_corpus *c = yd_corpus_open(p, &err);
	assert_null(c);
	if (err.code != code || !strstr(err.msg, needle))
		fail_msg("expected code %d with \"%s\", got %d: %s", code, needle,
			 err.code, err.msg);
	assert_true(checksum(p) == before);
	assert_int_not_equal(access(path("x-journal"), F_OK), 0);
}

static void test_refusals(void **state)
{
	yd_error err = { 0 };
	assert_null(yd_corpus_open(path("missing.db"), &err));
	assert_int_equal(err.code, YD_ENOTFOUND);

	FILE *f = fopen(path("empty.db"), "w");
	fclose(f);
	refused(path("empty.db"), YD_ENOTCORPUS, "empty");

	f = fopen(path("random.db"), "w");
	srand(7);
	for (int i = 0; i < 8192; i++)
		putc(rand() & 0xff, f);
	fclose(f);
	refused(path("random.db"), YD_ENOTCORPUS, "not a database");

	sqlite3 *db = rw(path("foreign.db"));
	sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1)", 0, 0, 0);
	sqlite3_close(db);
	refused(path("foreign.db"), YD_ENOTCORPUS, "not a yidu corpus");

	small_corpus(path("future.db"));
	db = rw(path("future.db"));
	sqlite3_exec(db, "PRAGMA user_version = 99", 0, 0, 0);
	sqlite3_close(db);
	refused(path("future.db"), YD_EVERSION, "version 99");

	small_corpus(path("trunc.db"));
	long size;
	f = fopen(path("trunc.db"), "r+");
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fclose(f);
	assert_int_equal(truncate(path("trunc.db"), size / 2), 0);
	refused(path("trunc.db"), YD_ECORRUPT, "damaged");
	/* opening reads the header: a file longer than its page count says */
	small_corpus(path("big.db"));
	yd_corpus *c = open_ok(path("big.db"));
	/* the full check passes a sound corpus */
	assert_int_equal(yd_corpus_check(c, NULL, NULL, &err), 0);
	yd_corpus_close(c);
	f = fopen(path("big.db"), "a");
	fputs("appended junk", f);
	fclose(f);
	refused(path("big.db"), YD_ECORRUPT, "damaged");
}

static void test_refuse_to_replace(void **state)
{
	FILE *f = fopen(path("notes.txt"), "w");
	fputs("my notes\n", f);
	fclose(f);
	uint64_t before = checksum(path("notes.txt"));
	yd_build_opts o = { .datadir = datadir };
	yd_error err = { 0 };
	assert_null(yd_builder_new(path("notes.txt"), &o, &err));
	assert_int_equal(err.code, YD_ENOTCORPUS);
	assert_true(checksum(path("notes.txt")) == before);
}

static void test_abort_leaves_target(void **state)
{
	small_corpus(path("keep.db"));
	uint64_t before = checksum(path("keep.db"));
	yd_builder *b = builder(path("keep.db"), false);
	add(b, "另一篇文章", "2025-01-01", "正文", NULL, NULL);
	char tmp[4300];
	snprintf(tmp, sizeof tmp, "%s", yd_builder_temp_path(b));
	assert_int_equal(access(tmp, F_OK), 0);
	yd_builder_abort(b);
	assert_int_not_equal(access(tmp, F_OK), 0);
	assert_true(checksum(path("keep.db")) == before);
}

static int64_t q(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	int64_t v = -1;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void test_dedup(void **state)
{
	yd_builder *b = builder(path("dedup.db"), false);
	/* an excerpt first, listed as related by a page */
	yd_article a;
	yd_error err = { 0 };
	yd_article_init(&a);
	a.title = strdup("柳州医保怎么交");
	a.body = strdup("正文");
	a.related = calloc(1, sizeof *a.related);
	a.nrelated = 1;
	a.related[0].title = strdup("贺州 医保断缴怎么补缴？");
	a.related[0].summary = strdup("可以补缴。");
	a.related[0].date = strdup("2024-02-02");
	assert_int_equal(yd_builder_add(b, &a, &err), 0);
	/* the same title, full-width and spaced differently: the full
	 * article replaces the excerpt */
	add(b, "贺州医保断缴怎么补缴?", "2024-02-03", "完整的正文，比摘要长。", NULL, NULL);
	/* two full versions: the longer body wins whatever the order */
	add(b, "ABC 医保 指南", "2024-01-01", "长的正文，长的正文，长的正文。", NULL, NULL);
	add(b, "abc医保指南！", "2024-01-01", "短正文", NULL, NULL);
	yd_build_stats s;
	finish(b, &s);
	assert_int_equal(s.articles, 3);
	assert_int_equal(s.merged, 2);
	assert_int_equal(s.excerpts, 0);

	sqlite3 *db = rw(path("dedup.db"));
	assert_int_equal(q(db, "SELECT count(*) FROM article WHERE excerpt"), 0);
	assert_int_equal(q(db, "SELECT count(*) FROM article WHERE body = "
			   "'完整的正文，比摘要长。' AND published = '2024-02-03'"), 1);
	/* the relation still points at the same id, now a full article */
	assert_int_equal(q(db, "SELECT count(*) FROM related r JOIN article a ON "
			   "a.id = r.related WHERE r.kind = 'listed' AND "
			   "a.body = '完整的正文，比摘要长。'"), 1);
	assert_int_equal(q(db, "SELECT count(*) FROM article WHERE body = "
			   "'长的正文，长的正文，长的正文。'"), 1);
	sqlite3_close(db);

	char *k1 = yd_title_key("ＡＢＣ 医保，指南！"), *k2 = yd_title_key("abc医保指南");
	assert_string_equal(k1, k2);
	free(k1);
	free(k2);
}

/* Every text column of every table is clean. */
static void test_clean_text(void **state)
{
	yd_builder *b = builder(path("clean.db"), false);
	add(b, "标题\x1b[31m红\xff\xfe字\x07", "2025-01-01",
	    "正文\x01\x1b]0;title\x07第二行\n\t缩进\xc3\x28", NULL, NULL);
	finish(b, NULL);
	sqlite3 *db = rw(path("clean.db"));
	sqlite3_stmt *tables, *st;
	sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
			   "AND sql NOT LIKE 'CREATE VIRTUAL%'",
			   -1, &tables, NULL);
	size_t checked = 0;
	while (sqlite3_step(tables) == SQLITE_ROW) {
		char sql[256];
		snprintf(sql, sizeof sql, "SELECT * FROM \"%s\"",
			 sqlite3_column_text(tables, 0));
		if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
			fail_msg("%s: %s", sql, sqlite3_errmsg(db));
		while (sqlite3_step(st) == SQLITE_ROW)
			for (int i = 0; i < sqlite3_column_count(st); i++) {
				if (sqlite3_column_type(st, i) != SQLITE_TEXT)
					continue;
				const char *t = (const char *)sqlite3_column_text(st, i);
				int n = sqlite3_column_bytes(st, i);
				if (!yd_text_is_clean(t, (size_t)n, YD_SANITIZE_KEEP_NEWLINES |
						      YD_SANITIZE_KEEP_TABS))
					fail_msg("unclean text in %s: %s", sql, t);
				checked++;
			}
		sqlite3_finalize(st);
	}
	sqlite3_finalize(tables);
	assert_true(checked > 100);
	/* the title lost its controls but kept its text */
	assert_int_equal(q(db, "SELECT count(*) FROM article WHERE title LIKE '标题%红%字%' "
			   "AND instr(title, char(27)) = 0 AND instr(title, char(7)) = 0"), 1);
	sqlite3_close(db);
}

/* Facet counts equal a direct count over article_region/article_topic
 * closed over the trees with recursive SQL. */

/* A tree whose counts were refreshed under `other` (a topic for the
 * region tree, a region for the topic tree) against a fresh read and
 * against each node's count asked for alone. */
static void check_refreshed(yd_corpus *c, const yd_node_list *l, int64_t other,
			    bool regions)
{
	yd_node_list fresh;
	yd_error err = { 0 };
	assert_int_equal(regions ? yd_corpus_regions(c, other, true, &fresh, &err)
			 : yd_corpus_topics(c, other, true, &fresh, &err), 0);
	assert_int_equal(fresh.n, l->n);
	for (size_t i = 0; i < fresh.n; i++) {
		assert_int_equal(l->v[i].id, fresh.v[i].id);
		assert_int_equal(l->v[i].count, fresh.v[i].count);
		assert_int_equal(l->v[i].count, regions
				 ? yd_corpus_count(c, l->v[i].id, other)
				 : yd_corpus_count(c, other, l->v[i].id));
	}
	yd_node_list_free(&fresh);
}
static void test_counts(void **state)
{
	yd_builder *b = builder(path("counts.db"), false);
	const char *regions[] = { "451100", "451102", "450100", "110000", NULL, "450000" };
	const char *topics[] = { "医保/报销/住院", "医保/报销", NULL, "医保/缴费",
				 "医保/个人账户/余额查询" };
	for (int i = 0; i < 60; i++) {
		char title[64], date[16];
		snprintf(title, sizeof title, "测试文章第%d篇", i);
		snprintf(date, sizeof date, "2024-%02d-%02d", 1 + i % 12, 1 + i % 5);
		add(b, title, date, "正文", regions[i % 6], topics[i % 5]);
	}
	finish(b, NULL);
	sqlite3 *db = rw(path("counts.db"));
	/* rows that disagree with the independent count, either way */
	const char *diff =
		"WITH RECURSIVE ra(code, anc) AS (SELECT code, code FROM region "
		"UNION SELECT ra.code, r.parent FROM ra JOIN region r ON r.code = ra.anc "
		"WHERE r.parent IS NOT NULL), "
		"ta(id, anc) AS (SELECT id, id FROM topic UNION SELECT ta.id, t.parent "
		"FROM ta JOIN topic t ON t.id = ta.anc WHERE t.parent IS NOT NULL), "
		"ar AS (SELECT a.id AS article, ra.anc AS region FROM article a "
		"LEFT JOIN article_region x ON x.article = a.id JOIN ra ON ra.code = "
		"coalesce(x.region, 0)), "
		"at AS (SELECT a.id AS article, ta.anc AS topic FROM article a "
		"LEFT JOIN article_topic x ON x.article = a.id JOIN ta ON ta.id = "
		"coalesce(x.topic, 1)), "
		"direct AS (SELECT ar.region, at.topic, count(DISTINCT ar.article) AS n "
		"FROM ar JOIN at USING (article) GROUP BY 1, 2) "
		"SELECT (SELECT count(*) FROM (SELECT * FROM direct EXCEPT SELECT * FROM "
		"facet_count)) + (SELECT count(*) FROM (SELECT * FROM facet_count EXCEPT "
		"SELECT * FROM direct))";
	assert_int_equal(q(db, diff), 0);
	assert_true(q(db, "SELECT count(*) FROM facet_count") > 20);
	assert_int_equal(q(db, "SELECT n FROM facet_count WHERE region = 0 AND topic = 1"), 60);
	sqlite3_close(db);

	yd_corpus *c = open_ok(path("counts.db"));
	/* 451102 is inside 451100 inside 450000 */
	int64_t guangxi = yd_corpus_count(c, 450000, 1);
	assert_int_equal(guangxi, 40);
	assert_int_equal(yd_corpus_region_code(c, "贺州市"), 451100);
	assert_int_equal(yd_corpus_region_code(c, "no such place"), -1);
	assert_int_equal(yd_corpus_topic_id(c, "医保/no"), -1);
	yd_node_list l;
	yd_error err = { 0 };
	assert_int_equal(yd_corpus_regions(c, 1, false, &l, &err), 0);
	assert_true(l.n > 3);
	assert_int_equal(l.v[0].id, 0);
	assert_int_equal(l.v[0].count, 60);
	for (size_t i = 1; i < l.n; i++) {
		assert_true(l.v[i].count > 0);
		/* depth-first: the parent appears before the child */
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = l.v[j].id == l.v[i].parent;
		assert_true(seen);
	}
	yd_node_list_free(&l);

	/* Counts refreshed in place for another choice of the other tree
	 * equal the tree read afresh with that choice, and each node's own
	 * count (yd_corpus_count, one facet_count row). */
	yd_node_list rt, tt;
	assert_int_equal(yd_corpus_regions(c, 1, true, &rt, &err), 0);
	assert_int_equal(yd_corpus_topics(c, 0, true, &tt, &err), 0);
	size_t changed = 0;
	for (size_t k = 0; k < tt.n; k++) {
		assert_int_equal(yd_corpus_region_counts(c, tt.v[k].id, &rt, &err), 0);
		check_refreshed(c, &rt, tt.v[k].id, true);
		for (size_t i = 0; i < rt.n; i++)
			changed += rt.v[i].count != 0 && k > 0;
	}
	for (size_t k = 0; k < rt.n; k++) {
		assert_int_equal(yd_corpus_topic_counts(c, rt.v[k].id, &tt, &err), 0);
		check_refreshed(c, &tt, rt.v[k].id, false);
	}
	assert_true(changed > 0);   /* some sub-topic has articles somewhere */
	yd_node_list_free(&rt);
	yd_node_list_free(&tt);
	yd_corpus_close(c);
}

/* Keyset paging with many equal dates: pages join up into exactly the
 * ORDER BY sortkey DESC list, for every filter combination. */
static void check_paging(yd_corpus *c, sqlite3 *db, int64_t region,
			 int64_t topic, const char *where)
{
	char sql[1024];
	snprintf(sql, sizeof sql, "SELECT a.id, coalesce(a.published, '') FROM article a "
		 "WHERE %s ORDER BY a.published DESC, a.id DESC", where);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	int64_t before = INT64_MAX;
	size_t total = 0;
	for (;;) {
		yd_list_page p;
		yd_error err = { 0 };
		assert_int_equal(yd_corpus_list(c, region, topic, before, false, 3,
						&p, &err), 0);
		for (size_t i = 0; i < p.n; i++) {
			assert_int_equal(sqlite3_step(st), SQLITE_ROW);
			assert_int_equal(p.v[i].id, sqlite3_column_int64(st, 0));
			/* the date shown is the one stored (the list takes it
			 * from the sort key: lib/corpus-list.c) */
			assert_string_equal(p.v[i].date, (const char *)sqlite3_column_text(st, 1));
			total++;
		}
		size_t n = p.n;
		if (n)
			before = p.v[n - 1].key;
		yd_list_page_free(&p);
		if (n < 3)
			break;
	}
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	assert_true(total > 0);
	/* ascending from the oldest gives the same set reversed */
	yd_list_page p;
	yd_error err = { 0 };
	assert_int_equal(yd_corpus_list(c, region, topic, INT64_MIN, true, 1000,
					&p, &err), 0);
	assert_int_equal(p.n, total);
	for (size_t i = 1; i < p.n; i++)
		assert_true(p.v[i].key > p.v[i - 1].key);
	yd_list_page_free(&p);
}

static void test_paging(void **state)
{
	yd_builder *b = builder(path("paging.db"), false);
	for (int i = 0; i < 40; i++) {
		char title[64];
		snprintf(title, sizeof title, "分页测试%d", i);
		/* some without a date: day number 0, published NULL */
		add(b, title, i % 5 == 4 ? NULL : i % 3 ? "2024-05-05" : "2023-01-01", "正文",
		    i % 2 ? "451100" : "450100", i % 4 ? "医保/报销/住院" : "医保/缴费");
	}
	finish(b, NULL);
	yd_corpus *c = open_ok(path("paging.db"));
	sqlite3 *db = rw(path("paging.db"));
	int64_t zhuyuan = yd_corpus_topic_id(c, "医保/报销/住院");
	int64_t baoxiao = yd_corpus_topic_id(c, "医保/报销");
	assert_true(zhuyuan > 1 && baoxiao > 1);
	check_paging(c, db, 0, 1, "1");
	check_paging(c, db, 451100, 1, "a.id IN (SELECT article FROM article_region "
		     "WHERE region = 451100)");
	check_paging(c, db, 450000, 1, "a.id IN (SELECT article FROM article_region)");
	char where[512];
	snprintf(where, sizeof where, "a.id IN (SELECT article FROM article_topic "
		 "WHERE topic = %lld) AND a.id IN (SELECT article FROM "
		 "article_region WHERE region = 451100)", (long long)zhuyuan);
	check_paging(c, db, 451100, baoxiao, where);
	sqlite3_close(db);
	yd_corpus_close(c);
}

/* The page size of the SQLite file at p. */
static int page_size(const char *p)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(p, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	int n = -1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* A new corpus is written in pages of 16 KiB (lib/build.c); one added to
 * keeps the pages it has, as a corpus of 4 KiB pages made before. */
static void test_append(void **state)
{
	small_corpus(path("append.db"));
	assert_int_equal(page_size(path("append.db")), 16384);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path("append.db"), &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA page_size = 4096; VACUUM", NULL, NULL,
				      NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(page_size(path("append.db")), 4096);
	yd_builder *b = builder(path("append.db"), true);
	add(b, "新增的一篇：柳州门诊报销", "2025-06-01", "正文", "450200", NULL);
	add(b, "南宁住院报销比例是多少", "2024-01-02", "更长的正文，会替换原来的。",
	    "450100", NULL);
	yd_build_stats s;
	finish(b, &s);
	assert_int_equal(s.articles, 4);
	assert_int_equal(s.merged, 1);
	yd_corpus *c = open_ok(path("append.db"));
	assert_int_equal(yd_corpus_count(c, 0, 1), 4);
	assert_int_equal(yd_corpus_count(c, 450000, 1), 3);
	yd_list_page p;
	yd_error err = { 0 };
	assert_int_equal(yd_corpus_list(c, 0, 1, INT64_MAX, false, 10, &p, &err), 0);
	assert_int_equal(p.n, 4);
	assert_string_equal(p.v[0].date, "2025-06-01");
	yd_list_page_free(&p);
	yd_full_article a;
	int64_t id = yd_corpus_article_by_slug(c, "no-such-slug");
	assert_int_equal(id, -1);
	assert_int_equal(yd_corpus_article(c, 99999, &a, &err), -1);
	assert_int_equal(err.code, YD_ENOTFOUND);
	char *n = yd_corpus_meta(c, "articles");
	assert_string_equal(n, "4");
	free(n);
	yd_corpus_close(c);
	assert_int_equal(page_size(path("append.db")), 4096);
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
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_refuse_to_replace),
		cmocka_unit_test(test_abort_leaves_target),
		cmocka_unit_test(test_dedup),
		cmocka_unit_test(test_clean_text),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_paging),
		cmocka_unit_test(test_append),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (rc == 0 && system(cmd) != 0)
		return 1;
	return rc;
}
