/* yidu --check CORPUS: opening checks only what is cheap (header, schema,
 * size); this reads every page. The problems come from SQLite's
 * integrity_check and name tables and pages of the file, so they are
 * sanitised before they reach the terminal. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "yidu/text.h"
#include "cli-check.h"

struct check_out {
	const char *path;
};

static void print_problem(void *ctx, const char *msg)
{
	struct check_out *o = ctx;
	char *clean = yd_text_sanitize(msg, strlen(msg), 0, NULL);
	printf("%s: damaged: %s\n", o->path, clean ? clean : "(out of memory)");
	free(clean);
}

int cli_check(yd_corpus *c)
{
	yd_error err = { 0 };
	const char *p = yd_corpus_path(c);
	char *path = yd_text_sanitize(p, strlen(p), 0, NULL);
	struct check_out o = { path ? path : "corpus" };
	int n = yd_corpus_check(c, print_problem, &o, &err);
	int rc = 1;
	if (n < 0) {
		printf("%s: %s\n", o.path, err.msg);
		printf("%s: DAMAGED: the check stopped at the damage\n", o.path);
	} else if (n > 0) {
		printf("%s: DAMAGED: %d problem%s found%s\n", o.path, n,
		       n == 1 ? "" : "s", n >= 100 ? " (the first 100 shown)" : "");
	} else {
		struct stat sb;
		long long size = stat(p, &sb) == 0 ? (long long)sb.st_size : 0;
		printf("%s: ok (every page of %lld bytes checked)\n", o.path, size);
		rc = 0;
	}
	fflush(stdout);
	free(path);
	return rc;
}
