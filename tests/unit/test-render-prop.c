/* Property test: many generated Markdown documents, rendered at random
 * widths, must give lines no wider than the width — measured here
 * independently of yd_text_width, with wcwidth() per code point — no
 * control characters, and the text of every plain paragraph in order. */
#define _GNU_SOURCE 1   /* wcwidth */
#include "config.h"

#include <locale.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <cmocka.h>

#include "yidu/render.h"

#define DOCS 3000

#include "rng-util.h"

typedef struct sbuf {
	char *s;
	size_t n, cap;
} sbuf;

static void put(sbuf *b, const char *s)
{
	size_t l = strlen(s);
	if (b->n + l + 1 > b->cap) {
		b->cap = (b->n + l + 1) * 2;
		b->s = realloc(b->s, b->cap);
		assert_non_null(b->s);
	}
	memcpy(b->s + b->n, s, l + 1);
	b->n += l;
}

/* Words without Markdown syntax; the ambiguous ones are in is_ambiguous. */
static const char *const words[] = {
	"医保", "个人账户", "家庭共济", "门诊", "报销比例", "异地就医", "备案",
	"起付线", "2025年", "12393", "热线", "，", "。", "、", "（特殊情况）",
	"“共济”", "《办法》", "Employees", "may", "share", "the", "account",
	"reimbursement", "supercalifragilisticexpialidocious",
	"https://www.nhsa.gov.cn/art/2025/1/1/art_14_12345.html", "😀", "✅",
	"👉", "e\xCC\x81", "caf\xC3\xA9", "ＡＢＣ", "１２３", "•", "→", "①", "×",
	"§", "—", "…", "·",
};

static void gen_words(sbuf *md, sbuf *plain, int nwords, bool breaks)
{
	for (int i = 0; i < nwords; i++) {
		const char *w = words[rnd(sizeof words / sizeof words[0])];
		put(md, w);
		put(plain, w);
		if (i + 1 < nwords)
			put(md, breaks && rnd(6) == 0 ? "\n" : rnd(2) ? " " : "");
	}
}

static void gen_inline_noise(sbuf *md)
{
	static const char *const bits[] = {
		"*强调*", "**重点**", "`code | pipe`", "[链接](https://e.example/x)",
		"[文章](yidu:some-slug)", "![图](a.png)", "<b>html</b>", "&#27;[31m",
		"&#x202E;", "&#155;", "&amp;", "\\*", "<https://auto.example/link>",
		"  \n", "\t", "_x_", "***y***",
	};
	put(md, bits[rnd(sizeof bits / sizeof bits[0])]);
}

/* Appends a block; plain paragraphs' text goes to `plains`, separated by
 * NUL-free records ended with '\n'. */
static void gen_block(sbuf *md, sbuf *plains, const char *indent, int depth)
{
	sbuf para = { 0 };
	char ind[64];
	switch (rnd(depth < 3 ? 9 : 5)) {
	case 0: case 1: case 2:
		gen_words(md, &para, 1 + (int)rnd(40), true);
		put(md, "\n");
		put(plains, para.s);
		put(plains, "\n");
		break;
	case 3:
		for (int i = 0; i < 1 + (int)rnd(8); i++) {
			gen_inline_noise(md);
			put(md, " 文字 ");
		}
		put(md, "\n");
		break;
	case 4:
		put(md, rnd(2) ? "## " : "# ");
		gen_words(md, &para, 1 + (int)rnd(6), false);
		put(md, "\n");
		break;
	case 5:
		snprintf(ind, sizeof ind, "%s> ", indent);
		put(md, "> ");
		gen_block(md, plains, ind, depth + 1);
		break;
	case 6: {
		bool ordered = rnd(2);
		int items = 1 + (int)rnd(4);
		for (int i = 0; i < items; i++) {
			if (i)
				put(md, indent);
			put(md, ordered ? "1. " : "- ");
			snprintf(ind, sizeof ind, "%s   ", indent);
			gen_block(md, plains, ind, depth + 1);
		}
		break;
	}
	case 7:
		put(md, "```\n");
		for (int i = 0; i < 1 + (int)rnd(3); i++) {
			put(md, indent);
			gen_words(md, &para, 1 + (int)rnd(20), false);
			put(md, "\n");
		}
		put(md, indent);
		put(md, "```\n");
		break;
	case 8: {
		int cols = 1 + (int)rnd(4), rows = 1 + (int)rnd(4);
		for (int r = 0; r < rows + 2; r++) {
			if (r)
				put(md, indent);
			put(md, "|");
			for (int c = 0; c < cols; c++) {
				if (r == 1) {
					put(md, rnd(2) ? " --- |" : " :-: |");
				} else {
					put(md, " ");
					sbuf cell = { 0 };
					for (int k = 0; k < 1 + (int)rnd(5); k++)
						put(&cell, words[rnd(sizeof words / sizeof words[0])]);
					put(md, cell.s);
					free(cell.s);
					put(md, " |");
				}
			}
			put(md, "\n");
		}
		break;
	}
	}
	free(para.s);
}

static bool is_ambiguous(wchar_t c)
{
	return c == 0xA7 || c == 0xB7 || c == 0xD7 || c == 0xE9 || c == 0x2014 ||
	       c == 0x201C || c == 0x201D || c == 0x2022 || c == 0x2026 ||
	       c == 0x2192 || (c >= 0x2460 && c <= 0x24FF) ||
	       (c >= 0x2500 && c <= 0x257F);
}

/* Width by wcwidth() per code point; -1 for a control character. */
static int independent_width(const char *s, bool wide)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t n = strlen(s);
	int w = 0;
	while (n > 0) {
		wchar_t c;
		size_t k = mbrtowc(&c, s, n, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0)
			return -1;
		int cw = wcwidth(c);
		if (cw < 0)
			return -1;
		if (cw == 1 && wide && is_ambiguous(c))
			cw = 2;
		w += cw;
		s += k;
		n -= k;
	}
	return w;
}

static char *squeeze(const char *s)
{
	/* drop whitespace and quote bars */
	char *o = malloc(strlen(s) + 1);
	size_t k = 0;
	assert_non_null(o);
	while (*s) {
		if (*s == ' ' || *s == '\n')
			s++;
		else if (strncmp(s, "│", 3) == 0)
			s += 3;
		else
			o[k++] = *s++;
	}
	o[k] = '\0';
	return o;
}

static void check_doc(const char *md, const char *plains, int width, int flags)
{
	yd_doc *d = yd_render_markdown(md, strlen(md), width, flags);
	assert_non_null(d);
	int w = width < 8 ? 8 : width;
	sbuf all = { 0 };
	put(&all, "");
	for (size_t i = 0; i < d->nlines; i++) {
		const yd_dline *l = &d->lines[i];
		int iw = independent_width(l->text, flags & YD_RENDER_AMBIGUOUS_WIDE);
		if (iw < 0 || iw > w || l->cols > w) {
			fprintf(stderr, "width %d: line %zu (%d cols) bad: %s\n--- input:\n%s\n",
				w, i, iw, l->text, md);
			fail();
		}
		for (const char *p = l->text; *p; p++)
			assert_true((unsigned char)*p >= 0x20 && *p != 0x7f);
		put(&all, l->text);
		put(&all, "\n");
	}
	char *out = squeeze(all.s);
	const char *at = out;
	const char *p = plains;
	while (*p) {
		const char *e = strchr(p, '\n');
		char *rec = strndup(p, (size_t)(e - p));
		char *want = squeeze(rec);
		const char *hit = strstr(at, want);
		if (!hit) {
			fprintf(stderr, "width %d: lost paragraph text: %s\n--- input:\n%s\n--- output:\n%s\n",
				w, want, md, all.s);
			fail();
		}
		at = hit + strlen(want);
		free(want);
		free(rec);
		p = e + 1;
	}
	free(out);
	free(all.s);
	yd_doc_free(d);
}

static void test_generated(void **state)
{
	(void)state;
	for (int i = 0; i < DOCS; i++) {
		sbuf md = { 0 }, plains = { 0 };
		put(&md, "");
		put(&plains, "");
		int blocks = 1 + (int)rnd(6);
		for (int b = 0; b < blocks; b++) {
			gen_block(&md, &plains, "", 0);
			put(&md, "\n");
		}
		int width = (int)rnd(130);
		check_doc(md.s, plains.s, width, 0);
		check_doc(md.s, plains.s, width, YD_RENDER_AMBIGUOUS_WIDE);
		free(md.s);
		free(plains.s);
	}
}

int main(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		fputs("C.UTF-8 locale missing\n", stderr);
		return 77;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
