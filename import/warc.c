/* WARC crawls (.warc, .warc.gz): placeholder until the reader lands. */
#include "config.h"
#include <stdio.h>
#include "import.h"

int import_warc(run *r, const char *path)
{
	char msg[4200];
	snprintf(msg, sizeof msg, "%s: WARC input is not supported yet", path);
	return import_bad(r, msg);
}

int import_csv(run *r, const char *path)
{
	char msg[4200];
	snprintf(msg, sizeof msg, "%s: CSV input is not supported yet", path);
	return import_bad(r, msg);
}
