/* The search index built by sorting (lib/search-segment.c) against
 * FTS5's own build of the same articles (YIDU_INDEX_SERIAL=1): the same
 * term instances (fts5vocab 'instance': term, row, column, offset), the
 * same %_docsize rows, token totals and search_term; FTS5's
 * integrity-check passes. The articles are generated: Han text (Simplified
 * and Traditional), Latin words of every length up to past the
 * tokenizer's cut, digits, empty summaries and bodies, bodies over
 * several leaf pages, and one term in every article often enough that
 * its doclist spans many pages and gets a doclist index. Built once as
 * one segment (the writer's pages are the index) and once in small
 * batches (several segments, merged by FTS5's optimize). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "yidu/build.h"
#include "build-internal.h"
#include "search-internal.h"
#include "search-segment.h"
#include "search-segw.h"

#define NARTICLES 120

static char datadir[4096];
static char dir[] = "/tmp/yidu-test-search-segment-XXXXXX";
static char fts5_path[4200], seg_path[4200];

static uint32_t seed;

static uint32_t rnd(uint32_t n)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) % n;
}

static const char *const han[] = {
	"医", "保", "报", "销", "门", "诊", "住", "院", "药", "费", "卡", "社",
	"區", "醫", "療", "掛", "號", "广", "州", "深", "圳", "㐀", "𠀀",
};
static const char *const words[] = {
	"app", "yb", "a", "hospital", "insurance", "hospitalization",
	"reimbursement", "2025", "12345678", "123456789", "3.14",
	"ÄrzteKammer", "café", "x1y2z3", "ＡＢＣ全角",
	"supercalifragilisticexpialidocious",
	"averyveryveryverylongwordthatrunspastthetokenizerscutofsixtyfourbytes",
};

static void append(char **s, size_t *n, size_t *cap, const char *t)
{
	size_t l = strlen(t);
	while (*n + l + 1 > *cap) {
		*cap = *cap ? *cap * 2 : 4096;
		*s = realloc(*s, *cap);
		assert_non_null(*s);
	}
	memcpy(*s + *n, t, l + 1);
	*n += l;
}

/* A body of about len pieces: Han runs, words, punctuation; 医保 often. */
static char *gen_text(size_t len, bool heavy)
{
	char *s = NULL;
	size_t n = 0, cap = 0;
	append(&s, &n, &cap, "");
	for (size_t i = 0; i < len; i++) {
		uint32_t k = rnd(10);
		if (k < 6) {
			for (uint32_t r = 1 + rnd(12); r > 0; r--)
				append(&s, &n, &cap, han[rnd(sizeof han / sizeof han[0])]);
		} else if (k < 8) {
			append(&s, &n, &cap, " ");
			append(&s, &n, &cap, words[rnd(sizeof words / sizeof words[0])]);
			append(&s, &n, &cap, " ");
		} else {
			append(&s, &n, &cap, rnd(2) ? "，" : "。\n\n");
		}
		if (heavy)
			append(&s, &n, &cap, "医保，");
	}
	return s;
}

static void add_article(yd_builder *b, int i)
{
	yd_article a;
	yd_error err = { 0 };
	char title[128];
	yd_article_init(&a);
	snprintf(title, sizeof title, "第%d篇 %s%s医保 %s", i,
		 han[rnd(sizeof han / sizeof han[0])], han[rnd(sizeof han / sizeof han[0])],
		 words[rnd(sizeof words / sizeof words[0])]);
	a.title = strdup(title);
	a.summary = i % 4 == 0 ? NULL : i % 4 == 1 ? strdup("") : gen_text(5, false);
	/* some bodies empty, some long (many leaf pages), most with 医保
	 * at every piece (a doclist over many pages) */
	a.body = i % 9 == 0 ? strdup("") : gen_text(i % 5 == 0 ? 1500 : 150, i % 3 != 0);
	a.date = strdup("2025-03-01");
	assert_non_null(a.title);
	if (yd_builder_add(b, &a, &err) != 0)
		fail_msg("add %s: %s", title, err.msg);
	yd_article_clear(&a);
}

/* How the sorted build is fed: while the articles are stored (live) or
 * from search_src at the finish; and whether a richer duplicate replaces
 * an article already stored. */
static bool live = true, duplicate;

/* One title twice, the second time with a longer body: the stored
 * article is replaced (its id kept). */
static void add_duplicate(yd_builder *b, size_t len)
{
	yd_article a;
	yd_error err = { 0 };
	yd_article_init(&a);
	a.title = strdup("重复的标题 广州医保");
	a.body = gen_text(len, true);
	a.date = strdup("2025-03-02");
	if (yd_builder_add(b, &a, &err) != 0)
		fail_msg("add duplicate: %s", err.msg);
	yd_article_clear(&a);
}

/* The same articles into path, by FTS5 (serial) or by sorting. */
static void build(const char *path, bool serial, const char *batch)
{
	unlink(path);
	setenv("YIDU_INDEX_SERIAL", serial ? "1" : "0", 1);
	setenv("YIDU_INDEX_LIVE", live ? "1" : "0", 1);
	if (batch)
		setenv("YIDU_SEGMENT_BATCH", batch, 1);
	else
		unsetenv("YIDU_SEGMENT_BATCH");
	yd_build_opts o = { .datadir = datadir };
	yd_error err = { 0 };
	yd_builder *b = yd_builder_new(path, &o, &err);
	if (!b)
		fail_msg("builder: %s", err.msg);
	seed = 17;
	for (int i = 1; i <= NARTICLES; i++) {
		add_article(b, i);
		if (duplicate && (i == 20 || i == 90))
			add_duplicate(b, i == 20 ? 20 : 300);
	}
	if (yd_builder_finish(b, NULL, &err) != 0)
		fail_msg("finish: %s", err.msg);
	unsetenv("YIDU_INDEX_SERIAL");
	unsetenv("YIDU_INDEX_LIVE");
	unsetenv("YIDU_SEGMENT_BATCH");
}

static sqlite3 *open_both(void)
{
	sqlite3 *db;
	char sql[4400];
	assert_int_equal(sqlite3_open(fts5_path, &db), SQLITE_OK);
	assert_int_equal(yd_search_register(db), SQLITE_OK);
	snprintf(sql, sizeof sql, "ATTACH '%s' AS b;"
		 "CREATE VIRTUAL TABLE temp.ia USING fts5vocab(main, search, instance);"
		 "CREATE VIRTUAL TABLE temp.ib USING fts5vocab(b, search, instance);",
		 seg_path);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	return db;
}

/* Whether two queries give the same rows, value for value; returns the
 * number of rows (-1: they differ). */
static long same_rows(sqlite3 *db, const char *qa, const char *qb)
{
	sqlite3_stmt *a, *b;
	assert_int_equal(sqlite3_prepare_v2(db, qa, -1, &a, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, qb, -1, &b, NULL), SQLITE_OK);
	long rows = 0;
	for (;;) {
		int ra = sqlite3_step(a), rb = sqlite3_step(b);
		if (ra != rb) {
			rows = -1;
			break;
		}
		if (ra != SQLITE_ROW)
			break;
		for (int c = 0; c < sqlite3_column_count(a); c++) {
			int na = sqlite3_column_bytes(a, c), nb = sqlite3_column_bytes(b, c);
			const void *pa = sqlite3_column_blob(a, c);
			const void *pb = sqlite3_column_blob(b, c);
			if (na != nb || (na && memcmp(pa, pb, (size_t)na) != 0))
				rows = -1;
		}
		if (rows < 0)
			break;
		rows++;
	}
	sqlite3_finalize(a);
	sqlite3_finalize(b);
	return rows;
}

/* Everything the index holds, both builds; returns the instances. */
static long compare_builds(void)
{
	sqlite3 *db = open_both();
	long inst = same_rows(db,
		"SELECT term, doc, col, offset FROM temp.ia ORDER BY 1, 2, 3, 4",
		"SELECT term, doc, col, offset FROM temp.ib ORDER BY 1, 2, 3, 4");
	long sizes = same_rows(db, "SELECT id, sz FROM main.search_docsize ORDER BY id",
			       "SELECT id, sz FROM b.search_docsize ORDER BY id");
	long totals = same_rows(db, "SELECT block FROM main.search_data WHERE id = 1",
				"SELECT block FROM b.search_data WHERE id = 1");
	long terms = same_rows(db, "SELECT term FROM main.search_term ORDER BY term",
			       "SELECT term FROM b.search_term ORDER BY term");
	sqlite3_close(db);
	if (inst < 0 || sizes < 0 || totals < 0 || terms < 0)
		return -1;
	assert_int_equal(sizes, NARTICLES + duplicate);
	assert_int_equal(totals, 1);
	assert_true(terms > 100);
	return inst;
}

static int integrity_check(const char *path)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(yd_search_register(db), SQLITE_OK);
	int rc = sqlite3_exec(db, "INSERT INTO search (search, rank) VALUES "
			      "('integrity-check', 1)", NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

static int64_t count(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int64_t n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* Segments in the structure record: its third varint (all below 128). */
static int64_t segments(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT block FROM search_data "
					    "WHERE id = 10", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_true(sqlite3_column_bytes(st, 0) > 5);
	const uint8_t *p = sqlite3_column_blob(st, 0);
	assert_true(p[5] < 0x80);
	int64_t n = p[5];
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

static void test_one_segment(void **state)
{
	(void)state;
	build(fts5_path, true, NULL);
	build(seg_path, false, NULL);
	assert_int_equal(segments(seg_path), 1);
	/* the writer's own pages: several leaves, terms split across pages,
	 * doclist indexes (the %_idx flag and their records) */
	assert_true(count(seg_path, "SELECT count(*) FROM search_data WHERE id > 10") > 20);
	assert_true(count(seg_path, "SELECT count(*) FROM search_idx WHERE pgno & 1") > 0);
	assert_true(count(seg_path, "SELECT count(*) FROM search_data "
			  "WHERE (id >> 36) & 1") > 0);
	assert_true(count(seg_path, "SELECT count(*) FROM search_data WHERE "
			  "id > 10 AND substr(block, 1, 2) = x'0000'") > 0);
	assert_int_equal(integrity_check(seg_path), SQLITE_OK);
	long inst = compare_builds();
	assert_true(inst > 100000);
}

static void test_batches(void **state)
{
	(void)state;
	build(fts5_path, true, NULL);
	build(seg_path, false, "20000");
	assert_int_equal(segments(seg_path), 1);      /* optimized */
	assert_int_equal(integrity_check(seg_path), SQLITE_OK);
	assert_true(compare_builds() > 100000);
}

/* FTS5 has read the (empty) index's structure in the same transaction
 * before the segments are written: it must read it again. */
static void test_structure_read_before(void **state)
{
	(void)state;
	build(fts5_path, true, NULL);
	build(seg_path, true, NULL);
	setenv("YIDU_SEGMENT_BATCH", "20000", 1);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(seg_path, &db), SQLITE_OK);
	assert_int_equal(yd_search_register(db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "BEGIN; INSERT INTO search (search) "
		"VALUES ('delete-all'); DELETE FROM search_term;"
		"SELECT count(*) FROM search WHERE search MATCH '医保'",
		NULL, NULL, NULL), SQLITE_OK);
	bool built = false;
	struct yd_segment_stats stats = { 0 };
	assert_int_equal(yd_search_segment_run(db, YD_SEGMENT_BUILD, &built, &stats),
			 SQLITE_OK);
	unsetenv("YIDU_SEGMENT_BATCH");
	assert_true(built);
	assert_true(stats.batches > 3);
	assert_int_equal(stats.segments, 1);
	assert_true(stats.long_tokens > 100);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM search "
		"WHERE search MATCH '医保'", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), NARTICLES);
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO search (search, rank) "
		"VALUES ('integrity-check', 1); COMMIT", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_true(compare_builds() > 100000);
}

/* No temporary file for the runs: FTS5 builds the index instead. */
static void test_no_temporary_file(void **state)
{
	(void)state;
	build(fts5_path, true, NULL);
	setenv("TMPDIR", "/nonexistent/yidu-test", 1);
	build(seg_path, false, NULL);
	unsetenv("TMPDIR");
	assert_int_equal(integrity_check(seg_path), SQLITE_OK);
	assert_true(compare_builds() > 100000);
	/* the build itself: nothing done, nothing left behind */
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(seg_path, &db), SQLITE_OK);
	assert_int_equal(yd_search_register(db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "BEGIN; INSERT INTO search (search) "
		"VALUES ('delete-all')", NULL, NULL, NULL), SQLITE_OK);
	setenv("TMPDIR", "/nonexistent/yidu-test", 1);
	bool built = true;
	assert_int_equal(yd_search_segment_run(db, YD_SEGMENT_BUILD, &built, NULL),
			 SQLITE_OK);
	unsetenv("TMPDIR");
	assert_false(built);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM "
		"search_docsize) + (SELECT count(*) FROM search_idx) + (SELECT "
		"count(*) FROM search_data WHERE id > 10)", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 0);
	sqlite3_finalize(st);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
}

/* Moves the first position of the first row of the first term on the
 * first leaf one token on (page 1: header, term length, term, rowid,
 * poslist size, then 0x01 and a column unless column 0, then the
 * position + 2). */
static void shift_first_position(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	uint8_t page[8192];
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT block FROM search_data "
		"WHERE id = (1 << 37) + 1", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int n = sqlite3_column_bytes(st, 0);
	assert_true(n > 16 && n <= (int)sizeof page);
	memcpy(page, sqlite3_column_blob(st, 0), (size_t)n);
	sqlite3_finalize(st);
	size_t i = 4;
	assert_true(page[i] < 0x80);
	i += 1 + page[i];                      /* the term */
	while (page[i] & 0x80)                 /* the rowid */
		i++;
	i++;
	assert_true(page[i] < 0x80);           /* the poslist size */
	i++;
	if (page[i] == 0x01)
		i += 2;
	assert_true(page[i] < 0x7f);
	page[i]++;
	assert_int_equal(sqlite3_prepare_v2(db, "UPDATE search_data SET block = ?1 "
		"WHERE id = (1 << 37) + 1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_blob(st, 1, page, n, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* The checks can fail: a damaged leaf fails FTS5's integrity-check, and
 * one position changed (which that check, on 3.40 and an external
 * content table, cannot see) fails the comparison. */
static void test_checks_can_fail(void **state)
{
	(void)state;
	build(fts5_path, true, NULL);
	build(seg_path, false, NULL);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(seg_path, &db), SQLITE_OK);
	/* a page's first term cut short */
	assert_int_equal(sqlite3_exec(db, "UPDATE search_data SET block = "
		"substr(block, 1, 4) || x'05' || substr(block, 6) WHERE id = "
		"(SELECT min(id) FROM search_data WHERE id > 10 AND "
		"substr(block, 1, 2) = x'0000' AND length(block) > 100)",
		NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_changes(db), 1);
	sqlite3_close(db);
	assert_int_not_equal(integrity_check(seg_path), SQLITE_OK);

	build(seg_path, false, NULL);
	shift_first_position(seg_path);
	assert_int_equal(compare_builds(), -1);
}

/* Built while the articles are stored (the default), and at the finish
 * from search_src: the same index as FTS5's, in one batch and in many. */
static void test_live(void **state)
{
	(void)state;
	build(fts5_path, true, NULL);
	unsigned before = yd_segment_live_builds();
	build(seg_path, false, NULL);
	assert_int_equal(yd_segment_live_builds(), before + 1);
	assert_int_equal(integrity_check(seg_path), SQLITE_OK);
	assert_true(compare_builds() > 100000);
	build(seg_path, false, "20000");
	assert_int_equal(yd_segment_live_builds(), before + 2);
	assert_int_equal(segments(seg_path), 1);
	assert_true(compare_builds() > 100000);
	live = false;
	build(seg_path, false, NULL);
	live = true;
	assert_int_equal(yd_segment_live_builds(), before + 2);
	assert_true(compare_builds() > 100000);
}

/* An article replaced after it was indexed: the build made while
 * storing is dropped and the finish builds the index from search_src
 * (still the same as FTS5's). */
static void test_live_replaced(void **state)
{
	(void)state;
	duplicate = true;
	build(fts5_path, true, NULL);
	unsigned before = yd_segment_live_builds();
	build(seg_path, false, "20000");
	assert_int_equal(yd_segment_live_builds(), before);
	assert_int_equal(integrity_check(seg_path), SQLITE_OK);
	assert_true(compare_builds() > 100000);
	duplicate = false;
}

/* The segment's pages made on one thread and written on the other
 * (lib/search-segw.c): the same index as FTS5's, with the default chunks
 * and with chunks of one record each (the worker waits for the writer at
 * every record); YIDU_SEGMENT_PIPE=0 makes no pipeline. */
static void test_pipeline(void **state)
{
	(void)state;
	build(fts5_path, true, NULL);
	const char *sizes[] = { "1", "64", "9000" };
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		unsigned before = yd_segw_pipelines();
		setenv("YIDU_SEGMENT_PIPE", sizes[i], 1);
		build(seg_path, false, i == 2 ? "20000" : NULL);
		unsetenv("YIDU_SEGMENT_PIPE");
		assert_int_equal(yd_segw_pipelines(), before + 1);
		assert_int_equal(integrity_check(seg_path), SQLITE_OK);
		assert_true(compare_builds() > 100000);
	}
	unsigned before = yd_segw_pipelines();
	setenv("YIDU_SEGMENT_PIPE", "0", 1);
	build(seg_path, false, NULL);
	unsetenv("YIDU_SEGMENT_PIPE");
	assert_int_equal(yd_segw_pipelines(), before);
	assert_true(compare_builds() > 100000);
}

/* The finish's hook (lib/build.c): the committed file's search_data root
 * page overwritten with zeros before it is checked. */
static void zero_search_data_root(const char *path)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rootpage, (SELECT "
		"page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = "
		"'search_data'", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	long page = sqlite3_column_int(st, 0), size = sqlite3_column_int(st, 1);
	sqlite3_finalize(st);
	sqlite3_close(db);
	assert_true(page > 1 && size >= 512);
	char zero[65536] = { 0 };
	FILE *f = fopen(path, "r+b");
	assert_non_null(f);
	assert_int_equal(fseek(f, (page - 1) * size, SEEK_SET), 0);
	assert_int_equal(fwrite(zero, 1, (size_t)size, f), (size_t)size);
	assert_int_equal(fclose(f), 0);
}

static off_t file_size(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 ? sb.st_size : -1;
}

/* The file written is checked after it is committed, beside the thread
 * that syncs it: damaged, it is not put in place (the corpus there is
 * kept) and the temporary file is gone. */
static void test_damaged_not_installed(void **state)
{
	(void)state;
	build(seg_path, false, NULL);
	off_t before = file_size(seg_path);
	assert_true(before > 0);

	yd_build_opts o = { .datadir = datadir };
	yd_error err = { 0 };
	yd_builder *b = yd_builder_new(seg_path, &o, &err);
	if (!b)
		fail_msg("builder: %s", err.msg);
	seed = 18;
	for (int i = 1; i <= NARTICLES / 2; i++)
		add_article(b, i);
	char tmp[sizeof dir + 64];
	snprintf(tmp, sizeof tmp, "%s", yd_builder_temp_path(b));
	yd_builder_test_before_check(zero_search_data_root);
	int rc = yd_builder_finish(b, NULL, &err);
	yd_builder_test_before_check(NULL);
	assert_int_equal(rc, -1);
	assert_int_equal(err.code, YD_ECORRUPT);
	assert_non_null(strstr(err.msg, "damaged"));
	assert_int_equal(file_size(seg_path), before);
	assert_int_equal(access(tmp, F_OK), -1);
	assert_int_equal(integrity_check(seg_path), SQLITE_OK);
}

static int setup(void **state)
{
	(void)state;
	const char *d = getenv("YIDU_DATA_DIR"), *top = getenv("top_srcdir");
	if (d)
		snprintf(datadir, sizeof datadir, "%s", d);
	else
		snprintf(datadir, sizeof datadir, "%s/data", top ? top : ".");
	if (!mkdtemp(dir))
		return -1;
	snprintf(fts5_path, sizeof fts5_path, "%s/fts5.db", dir);
	snprintf(seg_path, sizeof seg_path, "%s/seg.db", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(fts5_path);
	unlink(seg_path);
	rmdir(dir);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_segment),
		cmocka_unit_test(test_batches),
		cmocka_unit_test(test_structure_read_before),
		cmocka_unit_test(test_checks_can_fail),
		cmocka_unit_test(test_no_temporary_file),
		cmocka_unit_test(test_live),
		cmocka_unit_test(test_live_replaced),
		cmocka_unit_test(test_pipeline),
		cmocka_unit_test(test_damaged_not_installed),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
