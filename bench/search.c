/* search-bench CORPUS [RUNS [QUERY [REGION [TOPIC]]]]: median time to the first page (20 results,
 * snippets included) for 1- to 4-character, common, Traditional and
 * pinyin queries and questions typed without spaces, without a filter
 * and within regions and topics (median
 * and 90th percentile), and the index's size against the article text's. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "yidu/search.h"

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* CPU time: on a shared machine wall-clock times vary with the load. */
static double cpu_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Display columns of a query (Han characters take two), for alignment. */
static size_t mbwidth(const char *s)
{
	size_t w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p & 0xC0) != 0x80)
			w += *p >= 0xE0 ? 2 : 1;
	return w;
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
		fputs("usage: search-bench CORPUS [RUNS [QUERY [REGION [TOPIC]]]]\n", stderr);
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

	/* query, region code (0: none), topic path (NULL: none) */
	struct query {
		const char *q;
		int64_t region;
		const char *topic;
	};
	static const struct query all[] = {
		{ "医保", 0, NULL }, { "医院", 0, NULL }, { "报销", 0, NULL },
		{ "挂号", 0, NULL }, { "异地就医", 0, NULL }, { "门诊统筹", 0, NULL },
		{ "医疗保障", 0, NULL }, { "个人账户", 0, NULL }, { "医保卡", 0, NULL },
		{ "醫保", 0, NULL }, { "yibao", 0, NULL }, { "yi bao", 0, NULL },
		{ "yb", 0, NULL }, { "医保 -异地", 0, NULL }, { "app", 0, NULL },
		{ "2025年", 0, NULL }, { "罕见的词语", 0, NULL },
		/* within a province, a prefecture, a county and topics */
		{ "医保", 440000, NULL }, { "医院", 440000, NULL },
		{ "异地就医", 440000, NULL }, { "医保", 440800, NULL },
		{ "门诊统筹", 440800, NULL }, { "医保", 440305, NULL },
		{ "医保", 0, "医保/个人账户" }, { "医院", 0, "就医" },
		{ "报销", 440000, "医保" }, { "医保", 440800, "医保/个人账户" },
		{ "罕见的词语", 440000, NULL },
		{ "医", 0, NULL }, { "保", 0, NULL },   /* lone characters: ORed terms */
		{ "医", 440800, NULL },
		{ "药", 0, NULL }, { "医 保", 0, NULL }, { "药", 440000, NULL },
		{ "2025年", 440800, NULL }, { "医", 0, "医保/个人账户" },
		{ "医", 440305, NULL }, { "医 保", 440000, NULL },
		{ "药", 0, "医保" }, { "2025年", 440000, NULL },
		/* within small filters: counties, a topic within one */
		{ "药", 440305, NULL }, { "2025年", 440305, NULL },
		{ "医", 440305, "医保/报销" }, { "医", 610926, NULL },
		/* two lone characters, one rare in the filter; a county
		 * read whole (issue 17, branch lone3) */
		{ "医 南", 652325, NULL }, { "医 南", 370900, NULL },
		{ "医 药", 430421, NULL },
		/* three lone characters: the tiers between (at least two)
		 * within small filters (issue 17, branch lone4) */
		{ "医 南 药", 652325, NULL }, { "药 院 南", 370900, NULL },
		/* questions as typed: 2 to 6 words once question words are out */
		{ "住院怎么报销", 0, NULL }, { "深圳医保电话", 0, NULL },
		{ "贺州医保", 0, NULL }, { "北京看眼科哪家医院好", 0, NULL },
		{ "异地就医备案需要什么材料", 0, NULL },
		{ "医保个人账户的钱能取出来吗", 0, NULL },
		{ "2025年居民医保缴费标准是多少", 0, NULL },
		{ "广州生孩子的津贴怎么申请", 0, NULL },
		{ "湛江雷州看眼科去哪家医院", 0, NULL },
		{ "孩子发烧去哪个医院看比较好", 0, NULL },
		{ "门诊慢特病怎么申请需要带什么", 440000, NULL },
		{ "住院怎么报销", 0, "医保" },
		{ "住院怎么报销", 440000, NULL }, { "深圳医保电话", 440800, NULL },
		{ "异地就医备案需要什么材料", 0, "医保/个人账户" },
	};
	/* one query of the caller's instead of the table (to profile it) */
	struct query own = { argc > 3 ? argv[3] : NULL,
		argc > 4 ? atoll(argv[4]) : 0, argc > 5 ? argv[5] : NULL };
	const struct query *q = own.q ? &own : all;
	size_t nq = own.q ? 1 : sizeof all / sizeof all[0];
	int status = 0;   /* 1 when a query failed (the others still run) */
	double *t = malloc(sizeof *t * (size_t)runs);
	double *ct = malloc(sizeof *ct * (size_t)runs);
	printf("%-30s %-7s %-14s %9s %9s %9s %9s %9s  results\n", "query", "region",
	       "topic", "median", "p90", "min", "max", "cpu med");
	for (size_t i = 0; i < nq; i++) {
		size_t count = 0;
		bool more = false;
		int64_t region = q[i].region ? q[i].region : 0;
		int64_t topic = q[i].topic ? yd_corpus_topic_id(c, q[i].topic) : 1;
		if (topic < 1) {
			fprintf(stderr, "search-bench: no topic %s\n", q[i].topic);
			return 1;
		}
		int failed = 0;
		for (int r = 0; r < runs; r++) {
			yd_search_results res;
			double t0 = now_ms(), c0 = cpu_ms();
			if (yd_search(c, q[i].q, region, topic, 0, 20, &res, &err) != 0) {
				fprintf(stderr, "search-bench: %s: %s\n", q[i].q, err.msg);
				failed = status = 1;
				break;
			}
			t[r] = now_ms() - t0;
			ct[r] = cpu_ms() - c0;
			count = res.count;
			more = res.more;
			yd_search_results_free(&res);
		}
		if (failed)
			continue;
		qsort(t, (size_t)runs, sizeof *t, cmp_d);
		qsort(ct, (size_t)runs, sizeof *ct, cmp_d);
		char reg[16];
		snprintf(reg, sizeof reg, "%lld", (long long)region);
		const char *tp = q[i].topic ? q[i].topic : "-";
		printf("%-*s %-7s %-*s %6.2f ms %6.2f ms %6.2f ms %6.2f ms %6.2f ms  %zu%s\n",
		       30 + (int)(strlen(q[i].q) - mbwidth(q[i].q)), q[i].q,
		       region ? reg : "-", 14 + (int)(strlen(tp) - mbwidth(tp)), tp,
		       t[runs / 2], t[(runs * 9) / 10], t[0],
		       t[runs - 1], ct[runs / 2], count, more ? "+" : "");
	}
	free(t);
	free(ct);
	yd_corpus_close(c);
	return status;
}
