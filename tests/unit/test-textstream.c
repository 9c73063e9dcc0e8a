/* Inputs read a piece at a time (yd_textstream, yd_parse_csv_stream) give
 * exactly what the whole-file readers give: the same text in every
 * encoding whatever the piece size (characters cut between pieces), the
 * same CSV rows (records cut anywhere: in a quoted field, between \r and
 * \n, in a "" escape), and the same damage reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "yidu/encoding.h"
#include "enc-test-util.h"
#include "yidu/parse.h"

static const size_t pieces[] = { 16, 17, 19, 23, 31, 64, 101, 1000, 4096, 0 };
#define NPIECES (sizeof pieces / sizeof pieces[0])


/* A real file in the temporary directory, removed by the caller. */
static void write_file(char *path, const char *prefix, const char *buf, size_t n)
{
	snprintf(path, 64, "/tmp/yidu-ts-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "wb");
	assert_non_null(f);
	if (prefix)
		fwrite(prefix, 1, strlen(prefix), f);
	assert_int_equal(fwrite(buf, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

static char *read_whole(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)len + 1);
	assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	*n = (size_t)len;
	return buf;
}

/* Every piece of the stream, one after the other. */
static char *stream_all(const char *path, size_t piece, size_t *n, yd_decoded *info, yd_error *err)
{
	yd_textstream *ts = yd_textstream_open(path, piece, err);
	if (!ts)
		return NULL;
	size_t len = 0, cap = 64;
	char *all = malloc(cap);
	const char *t;
	size_t k;
	int rc;
	while ((rc = yd_textstream_next(ts, &t, &k, err)) > 0) {
		assert_true(k > 0);
		while (len + k + 1 > cap)
			all = realloc(all, cap *= 2);
		memcpy(all + len, t, k);
		len += k;
	}
	all[len] = '\0';
	*info = *yd_textstream_info(ts);
	yd_textstream_close(ts);
	if (rc < 0) {
		free(all);
		return NULL;
	}
	*n = len;
	return all;
}

/* Lines of Chinese text with some ASCII, long enough that the pieces cut
 * characters at every offset. */
static char *sample_text(int lines, bool traditional)
{
	static const char *const simp[] = { "参保人员", "异地就医", "备案", "住院费用",
					    "直接结算", "定点医院", "門診報銷", "中药饮片",
					    "2026年", "ABC-12", "，", "。" };
	static const char *const trad[] = { "參保人員", "異地就醫", "備案", "住院費用",
					    "直接結算", "定點醫院", "門診報銷", "中藥飲片",
					    "2026年", "ABC-12", "，", "。" };
	const char *const *words = traditional ? trad : simp;
	size_t cap = (size_t)lines * 200 + 1, len = 0;
	char *s = malloc(cap);
	for (int i = 0; i < lines; i++) {
		for (int w = 0; w < 8; w++)
			len += (size_t)snprintf(s + len, cap - len, "%s",
						words[(i * 7 + w * 3) % 12]);
		len += (size_t)snprintf(s + len, cap - len, "%d\n", i);
	}
	return s;
}

static void same_text_every_encoding(void **state)
{
	(void)state;
	static const struct { const char *enc, *prefix; } cases[] = {
		{ "UTF-8", NULL }, { "UTF-8", "\xEF\xBB\xBF" }, { "GB18030", NULL },
		{ "BIG5-HKSCS", NULL }, { "UTF-16LE", "\xFF\xFE" }, { "UTF-16BE", "\xFE\xFF" },
	};
	/* more than the 64 KiB the encoding is chosen on */
	char *text = sample_text(3000, false), *text_trad = sample_text(3000, true);
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		size_t n;
		bool big5 = strcmp(cases[c].enc, "BIG5-HKSCS") == 0;
		char *bytes = to_enc(cases[c].enc, big5 ? text_trad : text, &n);
		char path[64];
		write_file(path, cases[c].prefix, bytes, n);
		size_t wn;
		char *whole = read_whole(path, &wn);
		yd_decoded want;
		yd_error err = { 0 };
		assert_int_equal(yd_decode(whole, wn, NULL, 0, &want, &err), 0);
		for (size_t p = 0; p < NPIECES; p++) {
			yd_decoded got;
			size_t gn;
			char *all = stream_all(path, pieces[p], &gn, &got, &err);
			assert_non_null(all);
			assert_string_equal(got.encoding, want.encoding);
			assert_int_equal(got.replaced, 0);
			assert_int_equal(gn, want.len);
			assert_memory_equal(all, want.text, gn);
			free(all);
		}
		yd_decoded_free(&want);
		free(whole);
		free(bytes);
		unlink(path);
	}
	free(text);
	free(text_trad);
}

/* Damage is counted as yd_decode counts it, at the same line; a NUL byte
 * far into the file stops the stream with its line. */
static void damage_reported(void **state)
{
	(void)state;
	char *text = sample_text(2500, false);
	size_t n = strlen(text);
	/* an invalid byte on line 2,400 (past the first 64 KiB) */
	char *at = text;
	for (int i = 1; i < 2400; i++)
		at = strchr(at, '\n') + 1;
	at[0] = (char)0xFF;
	char path[64];
	write_file(path, NULL, text, n);
	yd_decoded want;
	yd_error err = { 0 };
	assert_int_equal(yd_decode(text, n, NULL, 0, &want, &err), 0);
	assert_true(want.replaced > 0);
	assert_int_equal(want.first_bad_line, 2400);
	for (size_t p = 0; p < NPIECES; p++) {
		yd_decoded got;
		size_t gn;
		char *all = stream_all(path, pieces[p], &gn, &got, &err);
		assert_non_null(all);
		assert_string_equal(got.encoding, "UTF-8");
		assert_int_equal(got.replaced, want.replaced);
		assert_int_equal(got.first_bad_line, 2400);
		assert_memory_equal(all, want.text, gn);
		free(all);
	}
	yd_decoded_free(&want);
	unlink(path);
	at[0] = '\0';   /* now a NUL byte there */
	write_file(path, NULL, text, n);
	yd_decoded got;
	size_t gn;
	assert_null(stream_all(path, 64, &gn, &got, &err));
	assert_int_equal(err.code, YD_EFORMAT);
	assert_non_null(strstr(err.msg, ":2400: not text"));
	unlink(path);
	free(text);
}

/* CSV rows as yd_parse_csv reads them from the whole text. */
typedef struct rows {
	char *log;
	size_t len, cap;
} rows;

static void logs(rows *r, const char *tag, const char *s)
{
	size_t k = strlen(tag) + (s ? strlen(s) : 4) + 3;
	while (r->len + k + 1 > r->cap)
		r->log = realloc(r->log, r->cap = r->cap ? 2 * r->cap : 4096);
	r->len += (size_t)snprintf(r->log + r->len, r->cap - r->len, "%s=%s\x1f", tag,
				   s ? s : "NULL");
}

static int row_sink(void *ctx, yd_article *a)
{
	rows *r = ctx;
	logs(r, "title", a->title);
	logs(r, "body", a->body);
	logs(r, "date", a->date);
	logs(r, "category", a->category);
	logs(r, "origin", a->origin);
	logs(r, "end", "");
	yd_article_clear(a);
	return 0;
}

static int row_bad(void *ctx, const char *msg)
{
	logs(ctx, "bad", msg);
	return 0;
}

static char *sample_csv(void)
{
	size_t cap = 1 << 20, len = 0;
	char *s = malloc(cap);
	len += (size_t)snprintf(s + len, cap - len, "科室,标题,提问,回答,日期\r\n");
	for (int i = 0; i < 400; i++) {
		switch (i % 5) {
		case 0:   /* quoted fields with separators, "" and line breaks */
			len += (size_t)snprintf(s + len, cap - len,
				"内科,\"高血压, 第%d问\",\"我爸有\"\"慢病\"\"\n门诊能报吗？\","
				"\"可以。\r\n1. 先办认定\n2. 再去定点医院\",2024-03-%02d\r\n",
				i, i % 28 + 1);
			break;
		case 1:   /* a field longer than the small pieces */
			len += (size_t)snprintf(s + len, cap - len, "外科,长回答%d,,\"", i);
			for (int k = 0; k < 40; k++)
				len += (size_t)snprintf(s + len, cap - len, "术后复查要带出院小结。");
			len += (size_t)snprintf(s + len, cap - len, "\",\n");
			break;
		case 2:   /* a bad row: too few fields */
			len += (size_t)snprintf(s + len, cap - len, "儿科,只有三列%d,坏行\n", i);
			break;
		case 3:   /* \r\n ends, an empty field, a blank line */
			len += (size_t)snprintf(s + len, cap - len,
				"\"儿科\",发烧%d,,\"多喝水\",2025/1/2\r\n\r\n", i);
			break;
		default:  /* no title: the question names it */
			len += (size_t)snprintf(s + len, cap - len,
				"中医,,\"针灸能报销吗%d\",\"部分项目可以\",\n", i);
		}
	}
	/* the last record is not closed */
	len += (size_t)snprintf(s + len, cap - len, "眼科,未闭合,\"引号没有结束");
	return s;
}

static void csv_rows_same(void **state)
{
	(void)state;
	char *csv = sample_csv();
	for (int gb = 0; gb < 2; gb++) {
		size_t n;
		char *bytes = gb ? to_enc("GB18030", csv, &n) : (n = strlen(csv), strdup(csv));
		char path[64];
		write_file(path, NULL, bytes, n);
		yd_decoded d;
		yd_error err = { 0 };
		assert_int_equal(yd_decode(bytes, n, NULL, 0, &d, &err), 0);
		rows want = { 0 };
		assert_int_equal(yd_parse_csv(d.text, d.len, "q.csv", NULL, row_sink, row_bad, &want,
					      &err), 0);
		assert_non_null(strstr(want.log, "bad=q.csv:1"));   /* the unclosed quote */
		assert_non_null(strstr(want.log, "3 fields, the header has 5"));
		for (size_t p = 0; p < NPIECES; p++) {
			yd_textstream *ts = yd_textstream_open(path, pieces[p], &err);
			assert_non_null(ts);
			rows got = { 0 };
			assert_int_equal(yd_parse_csv_stream(ts, "q.csv", NULL, row_sink, row_bad, &got,
							     &err), 0);
			yd_textstream_close(ts);
			assert_int_equal(got.len, want.len);
			assert_string_equal(got.log, want.log);
			free(got.log);
		}
		free(want.log);
		yd_decoded_free(&d);
		free(bytes);
		unlink(path);
	}
	free(csv);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_text_every_encoding),
		cmocka_unit_test(damage_reported),
		cmocka_unit_test(csv_rows_same),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
