/* QR codes as half-block text: the symbol chosen, the drawing (quiet zone,
 * finder pattern, widths), what an article's code carries and how it is
 * fitted. Decoding the drawn codes is tests/qr-decode.sh's job (zbarimg). */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "yidu/qr.h"
#include "yidu/text.h"

static int cols_of(const char *s)
{
	return yd_text_width(s, strlen(s), 0);
}

static void test_symbol_and_drawing(void **state)
{
	yd_qr q;
	assert_int_equal(yd_qr_encode("https://example.org/a/123", 0, 0, 1, &q), YD_QR_OK);
	assert_int_equal(q.version, 2);
	assert_int_equal(q.size, 17 + 4 * q.version);
	assert_non_null(q.dark);
	int rows = yd_qr_rows(&q);
	assert_int_equal(rows, (q.size + 2 * YD_QR_QUIET + 1) / 2);
	assert_int_equal(yd_qr_cols(&q, 1), q.size + 2 * YD_QR_QUIET);
	for (int r = 0; r < rows; r++) {
		char *line = yd_qr_line(&q, r, 1);
		assert_non_null(line);
		assert_int_equal(cols_of(line), yd_qr_cols(&q, 1));
		/* Only the four glyphs. */
		for (const char *p = line; *p;) {
			if (*p == ' ') {
				p++;
				continue;
			}
			assert_true(strncmp(p, "█", 3) == 0 || strncmp(p, "▀", 3) == 0 ||
				    strncmp(p, "▄", 3) == 0);
			p += 3;
		}
		/* The quiet zone: 4 modules = the first and last 2 rows blank
		 * (and the bottom half of the last row, past the symbol), and
		 * 4 blank columns on each side. */
		if (r < YD_QR_QUIET / 2 || r >= rows - YD_QR_QUIET / 2)
			assert_null(strpbrk(line, "\xe2"));
		assert_memory_equal(line, "    ", 4);
		assert_memory_equal(line + strlen(line) - 4, "    ", 4);
		/* The top-left finder: a 7-module bar over a row dark only at
		 * its ends. */
		if (r == YD_QR_QUIET / 2)
			assert_memory_equal(line + 4, "█▀▀▀▀▀█", strlen("█▀▀▀▀▀█"));
		free(line);
	}
	/* Wide half blocks: each space doubled, so every module is two
	 * columns, glyph or not. */
	char *wide = yd_qr_line(&q, 0, 2);
	assert_int_equal((int)strlen(wide), 2 * (q.size + 2 * YD_QR_QUIET));
	free(wide);
	assert_int_equal(yd_qr_cols(&q, 2), 2 * yd_qr_cols(&q, 1));
	yd_qr_free(&q);
}

/* The smallest version, with the strongest level that still fits it. */
static void test_version_and_level(void **state)
{
	yd_qr q;
	assert_int_equal(yd_qr_encode("12345", 0, 0, 1, &q), YD_QR_OK);
	assert_int_equal(q.version, 1);
	assert_int_equal(q.level, 'H');
	yd_qr_free(&q);
	/* 17 bytes: version 1 holds it at L only (17 bytes), so L. */
	assert_int_equal(yd_qr_encode("abcdefghijklmnopq", 0, 0, 1, &q), YD_QR_OK);
	assert_int_equal(q.version, 1);
	assert_int_equal(q.level, 'L');
	yd_qr_free(&q);
	/* One byte more needs version 2, which holds 18 bytes at M (26)
	 * and Q (18) too. */
	assert_int_equal(yd_qr_encode("abcdefghijklmnopqr", 0, 0, 1, &q), YD_QR_OK);
	assert_int_equal(q.version, 2);
	assert_int_equal(q.level, 'Q');
	yd_qr_free(&q);
}

static void test_limits(void **state)
{
	yd_qr q;
	char *big = malloc(3001);
	memset(big, 'x', 3000);
	big[3000] = '\0';
	assert_int_equal(yd_qr_encode(big, 0, 0, 1, &q), YD_QR_TOO_LONG);
	free(big);
	assert_int_equal(yd_qr_encode("", 0, 0, 1, &q), YD_QR_NONE);
	/* Version 2 is 25 modules + 8 of quiet zone: 33 columns, 17 rows. */
	const char *url = "https://example.org/a/123";
	assert_int_equal(yd_qr_encode(url, 33, 17, 1, &q), YD_QR_OK);
	yd_qr_free(&q);
	assert_int_equal(yd_qr_encode(url, 32, 17, 1, &q), YD_QR_TOO_BIG);
	assert_int_equal(q.version, 2);
	assert_int_equal(q.size, 25);
	assert_null(q.dark);
	assert_int_equal(yd_qr_encode(url, 33, 16, 1, &q), YD_QR_TOO_BIG);
	assert_int_equal(yd_qr_encode(url, 33, 17, 2, &q), YD_QR_TOO_BIG);
	assert_int_equal(yd_qr_encode(url, 66, 17, 2, &q), YD_QR_OK);
	yd_qr_free(&q);
}

static void test_web_url(void **state)
{
	assert_true(yd_qr_is_web_url("https://example.org/a/123"));
	assert_true(yd_qr_is_web_url("http://example.org"));
	assert_true(yd_qr_is_web_url("https://例子.中国/路径"));
	assert_false(yd_qr_is_web_url(NULL));
	assert_false(yd_qr_is_web_url(""));
	assert_false(yd_qr_is_web_url("yidu:t-hezhou-yue"));
	assert_false(yd_qr_is_web_url("ftp://example.org/"));
	assert_false(yd_qr_is_web_url("https://"));
	assert_false(yd_qr_is_web_url("https://example.org/a b"));
	assert_false(yd_qr_is_web_url("https://example.org/\x1b[2J"));
	assert_false(yd_qr_is_web_url("https://example.org/\xc2\x9b" "2J"));
}

static const char *title = "贺州市职工医保个人账户余额怎么查";
static const char *summary = "线上可用国家医保服务平台或广西医保小程序查询，线下可到医保经办窗口或定点药店查询，"
	"带上身份证或社保卡即可，余额每月月初更新一次。";

static void test_article_payloads(void **state)
{
	yd_qr q;
	char *p = NULL;
	/* The address, as it is. */
	assert_int_equal(yd_qr_article(title, summary, "https://example.org/a/1", YD_QR_URL,
				       0, 0, 1, &q, &p), YD_QR_OK);
	assert_string_equal(p, "https://example.org/a/1");
	free(p);
	yd_qr_free(&q);
	assert_int_equal(yd_qr_article(title, summary, NULL, YD_QR_URL, 0, 0, 1, &q, &p), YD_QR_NONE);
	assert_null(p);
	assert_int_equal(yd_qr_article(title, summary, "yidu:x", YD_QR_URL, 0, 0, 1, &q, &p), YD_QR_NONE);

	/* Room enough: title, a newline, the whole summary. */
	assert_int_equal(yd_qr_article(title, summary, NULL, YD_QR_TEXT, 0, 0, 1, &q, &p), YD_QR_OK);
	assert_int_equal(strncmp(p, title, strlen(title)), 0);
	assert_int_equal(p[strlen(title)], '\n');
	assert_string_equal(p + strlen(title) + 1, summary);
	free(p);
	yd_qr_free(&q);

	/* 80×24, text beside the code: the summary is cut to fit. */
	assert_int_equal(yd_qr_article(title, summary, NULL, YD_QR_TEXT, 50, 24, 1, &q, &p), YD_QR_OK);
	assert_true(yd_qr_cols(&q, 1) <= 50 && yd_qr_rows(&q) <= 24);
	assert_int_equal(strncmp(p, title, strlen(title)), 0);
	assert_non_null(strstr(p, "…"));
	size_t cut = strlen(p);
	free(p);
	yd_qr_free(&q);
	/* ... to the longest that fits: one character more does not. */
	yd_qr bigger;
	char *longer = malloc(cut + 8);
	size_t keep = cut - strlen("…") - strlen(title) - 1;
	size_t extra = keep + yd_text_cluster(summary + keep, strlen(summary) - keep, 0, NULL);
	snprintf(longer, cut + 8, "%s\n%.*s…", title, (int)extra, summary);
	assert_int_equal(yd_qr_encode(longer, 50, 24, 1, &bigger), YD_QR_TOO_BIG);
	free(longer);

	/* Title alone; and a title too long for the space. */
	assert_int_equal(yd_qr_article(title, summary, NULL, YD_QR_TITLE, 48, 22, 1, &q, &p), YD_QR_OK);
	assert_string_equal(p, title);
	free(p);
	yd_qr_free(&q);
	assert_int_equal(yd_qr_article(title, summary, NULL, YD_QR_TITLE, 30, 12, 1, &q, &p), YD_QR_TOO_BIG);
	assert_null(p);
	assert_true(q.version > 0);
	assert_int_equal(yd_qr_article(title, summary, NULL, YD_QR_TEXT, 30, 12, 1, &q, &p), YD_QR_TOO_BIG);

	/* No summary: the title alone; controls and escapes removed. */
	assert_int_equal(yd_qr_article("医保\x1b[31m报销\x07", NULL, NULL, YD_QR_TEXT, 0, 0, 1, &q, &p),
			 YD_QR_OK);
	assert_string_equal(p, "医保报销");
	free(p);
	yd_qr_free(&q);
	assert_int_equal(yd_qr_article("", summary, NULL, YD_QR_TEXT, 0, 0, 1, &q, &p), YD_QR_NONE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_symbol_and_drawing),
		cmocka_unit_test(test_version_and_level),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_web_url),
		cmocka_unit_test(test_article_payloads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
