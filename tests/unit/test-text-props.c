/* Property tests for lib text over generated strings: whatever the input
 * and width, wrapped lines fit, lose and duplicate nothing, keep order and
 * follow the punctuation rules whenever they can. Widths are checked with
 * an independent computation (libunistring's own grapheme breaks, decoder
 * and per-character uc_width), never with yd_text_width.
 *
 * YIDU_SEED=<n> in the environment replays one run; the seed is printed
 * when a check fails. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>
#include "yidu/text.h"

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 2685821657736338717ULL) >> 33) % n;
}

typedef struct sbuf {
	char *p;
	size_t len, cap;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		assert_non_null(b->p);
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void puts_(sbuf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void putc_(sbuf *b, ucs4_t c)
{
	uint8_t tmp[6];
	int n = u8_uctomb(tmp, c, sizeof tmp);
	assert_true(n > 0);
	put(b, (const char *)tmp, (size_t)n);
}

static const char *const cjk_punct[] = {
	"，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "”", "’",
	"…", "——", "（", "「", "『", "《", "“", "‘", "【", "】", "·",
};
static const char *const ascii_punct[] = {",", ".", ";", ":", "?", "!", ")", "]", "(", "[", "-", "/"};
static const char *const ambiguous[] = {"•", "“", "”", "→", "×", "①", "…", "—", "±", "§"};
static const char *const emoji[] = {
	"😀", "👨‍👩‍👧", "🇨🇳", "🇺🇸", "❤️", "❤", "👍🏽", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "e\xcc\x81", "한국",
};
static const char *const common_han[] = {"医", "保", "个", "人", "账", "户", "门", "诊", "费", "用", "年"};

static void gen_word(sbuf *b, uint32_t maxlen)
{
	uint32_t len = 1 + rnd(maxlen);
	for (uint32_t i = 0; i < len; i++) {
		char c = (char)('a' + rnd(26));
		put(b, &c, 1);
	}
}

static void gen_digits(sbuf *b)
{
	uint32_t len = 1 + rnd(8);
	for (uint32_t i = 0; i < len; i++) {
		char c = (char)('0' + rnd(10));
		put(b, &c, 1);
	}
}

static char *gen_text(size_t *out_len)
{
	sbuf b = {0};
	uint32_t pieces = 1 + rnd(40);

	puts_(&b, "");
	for (uint32_t i = 0; i < pieces; i++) {
		switch (rnd(14)) {
		case 0: case 1: case 2: { /* a run of Han */
			uint32_t k = 1 + rnd(12);
			for (uint32_t j = 0; j < k; j++) {
				if (rnd(3))
					putc_(&b, 0x4E00 + rnd(0x51A6));
				else
					puts_(&b, common_han[rnd(sizeof common_han / sizeof *common_han)]);
			}
			break;
		}
		case 3:
			gen_word(&b, rnd(8) ? 10 : 40);
			break;
		case 4:
			gen_digits(&b);
			if (rnd(2))
				puts_(&b, "年");
			break;
		case 5:
			puts_(&b, rnd(3) == 0 ? "www." : rnd(2) ? "https://" : "http://");
			gen_word(&b, 12);
			puts_(&b, ".cn/");
			gen_word(&b, 20);
			if (rnd(2))
				puts_(&b, "?a=1&b=2");
			break;
		case 6: case 7:
			puts_(&b, cjk_punct[rnd(sizeof cjk_punct / sizeof *cjk_punct)]);
			break;
		case 8:
			puts_(&b, ascii_punct[rnd(sizeof ascii_punct / sizeof *ascii_punct)]);
			break;
		case 9:
			puts_(&b, ambiguous[rnd(sizeof ambiguous / sizeof *ambiguous)]);
			break;
		case 10:
			puts_(&b, emoji[rnd(sizeof emoji / sizeof *emoji)]);
			break;
		case 11: case 12:
			put(&b, "    ", 1 + rnd(rnd(8) ? 1 : 4));
			break;
		case 13:
			puts_(&b, rnd(4) ? "\n" : "\n\n");
			break;
		}
	}
	*out_len = b.len;
	return b.p;
}

/* gen_text with its newlines made spaces: one line of text. */
static char *gen_line(size_t *out_len)
{
	char *s = gen_text(out_len);
	for (size_t j = 0; j < *out_len; j++)
		if (s[j] == '\n')
			s[j] = ' ';
	return s;
}

/* ---- the independent width ---- */

static int ref_cluster_width(const uint8_t *s, size_t n, const char *enc)
{
	ucs4_t first = 0;
	int w = 0, nri = 0;
	int vs16 = 0;

	for (size_t i = 0; i < n;) {
		ucs4_t c;
		int len = u8_mbtouc(&c, s + i, n - i);
		int cw = uc_width(c, enc);
		if (i == 0)
			first = c;
		if (w == 0 && cw > 0)
			w = cw;
		if (c == 0xFE0F)
			vs16 = 1;
		if (c >= 0x1F1E6 && c <= 0x1F1FF)
			nri++;
		i += (size_t)len;
	}
	if (w > 2)
		w = 2;
	if (vs16 && uc_is_property_emoji(first))
		w = 2;
	if (nri == 2)
		w = 2;
	return w;
}

/* Cluster starts of s[0..n) in brk (libunistring's segmentation). */
static int ref_width(const char *s, size_t n, const char *enc)
{
	char *brk = malloc(n + 1);
	int total = 0;

	assert_non_null(brk);
	if (n)
		u8_grapheme_breaks((const uint8_t *)s, n, brk);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && !brk[j])
			j++;
		total += ref_cluster_width((const uint8_t *)s + i, j - i, enc);
		i = j;
	}
	free(brk);
	return total;
}

/* ---- the rules, restated ---- */

static ucs4_t first_char(const char *s, size_t n)
{
	ucs4_t c;
	u8_mbtouc(&c, (const uint8_t *)s, n);
	return c;
}

static int in_list(ucs4_t c, const char *list)
{
	size_t n = strlen(list);
	for (size_t i = 0; i < n;) {
		ucs4_t d;
		int len = u8_mbtouc(&d, (const uint8_t *)list + i, n - i);
		if (c == d)
			return 1;
		i += (size_t)len;
	}
	return 0;
}

static int is_cjk(ucs4_t c)
{
	return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
	       (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x1100 && c <= 0x115F) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
	       (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD) ||
	       (c >= 0xA000 && c <= 0xA4CF);
}

static int nostart(ucs4_t c)
{
	return in_list(c, "，。、；：？！）」』》”’…—·】〕〉〗〙〛〞・．］｝｣‥");
}

static int noend(ucs4_t c)
{
	return in_list(c, "（「『《“‘([{【〔〈〖〘〚〝［｛｢");
}

static int glued(ucs4_t a, ucs4_t b)
{
	return nostart(b) || noend(a) || (in_list(b, ",.;:?!)]}") && is_cjk(a));
}

/* The lines being checked, printed when a check fails. */
static const yd_wrap_line *cur_lines;
static size_t cur_nlines;

static void dump_lines(const char *s)
{
	if (getenv("YIDU_DUMP")) {
		FILE *f = fopen(getenv("YIDU_DUMP"), "wb");
		if (f) {
			fputs(s, f);
			fclose(f);
		}
	}
	for (size_t i = 0; i < cur_nlines; i++)
		fprintf(stderr, "  %2d |%.*s|\n", cur_lines[i].cols,
			(int)(cur_lines[i].end - cur_lines[i].start), s + cur_lines[i].start);
}

/* Cluster boundaries of the whole text, from libunistring. */
typedef struct ctx {
	const char *s;
	size_t n;
	char *gb; /* gb[i]: a cluster starts at i */
	int width;
	const char *enc;
	int flags;
} ctx;

static size_t prev_cluster(const ctx *c, size_t i)
{
	do
		i--;
	while (i > 0 && !c->gb[i]);
	return i;
}

static size_t next_cluster(const ctx *c, size_t i)
{
	do
		i++;
	while (i < c->n && !c->gb[i]);
	return i;
}

static int is_space_cluster(const ctx *c, size_t i)
{
	return c->s[i] == ' ' && next_cluster(c, i) == i + 1;
}

/* A break before cluster b (line k+1 starts there; line k starts at ls)
 * breaks a punctuation rule: fine only if no earlier break point in line k
 * would have let the moved part fit. */
static void check_punct(const ctx *c, size_t ls, size_t b)
{
	size_t a = prev_cluster(c, b), an = a;
	ucs4_t ca = first_char(c->s + a, c->n - a), cb = first_char(c->s + b, c->n - b);
	size_t bend = next_cluster(c, b);

	/* Opening punctuation must not end a line even before spaces. */
	while (an > ls && is_space_cluster(c, an))
		an = prev_cluster(c, an);
	if (!glued(ca, cb) && !noend(first_char(c->s + an, c->n - an)))
		return;
	for (size_t x = a; x > ls; x = prev_cluster(c, x)) {
		size_t px = prev_cluster(c, x);
		ucs4_t cx = first_char(c->s + x, c->n - x), cp = first_char(c->s + px, c->n - px);
		if (is_space_cluster(c, x) || is_space_cluster(c, px))
			return; /* the wrapper never moves text across a space */
		if (glued(cp, cx))
			continue;
		/* x was a place to break: moving [x, b] down must not fit. */
		if (ref_width(c->s + x, bend - x, c->enc) <= c->width) {
			dump_lines(c->s);
			fail_msg("avoidable punctuation break at %zu (width %d) in \"%.*s\"",
				 b, c->width, (int)c->n, c->s);
		}
		return;
	}
}

static int in_token(const ctx *c, size_t i)
{
	ucs4_t ch = first_char(c->s + i, c->n - i);
	return !is_space_cluster(c, i) && ch != '\n' && !(is_cjk(ch) && !noend(ch) && !nostart(ch));
}

/* A split with ASCII letters/digits on both sides, or inside a URL, is only
 * allowed when the token (with punctuation glued to it) is too wide. */
static void check_word_split(const ctx *c, size_t b)
{
	size_t a = prev_cluster(c, b), x = a, y = b;
	unsigned char la = (unsigned char)c->s[a], lb = (unsigned char)c->s[b];

	if (!(la < 0x80 && lb < 0x80 && la > ' ' && lb > ' '))
		return;
	/* The unit around the split: clusters that are neither spaces nor
	 * CJK characters (UAX #14 may glue any of them), plus whatever the
	 * punctuation rules glue to it, across spaces too ("( 「9704",
	 * "中 ’ro", "2 )abc"). */
	for (;;) {
		while (x > 0) {
			size_t px = prev_cluster(c, x);
			if (!in_token(c, px))
				break;
			x = px;
		}
		size_t px = x;
		ucs4_t cx = first_char(c->s + x, c->n - x);
		while (px > 0 && c->s[px - 1] == ' ')
			px--;
		if (px == 0 || c->s[px - 1] == '\n') {
			/* Indentation stays with punctuation after it. */
			if (nostart(cx) || in_list(cx, ",.;:?!)]}"))
				x = px;
			break;
		}
		size_t pc = prev_cluster(c, px);
		ucs4_t cp = first_char(c->s + pc, c->n - pc);
		/* UAX #14 also keeps ASCII punctuation ("年-55") with what
		 * precedes it. */
		int punct = cx < 0x80 && !((cx | 0x20) >= 'a' && (cx | 0x20) <= 'z') &&
			    !(cx >= '0' && cx <= '9');
		if (px == x ? glued(cp, cx) || punct
			    : noend(cp) || nostart(cx) || in_list(cx, ",.;:?!)]}")) {
			x = pc;
			continue;
		}
		break;
	}
	for (;;) {
		while (y < c->n && in_token(c, y))
			y = next_cluster(c, y);
		size_t ny = y;
		while (ny < c->n && c->s[ny] == ' ')
			ny++;
		if (ny >= c->n || c->s[ny] == '\n')
			break;
		size_t last = prev_cluster(c, y);
		ucs4_t cl = first_char(c->s + last, c->n - last);
		ucs4_t cn = first_char(c->s + ny, c->n - ny);
		if (ny == y ? glued(cl, cn)
			    : noend(cl) || nostart(cn) || in_list(cn, ",.;:?!)]}")) {
			y = next_cluster(c, ny);
			continue;
		}
		break;
	}
	int isalnum_a = (la >= '0' && la <= '9') || (la | 0x20) >= 'a';
	int isalnum_b = (lb >= '0' && lb <= '9') || (lb | 0x20) >= 'a';
	int in_url = 0;
	for (size_t i = x; i < a && !in_url; i++) {
		if (strncmp(c->s + i, "http://", 7) && strncmp(c->s + i, "https://", 8) &&
		    strncmp(c->s + i, "www.", 4))
			continue;
		/* A URL runs to a space, a CJK character or CJK punctuation. */
		size_t e = i;
		while (e < c->n) {
			ucs4_t ch = first_char(c->s + e, c->n - e);
			if (ch <= ' ' || (ch >= 0x80 && (is_cjk(ch) || nostart(ch) || noend(ch))))
				break;
			e += (size_t)u8_mblen((const uint8_t *)c->s + e, c->n - e);
		}
		in_url = e > b;
	}
	if (!(isalnum_a && isalnum_b) && !in_url)
		return;
	/* Only plain ASCII tokens: glue through non-ASCII punctuation and
	 * symbols is UAX #14's business, tested elsewhere. */
	for (size_t i = x; i < y; i++)
		if ((unsigned char)c->s[i] >= 0x80)
			return;
	if (ref_width(c->s + x, y - x, c->enc) <= c->width) {
		dump_lines(c->s);
		fail_msg("word split at %zu (width %d) in \"%.*s\"", b, c->width, (int)c->n, c->s);
	}
}

/* strict: also check that words are split only when they must be (a
 * heuristic that holds for generated text, not for random bytes). */
static void check_wrap(const char *s, size_t n, int width, int flags, int strict)
{
	yd_wrap_line *l = NULL;
	size_t k = yd_text_wrap(s, n, width, flags, &l);
	ctx c = {s, n, malloc(n + 1), width < 2 ? 2 : width,
		 (flags & YD_AMBIGUOUS_WIDE) ? "GBK" : "UTF-8", flags};
	size_t pos = 0, newlines = 0;

	assert_non_null(c.gb);
	u8_grapheme_breaks((const uint8_t *)s, n, c.gb);
	assert_true(k != (size_t)-1);
	assert_true(n == 0 ? k == 0 : k >= 1);
	cur_lines = l;
	cur_nlines = k;
	for (size_t i = 0; i < k; i++) {
		size_t st = l[i].start, en = l[i].end;
		int gap_nl = 0;

		/* Between lines: only spaces, and at most one newline, last. */
		assert_true(st >= pos && st <= en && en <= n);
		for (size_t j = pos; j < st; j++) {
			assert_int_equal(gap_nl, 0);
			if (s[j] == '\n')
				gap_nl = 1;
			else
				assert_int_equal(s[j], ' ');
		}
		if (i > 0)
			assert_true(st > pos || gap_nl || st == l[i - 1].end);
		newlines += (size_t)gap_nl;
		assert_null(memchr(s + st, '\n', en - st));
		if (en > st) {
			assert_true(c.gb[st]);
			assert_true(en == n || c.gb[en]);
			assert_true(s[en - 1] != ' ' || en == st);
		}
		int rw = ref_width(s + st, en - st, c.enc);
		if (rw > c.width || rw != l[i].cols)
			fail_msg("line %zu is %d columns (says %d), width %d: \"%.*s\"",
				 i, rw, l[i].cols, c.width, (int)(en - st), s + st);
		if (i > 0 && !gap_nl && st < n && en > st) {
			check_punct(&c, l[i - 1].start, st);
			if (st == pos && strict)
				check_word_split(&c, st);
		}
		pos = en;
	}
	for (size_t j = pos; j < n; j++)
		assert_int_equal(s[j], ' ');
	/* Every newline was a break. */
	size_t want_nl = 0;
	for (size_t j = 0; j < n; j++)
		want_nl += s[j] == '\n';
	assert_int_equal(newlines, want_nl);
	free(c.gb);
	free(l);
}

static uint64_t seed_from_env(void)
{
	const char *e = getenv("YIDU_SEED");
	return e ? strtoull(e, NULL, 10) : 20250101;
}

/* Independent streams per (seed, test, iteration): splitmix64. */
static void reseed(uint64_t seed, uint64_t test, uint64_t iter)
{
	uint64_t z = seed * 0x9E3779B97F4A7C15ULL + (test << 32) + iter + 1;
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	rng_state = (z ^ (z >> 31)) | 1;
}

static void test_wrap_props(void **state)
{
	uint64_t seed = seed_from_env();
	(void)state;
	for (int iter = 0; iter < 3000; iter++) {
		size_t n;
		reseed(seed, 1, (uint64_t)iter);
		char *s = gen_text(&n);
		int flags = rnd(4) == 0 ? YD_AMBIGUOUS_WIDE : 0;

		/* The generator makes clean text; width is additive. */
		assert_true(yd_text_is_clean(s, n, YD_SANITIZE_KEEP_NEWLINES));
		for (int t = 0; t < 6; t++) {
			int width = 2 + (int)rnd(t < 3 ? 12 : 99);
			check_wrap(s, n, width, flags, 1);
		}
		free(s);
	}
	printf("wrapped 3000 strings at 6 widths each (seed %llu)\n", (unsigned long long)seed);
}

static void test_width_props(void **state)
{
	uint64_t seed = seed_from_env();
	(void)state;
	for (int iter = 0; iter < 3000; iter++) {
		size_t n;
		reseed(seed, 2, (uint64_t)iter);
		char *s = gen_line(&n);
		for (int f = 0; f <= YD_AMBIGUOUS_WIDE; f++) {
			const char *enc = f ? "GBK" : "UTF-8";
			int total = ref_width(s, n, enc);
			assert_int_equal(yd_text_width(s, n, f), total);
			int cols = (int)rnd(60), used;
			size_t p = yd_text_prefix(s, n, cols, f, &used);
			assert_true(used <= cols || cols <= 0);
			assert_int_equal(ref_width(s, p, enc), used);
			if (p < n) /* the next cluster would not have fitted */
				assert_true(used + 1 > cols || ref_width(s, n, enc) > used);
			char *fit = yd_text_fit(s, n, cols, f, true);
			assert_non_null(fit);
			assert_int_equal(ref_width(fit, strlen(fit), enc), cols > 0 ? cols : 0);
			free(fit);
		}
		free(s);
	}
}

/* yd_text_cluster (and its fast path for ASCII and Han followed by
 * another such character) cuts where libunistring's grapheme breaks do,
 * with the reference width, on generated text and on characters that
 * join the one before (combining marks, variation selectors, ZWJ). */
static void check_clusters(const char *s, size_t n)
{
	for (int f = 0; f <= YD_AMBIGUOUS_WIDE; f++) {
		const char *enc = f ? "GBK" : "UTF-8";
		size_t i = 0;
		while (i < n) {
			int cols = -1;
			size_t len = yd_text_cluster(s + i, n - i, f, &cols);
			ucs4_t uc;
			u8_mbtouc(&uc, (const uint8_t *)s + i, n - i);
			/* where the fast path may apply: a cluster that starts
			 * with printable ASCII or a Han character */
			if ((uc >= 0x20 && uc < 0x7f) || (uc >= 0x4e00 && uc <= 0x9fff)) {
				const uint8_t *next = u8_grapheme_next((const uint8_t *)s + i,
								       (const uint8_t *)s + n);
				assert_non_null(next);
				assert_int_equal(len, (size_t)(next - (const uint8_t *)s) - i);
				assert_int_equal(cols, ref_width(s + i, len, enc));
			}
			assert_int_equal(cols, yd_text_width(s + i, len, f));
			i += len;
		}
	}
}

static void test_cluster_props(void **state)
{
	static const char *const joined[] = {
		"医\xcc\x81保", "医\xef\xb8\x8f", "a\xe2\x80\x8d\xf0\x9f\x98\x80",
		"e\xcc\x81x", "\xe4\xb7\x80\xe4\xb7\x80", "\xe3\x90\x80" "a", "\xe4\xb8\x80\xe9\xbe\xa5",
	};
	uint64_t seed = seed_from_env();
	(void)state;
	for (size_t k = 0; k < sizeof joined / sizeof *joined; k++)
		check_clusters(joined[k], strlen(joined[k]));
	for (int iter = 0; iter < 2000; iter++) {
		size_t n;
		reseed(seed, 5, (uint64_t)iter);
		char *s = gen_line(&n);
		check_clusters(s, n);
		free(s);
	}
}

/* Random bytes with escape fragments: sanitising gives clean text, is
 * idempotent, and is_clean agrees with "sanitising changes nothing". */
static void test_sanitize_props(void **state)
{
	static const char *const frags[] = {
		"\x1b", "\x1b[", "\x1b]", "\x1bP", "\x07", "\x1b\\", "\xc2\x9b", "\xc2\x9c",
		"\xc2\x9d", "\t", "\n", "\r", "31m", ";", "中", "\xe2\x80\xae", "\xef\xbb\xbf",
		"\xe2\x80\x8d", "\xf0\x9f\x98\x80", "a", " ", "\xff", "\xe4\xb8", "\xed\xa0\x80",
	};
	uint64_t seed = seed_from_env();
	(void)state;
	for (int iter = 0; iter < 5000; iter++) {
		sbuf b = {0};
		size_t len, len2;
		reseed(seed, 3, (uint64_t)iter);
		int flags = (int)rnd(8);
		uint32_t k = rnd(30);

		puts_(&b, "");
		for (uint32_t i = 0; i < k; i++) {
			if (rnd(3)) {
				puts_(&b, frags[rnd(sizeof frags / sizeof *frags)]);
			} else {
				char byte = (char)rnd(256);
				put(&b, &byte, 1);
			}
		}
		char *out = yd_text_sanitize(b.p, b.len, flags, &len);
		assert_non_null(out);
		assert_true(yd_text_is_clean(out, len, flags));
		assert_true(u8_check((const uint8_t *)out, len) == NULL);
		for (size_t i = 0; i < len; i++) {
			unsigned char ch = (unsigned char)out[i];
			assert_true(ch >= 0x20 || (ch == '\n' && (flags & YD_SANITIZE_KEEP_NEWLINES)) ||
				    (ch == '\t' && (flags & YD_SANITIZE_KEEP_TABS)));
			assert_true(ch != 0x7F);
		}
		char *again = yd_text_sanitize(out, len, flags, &len2);
		assert_non_null(again);
		assert_int_equal(len2, len);
		assert_memory_equal(again, out, len);
		int same = len == b.len && memcmp(out, b.p, len) == 0;
		assert_int_equal(yd_text_is_clean(b.p, b.len, flags), same);
		/* Clean text wraps within the width. */
		if (len)
			check_wrap(out, len, 2 + (int)rnd(30), flags & YD_AMBIGUOUS_WIDE, 0);
		free(again);
		free(out);
		free(b.p);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width_props),
		cmocka_unit_test(test_cluster_props),
		cmocka_unit_test(test_sanitize_props),
		cmocka_unit_test(test_wrap_props),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
