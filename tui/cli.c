/* yidu's non-interactive modes --tree, --list and --show: plain text on
 * standard output for scripts and tests. */
#include "config.h"
#include "yidu/out.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* stdout must have been written completely. */
static int finish(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		yd_out_printf(stderr, "yidu: writing the output: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}

/* Resolves --region and --topic; 0 or an exit status. */
int cli_filters(yd_corpus *c, const cli_opts *o, int64_t *region,
		int64_t *topic)
{
	*region = 0;
	*topic = 1;
	if (o->region && cli_region(c, o->region, region) != 0)
		return 1;
	if (o->topic) {
		*topic = yd_corpus_topic_id(c, o->topic);
		if (*topic < 0) {
			yd_out_printf(stderr, "yidu: unknown topic: %s (see yidu --tree "
				"topics)\n", o->topic);
			return 1;
		}
	}
	return 0;
}

int cli_tree(yd_corpus *c, const char *which, const cli_opts *o)
{
	bool regions = strcmp(which, "regions") == 0;
	if (!regions && strcmp(which, "topics") != 0) {
		yd_out_printf(stderr, "yidu: --tree takes 'regions' or 'topics', not '%s'\n",
			which);
		return 2;
	}
	if (regions ? o->region != NULL : o->topic != NULL) {
		yd_out_printf(stderr, "yidu: --tree %s is filtered by --%s only\n", which,
			regions ? "topic" : "region");
		return 2;
	}
	int64_t region, topic;
	int rc = cli_filters(c, o, &region, &topic);
	if (rc)
		return rc;
	yd_node_list l;
	yd_error err = { 0 };
	if ((regions ? yd_corpus_regions(c, topic, false, &l, &err)
	     : yd_corpus_topics(c, region, false, &l, &err)) != 0) {
		yd_out_printf(stderr, "yidu: %s\n", err.msg);
		return 1;
	}
	/* depth from the tree itself: a county right under a province is
	 * one level below it whatever its administrative level */
	int64_t *stack = malloc((l.n + 1) * sizeof *stack);
	size_t sp = 0;
	if (!stack && l.n) {
		yd_node_list_free(&l);
		fputs("yidu: out of memory\n", stderr);
		return 1;
	}
	for (size_t i = 0; i < l.n; i++) {
		const yd_node *nd = &l.v[i];
		while (sp > 0 && stack[sp - 1] != nd->parent)
			sp--;
		/* Tab-separated like --list: the region's code or the topic's
		 * path (what --region and --topic take), the count, and the
		 * name indented two spaces a level. */
		if (regions)
			yd_out_printf(stdout, "%" PRId64 "\t%" PRId64 "\t%*s%s\n", nd->id, nd->count,
			       (int)(2 * sp), "", nd->name);
		else
			yd_out_printf(stdout, "%s\t%" PRId64 "\t%*s%s\n", nd->path ? nd->path : "",
			       nd->count, (int)(2 * sp), "", nd->name);
		stack[sp++] = nd->id;
	}
	free(stack);
	yd_node_list_free(&l);
	return finish();
}

int cli_list(yd_corpus *c, const cli_opts *o)
{
	int64_t region, topic;
	int rc = cli_filters(c, o, &region, &topic);
	if (rc)
		return rc;
	int64_t before = INT64_MAX;
	size_t left = o->limit > 0 ? (size_t)o->limit : SIZE_MAX;
	while (left > 0) {
		yd_list_page p;
		yd_error err = { 0 };
		size_t want = left < 1000 ? left : 1000;
		if (yd_corpus_list(c, region, topic, before, false, want, &p, &err) != 0) {
			yd_out_printf(stderr, "yidu: %s\n", err.msg);
			return 1;
		}
		for (size_t i = 0; i < p.n; i++)
			yd_out_printf(stdout, "%" PRId64 "\t%s\t%s\n", p.v[i].id, p.v[i].date,
			       p.v[i].title);
		size_t n = p.n;
		if (n > 0)
			before = p.v[n - 1].key;
		yd_list_page_free(&p);
		if (n < want)
			break;
		left -= n;
	}
	return finish();
}

static void field(const char *name, const char *v)
{
	yd_out_printf(stdout, "%s: %s\n", name, v ? v : "");
}

int cli_article(yd_corpus *c, const char *arg, yd_full_article *a)
{
	char *end;
	errno = 0;
	long long v = strtoll(arg, &end, 10);
	int64_t id = *arg && *end == '\0' && errno == 0 ? (int64_t)v
		: yd_corpus_article_by_slug(c, arg);
	yd_error err = { 0 };
	memset(a, 0, sizeof *a);
	if (id < 0 || yd_corpus_article(c, id, a, &err) != 0) {
		if (id < 0 || err.code == YD_ENOTFOUND)
			yd_out_printf(stderr, "yidu: no article with id or slug '%s'\n", arg);
		else
			yd_out_printf(stderr, "yidu: %s\n", err.msg);
		return 1;
	}
	return 0;
}

int cli_show(yd_corpus *c, const char *arg, const cli_opts *o)
{
	yd_full_article a;
	if (cli_article(c, arg, &a) != 0)
		return 1;
	yd_out_printf(stdout, "id: %" PRId64 "\n", a.id);
	field("slug", a.slug);
	field("title", a.title);
	field("date", a.date);
	field("source", a.source);
	field("url", a.url);
	field("author", a.author);
	field("category", a.category);
	field("excerpt", a.excerpt ? "yes" : "no");
	field("hash", a.hash);
	yd_out_puts(stdout, "regions:\n");
	for (size_t i = 0; i < a.nregions; i++)
		yd_out_printf(stdout, "  %" PRId64 " %s\n", a.regions[i].id, a.regions[i].name);
	yd_out_puts(stdout, "topics:\n");
	for (size_t i = 0; i < a.ntopics; i++)
		yd_out_printf(stdout, "  %s\n", a.topics[i].path);
	yd_out_puts(stdout, "related:\n");
	for (size_t i = 0; i < a.nrelated; i++)
		yd_out_printf(stdout, "  %" PRId64 "\t%s\t%s\n", a.related[i].id,
		       a.related[i].listed ? "listed" : "computed",
		       a.related[i].title ? a.related[i].title : "");
	yd_out_puts(stdout, "summary:\n");
	if (a.summary)
		yd_out_printf(stdout, "%s\n", a.summary);
	yd_out_puts(stdout, "body:\n");
	if (a.body)
		yd_out_printf(stdout, "%s%s", a.body,
		       *a.body && a.body[strlen(a.body) - 1] != '\n' ? "\n" : "");
	yd_full_article_free(&a);
	return finish();
}
