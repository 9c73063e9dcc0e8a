/* search-bench CORPUS [RUNS]: median time to the first page (20 results,
 * snippets included) for 1- to 4-character, common, Traditional and
 * pinyin queries, and the index's size against the article text's. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "yidu/search.h"

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double one(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	double v = -1;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_double(st, 0);
	sqlite3_finalize(st);
	return v;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: search-bench CORPUS [RUNS]\n", stderr);
		return 2;
	}
	int runs = argc > 2 ? atoi(argv[2]) : 21;
	if (runs < 1 || runs > 1000)
		runs = 21;
	yd_error err = { 0 };
	yd_corpus *c = yd_corpus_open(argv[1], &err);
	if (!c) {
		fprintf(stderr, "search-bench: %s\n", err.msg);
		return 1;
	}
	sqlite3 *db;
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return 1;
	double text = one(db, "SELECT sum(length(CAST(title AS BLOB)) + "
			  "coalesce(length(CAST(summary AS BLOB)), 0) + "
			  "coalesce(length(CAST(body AS BLOB)), 0)) FROM article");
	double idx = one(db, "SELECT (SELECT sum(length(block)) FROM search_data) + "
			 "(SELECT sum(length(sz)) FROM search_docsize) + "
			 "(SELECT count(*) * 16 FROM search_idx)");
	double n = one(db, "SELECT count(*) FROM article");
	sqlite3_close(db);
	printf("%.0f articles; article text %.1f MB; index %.1f MB = %.2f x the text\n",
	       n, text / 1048576, idx / 1048576, idx / text);

	static const char *const q[] = {
		"医保", "医院", "报销", "挂号", "异地就医", "门诊统筹", "医疗保障",
		"医", "保", "医保卡", "醫保", "yibao", "yi bao", "yb", "医保 -异地",
		"app", "2025年", "罕见的词语",
	};
	double *t = malloc(sizeof *t * (size_t)runs);
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		size_t count = 0;
		bool more = false;
		for (int r = 0; r < runs; r++) {
			yd_search_results res;
			double t0 = now_ms();
			if (yd_search(c, q[i], 0, 1, 0, 20, &res, &err) != 0) {
				fprintf(stderr, "search-bench: %s\n", err.msg);
				return 1;
			}
			t[r] = now_ms() - t0;
			count = res.count;
			more = res.more;
			yd_search_results_free(&res);
		}
		qsort(t, (size_t)runs, sizeof *t, cmp_d);
		printf("%-14s median %7.2f ms  (min %.2f, max %.2f)  %zu%s results\n",
		       q[i], t[runs / 2], t[0], t[runs - 1], count, more ? "+" : "");
	}
	free(t);
	yd_corpus_close(c);
	return 0;
}
