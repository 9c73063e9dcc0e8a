/* bench-extract: regions and topics for N synthetic articles, the way the
 * importer runs them (regions from the title, from the body when the title
 * names none; topics from title and body). Titles are seed-style questions,
 * bodies the sample corpus's articles cut to about 2 KB.
 * Usage: extract-bench DATADIR [N]   (default N = 200000) */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "yidu/lang.h"

static const char *const titles[] = {
	"2025广西贺州牙齿正畸医保能报销吗", "2025四川甘孜医保住院才可以报销吗",
	"通辽治疗眼球震颤哪个医院比较好", "深圳二档医疗个人账户为什么没钱",
	"医保卡里的钱用完了怎么办", "在外地上班交的医保能转回老家吗",
	"厦门医保补缴怎么计算", "2025年山东滨州出现耳痛去哪家医院好",
	"江西2024年度城乡居民大病保险起付线是多少", "25年医保卡",
	"百万医疗险住院能报销吗", "异地就医备案怎么办理",
};

enum { BODY_MAX = 2048, MAX_BODIES = 512 };

static double clock_s(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double now(void)
{
	return clock_s(CLOCK_MONOTONIC);
}

/* Reads up to BODY_MAX bytes of a file, cut at a character boundary. */
static char *read_body(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *b;
	size_t n;

	if (!f)
		return NULL;
	b = malloc(BODY_MAX + 1);
	n = b ? fread(b, 1, BODY_MAX, f) : 0;
	fclose(f);
	if (!b)
		return NULL;
	while (n > 0 && n == BODY_MAX && ((unsigned char)b[n] & 0xC0) == 0x80)
		n--;
	b[n] = '\0';
	return b;
}

int main(int argc, char **argv)
{
	const char *datadir = argc > 1 ? argv[1] : "data";
	long n = argc > 2 ? atol(argv[2]) : 200000, i;
	char path[4096], *bodies[MAX_BODIES];
	size_t nb = 0, bytes = 0, nt = sizeof titles / sizeof titles[0];
	size_t regions = 0, topics = 0, from_body = 0;
	yd_error err = { 0 };
	yd_gazetteer *g;
	yd_taxonomy *t;
	struct dirent *de;
	DIR *d;
	double t0, t1, t2, cpu;

	t0 = now();
	g = yd_gazetteer_load(datadir, &err);
	snprintf(path, sizeof path, "%s/topics.tsv", datadir);
	t = g ? yd_taxonomy_load(path, &err) : NULL;
	if (!t) {
		fprintf(stderr, "extract-bench: %s\n", err.msg);
		return 1;
	}
	t1 = now();
	snprintf(path, sizeof path, "%s/sample", datadir);
	d = opendir(path);
	while (d && (de = readdir(d)) && nb < MAX_BODIES) {
		char file[8192];
		if (!strstr(de->d_name, ".md"))
			continue;
		snprintf(file, sizeof file, "%s/%s", path, de->d_name);
		if ((bodies[nb] = read_body(file)))
			nb++;
	}
	if (d)
		closedir(d);
	if (nb == 0)
		bodies[nb++] = strdup("医保个人账户的钱可以给家人用。");
	t2 = now();
	cpu = clock_s(CLOCK_PROCESS_CPUTIME_ID);
	for (i = 0; i < n; i++) {
		const char *title = titles[(size_t)i % nt], *body = bodies[(size_t)i % nb];
		uint32_t codes[8];
		int ids[YD_TOPICS_MAX];
		size_t k = yd_find_regions(g, title, strlen(title), codes, 8);

		if (k == 0) {
			k = yd_find_regions(g, body, strlen(body), codes, 8);
			from_body++;
			bytes += strlen(body);
		}
		regions += k;
		topics += yd_find_topics(t, title, body, ids, YD_TOPICS_MAX);
		bytes += strlen(title) + strlen(body);
	}
	t2 = now() - t2;
	cpu = clock_s(CLOCK_PROCESS_CPUTIME_ID) - cpu;
	printf("load gazetteer + taxonomy: %.1f ms\n", (t1 - t0) * 1e3);
	printf("%ld articles (%zu sample bodies; %zu articles needed the body for regions)\n",
	       n, nb, from_body);
	printf("wall %.2f s, cpu %.2f s: %.1f us/article cpu, %.1f MB/s of text handed in, cpu\n",
	       t2, cpu, cpu / n * 1e6, bytes / cpu / 1e6);
	printf("regions found: %zu, topics found: %zu; 1M articles: about %.1f s cpu\n",
	       regions, topics, cpu / n * 1e6);
	while (nb > 0)
		free(bodies[--nb]);
	yd_gazetteer_free(g);
	yd_taxonomy_free(t);
	return 0;
}
