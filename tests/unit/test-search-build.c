/* The search index as the builder fills it (lib/search-index.c): all at
 * the finish for new articles, as they change for articles an --append
 * build found already indexed. Checked with FTS5's integrity-check (the
 * index against the article text) and by searching. */
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
#include "yidu/search.h"
#include "search-internal.h"

static char datadir[4096];
static char dir[] = "/tmp/yidu-test-search-build-XXXXXX";
static char path[4200];

static char *xdup(const char *s)
{
	char *p = s ? strdup(s) : NULL;
	assert_true(!s || p);
	return p;
}

/* An article, optionally listing one related entry with a summary (which
 * becomes an excerpt article). */
static void add(yd_builder *b, const char *title, const char *summary,
		const char *body, const char *rel_title, const char *rel_summary)
{
	yd_article a;
	yd_error err = { 0 };
	yd_article_init(&a);
	a.title = xdup(title);
	a.summary = xdup(summary);
	a.body = xdup(body);
	a.date = xdup("2025-03-01");
	if (rel_title) {
		a.related = calloc(1, sizeof *a.related);
		assert_non_null(a.related);
		a.related[0].title = xdup(rel_title);
		a.related[0].summary = xdup(rel_summary);
		a.nrelated = 1;
	}
	if (yd_builder_add(b, &a, &err) != 0)
		fail_msg("add %s: %s", title, err.msg);
	yd_article_clear(&a);
}

static yd_builder *start(bool append)
{
	yd_build_opts o = { .datadir = datadir, .append = append };
	yd_error err = { 0 };
	yd_builder *b = yd_builder_new(path, &o, &err);
	if (!b)
		fail_msg("builder: %s", err.msg);
	return b;
}

static void finish(yd_builder *b)
{
	yd_error err = { 0 };
	if (yd_builder_finish(b, NULL, &err) != 0)
		fail_msg("finish: %s", err.msg);
}

/* Whether the index holds exactly what a rebuild from the article text
 * gives (FTS5's own integrity-check does not compare an external-content
 * index with its text on SQLite 3.40): every term instance, before and
 * after a 'rebuild' that is rolled back. SQLITE_OK when they agree. */
static int integrity(void)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(yd_search_register(db), SQLITE_OK);
	int rc = sqlite3_exec(db,
		"CREATE VIRTUAL TABLE temp.inst USING fts5vocab(main, search, instance);"
		"BEGIN;"
		"CREATE TEMP TABLE before AS SELECT * FROM inst;"
		"INSERT INTO search (search) VALUES ('rebuild');"
		"CREATE TEMP TABLE after AS SELECT * FROM inst;", NULL, NULL, NULL);
	assert_int_equal(rc, SQLITE_OK);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM "
		"before), (SELECT count(*) FROM (SELECT * FROM before EXCEPT "
		"SELECT * FROM after)), (SELECT count(*) FROM (SELECT * FROM "
		"after EXCEPT SELECT * FROM before))", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_true(sqlite3_column_int(st, 0) > 10);
	rc = sqlite3_column_int(st, 1) || sqlite3_column_int(st, 2)
		? SQLITE_CORRUPT : SQLITE_OK;
	sqlite3_finalize(st);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

/* Ids of all results of a "phrase" within a region (0: all): what the
 * index holds, word for word (an unquoted 鳄梨表格 would also find the
 * articles with only 表格, after those with both). */
static size_t found_in(const char *word, int64_t region, int64_t *ids, size_t max)
{
	char q[256];
	snprintf(q, sizeof q, "\"%s\"", word);
	yd_error err = { 0 };
	yd_corpus *c = yd_corpus_open(path, &err);
	if (!c)
		fail_msg("open: %s", err.msg);
	yd_search_results r;
	assert_int_equal(yd_search(c, q, region, 1, 0, max, &r, &err), 0);
	size_t n = r.n;
	for (size_t i = 0; i < n; i++)
		ids[i] = r.v[i].id;
	yd_search_results_free(&r);
	yd_corpus_close(c);
	return n;
}

static size_t found(const char *q, int64_t *ids, size_t max)
{
	return found_in(q, 0, ids, max);
}

static int64_t id_of(const char *title)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int64_t id = -1;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT id FROM article "
					    "WHERE title = ?1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, title, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return id;
}

/* Only the given article is found by q. */
static void only(const char *q, const char *title)
{
	int64_t ids[8];
	size_t n = found(q, ids, 8);
	if (n != 1 || ids[0] != id_of(title))
		fail_msg("%s: %zu results, expected only %s", q, n, title);
}

static void none(const char *q)
{
	int64_t ids[8];
	size_t n = found(q, ids, 8);
	if (n != 0)
		fail_msg("%s: %zu results, expected none", q, n);
}

/* The terms of one or two Han characters, and nothing else, are in
 * search_term: n of them begin with the character c. */
static void check_terms(const char *c, int n)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM "
		"search_term WHERE term >= ?1 AND term < char(unicode(?1) + 1)), "
		"(SELECT count(*) FROM search_term WHERE length(term) > 2 OR "
		"unicode(term) < 11904 OR unicode(term) BETWEEN 57344 AND 63743), "
		"(SELECT count(*) FROM search_term)", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, c, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), n);
	assert_int_equal(sqlite3_column_int(st, 1), 0);
	assert_true(sqlite3_column_int(st, 2) > 20);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* The FTS5 expression for q on the corpus: whether it holds want. */
static bool expr_has(const char *q, const char *want)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	yd_qplan p;
	assert_int_equal(yd_qplan_make(q, db, &p), 0);
	char *map = NULL, *e = yd_qplan_expr(&p, ~0u, 1, &map);
	assert_non_null(e);
	bool has = strstr(e, want) != NULL;
	free(e);
	free(map);
	yd_qplan_free(&p);
	sqlite3_close(db);
	return has;
}

#define EXCERPT_T "异地就医备案怎么办理"
#define FULL_T "桂林门诊慢特病申请材料"

static void test_fresh_and_append(void **state)
{
	yd_builder *b = start(false);
	add(b, "南宁职工医保个人账户提取", "提取需要身份证。",
	    "# 提取条件\n\n退休后可以**一次性**提取余额。", EXCERPT_T,
	    "线上备案当天生效。");
	finish(b);
	assert_int_equal(integrity(), SQLITE_OK);
	only("一次性", "南宁职工医保个人账户提取");
	only("当天生效", EXCERPT_T);
	none("鳄梨");
	/* a lone character: the terms it begins ORed; with none, a prefix */
	check_terms("鳄", 0);
	check_terms("提", 1);                  /* 提取 */
	assert_true(expr_has("提", "\"提取\""));
	assert_false(expr_has("提", " *"));
	assert_true(expr_has("鳄", "\"鳄\" *"));

	/* 湖州 (330500) is not named yet */
	int64_t ids[8];
	assert_int_equal(found_in("备案", 330500, ids, 8), 0);
	assert_int_equal(found_in("备案", 330000, ids, 8), 0);

	/* --append: the excerpt gets its full text, which names another
	 * region; a new article comes. */
	b = start(true);
	add(b, EXCERPT_T, "备案后直接结算。",
	    "在国家医保服务平台填写鳄梨表格，选择参保地。湖州市参保人同样适用。",
	    NULL, NULL);
	add(b, FULL_T, NULL, "需要提交诊断证明和病历，鳄梨不需要。", NULL, NULL);
	finish(b);
	assert_int_equal(integrity(), SQLITE_OK);
	only("一次性", "南宁职工医保个人账户提取");
	only("鳄梨表格", EXCERPT_T);
	only("直接结算", EXCERPT_T);
	none("当天生效");             /* the excerpt's summary is gone */
	only("诊断证明", FULL_T);
	assert_int_equal(found("鳄梨", ids, 8), 2);
	/* --append adds the new articles' terms */
	check_terms("鳄", 1);
	assert_int_equal(found("鳄", ids, 8), 2);
	assert_false(expr_has("鳄", " *"));
	/* the re-indexed article is found within its new region */
	assert_int_equal(found_in("备案", 330500, ids, 8), 1);
	assert_int_equal(ids[0], id_of(EXCERPT_T));
	assert_int_equal(found_in("鳄梨", 330000, ids, 8), 1);   /* 浙江 */
	assert_int_equal(found_in("鳄梨", 450300, ids, 8), 1);   /* 桂林: FULL_T */
	assert_int_equal(found_in("鳄梨", 330400, ids, 8), 0);   /* 嘉兴 */
}

/* Within one build, an excerpt replaced by its article is indexed once,
 * with the article's text. */
static void test_replaced_in_one_build(void **state)
{
	yd_builder *b = start(false);
	add(b, "海口医保电话", NULL, "拨打热线咨询。", FULL_T, "需要诊断证明。");
	add(b, FULL_T, "可以网上申请。", "带上病历和检查报告。", NULL, NULL);
	finish(b);
	assert_int_equal(integrity(), SQLITE_OK);
	only("网上申请", FULL_T);
	only("检查报告", FULL_T);
	none("诊断证明");
}

/* The integrity check used below can fail: text changed behind the
 * index's back is reported. */
static void test_integrity_can_fail(void **state)
{
	yd_builder *b = start(false);
	add(b, "三亚皮肤科推荐", NULL, "周末也有门诊。", NULL, NULL);
	finish(b);
	assert_int_equal(integrity(), SQLITE_OK);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "UPDATE article SET title = '香蕉'",
				      NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_not_equal(integrity(), SQLITE_OK);
	none("香蕉");
	only("三亚", "香蕉");   /* the stale index still knows the old title */
}

/* The index stays within 1.5 × the article text (issue 17). The body
 * is the index's first column (data/schema.sql): with it third, FTS5
 * writes a two-byte column marker for every term of every body, and
 * this corpus's index is about 1.9 × its text. */
static void test_index_size(void **state)
{
	yd_builder *b = start(false);
	uint32_t x = 12345;
	for (int i = 0; i < 60; i++) {
		char title[64], body[600 * 3 + 64];
		size_t n = 0;
		for (int k = 0; k < 600; k++) {
			if (k % 40 == 39) {
				memcpy(body + n, "\xe3\x80\x82", 3);   /* 。 */
			} else {
				x = x * 1103515245u + 12345u;
				uint32_t c = 0x4E00 + (x >> 16) % 60;
				body[n] = (char)(0xE0 | (c >> 12));
				body[n + 1] = (char)(0x80 | ((c >> 6) & 0x3F));
				body[n + 2] = (char)(0x80 | (c & 0x3F));
			}
			n += 3;
		}
		body[n] = '\0';
		snprintf(title, sizeof title, "医保报销第%d问", i);
		add(b, title, NULL, body, NULL, NULL);
	}
	finish(b);
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT sum(length(block)) "
		"FROM search_data) + (SELECT sum(length(sz)) FROM search_docsize) + "
		"(SELECT count(*) * 16 FROM search_idx), (SELECT sum(length(CAST("
		"title AS BLOB)) + coalesce(length(CAST(summary AS BLOB)), 0) + "
		"coalesce(length(CAST(body AS BLOB)), 0)) FROM article)", -1, &st,
		NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	double idx = sqlite3_column_double(st, 0), text = sqlite3_column_double(st, 1);
	sqlite3_finalize(st);
	sqlite3_close(db);
	assert_true(text > 100000);
	if (idx > 1.5 * text)
		fail_msg("index %.0f bytes = %.2f x the text", idx, idx / text);
}

static int setup(void **state)
{
	const char *d = getenv("YIDU_DATA_DIR"), *top = getenv("top_srcdir");
	if (d)
		snprintf(datadir, sizeof datadir, "%s", d);
	else
		snprintf(datadir, sizeof datadir, "%s/data", top ? top : ".");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/c.db", dir);
	return 0;
}

static int each(void **state)
{
	unlink(path);
	return 0;
}

static int teardown(void **state)
{
	unlink(path);
	rmdir(dir);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_fresh_and_append, each),
		cmocka_unit_test_setup(test_replaced_in_one_build, each),
		cmocka_unit_test_setup(test_integrity_can_fail, each),
		cmocka_unit_test_setup(test_index_size, each),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
