/* yidu-import --tag: the regions and topics found in each line of stdin. */
#include "config.h"
#include "yidu/out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "yidu/extract.h"
#include "yidu/text.h"

int import_tag(const char *datadir)
{
	yd_error err = { 0 };
	char *topics = malloc(strlen(datadir) + sizeof "/topics.tsv");
	if (!topics) {
		fputs("yidu-import: out of memory\n", stderr);
		return 1;
	}
	sprintf(topics, "%s/topics.tsv", datadir);
	yd_gazetteer *g = yd_gazetteer_load(datadir, &err);
	yd_taxonomy *t = g ? yd_taxonomy_load(topics, &err) : NULL;
	free(topics);
	if (!g || !t) {
		yd_out_printf(stderr, "yidu-import: %s\n", err.msg);
		yd_gazetteer_free(g);
		return 1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, stdin)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		char *clean = yd_text_sanitize(line, (size_t)n, 0, NULL);
		if (!clean)
			break;
		uint32_t codes[32];
		int ids[32];
		size_t nr = yd_find_regions(g, clean, strlen(clean), codes, 32);
		size_t nt = yd_find_topics(t, clean, NULL, ids, 32);
		for (size_t i = 0; i < nr; i++)
			yd_out_printf(stdout, "%s%u", i ? "," : "", (unsigned)codes[i]);
		putchar('\t');
		for (size_t i = 0; i < nt; i++) {
			const yd_topic *tp = yd_taxonomy_at(t, (size_t)ids[i] - 1);
			yd_out_printf(stdout, "%s%s", i ? "," : "", tp ? tp->path : "?");
		}
		putchar('\n');
		free(clean);
	}
	free(line);
	yd_gazetteer_free(g);
	yd_taxonomy_free(t);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("yidu-import: writing the output");
		return 1;
	}
	return 0;
}
