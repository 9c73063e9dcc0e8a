/* open-bench CORPUS: how long the browser's first screen takes on a
 * corpus: opening it, both trees with their counts and the first page of
 * the list, unfiltered and filtered by the largest region and topic. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "yidu/corpus.h"

static double ms(const struct timespec *a)
{
	struct timespec b;
	clock_gettime(CLOCK_MONOTONIC, &b);
	return (double)(b.tv_sec - a->tv_sec) * 1e3 + (b.tv_nsec - a->tv_nsec) / 1e6;
}

/* The deepest non-root node with the largest count. */
static int64_t biggest(const yd_node_list *l, int min_level)
{
	int64_t best = -1, n = -1;
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].level >= min_level && l->v[i].count > n) {
			n = l->v[i].count;
			best = l->v[i].id;
		}
	return best;
}

static int first_screen(yd_corpus *c, int64_t region, int64_t topic,
			const char *what)
{
	struct timespec t;
	yd_node_list r, tp;
	yd_list_page p;
	yd_error err = { 0 };
	clock_gettime(CLOCK_MONOTONIC, &t);
	if (yd_corpus_regions(c, topic, false, &r, &err) != 0 ||
	    yd_corpus_topics(c, region, false, &tp, &err) != 0 ||
	    yd_corpus_list(c, region, topic, INT64_MAX, false, 50, &p, &err) != 0) {
		fprintf(stderr, "open-bench: %s\n", err.msg);
		return 1;
	}
	printf("  %-34s %7.2f ms (%zu regions, %zu topics, %zu items, %lld articles)\n",
	       what, ms(&t), r.n, tp.n, p.n,
	       (long long)yd_corpus_count(c, region, topic));
	yd_node_list_free(&r);
	yd_node_list_free(&tp);
	yd_list_page_free(&p);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: open-bench CORPUS\n", stderr);
		return 2;
	}
	struct timespec t;
	yd_error err = { 0 };
	clock_gettime(CLOCK_MONOTONIC, &t);
	yd_corpus *c = yd_corpus_open(argv[1], &err);
	if (!c) {
		fprintf(stderr, "open-bench: %s\n", err.msg);
		return 1;
	}
	printf("  %-34s %7.2f ms\n", "open (checks included)", ms(&t));
	yd_node_list r, tp;
	if (yd_corpus_regions(c, 1, false, &r, &err) != 0 ||
	    yd_corpus_topics(c, 0, false, &tp, &err) != 0) {
		fprintf(stderr, "open-bench: %s\n", err.msg);
		return 1;
	}
	int64_t region = biggest(&r, 2), topic = biggest(&tp, 2);
	yd_node_list_free(&r);
	yd_node_list_free(&tp);
	int rc = first_screen(c, 0, 1, "trees + first page, no filter");
	rc |= first_screen(c, region, 1, "... filtered by a region");
	rc |= first_screen(c, 0, topic, "... filtered by a topic");
	rc |= first_screen(c, region, topic, "... by the region and the topic");
	yd_corpus_close(c);
	return rc;
}
