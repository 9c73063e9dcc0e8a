/* --region on the command line: a code, a name, a short form or alias as
 * the corpus knows them, or names from the province down (北京市朝阳区,
 * 福州鼓楼) read with the gazetteer. An ambiguous name lists what it may
 * stand for instead of being called unknown. */
#include "config.h"

#include <stdio.h>

#include "cli.h"
#include "yidu/build.h"
#include "yidu/lang.h"

/* 北京市 › 朝阳区 */
static void print_path(const yd_gazetteer *g, uint32_t code)
{
	const yd_region *chain[4];
	const yd_region *r = yd_gazetteer_find(g, code);
	int n = 0;

	while (r && r->code != 0 && n < 4) {
		chain[n++] = r;
		r = yd_gazetteer_find(g, r->parent);
	}
	fprintf(stderr, "  %06u\t", (unsigned)code);
	while (n-- > 0)
		fprintf(stderr, "%s%s", chain[n]->name, n ? " › " : "\n");
}

int cli_region(yd_corpus *c, const char *s, int64_t *code)
{
	yd_error err = { 0 };
	yd_gazetteer *g;
	uint32_t cand[32];
	size_t n;

	*code = yd_corpus_region_code(c, s);
	if (*code >= 0)
		return 0;
	g = yd_gazetteer_load(yd_data_dir(), &err);
	n = g ? yd_gazetteer_candidates(g, s, cand, 32) : 0;
	if (n == 1) {
		*code = cand[0];
		yd_gazetteer_free(g);
		return 0;
	}
	if (n > 1) {
		fprintf(stderr, "yidu: ambiguous region: %s names %zu regions; give one "
			"of these codes, or a longer name such as 北京市朝阳区:\n", s,
			n < 32 ? n : (size_t)32);
		fflush(stderr);
		for (size_t i = 0; i < n && i < 32; i++)
			print_path(g, cand[i]);
	} else {
		fprintf(stderr, "yidu: unknown region: %s (give a GB/T 2260 code or a "
			"name such as 贺州市)\n", s);
	}
	yd_gazetteer_free(g);
	return 1;
}
