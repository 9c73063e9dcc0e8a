/* Unit tests for lib text: UTF-8, sanitising, widths, fitting, wrapping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yidu/text.h"

/* ---- helpers ---- */

static char *san(const char *s, size_t n, int flags)
{
	size_t len = (size_t)-1;
	char *out = yd_text_sanitize(s, n, flags, &len);
	assert_non_null(out);
	assert_int_equal(len, strlen(out));
	/* The result is clean and sanitising it again changes nothing. */
	assert_true(yd_text_is_clean(out, len, flags));
	return out;
}

#define assert_san(in, flags, want) do { \
	char *got_ = san((in), sizeof(in) - 1, (flags)); \
	assert_string_equal(got_, (want)); \
	assert_int_equal(yd_text_is_clean((in), sizeof(in) - 1, (flags)), \
			 strcmp((in), (want)) == 0 && strlen(in) == sizeof(in) - 1); \
	free(got_); \
} while (0)

/* Lines joined with '|'. Also checks the widths the wrapper reports. */
static char *wrapped(const char *s, int width, int flags)
{
	yd_wrap_line *l = NULL;
	size_t n = strlen(s);
	size_t k = yd_text_wrap(s, n, width, flags, &l);
	size_t len = 0;
	char *out;

	assert_true(k != (size_t)-1);
	out = malloc(n + k + 1);
	assert_non_null(out);
	for (size_t i = 0; i < k; i++) {
		size_t m = l[i].end - l[i].start;
		assert_true(l[i].start <= l[i].end && l[i].end <= n);
		assert_int_equal(l[i].cols, yd_text_width(s + l[i].start, m, flags));
		assert_true(l[i].cols <= (width < 2 ? 2 : width));
		if (i)
			out[len++] = '|';
		memcpy(out + len, s + l[i].start, m);
		len += m;
	}
	out[len] = '\0';
	free(l);
	return out;
}

#define assert_wrap(in, width, flags, want) do { \
	char *got_ = wrapped((in), (width), (flags)); \
	assert_string_equal(got_, (want)); \
	free(got_); \
} while (0)

/* ---- UTF-8 ---- */

static void test_utf8_roundtrip(void **state)
{
	(void)state;
	for (uint32_t c = 0; c <= 0x10FFFF; c++) {
		char buf[4];
		uint32_t d;
		int len;

		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		len = yd_utf8_encode(c, buf);
		assert_int_equal(len, c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
		assert_int_equal(yd_utf8_decode(buf, (size_t)len, &d), len);
		assert_int_equal(d, c);
		/* Truncated: the lead byte alone is invalid. */
		if (len > 1) {
			assert_int_equal(yd_utf8_decode(buf, (size_t)len - 1, &d), 1);
			assert_int_equal(d, 0xFFFD);
		}
	}
}

static void test_utf8_invalid(void **state)
{
	static const char *bad[] = {
		"\x80", "\xbf", "\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xe0\x9f\xbf",
		"\xed\xa0\x80", "\xed\xbf\xbf", "\xf0\x80\x80\xaf", "\xf0\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\xfe", "\xe4\xb8",
		"\xe4\x41\x41", "\xf0\x9f\x98",
	};
	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		uint32_t d = 0;
		assert_int_equal(yd_utf8_decode(bad[i], strlen(bad[i]), &d), 1);
		assert_int_equal(d, 0xFFFD);
	}
	char buf[4];
	uint32_t d;
	assert_int_equal(yd_utf8_encode(0xD800, buf), 3);
	assert_int_equal(yd_utf8_decode(buf, 3, &d), 3);
	assert_int_equal(d, 0xFFFD);
	assert_int_equal(yd_utf8_encode(0x110000, buf), 3);
}

/* ---- sanitising ---- */

#define FFFD "\xef\xbf\xbd"

static void test_sanitize_escapes(void **state)
{
	(void)state;
	assert_san("a\x1b[31mred\x1b[0m b", 0, "ared b");
	assert_san("\x1b[38;5;196;1mX\x1b[?25l\x1b[2J\x1b[H", 0, "X");
	assert_san("\x1b[ q!", 0, "!"); /* CSI with an intermediate byte */
	/* OSC 52 (clipboard), OSC 8 (hyperlink), window titles. */
	assert_san("x\x1b]52;c;SGVsbG8=\x07y", 0, "xy");
	assert_san("\x1b]8;;http://e.com\x1b\\link\x1b]8;;\x1b\\.", 0, "link.");
	assert_san("\x1b]0;pwned\x07ok", 0, "ok");
	assert_san("\x1b]2;\xe6\xa0\x87\xe9\xa2\x98\x1b\\ok", 0, "ok");
	assert_san("a\x1b]0;t\xc2\x9c" "b", 0, "ab"); /* 8-bit ST */
	/* DCS, APC, PM, SOS strings. */
	assert_san("\x1bPq#0;2;0;0;0\x1b\\z", 0, "z");
	assert_san("\x1b_apc\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\z", 0, "z");
	/* An unterminated string ends at a newline, not at the end. */
	assert_san("\x1b]0;abc\ndef", YD_SANITIZE_KEEP_NEWLINES, "\ndef");
	assert_san("a\x1b]0;abc", 0, "a");
	/* ESC with one following character, or nF with intermediates. */
	assert_san("\x1b" "7a\x1b" "8", 0, "a");
	assert_san("\x1b(Bx\x1b#8y", 0, "xy");
	assert_san("a\x1b", 0, "a");
	assert_san("\x1b\xe4\xb8\xad", 0, "\xe4\xb8\xad"); /* ESC 中: 中 stays */
	/* 8-bit C1: CSI with parameters, OSC to ST, others alone. */
	assert_san("a\xc2\x9b" "31mb", 0, "ab");
	assert_san("a\xc2\x9d" "0;t\xc2\x9c" "b", 0, "ab");
	assert_san("a\xc2\x85" "b\xc2\x80\xc2\x96" "c", 0, "abc");
	assert_san("a\xc2\x9f" "apc\xc2\x9c" "b", 0, "ab"); /* 8-bit APC */
	/* A raw 0x9B byte is invalid UTF-8, not a CSI. */
	assert_san("a\x9b" "1m", 0, "a" FFFD "1m");
}

static void test_sanitize_controls(void **state)
{
	(void)state;
	assert_san("ab\rc\bd", 0, "abcd");
	assert_san("a\r\nb", YD_SANITIZE_KEEP_NEWLINES, "a\nb");
	assert_san("a\x7f\x01\x07\x0b\x0c\x1f" "b", 0, "ab");
	assert_san("a\0b", 0, "ab");
	assert_san("a\nb", 0, "a b");
	assert_san("a\nb", YD_SANITIZE_KEEP_NEWLINES, "a\nb");
}

static void test_sanitize_invisible(void **state)
{
	static const char *removed[] = {
		"\xe2\x80\xaa", "\xe2\x80\xab", "\xe2\x80\xac", "\xe2\x80\xad",
		"\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x81\xa7", "\xe2\x81\xa8",
		"\xe2\x81\xa9", "\xe2\x80\x8e", "\xe2\x80\x8f", "\xd8\x9c",
		"\xe2\x80\xa8", "\xe2\x80\xa9", "\xef\xbb\xbf", "\xc2\xad",
		"\xe2\x80\x8b", "\xe2\x81\xa0", "\xe3\x85\xa4", "\xf3\xa0\x80\x81",
	};
	(void)state;
	for (size_t i = 0; i < sizeof removed / sizeof *removed; i++) {
		char in[32];
		int len = snprintf(in, sizeof in, "x%sy", removed[i]);
		char *out = san(in, (size_t)len, 0);
		assert_string_equal(out, "xy");
		assert_false(yd_text_is_clean(in, (size_t)len, 0));
		free(out);
	}
	/* ZWJ in an emoji sequence, ZWNJ, VS16 and emoji tags stay. */
	assert_san("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7", 0,
		   "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7");
	assert_san("a\xe2\x80\x8c" "b\xe2\x9d\xa4\xef\xb8\x8f", 0, "a\xe2\x80\x8c" "b\xe2\x9d\xa4\xef\xb8\x8f");
	assert_san("\xf0\x9f\x8f\xb4\xf3\xa0\x81\xa7\xf3\xa0\x81\xa2\xf3\xa0\x81\xbf", 0,
		   "\xf0\x9f\x8f\xb4\xf3\xa0\x81\xa7\xf3\xa0\x81\xa2\xf3\xa0\x81\xbf");
}

static void test_sanitize_invalid(void **state)
{
	(void)state;
	assert_san("a\xff" "b", 0, "a" FFFD "b");
	assert_san("\xc0\xaf", 0, FFFD FFFD); /* overlong '/' */
	assert_san("\xe0\x80\xaf", 0, FFFD FFFD FFFD);
	assert_san("\xed\xa0\x80\xed\xb0\x80", 0, FFFD FFFD FFFD FFFD FFFD FFFD); /* surrogates */
	assert_san("\xf4\x90\x80\x80", 0, FFFD FFFD FFFD FFFD);
	assert_san("ab\xe4\xb8", 0, "ab" FFFD FFFD); /* truncated at the end */
	assert_san("\xf0\x9f\x98", 0, FFFD FFFD FFFD);
	assert_san("\xe4\xb8\xad\xe6\x96\x87", 0, "\xe4\xb8\xad\xe6\x96\x87");
}

static void test_sanitize_tabs(void **state)
{
	(void)state;
	assert_san("a\tb", 0, "a       b");
	assert_san("12345678\tx", 0, "12345678        x");
	assert_san("\xe4\xb8\xad\tb", 0, "\xe4\xb8\xad      b"); /* 中 is 2 columns */
	assert_san("e\xcc\x81\tb", 0, "e\xcc\x81       b");  /* combining: 1 column */
	assert_san("a\tb\tc", 0, "a       b       c");
	assert_san("abc\nd\te", YD_SANITIZE_KEEP_NEWLINES, "abc\nd       e");
	assert_san("abc\nd\te", 0, "abc d   e"); /* no newline: columns go on */
	assert_san("a\x1b[1m\tb", 0, "a       b"); /* escapes take no column */
	assert_san("a\tb", YD_SANITIZE_KEEP_TABS, "a\tb");
	/* Ambiguous characters count 2 when they are drawn wide. */
	assert_san("\xe2\x80\xa2\tb", YD_AMBIGUOUS_WIDE, "\xe2\x80\xa2      b");
	assert_san("\xe2\x80\xa2\tb", 0, "\xe2\x80\xa2       b");
}

/* ---- widths ---- */

static int w(const char *s, int flags)
{
	return yd_text_width(s, strlen(s), flags);
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(w("", 0), 0);
	assert_int_equal(w("abc", 0), 3);
	assert_int_equal(w("\xe4\xb8\xad\xe6\x96\x87", 0), 4);          /* 中文 */
	assert_int_equal(w("\xef\xbc\x8c\xe3\x80\x82", 0), 4);          /* ，。 */
	assert_int_equal(w("e\xcc\x81\xcc\xa3", 0), 1);                 /* e + 2 marks */
	assert_int_equal(w("\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8", 0), 2); /* jamo LVT */
	/* 👨‍👩‍👧 family: one cluster, two columns. */
	assert_int_equal(w("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7", 0), 2);
	assert_int_equal(w("\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", 0), 2);    /* 👍🏽 */
	assert_int_equal(w("\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3", 0), 2);    /* 🇨🇳 */
	assert_int_equal(w("\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3\xf0\x9f\x87\xba\xf0\x9f\x87\xb8", 0), 4);
	assert_int_equal(w("\xe2\x9d\xa4", 0), 1);                        /* ❤ */
	assert_int_equal(w("\xe2\x9d\xa4\xef\xb8\x8f", 0), 2);            /* ❤️ */
	assert_int_equal(w("1\xef\xb8\x8f\xe2\x83\xa3", 0), 2);           /* keycap 1️⃣ */
	assert_int_equal(w("a\xef\xb8\x8f", 0), 1);                       /* VS16 on a letter */
	/* Ambiguous: • “ ” → × ① … */
	static const char *amb[] = {
		"\xe2\x80\xa2", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x86\x92",
		"\xc3\x97", "\xe2\x91\xa0", "\xe2\x80\xa6",
	};
	for (size_t i = 0; i < sizeof amb / sizeof *amb; i++) {
		assert_int_equal(w(amb[i], 0), 1);
		assert_int_equal(w(amb[i], YD_AMBIGUOUS_WIDE), 2);
	}
	/* Wide and narrow do not change for unambiguous characters. */
	assert_int_equal(w("a\xe4\xb8\xad", YD_AMBIGUOUS_WIDE), 3);
}

static void test_prefix(void **state)
{
	int used = -1;
	const char *s = "\xe4\xb8\xad\xe6\x96\x87" "abc"; /* 中文abc */
	(void)state;
	assert_int_equal(yd_text_prefix(s, strlen(s), 3, 0, &used), 3);
	assert_int_equal(used, 2);
	assert_int_equal(yd_text_prefix(s, strlen(s), 4, 0, &used), 6);
	assert_int_equal(used, 4);
	assert_int_equal(yd_text_prefix(s, strlen(s), 0, 0, &used), 0);
	assert_int_equal(used, 0);
	assert_int_equal(yd_text_prefix(s, strlen(s), 99, 0, NULL), strlen(s));
	/* A combining mark stays with its base. */
	assert_int_equal(yd_text_prefix("ae\xcc\x81" "b", 5, 2, 0, &used), 4);
	assert_int_equal(used, 2);
	/* An emoji sequence is never cut. */
	const char *fam = "a\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9";
	assert_int_equal(yd_text_prefix(fam, strlen(fam), 2, 0, &used), 1);
	assert_int_equal(yd_text_prefix(fam, strlen(fam), 3, 0, &used), strlen(fam));
}

static void check_fit(const char *s, int cols, int flags, bool pad, const char *want)
{
	char *got = yd_text_fit(s, strlen(s), cols, flags, pad);
	assert_non_null(got);
	assert_string_equal(got, want);
	if (pad && cols > 0)
		assert_int_equal(yd_text_width(got, strlen(got), flags), cols);
	else
		assert_true(yd_text_width(got, strlen(got), flags) <= (cols > 0 ? cols : 0));
	free(got);
}

static void test_fit(void **state)
{
	const char *zh = "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87"; /* 中文中文 */
	(void)state;
	check_fit("abc", 5, 0, false, "abc");
	check_fit("abc", 5, 0, true, "abc  ");
	check_fit("abc", 3, 0, true, "abc");
	check_fit("abcdef", 4, 0, false, "abc\xe2\x80\xa6");
	check_fit("abcdef", 4, 0, true, "abc\xe2\x80\xa6");
	check_fit("abcdef", 1, 0, false, "\xe2\x80\xa6");
	check_fit("abcdef", 0, 0, true, "");
	check_fit("abcdef", -3, 0, true, "");
	check_fit(zh, 8, 0, true, zh);
	/* 中 fits before "…"; 文 would straddle: padding after the "…". */
	check_fit(zh, 4, 0, false, "\xe4\xb8\xad\xe2\x80\xa6");
	check_fit(zh, 4, 0, true, "\xe4\xb8\xad\xe2\x80\xa6 ");
	check_fit(zh, 5, 0, true, "\xe4\xb8\xad\xe6\x96\x87\xe2\x80\xa6");
	check_fit("\xe4\xb8\xad", 1, 0, true, "\xe2\x80\xa6");
	check_fit("\xe4\xb8\xad", 2, 0, true, "\xe4\xb8\xad");
	check_fit("\xe4\xb8\xad\xe6\x96\x87", 3, 0, true, "\xe4\xb8\xad\xe2\x80\xa6");
	check_fit("\xe4\xb8\xad\xe6\x96\x87", 2, 0, true, "\xe2\x80\xa6 ");
	/* "…" is itself ambiguous: two columns when drawn wide. */
	check_fit("abcdef", 4, YD_AMBIGUOUS_WIDE, false, "ab\xe2\x80\xa6");
	check_fit(zh, 5, YD_AMBIGUOUS_WIDE, true, "\xe4\xb8\xad\xe2\x80\xa6 ");
	/* One column cannot hold a wide "…": what fits, without it. */
	check_fit("abcdef", 1, YD_AMBIGUOUS_WIDE, false, "a");
}

/* ---- wrapping ---- */

#define EXAMPLE "医保个人账户，可以用于配偶、父母的门诊费用——包括“家庭共济”（特殊情况除外）。" \
	"2025年12393热线https://example.com/a/b"

static void test_wrap_example(void **state)
{
	(void)state;
	assert_wrap(EXAMPLE, 20, 0,
		    "医保个人账户，可以用|于配偶、父母的门诊费|用——包括“家庭共济”|"
		    "（特殊情况除外）。|2025年12393热线|https://example.com/|a/b");
	/* Each char 2 columns: ，、 can't start a line, so 账/父 come down. */
	assert_wrap(EXAMPLE, 10, 0,
		    "医保个人账|户，可以用|于配偶、父|母的门诊费|用——包括|“家庭共济”|"
		    "（特殊情况|除外）。|2025年|12393热线|https://ex|ample.com/|a/b");
	assert_wrap(EXAMPLE, 12, 0,
		    "医保个人账|户，可以用于|配偶、父母的|门诊费用——包|括“家庭共济”|"
		    "（特殊情况除|外）。2025年|12393热线|https://exam|ple.com/a/b");
}

static void test_wrap_punctuation(void **state)
{
	(void)state;
	assert_wrap("中文中文。", 8, 0, "中文中|文。");
	assert_wrap("中文中文。", 10, 0, "中文中文。");
	assert_wrap("中文中文.", 8, 0, "中文中|文.");
	assert_wrap("中文中文）」", 8, 0, "中文中|文）」");
	assert_wrap("他说：“好”", 6, 0, "他说：|“好”");
	assert_wrap("一二三（四）", 8, 0, "一二三|（四）");
	assert_wrap("一二三《四》", 8, 0, "一二三|《四》");
	assert_wrap("一二三「四」", 7, 0, "一二三|「四」");
	assert_wrap("一二……三", 4, 0, "一|二……|三");
	/* Latin text: ASCII punctuation follows UAX #14 only. */
	assert_wrap("abc (def) ghi.", 5, 0, "abc|(def)|ghi.");
	/* A word longer than the line is split, but not before 。 */
	assert_wrap("abcdefg。", 4, 0, "abcd|ef|g。");
	/* When nothing can move, the rule gives way to the width. */
	assert_wrap("中。", 3, 0, "中|。");
}

static void test_wrap_words(void **state)
{
	(void)state;
	assert_wrap("hello world foo", 9, 0, "hello|world foo");
	assert_wrap("hello world foo", 8, 0, "hello|world|foo");
	assert_wrap("hello world foo", 5, 0, "hello|world|foo");
	assert_wrap("abcdefghij", 4, 0, "abcd|efgh|ij");
	assert_wrap("电话12393热线", 6, 0, "电话|12393|热线");
	assert_wrap("2025年12月", 5, 0, "2025|年12|月");
	assert_wrap("a  b", 1, 0, "a|b"); /* width < 2 is 2 */
	assert_wrap("a中", 2, 0, "a|中");  /* wide never straddles */
	assert_wrap("ab   cd", 2, 0, "ab|cd");
	/* URLs stay whole when they fit. */
	assert_wrap("网址https://a.cn/b.html查询", 20, 0, "网址|https://a.cn/b.html|查询");
	assert_wrap("see www.nhsa.gov.cn/a 医保", 18, 0, "see|www.nhsa.gov.cn/a|医保");
	assert_wrap("see http://x.y/a-b-c/d", 14, 0, "see|http://x.y/a-b|-c/d");
	/* Emoji sequences are never split. */
	assert_wrap("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", 2, 0,
		    "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9|\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9");
	/* Ambiguous characters wide: • takes 2 columns. */
	assert_wrap("\xe2\x80\xa2 ab \xe2\x80\xa2 cd", 5, YD_AMBIGUOUS_WIDE, "\xe2\x80\xa2 ab|\xe2\x80\xa2 cd");
	assert_wrap("\xe2\x80\xa2 ab \xe2\x80\xa2 cd", 7, 0, "\xe2\x80\xa2 ab \xe2\x80\xa2|cd");
}

static void test_wrap_newlines(void **state)
{
	yd_wrap_line *l = (yd_wrap_line *)1;
	(void)state;
	assert_wrap("ab\ncd", 10, 0, "ab|cd");
	assert_wrap("ab  \ncd", 10, 0, "ab|cd");
	assert_wrap("ab\n", 10, 0, "ab|");
	assert_wrap("\n\n", 10, 0, "||");
	assert_wrap("ab\n  cd", 10, 0, "ab|  cd"); /* indentation after \n stays */
	assert_wrap("abcd\nef", 2, 0, "ab|cd|ef");
	assert_int_equal(yd_text_wrap("", 0, 10, 0, &l), 0);
	assert_null(l);
}

/* yd_text_cluster: one grapheme cluster at a time, as the browser draws. */
static void test_cluster(void **state)
{
	(void)state;
	int w = -1;
	/* 中 then a: the first cluster is the Han character, two columns. */
	assert_int_equal(yd_text_cluster("\xe4\xb8\xad" "a", 4, 0, &w), 3);
	assert_int_equal(w, 2);
	/* e + COMBINING ACUTE ACCENT: one cluster, one column. */
	assert_int_equal(yd_text_cluster("e\xcc\x81x", 4, 0, &w), 3);
	assert_int_equal(w, 1);
	/* MAN ZWJ WOMAN ZWJ GIRL: one cluster of 11 bytes, two columns. */
	const char *family = "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9"
			     "\xe2\x80\x8d\xf0\x9f\x91\xa7";
	assert_int_equal(yd_text_cluster(family, strlen(family), 0, &w), strlen(family));
	assert_int_equal(w, 2);
	/* A flag (two regional indicators) is one cluster. */
	assert_int_equal(yd_text_cluster("\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3", 8, 0, &w), 8);
	assert_int_equal(w, 2);
	/* Ambiguous width follows the flag. */
	yd_text_cluster("\xe2\x80\xa2", 3, YD_AMBIGUOUS_WIDE, &w);
	assert_int_equal(w, 2);
	assert_int_equal(yd_text_cluster("", 0, 0, NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_roundtrip),
		cmocka_unit_test(test_utf8_invalid),
		cmocka_unit_test(test_sanitize_escapes),
		cmocka_unit_test(test_sanitize_controls),
		cmocka_unit_test(test_sanitize_invisible),
		cmocka_unit_test(test_sanitize_invalid),
		cmocka_unit_test(test_sanitize_tabs),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_prefix),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_cluster),
		cmocka_unit_test(test_wrap_example),
		cmocka_unit_test(test_wrap_punctuation),
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_newlines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
