/* gen-corpus N [OUT.jsonl]: N synthetic articles as JSON lines, spread
 * like a real corpus: regions Zipf-like (a few big cities, a long tail of
 * counties), dates over 2019–2025, titles from a region's short name, a
 * topic word and a question pattern, bodies of 300–3000 Han characters
 * with headings and lists. Deterministic (fixed seed). Reads region names
 * from $YIDU_DATA_DIR/regions.tsv (default: data/). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static uint32_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

static uint32_t below(uint32_t n) { return n ? rnd() % n : 0; }

typedef struct region {
	char code[8];
	char name[64];
	char short_name[64];
} region;

static region *regions;
static size_t nregions;
static double *zipf;        /* cumulative weights */

static const char *const suffixes[] = {
	"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区",
	"自治州", "自治县", "地区", "盟", "省", "市", "县", "区", "旗", NULL,
};

static void shorten(const char *name, char *out, size_t n)
{
	snprintf(out, n, "%s", name);
	size_t len = strlen(out);
	for (int i = 0; suffixes[i]; i++) {
		size_t sl = strlen(suffixes[i]);
		/* keep at least two characters (6 bytes) */
		if (len > sl + 5 && strcmp(out + len - sl, suffixes[i]) == 0) {
			out[len - sl] = '\0';
			return;
		}
	}
}

static void load_regions(const char *dir)
{
	char path[4096], line[512];
	snprintf(path, sizeof path, "%s/regions.tsv", dir);
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	size_t cap = 4096;
	regions = malloc(cap * sizeof *regions);
	while (fgets(line, sizeof line, f)) {
		char *code = strtok(line, "\t\n"), *name = strtok(NULL, "\t\n");
		if (!code || !name || code[0] < '0' || code[0] > '9')
			continue;
		if (nregions == cap)
			regions = realloc(regions, (cap *= 2) * sizeof *regions);
		region *r = &regions[nregions++];
		snprintf(r->code, sizeof r->code, "%s", code);
		snprintf(r->name, sizeof r->name, "%s", name);
		shorten(name, r->short_name, sizeof r->short_name);
	}
	fclose(f);
	/* Zipf over a shuffled order so big and small places mix */
	for (size_t i = nregions; i > 1; i--) {
		size_t j = below((uint32_t)i);
		region t = regions[i - 1];
		regions[i - 1] = regions[j];
		regions[j] = t;
	}
	zipf = malloc(nregions * sizeof *zipf);
	double sum = 0;
	for (size_t i = 0; i < nregions; i++)
		zipf[i] = sum += 1.0 / pow((double)(i + 1), 0.9);
}

static const region *pick_region(void)
{
	double x = (double)rnd() / 65536.0 / 65536.0 * 65536.0;
	x = fmod(x, 1.0) * zipf[nregions - 1];
	size_t lo = 0, hi = nregions - 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (zipf[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return &regions[lo];
}

static const char *const topic_words[] = {
	"医保个人账户余额", "职工医保报销比例", "居民医保缴费标准", "门诊慢特病",
	"异地就医备案", "跨省直接结算", "生育津贴", "医保断缴补缴", "灵活就业参保",
	"新生儿参保", "住院报销", "门诊统筹", "药品目录", "大病保险", "惠民保",
	"医保关系转移", "家庭共济", "医保电子凭证", "三甲医院挂号", "体检中心",
};
static const char *const topic_paths[] = {
	"医保/个人账户/余额查询", "医保/报销", "医保/缴费/缴费标准",
	"医保/报销/门诊慢特病", "医保/异地就医/备案", "医保/异地就医/直接结算",
	"医保/生育", "医保/缴费/断缴与补缴", "医保/参保与转移/参保登记",
	"医保/参保与转移/参保登记", "医保/报销/住院", "医保/报销/门诊",
	"医保/报销/药品目录", "医保/报销", "医保", "医保/参保与转移/关系转移",
	"医保/个人账户/家庭共济", "医保", "医保", "医保",
};
static const char *const patterns[] = {
	"怎么查", "是多少", "怎么办理", "需要什么材料", "有哪些规定", "能报多少",
	"在哪里办", "2025年最新政策", "常见问题解答", "流程详解", "要注意什么",
	"多久到账", "可以线上办吗", "和去年有什么不同",
};
/* Common Han characters for filler text. */
static const char han[] =
	"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可"
	"主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电"
	"力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因"
	"由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又"
	"么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
	"直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图"
	"医保报销参缴费账户住院门诊药品目录异地就结算备案生育津贴补办理材料窗口";

static void han_run(FILE *f, size_t n)
{
	size_t nh = (sizeof han - 1) / 3;
	char buf[3 * 64];
	while (n > 0) {
		size_t k = n < 64 ? n : 64;
		for (size_t i = 0; i < k; i++)
			memcpy(buf + 3 * i, han + 3 * below((uint32_t)nh), 3);
		fwrite(buf, 1, 3 * k, f);
		n -= k;
	}
}

static void body(FILE *f, const region *r, const char *word)
{
	size_t target = 300 + below(2701), done = 0;
	int section = 0;
	fprintf(f, "%s%s的办理要点。\\n\\n", r->short_name, word);
	while (done < target) {
		fprintf(f, "## 第%d部分\\n\\n", ++section);
		size_t para = 60 + below(180);
		han_run(f, para);
		fputs("。\\n\\n", f);
		done += para;
		if (below(3) == 0) {
			for (int i = 1; i <= 3; i++) {
				fprintf(f, "%d. ", i);
				han_run(f, 15 + below(20));
				fputs("；\\n", f);
				done += 25;
			}
			fputs("\\n", f);
		}
	}
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fputs("usage: gen-corpus N [OUT.jsonl]\n", stderr);
		return 2;
	}
	long n = atol(argv[1]);
	const char *dir = getenv("YIDU_DATA_DIR");
	load_regions(dir && *dir ? dir : "data");
	FILE *f = argc == 3 ? fopen(argv[2], "w") : stdout;
	if (!f) {
		perror(argv[2]);
		return 1;
	}
	static char obuf[1 << 20];
	setvbuf(f, obuf, _IOFBF, sizeof obuf);
	size_t nt = sizeof topic_words / sizeof topic_words[0];
	size_t np = sizeof patterns / sizeof patterns[0];
	for (long i = 0; i < n; i++) {
		const region *r = pick_region();
		size_t t = below((uint32_t)nt);
		/* every title unique: a serial number keeps dedup out of the
		 * benchmark's way */
		fprintf(f, "{\"title\": \"%s%s%s（第%ld期）\", \"date\": \"%04u-%02u-%02u\"",
			r->short_name, topic_words[t], patterns[below((uint32_t)np)], i + 1,
			2019 + below(7), 1 + below(12), 1 + below(28));
		/* a third give regions and topics, the rest leave them to
		 * extraction */
		if (below(3) == 0)
			fprintf(f, ", \"regions\": [\"%s\"], \"topics\": [\"%s\"]",
				r->code, topic_paths[t]);
		fputs(", \"source\": \"合成语料\", \"body\": \"", f);
		body(f, r, topic_words[t]);
		fputs("\"}\n", f);
	}
	if (fclose(f) != 0) {
		perror("gen-corpus");
		return 1;
	}
	return 0;
}
