/* search-sweep CORPUS [RUNS [CLASS]]: the first page (20 results with
 * snippets) of every query shape, within every size of filter: 1 to 4
 * lone characters (dense, sparse and rare ones), words, words with a
 * trailing character, questions; unfiltered, within regions of ~15 to
 * ~40,000 articles, topics of ~1,000 to most of the corpus, and a region
 * with a topic. Prints one line per pair (CPU and wall median of RUNS
 * runs after one to warm up), then per class of query and overall the
 * largest median and the 99th percentile of the medians (issue 17's
 * target: every first page within 20 ms at 1,000,000 articles). CLASS
 * runs one class only ("1 lone", "words", …). The filters are chosen by
 * size from the corpus's facet_count, so that any corpus has each size
 * it can. YIDU_SWEEP_PAGES=1 prints each first page too (id, score,
 * title, snippet), to compare two builds' results. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "yidu/search.h"

#define TARGET 20.0             /* ms */

static double clock_ms(clockid_t id)
{
	struct timespec t;
	clock_gettime(id, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Display columns (Han characters take two), for alignment. */
static int pad(const char *s, int cols)
{
	int w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p & 0xC0) != 0x80)
			w += *p >= 0xE0 ? 2 : 1;
	return cols + (int)strlen(s) - w;
}

struct shape {
	const char *cls, *q;
};
static const struct shape shapes[] = {
	{ "1 lone", "医" }, { "1 lone", "药" }, { "1 lone", "南" },
	{ "1 lone", "鼎" },
	{ "2 lone", "医 保" }, { "2 lone", "医 南" }, { "2 lone", "鼎 嵩" },
	{ "3 lone", "医 南 药" }, { "3 lone", "药 院 南" },
	{ "3 lone", "医 保 院" }, { "3 lone", "医 鼎 嵩" },
	{ "4 lone", "医 保 院 费" }, { "4 lone", "医 药 鼎 嵩" },
	{ "4 lone", "医 南 药 院" },
	{ "words", "医保" }, { "words", "异地就医" }, { "words", "医保 -异地" },
	{ "words", "门诊统筹 报销" }, { "words", "罕见的词语" },
	{ "words", "yibao" },
	{ "word+char", "2025年" }, { "word+char", "南 2025年" },
	{ "word+char", "医保 药" }, { "word+char", "异地就医 3月" },
	{ "question", "异地就医备案需要什么材料" },
	{ "question", "门诊慢特病怎么申请需要带什么" },
};
#define NSHAPE (sizeof shapes / sizeof shapes[0])
static const char *const classes[] = {
	"1 lone", "2 lone", "3 lone", "4 lone", "words", "word+char", "question"
};
#define NCLASS (sizeof classes / sizeof classes[0])

struct filter {
	int64_t region, topic;
	char name[64];
	int64_t n;
};

/* The region of level 1-3 (or the topic) whose article count is nearest
 * to want: its code (id) and count in *n; 0 when none. */
static int64_t nearest(sqlite3 *db, const char *sql, int64_t want, int64_t *n)
{
	sqlite3_stmt *st;
	int64_t id = 0;
	*n = 0;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_int64(st, 1, want);
	if (sqlite3_step(st) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		*n = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	return id;
}

static const char region_sql[] = "SELECT f.region, f.n FROM facet_count f "
	"JOIN region r ON r.code = f.region WHERE f.topic = 1 AND r.level > 0 "
	"ORDER BY abs(f.n - ?1), f.region LIMIT 1";
static const char topic_sql[] = "SELECT f.topic, f.n FROM facet_count f "
	"JOIN topic t ON t.id = f.topic WHERE f.region = 0 AND t.depth > 0 "
	"ORDER BY abs(f.n - ?1), f.topic LIMIT 1";

static size_t filters(sqlite3 *db, struct filter *v)
{
	size_t k = 0;
	v[k++] = (struct filter){ 0, 1, "-", 0 };
	int64_t all = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT n FROM facet_count WHERE region = 0 "
			       "AND topic = 1", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		all = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	v[0].n = all;
	/* shares of the corpus: 15 to ~38,000 articles of 1,000,000 */
	static const double region_share[] = {
		15e-6, 100e-6, 120e-6, 220e-6, 430e-6, 760e-6, 1.3e-3,
		2.4e-3, 2.9e-3, 4.9e-3, 38e-3
	};
	for (size_t i = 0; i < sizeof region_share / sizeof *region_share; i++) {
		int64_t n, r = nearest(db, region_sql, (int64_t)(region_share[i] * all), &n);
		bool dup = false;
		for (size_t j = 0; j < k; j++)
			dup |= v[j].region == r && v[j].topic == 1;
		if (r > 0 && !dup) {
			v[k] = (struct filter){ r, 1, "", n };
			snprintf(v[k].name, sizeof v[k].name, "r%lld", (long long)r);
			k++;
		}
	}
	static const double topic_share[] = { 1e-3, 75e-3, 0.3, 0.88 };
	int64_t big = 0;
	for (size_t i = 0; i < sizeof topic_share / sizeof *topic_share; i++) {
		int64_t n, t = nearest(db, topic_sql, (int64_t)(topic_share[i] * all), &n);
		if (t > 1) {
			v[k] = (struct filter){ 0, t, "", n };
			snprintf(v[k].name, sizeof v[k].name, "t%lld", (long long)t);
			k++;
			if (i == 2)
				big = t;
		}
	}
	/* a region and a topic: a county's and a prefecture's share of it */
	static const double both_share[] = { 120e-6, 1.3e-3 };
	for (size_t i = 0; big && i < sizeof both_share / sizeof *both_share; i++) {
		int64_t n, r = nearest(db, region_sql, (int64_t)(both_share[i] * all), &n);
		if (r <= 0)
			continue;
		if (sqlite3_prepare_v2(db, "SELECT n FROM facet_count WHERE region = ?1 "
				       "AND topic = ?2", -1, &st, NULL) != SQLITE_OK)
			continue;
		sqlite3_bind_int64(st, 1, r);
		sqlite3_bind_int64(st, 2, big);
		n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
		sqlite3_finalize(st);
		v[k] = (struct filter){ r, big, "", n };
		snprintf(v[k].name, sizeof v[k].name, "r%lld+t%lld", (long long)r,
			 (long long)big);
		k++;
	}
	return k;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: search-sweep CORPUS [RUNS [CLASS]]\n", stderr);
		return 2;
	}
	int runs = argc > 2 ? atoi(argv[2]) : 5;
	if (runs < 1 || runs > 1000)
		runs = 5;
	const char *only = argc > 3 ? argv[3] : NULL;
	yd_error err = { 0 };
	yd_corpus *c = yd_corpus_open(argv[1], &err);
	sqlite3 *db;
	if (!c) {
		fprintf(stderr, "search-sweep: %s\n", err.msg);
		return 1;
	}
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return 1;
	struct filter fv[24];
	size_t nf = filters(db, fv);
	sqlite3_close(db);
	printf("filters:");
	for (size_t i = 0; i < nf; i++)
		printf(" %s (%lld)", fv[i].name, (long long)fv[i].n);
	printf("\n%-9s %-28s %-16s %7s %9s %9s  %s\n", "class", "query", "filter",
	       "size", "cpu med", "wall med", "results");
	double *t = malloc(sizeof *t * (size_t)runs), *ct = malloc(sizeof *ct * (size_t)runs);
	size_t cap = NSHAPE * nf, np = 0;
	double *cpu_all = malloc(sizeof *cpu_all * cap), *wall_all = malloc(sizeof *wall_all * cap);
	double cls_cpu[NCLASS] = { 0 }, cls_wall[NCLASS] = { 0 };
	const char *cls_worst[NCLASS] = { NULL };
	char cls_where[NCLASS][64];
	size_t cls_over[NCLASS] = { 0 }, cls_n[NCLASS] = { 0 };
	int status = 0;
	for (size_t s = 0; s < NSHAPE; s++) {
		if (only && strcmp(only, shapes[s].cls) != 0)
			continue;
		size_t ci = 0;
		while (ci < NCLASS && strcmp(classes[ci], shapes[s].cls) != 0)
			ci++;
		for (size_t f = 0; f < nf; f++) {
			size_t count = 0;
			bool more = false, failed = false;
			for (int r = -1; r < runs && !failed; r++) {
				yd_search_results res;
				double w0 = clock_ms(CLOCK_MONOTONIC),
					c0 = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
				if (yd_search(c, shapes[s].q, fv[f].region, fv[f].topic,
					      0, 20, &res, &err) != 0) {
					fprintf(stderr, "search-sweep: %s: %s\n",
						shapes[s].q, err.msg);
					failed = true;
					status = 1;
					break;
				}
				if (r >= 0) {
					t[r] = clock_ms(CLOCK_MONOTONIC) - w0;
					ct[r] = clock_ms(CLOCK_PROCESS_CPUTIME_ID) - c0;
				}
				count = res.count;
				more = res.more;
				/* YIDU_SWEEP_PAGES=1: the first page itself, to
				 * compare two builds' results */
				if (r == runs - 1 && getenv("YIDU_SWEEP_PAGES"))
					for (size_t h = 0; h < res.n; h++)
						printf("page %s %s %lld %.6f %s | %s\n", shapes[s].q,
						       fv[f].name, (long long)res.v[h].id,
						       res.v[h].score, res.v[h].title,
						       res.v[h].snippet);
				yd_search_results_free(&res);
			}
			if (failed)
				continue;
			qsort(t, (size_t)runs, sizeof *t, cmp_d);
			qsort(ct, (size_t)runs, sizeof *ct, cmp_d);
			double cm = ct[runs / 2], wm = t[runs / 2];
			printf("%-*s %-*s %-16s %7lld %6.2f ms %6.2f ms  %zu%s\n",
			       pad(shapes[s].cls, 9), shapes[s].cls,
			       pad(shapes[s].q, 28), shapes[s].q, fv[f].name,
			       (long long)fv[f].n, cm, wm, count, more ? "+" : "");
			fflush(stdout);
			cpu_all[np] = cm;
			wall_all[np++] = wm;
			cls_n[ci]++;
			cls_over[ci] += cm > TARGET;
			if (cm > cls_cpu[ci]) {
				cls_cpu[ci] = cm;
				cls_worst[ci] = shapes[s].q;
				snprintf(cls_where[ci], sizeof cls_where[ci], "%s", fv[f].name);
			}
			if (wm > cls_wall[ci])
				cls_wall[ci] = wm;
		}
	}
	printf("\n%-9s %5s %5s %10s %10s  %s\n", "class", "pairs", "> 20", "max cpu",
	       "max wall", "slowest (cpu)");
	for (size_t i = 0; i < NCLASS; i++)
		if (cls_n[i])
			printf("%-9s %5zu %5zu %7.2f ms %7.2f ms  %s %s\n", classes[i],
			       cls_n[i], cls_over[i], cls_cpu[i], cls_wall[i],
			       cls_worst[i], cls_where[i]);
	if (np) {
		qsort(cpu_all, np, sizeof *cpu_all, cmp_d);
		qsort(wall_all, np, sizeof *wall_all, cmp_d);
		size_t p99 = (np * 99 + 99) / 100 - 1;
		printf("all       %5zu        p99 %.2f ms cpu, %.2f ms wall; max %.2f ms cpu, "
		       "%.2f ms wall\n", np, cpu_all[p99], wall_all[p99],
		       cpu_all[np - 1], wall_all[np - 1]);
	}
	free(t);
	free(ct);
	free(cpu_all);
	free(wall_all);
	yd_corpus_close(c);
	return status;
}
