/* lib/lang/wordscan.c against a matcher that compares every word at every
 * place: the filters in front of the hash probes (a word's first
 * character, a one-character word's character, a longer word's first two)
 * may pass a place that starts no word but never skip one that does.
 * Also yd_ws_next, yd_char_in and yd_wordlist_in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "lang/wordscan.h"

static const char *const words[] = {
	/* sharing the first character, not the second */
	"医保", "医院", "医疗保险", "医", "保险", "保", "报销", "报",
	/* one-character words beside longer ones that start elsewhere */
	"县", "市", "省", "北京", "北京市", "京", "深圳", "圳",
	/* other lengths of UTF-8: 1, 2 and 4 bytes */
	"drg", "d", "é", "éa", "\xF0\x9F\x8F\xA5", "\xF0\x9F\x8F\xA5医",
	/* the same word twice (two values) */
	"医保", "支付",
};
#define NWORDS (sizeof words / sizeof *words)

#include "rng-util.h"

static yd_wordscan *make(const char *const *w, size_t nw)
{
	yd_wordscan *ws = yd_ws_new();
	assert_non_null(ws);
	for (size_t i = 0; i < nw; i++)
		assert_int_equal(yd_ws_add(ws, w[i], strlen(w[i]), (uint32_t)i), 0);
	assert_int_equal(yd_ws_build(ws), 0);
	return ws;
}

/* Every place of s: what yd_ws_at finds is each word there, once. */
static void check_text(const yd_wordscan *ws, const char *const *w, size_t nw,
		       const char *s, size_t n)
{
	for (size_t pos = 0; pos < n; pos++) {
		const yd_ws_entry *out[64];
		size_t got = yd_ws_at(ws, s, n, pos, out, 64), want = 0;
		bool seen[64] = { false };

		for (size_t i = 0; i < nw; i++)
			want += strlen(w[i]) <= n - pos && memcmp(s + pos, w[i], strlen(w[i])) == 0;
		if (got != want)
			fail_msg("at %zu of \"%.*s\": %zu words, want %zu", pos, (int)n, s, got, want);
		for (size_t k = 0; k < got; k++) {
			assert_true(out[k]->value < nw && !seen[out[k]->value]);
			seen[out[k]->value] = true;
			assert_int_equal(out[k]->len, strlen(w[out[k]->value]));
			assert_memory_equal(s + pos, out[k]->word, out[k]->len);
		}
	}
}

/* yd_ws_next from every place: a place it passes over holds no word, and
 * it stops on a character's start (going by yd_ws_charlen). */
static void check_next(const yd_wordscan *ws, const char *s, size_t n)
{
	for (size_t from = 0; from < n; from += yd_ws_charlen(s, n, from)) {
		size_t next = yd_ws_next(ws, s, n, from), pos = from;
		const yd_ws_entry *out[1];

		for (; pos < next && pos < n; pos += yd_ws_charlen(s, n, pos))
			if (yd_ws_at(ws, s, n, pos, out, 1))
				fail_msg("\"%.*s\": a word at %zu passed over from %zu", (int)n, s, pos, from);
		assert_true(pos == next || (next == n && pos >= n));
	}
}

/* Appends p to s[0..*n), or one in `odds` times a piece of it (its first
 * bytes, maybe cut inside a character); false when s is full. */
static bool append(char *s, size_t cap, size_t *n, const char *p, uint32_t odds)
{
	size_t len = strlen(p);

	if (rnd(odds) == 0 && len > 1)
		len = 1 + rnd((uint32_t)len - 1);
	if (*n + len > cap)
		return false;
	memcpy(s + *n, p, len);
	*n += len;
	return true;
}

/* Texts made of the words, pieces of them and other characters. */
static void random_texts(const yd_wordscan *ws, const char *const *w, size_t nw)
{
	static const char *const other[] = { "的", "在", "。", "a", " ", "区", "\xC3\xA9", "\xE4\xB8" };
	for (int iter = 0; iter < 3000; iter++) {
		char s[512];
		size_t n = 0;
		for (uint32_t k = rnd(12); k > 0; k--) {
			const char *p = rnd(2) ? w[rnd((uint32_t)nw)] : other[rnd(8)];
			if (!append(s, sizeof s, &n, p, 5))
				break;
		}
		check_text(ws, w, nw, s, n);
		check_next(ws, s, n);
	}
}

static void test_matches(void **state)
{
	(void)state;
	yd_wordscan *ws = make(words, NWORDS);
	check_text(ws, words, NWORDS, "在北京市医保报销", strlen("在北京市医保报销"));
	check_text(ws, words, NWORDS, "医", 3);
	check_text(ws, words, NWORDS, "医保", 5);   /* a text cut inside its second character */
	random_texts(ws, words, NWORDS);
	yd_ws_free(ws);
}

/* Stray bytes: a continuation byte is a character of one byte for the
 * matcher, in a word as in a text. A word cut inside a character (not
 * valid UTF-8, which yd_ws_add asks for) turns the filters off: the other
 * words are still all found. */
static void test_stray_bytes(void **state)
{
	static const char *const stray[] = { "\x80医", "\x80", "医\x80", "县" };
	static const char *const cut[] = { "医保", "县", "市", "保\xE9" };
	(void)state;
	yd_wordscan *ws = make(stray, 4);
	check_text(ws, stray, 4, "\x80医\x80县", 8);
	random_texts(ws, stray, 4);
	yd_ws_free(ws);
	ws = make(cut, 4);
	/* no \xE9 in the text: the cut word (the last) is not there */
	check_text(ws, cut, 3, "在县医保市", 15);
	yd_ws_free(ws);
}

static void test_char_in(void **state)
{
	(void)state;
	assert_true(yd_char_in("来在赴", "在"));
	assert_true(yd_char_in("来在赴", "赴x"));
	assert_false(yd_char_in("来在赴", "去"));
	assert_false(yd_char_in("", "去"));
	/* a tail shorter than a character is no character of the set */
	assert_false(yd_char_in("来\xE5\x8E", "\xE5\x8E\x00"));
	assert_true(yd_char_in("来\xE5\x8E", "来"));
}

/* yd_wordlist_in against a memmem per word, on the random texts above:
 * Han words, ASCII and 4-byte words, and a list with a short word (no
 * filter). */
static bool any_memmem(const char *const *w, size_t nw, const char *s, size_t n)
{
	for (size_t i = 0; i < nw; i++)
		for (size_t p = 0; p + strlen(w[i]) <= n; p++)
			if (memcmp(s + p, w[i], strlen(w[i])) == 0)
				return true;
	return false;
}

static void test_wordlist(void **state)
{
	static const char *const han[] = { "医保", "医疗保险", "报销", "drg", "\xF0\x9F\x8F\xA5医", "市\x80" };
	static const char *const shorter[] = { "医保", "d", "保险" };
	static yd_wordlist han_list = YD_WORDLIST(han), short_list = YD_WORDLIST(shorter);
	static const char *const other[] = { "的", "在", "医", "保", "报", "市", "dr", "\x80", "\xF0\x9F\x8F\xA5" };
	(void)state;
	for (int iter = 0; iter < 20000; iter++) {
		char s[256];
		size_t n = 0;
		for (uint32_t k = rnd(10); k > 0; k--) {
			const char *p = rnd(4) == 0 ? han[rnd(6)] : rnd(8) == 0 ? shorter[rnd(3)] : other[rnd(9)];
			if (!append(s, sizeof s, &n, p, 4))
				break;
		}
		if (yd_wordlist_in(&han_list, s, n) != any_memmem(han, 6, s, n))
			fail_msg("han list on \"%.*s\"", (int)n, s);
		if (yd_wordlist_in(&short_list, s, n) != any_memmem(shorter, 3, s, n))
			fail_msg("short list on \"%.*s\"", (int)n, s);
	}
	assert_true(yd_wordlist_in(&han_list, "在医保", 9));
	assert_false(yd_wordlist_in(&han_list, "在医保", 8));   /* cut inside 保 */
}

/* A list longer than the 32 words whose heads are kept is searched word
 * by word, its last words too (the heads of the words past 32 were once
 * written past their array: ASan and UBSan catch that). */
static void test_long_wordlist(void **state)
{
	static const char *const many[] = {
		"甲一", "甲二", "甲三", "甲四", "甲五", "甲六", "甲七", "甲八", "甲九", "甲十",
		"乙一", "乙二", "乙三", "乙四", "乙五", "乙六", "乙七", "乙八", "乙九", "乙十",
		"丙一", "丙二", "丙三", "丙四", "丙五", "丙六", "丙七", "丙八", "丙九", "丙十",
		"丁一", "丁二", "丁三", "丁四", "丁五", "控球", "射门",
	};
	static yd_wordlist list = YD_WORDLIST(many);
	(void)state;
	assert_true(sizeof many / sizeof *many > 32);
	assert_true(yd_wordlist_in(&list, "全场控球率七成", strlen("全场控球率七成")));
	assert_true(yd_wordlist_in(&list, "有甲一", strlen("有甲一")));
	assert_false(yd_wordlist_in(&list, "控制球队", strlen("控制球队")));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches),
		cmocka_unit_test(test_stray_bytes),
		cmocka_unit_test(test_char_in),
		cmocka_unit_test(test_wordlist),
		cmocka_unit_test(test_long_wordlist),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
