/* yidu --check CORPUS: opening checks only what is cheap (header, schema,
 * size); this reads every page. The problems come from SQLite's
 * integrity_check and name tables and pages of the file; like every text
 * that leaves yidu they go out through yd_out_printf (sanitised). */
#include "config.h"

#include <stdio.h>
#include <sys/stat.h>

#include "yidu/out.h"
#include "cli-check.h"

static void print_problem(void *ctx, const char *msg)
{
	yd_out_printf(stdout, "%s: damaged: %s\n", (const char *)ctx, msg);
}

int cli_check(yd_corpus *c)
{
	yd_error err = { 0 };
	const char *path = yd_corpus_path(c);
	int n = yd_corpus_check(c, print_problem, (void *)path, &err);
	int rc = 1;
	if (n < 0) {
		yd_out_printf(stdout, "%s: %s\n", path, err.msg);
		yd_out_printf(stdout, "%s: DAMAGED: the check stopped at the damage\n",
			      path);
	} else if (n > 0) {
		yd_out_printf(stdout, "%s: DAMAGED: %d problem%s found%s\n", path, n,
			      n == 1 ? "" : "s",
			      n >= 100 ? " (the first 100 shown)" : "");
	} else {
		struct stat sb;
		long long size = stat(path, &sb) == 0 ? (long long)sb.st_size : 0;
		yd_out_printf(stdout, "%s: ok (every page of %lld bytes checked)\n",
			      path, size);
		rc = 0;
	}
	fflush(stdout);
	return rc;
}
