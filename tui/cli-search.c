/* yidu --search QUERY: the search results as lines of text. */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "yidu/search.h"
#include "cli-search.h"

#define DEFAULT_LIMIT 20

/* Prints text with the ranges wrapped in 【】. */
static void marked(const char *s, const yd_range *r, size_t n)
{
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		fwrite(s + at, 1, r[i].start - at, stdout);
		fputs("【", stdout);
		fwrite(s + r[i].start, 1, r[i].end - r[i].start, stdout);
		fputs("】", stdout);
		at = r[i].end;
	}
	fputs(s + at, stdout);
}

int cli_search(yd_corpus *c, const char *query, const cli_opts *o)
{
	int64_t region = 0, topic = 1;
	if (o->region && cli_region(c, o->region, &region) != 0)
		return 1;
	if (o->topic && (topic = yd_corpus_topic_id(c, o->topic)) < 0) {
		fprintf(stderr, "yidu: unknown topic: %s (see yidu --tree topics)\n",
			o->topic);
		return 1;
	}
	size_t limit = o->limit > 0 ? (size_t)o->limit : DEFAULT_LIMIT;
	yd_search_results r;
	yd_error err = { 0 };
	if (yd_search(c, query, region, topic, 0, limit, &r, &err) != 0) {
		fprintf(stderr, "yidu: %s\n", err.msg);
		return 1;
	}
	for (size_t i = 0; i < r.n; i++) {
		printf("%" PRId64 "\t%s\t", r.v[i].id, r.v[i].title);
		marked(r.v[i].snippet, r.v[i].ranges, r.v[i].nranges);
		putchar('\n');
	}
	yd_search_results_free(&r);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "yidu: writing the output: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
