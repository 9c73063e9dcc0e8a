/* yidu --search QUERY: the search results as lines of text. */
#include "config.h"
#include "yidu/out.h"

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
		yd_out_write(stdout, s + at, r[i].start - at);
		yd_out_puts(stdout, "【");
		yd_out_write(stdout, s + r[i].start, r[i].end - r[i].start);
		yd_out_puts(stdout, "】");
		at = r[i].end;
	}
	yd_out_puts(stdout, s + at);
}

int cli_search(yd_corpus *c, const char *query, const cli_opts *o)
{
	int64_t region = 0, topic = 1;
	if (o->region && (region = yd_corpus_region_code(c, o->region)) < 0) {
		yd_out_printf(stderr, "yidu: unknown region: %s (give a GB/T 2260 code "
			"or a name such as 贺州市)\n", o->region);
		return 1;
	}
	if (o->topic && (topic = yd_corpus_topic_id(c, o->topic)) < 0) {
		yd_out_printf(stderr, "yidu: unknown topic: %s (see yidu --tree topics)\n",
			o->topic);
		return 1;
	}
	size_t limit = o->limit > 0 ? (size_t)o->limit : DEFAULT_LIMIT;
	yd_search_results r;
	yd_error err = { 0 };
	if (yd_search(c, query, region, topic, 0, limit, &r, &err) != 0) {
		yd_out_printf(stderr, "yidu: %s\n", err.msg);
		return 1;
	}
	for (size_t i = 0; i < r.n; i++) {
		yd_out_printf(stdout, "%" PRId64 "\t%s\t", r.v[i].id, r.v[i].title);
		marked(r.v[i].snippet, r.v[i].ranges, r.v[i].nranges);
		putchar('\n');
	}
	yd_search_results_free(&r);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		yd_out_printf(stderr, "yidu: writing the output: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
