/* search-eval CORPUS QUESTIONS [-v] [-k DEPTH]: how well search answers
 * questions. QUESTIONS is a TSV file: a question, a tab, then the
 * answering article(s), each a slug, a URL, "#id" or an exact title
 * (several separated by tabs or "|": any of them counts); an optional
 * header line starting "question" and lines starting # are skipped.
 * Prints the number of questions, success@1, success@5 and MRR (the
 * reciprocal rank of the first answer within the first DEPTH results,
 * default 100; 0 when not there). -v also lists each question's rank. */
#include "config.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "yidu/search.h"

#define MAX_ANSWERS 16

static sqlite3 *db;

/* The article an answer names, or 0. */
static int64_t resolve(const char *a)
{
	if (a[0] == '#')
		return strtoll(a + 1, NULL, 10);
	static const char *const sql[] = {
		"SELECT id FROM article WHERE slug = ?1",
		"SELECT id FROM article WHERE url = ?1",
		"SELECT id FROM article WHERE title = ?1 ORDER BY id LIMIT 1",
	};
	for (size_t i = 0; i < sizeof sql / sizeof sql[0]; i++) {
		sqlite3_stmt *st;
		int64_t id = 0;
		if (sqlite3_prepare_v2(db, sql[i], -1, &st, NULL) != SQLITE_OK)
			continue;
		sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			id = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		if (id)
			return id;
	}
	return 0;
}

/* CPU time: the machine is shared, wall-clock times vary with its load
 * (bench/search.c gives those). */
static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	const char *corpus = NULL, *qfile = NULL;
	bool verbose = false;
	size_t depth = 100;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			verbose = true;
		else if (strcmp(argv[i], "-k") == 0 && i + 1 < argc)
			depth = (size_t)atol(argv[++i]);
		else if (!corpus)
			corpus = argv[i];
		else
			qfile = argv[i];
	}
	if (!corpus || !qfile || depth < 5) {
		fputs("usage: search-eval CORPUS QUESTIONS [-v] [-k DEPTH]\n", stderr);
		return 2;
	}
	yd_error err = { 0 };
	yd_corpus *c = yd_corpus_open(corpus, &err);
	if (!c) {
		fprintf(stderr, "search-eval: %s\n", err.msg);
		return 1;
	}
	if (sqlite3_open_v2(corpus, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return 1;
	FILE *f = fopen(qfile, "r");
	if (!f) {
		perror(qfile);
		return 1;
	}
	/* the dictionary and the other query tables load on the first
	 * search: not part of any question's time */
	yd_search_results warm;
	if (yd_search(c, "医保", 0, 1, 0, 1, &warm, &err) == 0)
		yd_search_results_free(&warm);
	char line[8192];
	size_t n = 0, at1 = 0, at5 = 0, unresolved = 0;
	double rr = 0, ms = 0, worst = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#' || strncmp(line, "question\t", 9) == 0)
			continue;
		char *tab = strchr(line, '\t');
		if (!tab)
			continue;
		*tab = '\0';
		int64_t ans[MAX_ANSWERS];
		size_t na = 0;
		for (char *save = NULL, *a = strtok_r(tab + 1, "\t|", &save); a;
		     a = strtok_r(NULL, "\t|", &save)) {
			int64_t id = resolve(a);
			if (id && na < MAX_ANSWERS)
				ans[na++] = id;
		}
		if (na == 0) {
			fprintf(stderr, "search-eval: no article for the answer to %s\n", line);
			unresolved++;
			continue;
		}
		yd_search_results r;
		double t0 = now_ms();
		if (yd_search(c, line, 0, 1, 0, depth, &r, &err) != 0) {
			fprintf(stderr, "search-eval: %s\n", err.msg);
			return 1;
		}
		double t = now_ms() - t0;
		ms += t;
		if (t > worst)
			worst = t;
		size_t rank = 0;
		for (size_t i = 0; i < r.n && !rank; i++)
			for (size_t j = 0; j < na; j++)
				if (r.v[i].id == ans[j])
					rank = i + 1;
		n++;
		at1 += rank == 1;
		at5 += rank >= 1 && rank <= 5;
		rr += rank ? 1.0 / (double)rank : 0;
		if (verbose) {
			char rk[24] = "-";
			if (rank)
				snprintf(rk, sizeof rk, "%zu", rank);
			printf("%s\t%s\t%.2f ms\n", rk, line, t);
		}
		yd_search_results_free(&r);
	}
	fclose(f);
	if (n == 0) {
		fputs("search-eval: no questions\n", stderr);
		return 1;
	}
	printf("questions %zu  success@1 %.3f  success@5 %.3f  MRR %.3f  "
	       "CPU mean %.2f ms  max %.2f ms%s\n", n, (double)at1 / (double)n,
	       (double)at5 / (double)n, rr / (double)n, ms / (double)n, worst,
	       unresolved ? "  (some answers not in the corpus)" : "");
	sqlite3_close(db);
	yd_corpus_close(c);
	return unresolved ? 3 : 0;
}
