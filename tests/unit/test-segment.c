/* The word dictionary (data/words.dict, built from jieba's dict.txt) and
 * the segmenter, on sentences of the kind yidu's articles hold. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "yidu/lang.h"

static yd_dict *dict;

static int setup(void **state)
{
	yd_error err = { 0 };
	const char *top = getenv("top_srcdir");
	char dir[4096];

	snprintf(dir, sizeof dir, "%s/data", top ? top : ".");
	dict = yd_dict_open_default(dir, &err);
	if (!dict)
		fprintf(stderr, "dictionary: %s\n", err.msg);
	return dict ? 0 : -1;
}

static int teardown(void **state)
{
	yd_dict_close(dict);
	return 0;
}

/* The segmentation of s as words joined by '/'. */
static char *seg(const char *s)
{
	size_t n, i;
	yd_token *t = yd_segment(dict, s, strlen(s), &n);
	char *out = calloc(strlen(s) * 2 + 2, 1), *p = out;

	assert_non_null(out);
	for (i = 0; i < n; i++) {
		if (i)
			*p++ = '/';
		memcpy(p, s + t[i].off, t[i].len);
		p += t[i].len;
	}
	free(t);
	return out;
}

static void expect(const char *s, const char *want)
{
	char *got = seg(s);

	if (strcmp(got, want) != 0)
		fprintf(stderr, "%s\n  got  %s\n  want %s\n", s, got, want);
	assert_string_equal(got, want);
	free(got);
}

static void test_lookup(void **state)
{
	yd_word w;

	assert_true(yd_dict_count(dict) > 300000);
	assert_true(yd_dict_lookup(dict, "医保", strlen("医保"), &w));
	assert_int_equal(w.len, strlen("医保"));
	assert_true(w.freq > 0);
	assert_true(yd_dict_lookup(dict, "北京", strlen("北京"), &w));
	assert_string_equal(w.tag, "ns");
	assert_true(yd_dict_lookup(dict, "久治不愈", strlen("久治不愈"), &w));
	/* a prefix of a word is not a word; nor is a word plus a byte */
	assert_false(yd_dict_lookup(dict, "久治不", strlen("久治不"), NULL));
	assert_false(yd_dict_lookup(dict, "医保x", strlen("医保x"), NULL));
	assert_false(yd_dict_lookup(dict, "", 0, NULL));
	/* ASCII and mixed entries */
	assert_true(yd_dict_lookup(dict, "B超", strlen("B超"), &w));
}

static void test_prefixes(void **state)
{
	yd_word w[16];
	const char *s = "中华人民共和国成立";
	size_t n = yd_dict_prefixes(dict, s, strlen(s), w, 16), i;

	assert_true(n >= 3);
	for (i = 1; i < n && i < 16; i++)
		assert_true(w[i].len > w[i - 1].len);
	assert_int_equal(w[0].len, strlen("中"));
	assert_int_equal(w[n - 1].len, strlen("中华人民共和国"));
	/* a bad byte and a lone continuation byte start no word */
	assert_int_equal(yd_dict_prefixes(dict, "\xff\xfe", 2, w, 16), 0);
	assert_int_equal(yd_dict_prefixes(dict, "\x80", 1, w, 16), 0);
}

/* Words that hide county names stay whole. */
static void test_words_hiding_places(void **state)
{
	expect("久治不愈的咳嗽吃阿莫西林有用吗", "久治不愈/的/咳嗽/吃/阿莫西林/有用吗");
	expect("乙肝表面抗原阳性需要治疗吗", "乙肝/表面抗原/阳性/需要/治疗/吗");
	expect("高密度脂蛋白偏低怎么办", "高密度/脂蛋白/偏低/怎么办");
	expect("医保定点医院怎么查", "医保/定点医院/怎么/查");
	expect("糖尿病人能吃哈密瓜吗", "糖尿病人/能/吃/哈密瓜/吗");
	expect("卡马西平的副作用", "卡马西平/的/副作用");
}

/* Entries of the source dictionary that glue a function character to a
 * far more frequent word (由医保, 和永嘉, 向汉阳) are dropped when it is
 * built (tools/mkdict.c): they would hide the word they swallow. Words
 * whose own frequency stands (由于, 对象, 为了) are kept. */
static void test_glued_entries(void **state)
{
	(void)state;
	expect("费用由医保基金支付", "费用/由/医保/基金/支付");
	expect("他和永嘉的朋友", "他/和/永嘉/的/朋友");
	assert_false(yd_dict_lookup(dict, "由医保", strlen("由医保"), NULL));
	assert_false(yd_dict_lookup(dict, "向汉阳", strlen("向汉阳"), NULL));
	assert_true(yd_dict_lookup(dict, "由于", strlen("由于"), NULL));
	assert_true(yd_dict_lookup(dict, "为了", strlen("为了"), NULL));
	assert_true(yd_dict_lookup(dict, "对象", strlen("对象"), NULL));
}

static void test_places(void **state)
{
	expect("2025四川甘孜医保住院才可以报销吗", "2025/四川/甘孜/医保/住院/才/可以/报销/吗");
	expect("南京鼓楼区的医保报销比例", "南京/鼓楼区/的/医保/报销/比例");
}

/* Letters and digits: a run is never cut; a dictionary word may join a
 * letter to Han characters (B超); punctuation is a token of its own. */
static void test_letters_digits_punctuation(void **state)
{
	expect("做B超要空腹吗，CT和MRI哪个好", "做/B超/要/空腹/吗/，/CT/和/MRI/哪个/好");
	expect("拨打12393咨询", "拨打/12393/咨询");
	expect("abc123", "abc123");
	expect("a b", "a/ /b");
	expect("ＡＢＣ１２３测试", "ＡＢＣ１２３/测试");
}

/* Tokens cover the text exactly, in order, with sane flags, whatever the
 * bytes (invalid UTF-8, NUL, control characters). */
static void test_cover(void **state)
{
	static const char *const inputs[] = {
		"医保\xff\xfe报销\x80", "\xe5\x8c", "a\0b中", "\x1b[31m红色\x1b[0m", "中",
		"𠀀𠀁字", "。。。", "x",
	};
	static const size_t lens[] = { 0, 0, 5, 0, 0, 0, 0, 0 };
	size_t k;

	for (k = 0; k < sizeof inputs / sizeof *inputs; k++) {
		size_t len = lens[k] ? lens[k] : strlen(inputs[k]), n, i, at = 0;
		yd_token *t = yd_segment(dict, inputs[k], len, &n);

		assert_non_null(t);
		for (i = 0; i < n; i++) {
			assert_int_equal(t[i].off, at);
			assert_true(t[i].len > 0);
			assert_non_null(t[i].tag);
			assert_true((t[i].flags & YD_TOK_DICT) ? t[i].freq > 0 : t[i].freq == 0);
			at += t[i].len;
		}
		assert_int_equal(at, len);
		free(t);
	}
	assert_null(yd_segment(dict, "", 0, &k));
	assert_int_equal(k, 0);
}

/* Random texts: Han characters (some that start many words), letters,
 * digits, punctuation, stray and truncated UTF-8. Tokens cover the text
 * in order; a token marked as a word is one, with its frequency. */
static void test_random_texts(void **state)
{
	static const char *const pieces[] = {
		"中", "国", "医", "保", "久", "治", "不", "愈", "阿", "莫", "西", "林",
		"大", "同", "安", "康", "的", "，", "。", " ", "a", "Z", "9", "\xff",
		"\xe4", "\xe4\xb8", "\x80", "\n", "\t", "𠀀", "Ａ", "１",
	};
	unsigned seed = 12345;
	char text[512];
	int round;

	for (round = 0; round < 3000; round++) {
		size_t len = 0, n, i, at = 0;
		int parts = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 60;
		yd_token *t;

		for (int k = 0; k < parts; k++) {
			const char *p = pieces[((seed = seed * 1103515245u + 12345u) >> 16) %
					       (sizeof pieces / sizeof *pieces)];
			size_t pl = strlen(p);
			if (len + pl >= sizeof text)
				break;
			memcpy(text + len, p, pl);
			len += pl;
		}
		t = yd_segment(dict, text, len, &n);
		if (len == 0) {
			assert_null(t);
			continue;
		}
		assert_non_null(t);
		for (i = 0; i < n; i++) {
			yd_word w;
			bool known = yd_dict_lookup(dict, text + t[i].off, t[i].len, &w);

			assert_int_equal(t[i].off, at);
			assert_true(t[i].len > 0);
			if (t[i].flags & YD_TOK_DICT) {
				assert_true(known);
				assert_int_equal(t[i].freq, w.freq);
			}
			at += t[i].len;
		}
		assert_int_equal(at, len);
		free(t);
	}
}

/* A damaged or foreign file is refused at opening. */
static void test_bad_file(void **state)
{
	char path[] = "/tmp/yidu-dict-XXXXXX";
	int fd = mkstemp(path);
	yd_error err = { 0 };

	assert_true(fd >= 0);
	assert_int_equal(write(fd, "YDWORDS1 but not really a dictionary file at all", 48), 48);
	close(fd);
	assert_null(yd_dict_open(path, &err));
	assert_int_equal(err.code, YD_EFORMAT);
	unlink(path);
	assert_null(yd_dict_open("/nonexistent/words.dict", &err));
	assert_int_equal(err.code, YD_EIO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_prefixes),
		cmocka_unit_test(test_words_hiding_places),
		cmocka_unit_test(test_glued_entries),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_letters_digits_punctuation),
		cmocka_unit_test(test_cover),
		cmocka_unit_test(test_random_texts),
		cmocka_unit_test(test_bad_file),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
