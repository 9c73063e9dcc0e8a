/* yidu-import --tag: the regions and topics found in each line of stdin,
 * as the importer finds them for an article (regions from the title, the
 * body only when the title names none; topics as yd_find_topics decides).
 * A TAB in a line separates the title from the body. --explain adds the
 * words that decided each tag, and the names refused and why. */
#include "config.h"
#include "yidu/out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "yidu/lang.h"
#include "yidu/text.h"

static const char *refusal(unsigned why)
{
	if (why & YD_WHY_INSIDE)
		return "part of the word";
	if (why & YD_WHY_OTHER_NAME)
		return "part of another name";
	if (why & YD_WHY_NO_CONTEXT)
		return "an ordinary word and nothing says place";
	if (why & YD_WHY_CAMPUS)
		return "a part of a campus or town, its city not named";
	if (why & YD_WHY_COMPOUND)
		return "a product's or person's name with a common noun, no place words";
	if (why & YD_WHY_UNSURE)
		return "names several places and nothing decides";
	if (why & YD_WHY_BARE)
		return "a bare name, too little evidence of place (suffix, place words, "
		       "its province or city, a list of places, named again)";
	return "refused";
}

static void evidence(unsigned why)
{
	static const struct {
		unsigned bit;
		const char *text;
	} bits[] = {
		{ YD_WHY_NAME, "official name" }, { YD_WHY_WORD, "a word of its own" },
		{ YD_WHY_SUFFIX, "place suffix" }, { YD_WHY_CONTEXT, "place words around it" },
		{ YD_WHY_WITHIN, "containing region named" }, { YD_WHY_LISTED, "listed with places" },
		{ YD_WHY_HOSPITAL, "starts a hospital's name" },
		{ YD_WHY_AGAIN, "named again with place words" },
		{ YD_WHY_ORDINARY, "also an ordinary word" },
	};
	size_t i, k = 0;

	for (i = 0; i < sizeof bits / sizeof *bits; i++)
		if (why & bits[i].bit)
			printf("%s%s", k++ ? ", " : "", bits[i].text);
}

static void explain_regions(const yd_gazetteer *g, const char *part, const char *s)
{
	yd_region_mention m[64];
	size_t n = yd_region_mentions(g, s, strlen(s), m, 64), i;

	for (i = 0; i < n && i < 64; i++) {
		printf("#\tregion\t%s\t%.*s\t", part, (int)m[i].len, s + m[i].off);
		if (m[i].code) {
			const yd_region *r = yd_gazetteer_find(g, m[i].code);
			printf("%06u %s: ", (unsigned)m[i].code, r ? r->name : "?");
			evidence(m[i].why);
		} else if (m[i].why & YD_WHY_INSIDE) {
			printf("no: %s %.*s", refusal(m[i].why), (int)m[i].word_len, s + m[i].word_off);
		} else {
			printf("no: %s", refusal(m[i].why));
		}
		putchar('\n');
	}
}

static void explain_topics(const yd_taxonomy *t, const char *title, const char *body)
{
	yd_topic_hit h[64];
	size_t n = yd_topic_hits(t, title, body, h, 64), i;

	for (i = 0; i < n && i < 64; i++) {
		const yd_topic *tp = yd_taxonomy_at(t, (size_t)h[i].id - 1);
		const char *s = h[i].in_title ? title : body;

		printf("#\ttopic\t%s\t%.*s\t%s%s\n", h[i].in_title ? "title" : "body",
		       (int)h[i].len, s + h[i].off, tp ? tp->path : "?",
		       h[i].refused ? " (not counted: the text is not about health insurance)" : "");
	}
}

int import_tag(const char *datadir, bool explain)
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
		char *tab = memchr(line, '\t', (size_t)n);
		size_t tn = tab ? (size_t)(tab - line) : (size_t)n;
		char *title = yd_text_sanitize(line, tn, 0, NULL);
		char *body = tab ? yd_text_sanitize(tab + 1, (size_t)n - tn - 1, 0, NULL) : NULL;
		if (!title || (tab && !body)) {
			free(title);
			free(body);
			break;
		}
		uint32_t codes[32];
		int ids[32];
		size_t nr = yd_find_regions(g, title, strlen(title), codes, 32);
		bool body_regions = nr == 0 && body;
		if (body_regions)
			nr = yd_find_regions(g, body, strlen(body), codes, 32);
		size_t nt = yd_find_topics(t, title, body, ids, 32);
		for (size_t i = 0; i < nr; i++)
			yd_out_printf(stdout, "%s%u", i ? "," : "", (unsigned)codes[i]);
		putchar('\t');
		for (size_t i = 0; i < nt; i++) {
			const yd_topic *tp = yd_taxonomy_at(t, (size_t)ids[i] - 1);
			yd_out_printf(stdout, "%s%s", i ? "," : "", tp ? tp->path : "?");
		}
		putchar('\n');
		if (explain) {
			explain_regions(g, "title", title);
			if (body)
				explain_regions(g, body_regions ? "body" : "body (not used: the title names a region)", body);
			explain_topics(t, title, body);
		}
		free(title);
		free(body);
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
