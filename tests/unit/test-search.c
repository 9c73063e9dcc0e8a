/* Search over the sample corpus (data/sample.db, built by make): recall
 * against a brute-force scan of the stored text, Traditional and pinyin
 * queries, hostile input, ranking order, highlighting. */
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

#include "yidu/search.h"
#include "search-internal.h"

static char *corpus_path(void)
{
	const char *b = getenv("top_builddir");
	static char p[4096];
	snprintf(p, sizeof p, "%s/data/sample.db", b ? b : ".");
	return p;
}

/* Every article: id and its searchable text (title, summary, plain body). */
struct doc {
	int64_t id;
	char *title, *text;
};
static struct doc *docs;
static size_t ndocs;
static yd_corpus *corpus;

static int setup(void **state)
{
	yd_error err = { 0 };
	corpus = yd_corpus_open(corpus_path(), &err);
	if (!corpus) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	sqlite3 *db;
	sqlite3_stmt *st;
	if (sqlite3_open_v2(corpus_path(), &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT id, title, coalesce(summary, ''), "
			       "coalesce(body, '') FROM article", -1, &st, NULL) != SQLITE_OK)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		docs = realloc(docs, (ndocs + 1) * sizeof *docs);
		struct doc *d = &docs[ndocs++];
		d->id = sqlite3_column_int64(st, 0);
		d->title = strdup((const char *)sqlite3_column_text(st, 1));
		char *plain = yd_search_plain_text((const char *)sqlite3_column_text(st, 3));
		const char *sum = (const char *)sqlite3_column_text(st, 2);
		d->text = malloc(strlen(d->title) + strlen(sum) + strlen(plain) + 3);
		sprintf(d->text, "%s\n%s\n%s", d->title, sum, plain);
		free(plain);
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return ndocs > 100 ? 0 : -1;
}

static int teardown(void **state)
{
	for (size_t i = 0; i < ndocs; i++) {
		free(docs[i].title);
		free(docs[i].text);
	}
	free(docs);
	yd_corpus_close(corpus);
	return 0;
}

/* All result ids of a query (the sample is far below the ranking cap). */
static size_t search_all(const char *q, int64_t *ids, size_t max, bool *titles)
{
	yd_search_results r;
	yd_error err = { 0 };
	assert_int_equal(yd_search(corpus, q, 0, 1, 0, max, &r, &err), 0);
	assert_false(r.more);
	assert_int_equal(r.count, r.n);
	for (size_t i = 0; i < r.n; i++) {
		ids[i] = r.v[i].id;
		if (titles)
			titles[i] = r.v[i].title_match;
	}
	size_t n = r.n;
	yd_search_results_free(&r);
	return n;
}

static bool has(const int64_t *ids, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

/* Every article whose text contains the word is found, and, when the
 * word is asked for as a "phrase" (words of Han characters only), nothing
 * else: unquoted, 门诊统筹 is the words 门诊 and 统筹, and articles with
 * only one of them come after those with both. */
static void check_recall_as(const char *word, bool exact)
{
	char q[256];
	snprintf(q, sizeof q, exact ? "\"%s\"" : "%s", word);
	int64_t ids[2000];
	size_t n = search_all(q, ids, 2000, NULL);
	size_t expect = 0;
	for (size_t i = 0; i < ndocs; i++) {
		if (!strstr(docs[i].text, word))
			continue;
		expect++;
		if (!has(ids, n, docs[i].id))
			fail_msg("%s: article %lld contains it but was not found",
				 word, (long long)docs[i].id);
	}
	if (exact && n != expect)
		fail_msg("%s: %zu found, %zu contain it", q, n, expect);
}

static void check_recall(const char *word, bool exact)
{
	check_recall_as(word, false);
	if (exact)
		check_recall_as(word, true);
}

static void test_recall_words(void **state)
{
	static const char *const w[] = {
		"医", "保", "医保", "报销", "备案", "医院", "挂号", "门诊",
		"异地就医", "门诊统筹", "个人账户", "住院", "长期护理", "社保卡",
		"定点医疗机构", "慢特病",
	};
	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
		check_recall(w[i], true);
	check_recall("12393", false);
}

/* Every 1- to 4-character piece of the first titles' Han runs. */
static void test_recall_title_pieces(void **state)
{
	size_t checked = 0;
	for (size_t d = 0; d < ndocs && d < 12; d++) {
		const char *t = docs[d].title;
		size_t n = strlen(t);
		for (size_t i = 0; i + 3 <= n; i += 3) {
			if ((unsigned char)t[i] < 0xE4 || (unsigned char)t[i] > 0xE9)
				break;
			for (size_t len = 1; len <= 4 && i + len * 3 <= n; len++) {
				char w[16];
				bool han = true;
				for (size_t k = 0; k < len; k++)
					han &= (unsigned char)t[i + 3 * k] >= 0xE4 &&
						(unsigned char)t[i + 3 * k] <= 0xE9;
				if (!han)
					break;
				memcpy(w, t + i, len * 3);
				w[len * 3] = '\0';
				check_recall(w, true);
				checked++;
			}
		}
	}
	assert_true(checked > 50);
}

static void test_mixed(void **state)
{
	int64_t a[2000], b[2000];
	size_t na = search_all("医保 APP", a, 2000, NULL);
	size_t nb = search_all("医保 app", b, 2000, NULL);
	assert_true(na > 0);
	assert_int_equal(na, nb);
	for (size_t i = 0; i < ndocs; i++) {
		bool both = strstr(docs[i].text, "医保") &&
			(strstr(docs[i].text, "APP") || strstr(docs[i].text, "App") ||
			 strstr(docs[i].text, "app"));
		if (both && !has(a, na, docs[i].id))
			fail_msg("医保 APP misses %lld", (long long)docs[i].id);
	}
	check_recall("12393", false);
}

static void test_traditional(void **state)
{
	int64_t a[2000], b[2000];
	size_t na = search_all("医保", a, 2000, NULL);
	size_t nb = search_all("醫保", b, 2000, NULL);
	assert_true(na > 10);
	assert_int_equal(na, nb);
	for (size_t i = 0; i < na; i++)
		assert_true(has(b, nb, a[i]));
	na = search_all("异地就医", a, 2000, NULL);
	nb = search_all("異地就醫", b, 2000, NULL);
	assert_true(na > 0);
	assert_int_equal(na, nb);
}

/* yibao, yi bao and yb find every article with 医保 in its title. */
static void test_pinyin(void **state)
{
	static const char *const q[] = { "yibao", "yi bao", "YiBao", "yb" };
	for (size_t k = 0; k < sizeof q / sizeof q[0]; k++) {
		int64_t ids[2000];
		bool title[2000];
		size_t n = search_all(q[k], ids, 2000, title);
		size_t with = 0;
		for (size_t i = 0; i < ndocs; i++) {
			if (!strstr(docs[i].title, "医保"))
				continue;
			with++;
			if (!has(ids, n, docs[i].id))
				fail_msg("%s misses %s", q[k], docs[i].title);
		}
		assert_true(with > 5);
		for (size_t i = 0; i < n; i++)
			assert_true(title[i]);
	}
	/* a polyphonic character: 行 is both xing and hang */
	int64_t a[2000], b[2000];
	size_t na = search_all("yinhang", a, 2000, NULL);
	size_t nb = search_all("xingzheng", b, 2000, NULL);
	size_t ya = 0, yb = 0;
	for (size_t i = 0; i < ndocs; i++) {
		ya += strstr(docs[i].title, "银行") != NULL;
		yb += strstr(docs[i].title, "行政") != NULL;
	}
	assert_true(na >= ya && nb >= yb);
}

static void test_hostile(void **state)
{
	static const char *const q[] = {
		"\"", "\"\"", "*", "(", ")", ":", "^", "NEAR", "AND", "OR", "NOT",
		"NEAR(医保 报销, 2)", "title:医保", "医保*", "^医保", "-", "--", "- -",
		"\"医保", "医保\"", "'", "\\", "{title}: x", "a OR b AND (c",
		"\xff\xfe", "\xe5\x8c", "医\xff保", "\xc0\x80", "　", "“”", "「」",
		"-医保", "-\"医保\"", "+医保", "\x01\x02\x7f", "",
	};
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		yd_search_results r;
		yd_error err = { 0 };
		if (yd_search(corpus, q[i], 0, 1, 0, 10, &r, &err) != 0)
			fail_msg("query %zu failed: %s", i, err.msg);
		yd_search_results_free(&r);
		yd_range *rg;
		assert_true(yd_search_highlight("医保报销", 12, q[i], &rg) >= 0);
		free(rg);
	}
	size_t big = 10 * 1024;
	char *s = malloc(big + 1);
	for (size_t i = 0; i < big; i++)
		s[i] = "医保\" (*:^-x "[i % 13];
	s[big] = '\0';
	yd_search_results r;
	yd_error err = { 0 };
	assert_int_equal(yd_search(corpus, s, 0, 1, 0, 10, &r, &err), 0);
	yd_search_results_free(&r);
	free(s);
}

/* Title matches come first; the query's exclusions are honoured. */
static void test_ranking(void **state)
{
	int64_t ids[2000];
	bool title[2000];
	size_t n = search_all("备案", ids, 2000, title);
	size_t t = 0;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && title[i])
			assert_true(title[i - 1]);
		t += title[i];
		/* title_match agrees with the stored title */
		for (size_t d = 0; d < ndocs; d++)
			if (docs[d].id == ids[i])
				assert_int_equal(title[i], strstr(docs[d].title, "备案") != NULL);
	}
	assert_true(t > 0 && t < n);

	n = search_all("医保 -异地", ids, 2000, NULL);
	assert_true(n > 0);
	for (size_t i = 0; i < n; i++)
		for (size_t d = 0; d < ndocs; d++)
			if (docs[d].id == ids[i])
				assert_null(strstr(docs[d].text, "异地"));
}

static void test_snippets(void **state)
{
	yd_search_results r;
	yd_error err = { 0 };
	assert_int_equal(yd_search(corpus, "门诊统筹", 0, 1, 0, 5, &r, &err), 0);
	assert_true(r.n > 0);
	for (size_t i = 0; i < r.n; i++) {
		assert_non_null(strstr(r.v[i].snippet, "门诊统筹"));
		assert_true(r.v[i].nranges > 0);
		/* the words together are one marked match */
		bool whole = false;
		for (size_t k = 0; k < r.v[i].nranges; k++) {
			const yd_range *g = &r.v[i].ranges[k];
			whole |= g->end - g->start == strlen("门诊统筹") &&
				memcmp(r.v[i].snippet + g->start, "门诊统筹",
				       g->end - g->start) == 0;
		}
		assert_true(whole);
		assert_null(strchr(r.v[i].snippet, '\n'));
	}
	yd_search_results_free(&r);
}

static void test_highlight(void **state)
{
	const char *t = "醫保和医保，yibao 医保卡";
	yd_range *r;
	long n = yd_search_highlight(t, strlen(t), "医保", &r);
	assert_int_equal(n, 3);
	assert_int_equal(r[0].start, 0);
	assert_int_equal(r[0].end, 6);
	assert_int_equal(r[1].start, 9);
	assert_int_equal(r[2].start, strlen("醫保和医保，yibao "));
	free(r);
	/* a pinyin word marks the characters it spells */
	t = "异地就医备案";
	n = yd_search_highlight(t, strlen(t), "jiuyi", &r);
	assert_int_equal(n, 1);
	assert_int_equal(r[0].start, 6);
	assert_int_equal(r[0].end, 12);
	free(r);
	n = yd_search_highlight(t, strlen(t), "-备案 医", &r);
	assert_int_equal(n, 1);
	assert_int_equal(r[0].start, 9);
	free(r);
}

/* A filtered search finds exactly the unfiltered results that are in the
 * filter's list, in the same order (the filter is not ranked). */
static void check_filter(const char *q, int64_t region, int64_t topic)
{
	yd_search_results all, some;
	yd_error err = { 0 };
	assert_int_equal(yd_search(corpus, q, 0, 1, 0, 2000, &all, &err), 0);
	assert_false(all.more);
	assert_int_equal(yd_search(corpus, q, region, topic, 0, 2000, &some, &err), 0);
	yd_list_page p;
	assert_int_equal(yd_corpus_list(corpus, region, topic, INT64_MAX, false,
					5000, &p, &err), 0);
	size_t k = 0;
	for (size_t i = 0; i < all.n; i++) {
		bool in = false;
		for (size_t j = 0; j < p.n && !in; j++)
			in = p.v[j].id == all.v[i].id;
		if (!in)
			continue;
		if (k >= some.n)
			fail_msg("%s in %lld/%lld: article %lld missing", q,
				 (long long)region, (long long)topic,
				 (long long)all.v[i].id);
		assert_int_equal(some.v[k].id, all.v[i].id);
		k++;
	}
	assert_int_equal(k, some.n);
	assert_int_equal(some.count, some.n);
	yd_list_page_free(&p);
	yd_search_results_free(&all);
	yd_search_results_free(&some);
}

static void test_filter(void **state)
{
	int64_t gd = yd_corpus_region_code(corpus, "广东省");
	int64_t sz = yd_corpus_region_code(corpus, "深圳市");
	int64_t acct = yd_corpus_topic_id(corpus, "医保/个人账户");
	int64_t yb = yd_corpus_topic_id(corpus, "医保");
	assert_true(gd > 0 && sz > 0 && acct > 1 && yb > 1);
	/* the filters narrow, and are not empty */
	yd_search_results r;
	yd_error err = { 0 };
	assert_int_equal(yd_search(corpus, "医保", gd, 1, 0, 2000, &r, &err), 0);
	size_t in_gd = r.n;
	yd_search_results_free(&r);
	assert_int_equal(yd_search(corpus, "医保", 0, 1, 0, 2000, &r, &err), 0);
	assert_true(in_gd > 0 && in_gd < r.n);
	yd_search_results_free(&r);
	const char *qs[] = { "医保", "报销", "个人账户", "yibao", "医保 -异地", "医",
			     "医 南 药" };
	/* and with a lone character's bands of age 8 ids wide (the sample
	 * then has 29 of them, not 2) */
	for (int narrow = 0; narrow < 2; narrow++) {
		if (narrow)
			setenv("YIDU_SEARCH_LONE_BAND", "8", 1);
		for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
			check_filter(qs[i], gd, 1);
			check_filter(qs[i], sz, 1);
			check_filter(qs[i], 0, yb);
			check_filter(qs[i], 0, acct);
			check_filter(qs[i], gd, yb);
			check_filter(qs[i], sz, acct);
		}
	}
	unsetenv("YIDU_SEARCH_LONE_BAND");
}

/* A search and an article's reading each hold one read transaction
 * (yd_sql_read_begin) and end it: afterwards another connection can
 * take the file's exclusive lock, which a shared lock left behind would
 * refuse (SQLITE_BUSY). On a copy of the sample, the test's own file. */
static void test_no_lock_left(void **state)
{
	(void)state;
	char tmp[] = "/tmp/yidu-test-lock-XXXXXX";
	int fd = mkstemp(tmp);
	assert_true(fd >= 0);
	FILE *in = fopen(corpus_path(), "rb"), *out = fdopen(fd, "wb");
	assert_non_null(in);
	assert_non_null(out);
	char buf[1 << 14];
	size_t k;
	while ((k = fread(buf, 1, sizeof buf, in)) > 0)
		assert_int_equal(fwrite(buf, 1, k, out), k);
	fclose(in);
	assert_int_equal(fclose(out), 0);

	yd_error err = { 0 };
	yd_corpus *c = yd_corpus_open(tmp, &err);
	assert_non_null(c);
	const char *qs[] = { "住院怎么报销", "医", "医 保 院" };
	for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
		yd_search_results r;
		assert_int_equal(yd_search(c, qs[i], 0, 1, 0, 20, &r, &err), 0);
		assert_true(r.n > 0);
		yd_full_article a;
		assert_int_equal(yd_corpus_article(c, r.v[0].id, &a, &err), 0);
		yd_full_article_free(&a);
		yd_search_results_free(&r);
		sqlite3 *w;
		assert_int_equal(sqlite3_open_v2(tmp, &w, SQLITE_OPEN_READWRITE, NULL),
				 SQLITE_OK);
		assert_int_equal(sqlite3_exec(w, "BEGIN EXCLUSIVE; COMMIT", NULL, NULL,
					      NULL), SQLITE_OK);
		sqlite3_close(w);
	}
	yd_corpus_close(c);
	unlink(tmp);
}

/* A lone character's results come in bands of age, and a page reads
 * only up to its own band: page after page gives every result of the
 * whole list, in its order, and the count of a page is never below the
 * real count (the list view relies on that to page on). */
static void check_pages(const char *q, int64_t region, int64_t topic)
{
	yd_search_results all;
	yd_error err = { 0 };
	assert_int_equal(yd_search(corpus, q, region, topic, 0, 2000, &all, &err), 0);
	assert_true(all.n > 0);
	size_t k = 0;
	for (size_t off = 0; off <= all.n; off += 7) {
		yd_search_results pg;
		assert_int_equal(yd_search(corpus, q, region, topic, off, 7, &pg, &err), 0);
		assert_true(pg.count >= all.count);
		for (size_t i = 0; i < pg.n; i++, k++)
			if (k >= all.n || pg.v[i].id != all.v[k].id)
				fail_msg("%s: result %zu differs when paged", q, k);
		yd_search_results_free(&pg);
	}
	assert_int_equal(k, all.n);
	yd_search_results_free(&all);
}

/* Questions and words in bands of 40 articles (one band holds the whole
 * sample otherwise): paging is complete and in one order. (A filter of
 * at most 2,000 articles is read whole, in one band, so it does not
 * keep the banded unfiltered order.) */
static void test_bands(void **state)
{
	int64_t gd = yd_corpus_region_code(corpus, "广东省");
	int64_t yb = yd_corpus_topic_id(corpus, "医保");
	const char *qs[] = { "医保", "住院怎么报销", "深圳医保电话", "异地就医备案需要什么材料",
			     "医保 -异地" };
	setenv("YIDU_SEARCH_BAND", "40", 1);
	for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
		check_pages(qs[i], 0, 1);
		check_pages(qs[i], gd, 1);
		check_pages(qs[i], 0, yb);
	}
	unsetenv("YIDU_SEARCH_BAND");
}

/* With a large filter, a question's every-word tier tests the filter on
 * each match's facets, and after a budget of matches outside it lets
 * FTS5 apply it instead (lib/search.c, run_tier): whichever way, and
 * wherever the switch falls, the filtered results are the unfiltered
 * ones in the filter's list, in their order, and page alike. The sample
 * is given the shape of a large corpus: bands of 40 articles, no filter
 * read whole. */
static void test_filter_on_facets(void **state)
{
	int64_t gd = yd_corpus_region_code(corpus, "广东省");
	int64_t yb = yd_corpus_topic_id(corpus, "医保");
	int64_t acct = yd_corpus_topic_id(corpus, "医保/个人账户");
	const char *qs[] = { "住院怎么报销", "异地就医备案需要什么材料", "医保 报销",
			     "个人账户 家庭共济" };
	const char *budgets[] = { "0", "2", "100000" };
	setenv("YIDU_SEARCH_BAND", "40", 1);
	setenv("YIDU_SEARCH_WHOLE", "0", 1);
	for (size_t b = 0; b < sizeof budgets / sizeof *budgets; b++) {
		setenv("YIDU_SEARCH_POST_BUDGET", budgets[b], 1);
		for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
			check_filter(qs[i], gd, 1);
			check_filter(qs[i], 0, yb);
			check_filter(qs[i], 0, acct);
			check_filter(qs[i], gd, yb);
			check_pages(qs[i], gd, 1);
			check_pages(qs[i], 0, acct);
		}
	}
	unsetenv("YIDU_SEARCH_POST_BUDGET");
	unsetenv("YIDU_SEARCH_WHOLE");
	unsetenv("YIDU_SEARCH_BAND");
}

/* After the newest band finds nothing within a filter, one reading of
 * all the older articles says whether any matches at all (lib/search.c,
 * older_match): with it or without (YIDU_SEARCH_PROBE=0, every band
 * read in turn) the results, scores, counts and pages are the same, for
 * words with matches only in older bands and for words with none. */
static void test_older_match(void **state)
{
	int64_t filters[][2] = {
		{ yd_corpus_region_code(corpus, "广东省"), 1 },
		{ 0, yd_corpus_topic_id(corpus, "医保/个人账户") },
		{ yd_corpus_region_code(corpus, "四川省"), 1 },
	};
	const char *qs[] = { "住院怎么报销", "异地就医", "家庭共济", "没有这个词语的文章",
			     "个人账户 家庭共济" };
	yd_error err = { 0 };
	setenv("YIDU_SEARCH_BAND", "40", 1);
	setenv("YIDU_SEARCH_WHOLE", "0", 1);
	for (size_t i = 0; i < sizeof qs / sizeof *qs; i++)
		for (size_t f = 0; f < sizeof filters / sizeof *filters; f++) {
			yd_search_results a, b;
			setenv("YIDU_SEARCH_PROBE", "1", 1);
			assert_int_equal(yd_search(corpus, qs[i], filters[f][0], filters[f][1],
						   0, 2000, &a, &err), 0);
			setenv("YIDU_SEARCH_PROBE", "0", 1);
			assert_int_equal(yd_search(corpus, qs[i], filters[f][0], filters[f][1],
						   0, 2000, &b, &err), 0);
			if (a.n != b.n || a.count != b.count || a.more != b.more)
				fail_msg("%s in %lld/%lld: %zu results with the probe, %zu "
					 "without", qs[i], (long long)filters[f][0],
					 (long long)filters[f][1], a.n, b.n);
			for (size_t k = 0; k < a.n; k++)
				if (a.v[k].id != b.v[k].id || a.v[k].score != b.v[k].score)
					fail_msg("%s: result %zu differs with the probe", qs[i], k);
			yd_search_results_free(&a);
			yd_search_results_free(&b);
		}
	unsetenv("YIDU_SEARCH_PROBE");
	unsetenv("YIDU_SEARCH_WHOLE");
	unsetenv("YIDU_SEARCH_BAND");
}

/* One search with YIDU_SEARCH_TEXT set to `text` (the largest filter a
 * lone character is read from the text within, lib/search.c), and
 * that reading not left to FTS5 for a small corpus. */
static void search_text(const char *text, const char *q, int64_t region,
			int64_t topic, size_t off, size_t limit, yd_search_results *r)
{
	yd_error err = { 0 };
	setenv("YIDU_SEARCH_TEXT", text, 1);
	/* however few the pages saved; YIDU_TEST_PAGES (the text side):
	 * however many, so that every filter is read as FTS5 reads it
	 * but for its sparse words (DRIVEN) */
	const char *pages = strcmp(text, "0") != 0 ? getenv("YIDU_TEST_PAGES") : NULL;
	setenv("YIDU_SEARCH_TEXT_PAGES", pages ? pages : "0", 1);
	assert_int_equal(yd_search(corpus, q, region, topic, off, limit, r, &err), 0);
	unsetenv("YIDU_SEARCH_TEXT_PAGES");
	unsetenv("YIDU_SEARCH_TEXT");
}

/* The same page, hit for hit (scores to the last bit), whether the lone
 * character is found in the filter's articles' text or by FTS5. */
static size_t check_same_page(const char *q, int64_t region, int64_t topic,
			      size_t off, size_t limit)
{
	yd_search_results a, b;
	/* every filter small (the text gives every tier), every filter
	 * larger (the tier of every word by FTS5 with the reading's
	 * weights, unless a cheap word finds it; the others from the text) */
	search_text(getenv("YIDU_TEST_TEXT") ? getenv("YIDU_TEST_TEXT") : "100000",
		    q, region, topic, off, limit, &a);
	search_text("0", q, region, topic, off, limit, &b);
	if (a.n != b.n || a.count != b.count || a.more != b.more)
		fail_msg("%s in %lld/%lld at %zu: %zu (%zu%s) results from the "
			 "text, %zu (%zu%s) from the index", q, (long long)region,
			 (long long)topic, off, a.n, a.count, a.more ? "+" : "",
			 b.n, b.count, b.more ? "+" : "");
	for (size_t i = 0; i < a.n; i++)
		if (a.v[i].id != b.v[i].id || a.v[i].score != b.v[i].score ||
		    a.v[i].title_match != b.v[i].title_match ||
		    strcmp(a.v[i].snippet, b.v[i].snippet) != 0)
			fail_msg("%s in %lld/%lld: result %zu is %lld (%.17g) from "
				 "the text, %lld (%.17g) from the index", q,
				 (long long)region, (long long)topic, off + i,
				 (long long)a.v[i].id, a.v[i].score,
				 (long long)b.v[i].id, b.v[i].score);
	size_t n = a.n;
	yd_search_results_free(&a);
	yd_search_results_free(&b);
	return n;
}

/* Lone characters (ORs of over 64 index terms) within a small filter
 * are read from the filter's articles' text (lib/search.c, run_text),
 * once for the tier of every word and that of any one: the results,
 * their order, scores and counts are the index's, for every page; also
 * where the words FTS5 finds cheaply find the tier of every word
 * (YIDU_SEARCH_TEXT_SPARSE: none, the first, the second, all), where
 * every filter is larger than the first tier's reading (YIDU_SEARCH_TEXT
 * 1: FTS5 reads it with the reading's weights), with a character rare in
 * the filter (南, 津: 医 南 within a county without 南), with three words
 * (the tier between read by FTS5), and when the reading gives up after
 * a budget of articles without the words and FTS5 reads the tier and
 * those after it instead. */
static void test_lone_in_text(void **state)
{
	int64_t gd = yd_corpus_region_code(corpus, "广东省");
	int64_t sz = yd_corpus_region_code(corpus, "深圳市");
	int64_t yb = yd_corpus_topic_id(corpus, "医保");
	int64_t acct = yd_corpus_topic_id(corpus, "医保/个人账户");
	const struct { int64_t region, topic; } f[] = {
		{ gd, 1 }, { sz, 1 }, { 0, yb }, { 0, acct }, { gd, yb }, { sz, acct },
	};
	const char *qs[] = { "医", "保", "院", "费", "医 保", "院 费", "2025年",
			     "医 南", "南 医", "院 津", "保 京 药", "醫 南",
			     "医 南 药", "药 院 南", "医 保 院 费" };
	const char *budgets[] = { "100000", "0", "3" };
	const char *sparse[] = { "0", "1", "2", "7" };   /* words, a bit each */
	const char *small[] = { "100000", "1" };
	/* the lower tiers' cap: 500, and few, so that the tiers between
	 * (at least two of three words) keep only some of their rows */
	const char *lower[] = { "500", "4" };
	/* Each pair of two knobs' values meets in at least one run (a
	 * covering array: 12 runs, not the 48 of every combination, which
	 * made this test most of make check's time under the sanitizers):
	 * budget, lower, sparse, small, as indexes into the lists above. */
	static const unsigned char runs[][4] = {
		{ 0, 0, 0, 0 }, { 1, 0, 0, 0 }, { 2, 1, 0, 1 }, { 0, 0, 1, 0 },
		{ 1, 0, 1, 0 }, { 2, 1, 1, 1 }, { 0, 0, 2, 0 }, { 1, 0, 2, 1 },
		{ 2, 1, 2, 0 }, { 0, 1, 3, 1 }, { 1, 1, 3, 0 }, { 2, 0, 3, 0 },
	};
	size_t found = 0;
	for (size_t r = 0; r < sizeof runs / sizeof *runs; r++) {
		setenv("YIDU_SEARCH_TEXT_BUDGET", budgets[runs[r][0]], 1);
		setenv("YIDU_SEARCH_LOWER", lower[runs[r][1]], 1);
		setenv("YIDU_SEARCH_TEXT_SPARSE", sparse[runs[r][2]], 1);
		setenv("YIDU_TEST_TEXT", small[runs[r][3]], 1);
		for (size_t i = 0; i < sizeof qs / sizeof *qs; i++)
			for (size_t j = 0; j < sizeof f / sizeof *f; j++) {
				size_t all = check_same_page(qs[i], f[j].region,
							     f[j].topic, 0, 2000);
				found += all;
				/* pages stop at their own band (unbounded budget) */
				for (size_t off = 0; runs[r][0] == 0 && off <= all; off += 9)
					check_same_page(qs[i], f[j].region,
							f[j].topic, off, 9);
			}
	}
	unsetenv("YIDU_SEARCH_TEXT_BUDGET");
	unsetenv("YIDU_SEARCH_LOWER");
	unsetenv("YIDU_SEARCH_TEXT_SPARSE");
	unsetenv("YIDU_TEST_TEXT");
	assert_true(found > 100);
}

/* Without a filter, within one too large to read (every filter, with
 * YIDU_SEARCH_TEXT_LOWER 0) or one FTS5 reads as fast as the text (every
 * filter, with YIDU_SEARCH_TEXT_PAGES far above the pages an article
 * costs), a sparse word's articles find the tiers of
 * lone characters (lib/search.c, DRIVEN): the tier of every word from
 * the sparse words ANDed, the tier of at least k of n words from the
 * n - k + 1 sparsest ORed, each article's account from its text. The
 * results, their order, scores and counts are the index's, whole and
 * page by page, whichever words are taken as sparse (the estimate's, the
 * first, the second, the first and third) and when the reading gives up
 * after a budget of articles without the tier's words (0, 3 × 8) and
 * FTS5 reads the tier instead. */
static void test_driven(void **state)
{
	int64_t gd = yd_corpus_region_code(corpus, "广东省");
	int64_t sz = yd_corpus_region_code(corpus, "深圳市");
	int64_t acct = yd_corpus_topic_id(corpus, "医保/个人账户");
	const struct { int64_t region, topic; } f[] = {
		{ 0, 1 }, { gd, 1 }, { 0, acct }, { sz, acct },
	};
	const char *qs[] = { "医 南", "南 医", "医 南 药", "药 院 南", "医 保 院 费",
			     "保 京 药", "医 药 京 南" };
	/* budget, sparse words (NULL: the estimate's) */
	static const char *const runs[][2] = {
		{ "100000", NULL }, { "100000", "5" }, { "0", "1" }, { "3", "2" },
		{ "0", NULL }, { "3", "5" },
	};
	size_t found = 0, nrun = sizeof runs / sizeof *runs;
	for (size_t r = 0; r < 2 * nrun; r++) {
		size_t k = r % nrun;
		/* too large to read, then read as fast by FTS5 */
		if (r < nrun)
			setenv("YIDU_SEARCH_TEXT_LOWER", "0", 1);
		else {
			unsetenv("YIDU_SEARCH_TEXT_LOWER");
			setenv("YIDU_TEST_PAGES", "1000000000", 1);
		}
		setenv("YIDU_SEARCH_TEXT_BUDGET", runs[k][0], 1);
		if (runs[k][1])
			setenv("YIDU_SEARCH_TEXT_SPARSE", runs[k][1], 1);
		else
			unsetenv("YIDU_SEARCH_TEXT_SPARSE");
		for (size_t i = 0; i < sizeof qs / sizeof *qs; i++)
			for (size_t j = 0; j < sizeof f / sizeof *f; j++) {
				size_t all = check_same_page(qs[i], f[j].region,
							     f[j].topic, 0, 2000);
				found += all;
				for (size_t off = 0; k < 2 && off <= all; off += 9)
					check_same_page(qs[i], f[j].region,
							f[j].topic, off, 9);
			}
	}
	unsetenv("YIDU_TEST_PAGES");
	unsetenv("YIDU_SEARCH_TEXT_LOWER");
	unsetenv("YIDU_SEARCH_TEXT_BUDGET");
	unsetenv("YIDU_SEARCH_TEXT_SPARSE");
	assert_true(found > 100);
}

/* Within a filter read whole, and within each band of a larger one,
 * every tier of a question or of words comes from one reading of the
 * tier of any one word (lib/search.c, ONCE): hit for hit (scores to the
 * last bit, snippets), count and `more` as with a pass of FTS5 per
 * tier, whole and page by page, with the lower tiers' cap at 500 and at
 * 4 (the cap reached in a tier between, the rows past it not taken),
 * the sample in one band and read whole, and in bands of 40 articles
 * with no filter read whole (a tier that passes the cap read again
 * newest first), and with a band found to hold more than 3 rows read a
 * tier at a time. */
static void test_once(void **state)
{
	int64_t gd = yd_corpus_region_code(corpus, "广东省");
	int64_t sz = yd_corpus_region_code(corpus, "深圳市");
	int64_t yb = yd_corpus_topic_id(corpus, "医保");
	int64_t acct = yd_corpus_topic_id(corpus, "医保/个人账户");
	const struct { int64_t region, topic; } f[] = {
		{ gd, 1 }, { sz, 1 }, { 0, yb }, { sz, acct },
	};
	const char *qs[] = { "住院怎么报销", "异地就医备案需要什么材料", "医保 报销",
			     "门诊统筹 报销", "深圳医保电话", "医保 -异地", "yi bao",
			     "异地就医 3月", "个人账户 家庭共济 药" };
	const char *lower[] = { "500", "4" };
	/* band, largest filter read whole, rows a band read once holds */
	static const char *const shape[][3] = {
		{ "32768", "2000", "2000" }, { "40", "0", "2000" }, { "40", "0", "3" },
	};
	size_t found = 0;
	for (size_t l = 0; l < 2 * sizeof shape / sizeof *shape; l++) {
		setenv("YIDU_SEARCH_LOWER", lower[l % 2], 1);
		setenv("YIDU_SEARCH_BAND", shape[l / 2][0], 1);
		setenv("YIDU_SEARCH_WHOLE", shape[l / 2][1], 1);
		setenv("YIDU_SEARCH_ONCE_MAX", shape[l / 2][2], 1);
		for (size_t i = 0; i < sizeof qs / sizeof *qs; i++)
			for (size_t j = 0; j < sizeof f / sizeof *f; j++)
				for (size_t off = 0; off < 40; off += 13) {
					yd_search_results a, b;
					yd_error err = { 0 };
					size_t lim = off ? 13 : 2000;
					setenv("YIDU_SEARCH_ONCE", "1", 1);
					assert_int_equal(yd_search(corpus, qs[i], f[j].region,
								   f[j].topic, off, lim,
								   &a, &err), 0);
					setenv("YIDU_SEARCH_ONCE", "0", 1);
					assert_int_equal(yd_search(corpus, qs[i], f[j].region,
								   f[j].topic, off, lim,
								   &b, &err), 0);
					if (a.n != b.n || a.count != b.count || a.more != b.more)
						fail_msg("%s in %lld/%lld at %zu: %zu (%zu) "
							 "results once, %zu (%zu) a pass a tier",
							 qs[i], (long long)f[j].region,
							 (long long)f[j].topic, off, a.n,
							 a.count, b.n, b.count);
					for (size_t k = 0; k < a.n; k++)
						if (a.v[k].id != b.v[k].id ||
						    a.v[k].score != b.v[k].score ||
						    a.v[k].title_match != b.v[k].title_match ||
						    strcmp(a.v[k].snippet, b.v[k].snippet) != 0)
							fail_msg("%s in %lld/%lld: result %zu is "
								 "%lld (%.17g) once, %lld "
								 "(%.17g) a pass a tier", qs[i],
								 (long long)f[j].region,
								 (long long)f[j].topic, off + k,
								 (long long)a.v[k].id, a.v[k].score,
								 (long long)b.v[k].id, b.v[k].score);
					found += off ? 0 : a.n;
					yd_search_results_free(&a);
					yd_search_results_free(&b);
				}
	}
	unsetenv("YIDU_SEARCH_ONCE");
	unsetenv("YIDU_SEARCH_ONCE_MAX");
	unsetenv("YIDU_SEARCH_BAND");
	unsetenv("YIDU_SEARCH_WHOLE");
	unsetenv("YIDU_SEARCH_LOWER");
	assert_true(found > 100);
}

/* Lone characters' lower tiers (fewer words) come in bands of age too,
 * and a page reads only up to its own band, in whichever tier its last
 * row is: page after page gives the whole list, in its order, whether
 * the tiers are read by FTS5 or from the text, without a filter, within
 * filters read whole or not, and driven by a sparse word. */
static void test_lower_bands(void **state)
{
	int64_t gd = yd_corpus_region_code(corpus, "广东省");
	int64_t sz = yd_corpus_region_code(corpus, "深圳市");
	int64_t acct = yd_corpus_topic_id(corpus, "医保/个人账户");
	const char *qs[] = { "医 南", "医 南 药", "药 院 南", "院 津", "医 保 院 费" };
	const char *text[] = { "0", "100000" };
	for (size_t t = 0; t < 2 * sizeof text / sizeof *text; t++) {
		setenv("YIDU_SEARCH_TEXT", text[t % 2], 1);
		if (t >= 2)   /* bands of age 8 ids wide: 29 in the sample */
			setenv("YIDU_SEARCH_LONE_BAND", "8", 1);
		for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
			check_pages(qs[i], 0, 1);
			check_pages(qs[i], gd, 1);
			check_pages(qs[i], sz, acct);
			check_pages(qs[i], 0, acct);
		}
	}
	unsetenv("YIDU_SEARCH_TEXT");
	unsetenv("YIDU_SEARCH_LONE_BAND");
}

/* yd_match_text() (the terms found in a row's text) gives yd_match()'s
 * account (the terms found by FTS5) on texts made for it: Traditional
 * and variant forms (醫, 毉; 医報, the next character folded too), a
 * run's end before a letter, a space, a line break, punctuation or the
 * text's end, a character outside the BMP, an invalid byte, a column
 * starting with the pinyin marker, both words in one row (positions for
 * their proximity), and none. */
static void test_match_text(void **state)
{
	static const char *const rows[][3] = {
		{ "醫保報銷和医院，医報南門，医", "醫", "医 院" },
		{ "看醫生。医\n保医a南京", "毉院", "南" },
		{ "\xee\x80\x80" "医保", "abc医1医", "" },
		{ "医\xff院 医\xf0\xa0\x80\x80 南\xf0\xa0\x80\x80南", "南方", "医南" },
		{ "医保 南京 医南 南医", "", "医" },
		{ "南南南", "北京", "" },
		{ "无关的文字", "", "" },
	};
	sqlite3 *db;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_int_equal(yd_search_register(db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(body, "
				      "title, summary, py, facets, tokenize = 'yidu'); "
				      "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')",
				      NULL, NULL, NULL), SQLITE_OK);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?1, ?2, ?3, "
					    "char(57344) || ?2, NULL)", -1, &st, NULL),
			 SQLITE_OK);
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		for (int c = 0; c < 3; c++)
			sqlite3_bind_text(st, c + 1, rows[i][c], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	/* 医 南 as the search writes it: each word an OR of its terms */
	char expr[4096] = "(", map[4096] = "", terms[4096] = "";
	const char *chars[] = { "医", "南" };
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT term FROM v WHERE term >= ?1 "
					    "AND term < ?1 || char(1114111) ORDER BY term",
					    -1, &st, NULL), SQLITE_OK);
	for (int w = 0; w < 2; w++) {
		strcat(expr, w ? ") OR (" : "(");
		sqlite3_bind_text(st, 1, chars[w], -1, SQLITE_STATIC);
		int n = 0;
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *t = (const char *)sqlite3_column_text(st, 0);
			snprintf(expr + strlen(expr), sizeof expr - strlen(expr),
				 "%s\"%s\"", n ? " OR " : "", t);
			snprintf(map + strlen(map), sizeof map - strlen(map), "%s%d:0:1",
				 *map ? " " : "", w);
			snprintf(terms + strlen(terms), sizeof terms - strlen(terms),
				 "%s%s", *terms ? "\n" : "", t);
			n++;
		}
		assert_true(n > 2);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	strcat(expr, "))");
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT yd_match_idf(t, ?2) FROM t "
					    "WHERE t MATCH ?1 LIMIT 1", -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, map, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int wn = sqlite3_column_bytes(st, 0);
	void *w = malloc((size_t)wn);
	memcpy(w, sqlite3_column_blob(st, 0), (size_t)wn);
	sqlite3_finalize(st);
	/* every row: the index's account where it matches, the text's */
	sqlite3_stmt *tx;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid, yd_match(t, ?2, 2, -1) "
					    "FROM t WHERE t MATCH ?1", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT yd_match_text(t, ?2, 2, -1, ?3, "
					    "?4, 1) FROM t WHERE t MATCH ?1 AND rowid = ?5",
					    -1, &tx, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, map, -1, SQLITE_STATIC);
	sqlite3_bind_text(tx, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_text(tx, 2, map, -1, SQLITE_STATIC);
	sqlite3_bind_text(tx, 3, terms, -1, SQLITE_STATIC);
	sqlite3_bind_blob(tx, 4, w, wn, SQLITE_STATIC);
	int rc, rows_matched = 0, two = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		struct yd_match a, b;
		assert_int_equal(sqlite3_column_bytes(st, 1), sizeof a);
		memcpy(&a, sqlite3_column_blob(st, 1), sizeof a);
		sqlite3_reset(tx);
		sqlite3_bind_int64(tx, 5, id);
		assert_int_equal(sqlite3_step(tx), SQLITE_ROW);
		if (sqlite3_column_bytes(tx, 0) != (int)sizeof b)
			fail_msg("row %lld: no account from the text", (long long)id);
		memcpy(&b, sqlite3_column_blob(tx, 0), sizeof b);
		if (a.words != b.words || a.place != b.place || a.title != b.title ||
		    a.prox != b.prox || a.bm25 != b.bm25 || a.mask != b.mask)
			fail_msg("row %lld: index %d words, %d in title, prox %d, "
				 "%.17g; text %d, %d, %d, %.17g", (long long)id,
				 a.words, a.title, a.prox, a.bm25, b.words, b.title,
				 b.prox, b.bm25);
		rows_matched++;
		two += a.words == 2;
	}
	assert_int_equal(rc, SQLITE_DONE);
	assert_int_equal(rows_matched, 6);
	assert_true(two >= 3);
	sqlite3_finalize(tx);
	sqlite3_finalize(st);
	free(w);
	sqlite3_close(db);
}

static void test_pages(void **state)
{
	int64_t gd = yd_corpus_region_code(corpus, "广东省");
	int64_t yb = yd_corpus_topic_id(corpus, "医保");
	const char *qs[] = { "医", "保", "医 保", "药", "医保" };
	for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
		check_pages(qs[i], 0, 1);
		check_pages(qs[i], gd, 1);
		check_pages(qs[i], 0, yb);
	}
}

static const yd_qword *plan_word(const yd_qplan *p, const char *text)
{
	for (size_t i = 0; i < p->n; i++)
		for (size_t a = 0; a < p->v[i].nalt; a++)
			if (strcmp(p->v[i].alt[a], text) == 0)
				return &p->v[i];
	return NULL;
}

static const char *doc_text(int64_t id)
{
	for (size_t i = 0; i < ndocs; i++)
		if (docs[i].id == id)
			return docs[i].text;
	return "";
}

/* A word that names a specific topic acts as a place does: an article of
 * the topic counts it as matched though its text does not have it, so
 * it comes before the articles that have neither the word nor the
 * topic. */
static void test_topic_word(void **state)
{
	static const struct {
		const char *q, *word, *topic;
	} t[] = {
		{ "医保 欠费", "欠费", "医保/缴费/断缴与补缴" },
		{ "医保 转回", "转回", "医保/参保与转移/关系转移" },
		{ "医保 营业厅", "营业厅", "医保/经办服务/网点" },
		{ "医保 二胎", "二胎", "医保/生育" },
	};
	yd_error err = { 0 };
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		int64_t tid = yd_corpus_topic_id(corpus, t[i].topic);
		assert_true(tid > 1);
		yd_list_page of;
		assert_int_equal(yd_corpus_list(corpus, 0, tid, INT64_MAX, false,
						5000, &of, &err), 0);
		yd_search_results r;
		assert_int_equal(yd_search(corpus, t[i].q, 0, 1, 0, 2000, &r, &err), 0);
		yd_qplan p;
		assert_int_equal(yd_qplan_make(t[i].q, NULL, &p), 0);
		const yd_qword *w = plan_word(&p, t[i].word);
		assert_non_null(w);
		size_t without = 0, lacking = 0;   /* lacking: of it, without the word */
		for (size_t k = 0; k < r.n; k++) {
			bool in = false;
			for (size_t j = 0; j < of.n && !in; j++)
				in = of.v[j].id == r.v[k].id;
			bool has = false;   /* the word or a synonym */
			for (size_t a = 0; w && a < w->nalt && !has; a++)
				has = strstr(doc_text(r.v[k].id), w->alt[a]) != NULL;
			if (in && !has) {
				lacking++;
				if (without)
					fail_msg("%s: article %lld of %s after one with "
						 "neither", t[i].q, (long long)r.v[k].id,
						 t[i].topic);
			}
			without += !in && !has;
		}
		assert_true(lacking > 0);
		yd_qplan_free(&p);
		yd_list_page_free(&of);
		yd_search_results_free(&r);
	}
}

/* Query understanding: question words left out, places as facets,
 * topics named, synonyms, Traditional characters cut like Simplified. */
static void test_plan(void **state)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(corpus_path(), &db, SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	yd_qplan p;
	assert_int_equal(yd_qplan_make("住院怎么报销", db, &p), 0);
	assert_non_null(plan_word(&p, "住院"));
	assert_non_null(plan_word(&p, "报销"));
	assert_null(plan_word(&p, "怎么"));
	assert_int_equal(plan_word(&p, "报销")->nfacet, 0);
	assert_true(p.ntopic > 0);                          /* 医保/报销 */
	assert_true(p.topic[0] == yd_corpus_topic_id(corpus, "医保/报销/住院") ||
		    p.topic[0] == yd_corpus_topic_id(corpus, "医保/报销"));
	yd_qplan_free(&p);

	assert_int_equal(yd_qplan_make("深圳医保电话是多少", db, &p), 0);
	const yd_qword *w = plan_word(&p, "深圳");
	assert_non_null(w);
	assert_int_equal(w->kind, YD_QW_PLACE);
	assert_string_equal(w->facet[0], "r440300");
	assert_non_null(plan_word(&p, "热线"));            /* a synonym of 电话 */
	assert_null(plan_word(&p, "多少"));
	yd_qplan_free(&p);

	/* a word in two synonym groups has the words of both */
	assert_int_equal(yd_qplan_make("生育津贴怎么申请", db, &p), 0);
	w = plan_word(&p, "申请");
	assert_non_null(w);
	assert_ptr_equal(plan_word(&p, "办理"), w);
	assert_ptr_equal(plan_word(&p, "领取"), w);
	yd_qplan_free(&p);

	/* a place alone is a word, question words alone are searched for */
	assert_int_equal(yd_qplan_make("深圳", db, &p), 0);
	assert_int_equal(p.n, 1);
	assert_int_equal(p.v[0].kind, YD_QW_WORD);
	yd_qplan_free(&p);
	assert_int_equal(yd_qplan_make("怎么办", db, &p), 0);
	assert_int_equal(p.n, 1);
	yd_qplan_free(&p);

	/* 異地就醫 is cut as 异地就医 is */
	yd_qplan q;
	assert_int_equal(yd_qplan_make("異地就醫怎麼備案", db, &p), 0);
	assert_int_equal(yd_qplan_make("异地就医怎么备案", db, &q), 0);
	assert_int_equal(p.n, q.n);
	for (size_t i = 0; i < p.n; i++)
		assert_string_equal(p.v[i].alt[0], q.v[i].alt[0]);
	yd_qplan_free(&p);
	yd_qplan_free(&q);

	/* syntax: "phrases" must match, -words are excluded */
	assert_int_equal(yd_qplan_make("\"门诊统筹\" 报销 -异地", db, &p), 0);
	assert_int_equal(plan_word(&p, "门诊统筹")->kind, YD_QW_PHRASE);
	assert_int_equal(p.nexcl, 1);
	assert_string_equal(p.excl[0], "异地");
	yd_qplan_free(&p);
	sqlite3_close(db);
}

/* Questions: not every word must match, those with every word come
 * first, and a place in the question puts its region first. */
static void test_questions(void **state)
{
	yd_search_results r;
	yd_error err = { 0 };
	/* (words that are neither a topic's nor in a synonym group, which
	 * also match by topic or by other words) */
	assert_int_equal(yd_search(corpus, "凭证怎么下载", 0, 1, 0, 200, &r, &err), 0);
	assert_true(r.n > 5);
	bool all = true;
	size_t nboth = 0;
	for (size_t i = 0; i < r.n; i++)
		for (size_t d = 0; d < ndocs; d++)
			if (docs[d].id == r.v[i].id) {
				bool both = strstr(docs[d].text, "凭证") &&
					strstr(docs[d].text, "下载");
				nboth += both;
				/* no article with both after one without */
				if (both)
					assert_true(all);
				all &= both;
			}
	assert_true(nboth > 0 && !all);
	yd_search_results_free(&r);

	/* a word no article has does not empty the results */
	assert_int_equal(yd_search(corpus, "医保鳄梨", 0, 1, 0, 10, &r, &err), 0);
	assert_true(r.n > 0);
	yd_search_results_free(&r);
	assert_int_equal(yd_search(corpus, "医保 \"鳄梨\"", 0, 1, 0, 10, &r, &err), 0);
	assert_int_equal(r.n, 0);
	yd_search_results_free(&r);

	/* 深圳: the articles of 深圳 first */
	int64_t sz = yd_corpus_region_code(corpus, "深圳市");
	yd_search_results in;
	assert_int_equal(yd_search(corpus, "医保", sz, 1, 0, 2000, &in, &err), 0);
	assert_int_equal(yd_search(corpus, "深圳医保怎么用", 0, 1, 0, 2000, &r, &err), 0);
	assert_true(in.n > 3 && r.n > in.n);
	for (size_t i = 0; i < in.n; i++) {
		bool found = false;
		for (size_t k = 0; k < in.n && !found; k++)
			found = r.v[i].id == in.v[k].id;
		if (!found)
			fail_msg("result %zu of 深圳医保怎么用 is not of 深圳", i);
	}
	yd_search_results_free(&in);
	yd_search_results_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recall_words),
		cmocka_unit_test(test_recall_title_pieces),
		cmocka_unit_test(test_mixed),
		cmocka_unit_test(test_traditional),
		cmocka_unit_test(test_pinyin),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_ranking),
		cmocka_unit_test(test_snippets),
		cmocka_unit_test(test_highlight),
		cmocka_unit_test(test_filter),
		cmocka_unit_test(test_pages),
		cmocka_unit_test(test_bands),
		cmocka_unit_test(test_filter_on_facets),
		cmocka_unit_test(test_older_match),
		cmocka_unit_test(test_lone_in_text),
		cmocka_unit_test(test_no_lock_left),
		cmocka_unit_test(test_match_text),
		cmocka_unit_test(test_driven),
		cmocka_unit_test(test_lower_bands),
		cmocka_unit_test(test_once),
		cmocka_unit_test(test_topic_word),
		cmocka_unit_test(test_plan),
		cmocka_unit_test(test_questions),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
