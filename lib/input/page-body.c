/* Scraped pages: rebuilding the body as Markdown.
 *
 * Each source line is classified (section head 一、, （一）, numbered 1. /
 * 1、 / ①, （1）, bullet •, paragraph). Numbered lines of one kind at one
 * indentation within a section form a group, which becomes either headings
 * (short standalone lines followed by paragraphs, as in "1. 医保个人账户余额
 * 不会清零") or an ordered list (items with deeper-indented content or
 * sentences of their own). Lists nest by source indentation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "page.h"
#include "util.h"

enum kind { K_BLANK, K_CN, K_PCN, K_NUM, K_PNUM, K_BULLET, K_PARA };
/* Rank of each heading kind: 一、 above （一） above 1. above （1）. */
static int rank_of(enum kind k)
{
	switch (k) {
	case K_CN: return 0;
	case K_PCN: return 1;
	case K_NUM: return 2;
	case K_PNUM: return 3;
	default: return -1;
	}
}

typedef struct cl {
	enum kind kind;
	bool heading;
	long num;             /* number of a numbered line */
	const char *text;     /* after the marker (heading text: whole line) */
	size_t tn;
	int indent;
	int section;          /* index of the enclosing 一、/（一） head */
	bool blank_before;
	bool done;            /* its group has been decided */
} cl;

static const char cn_digits[] = "一二三四五六七八九十";

static int cn_digit(const char *s, size_t n)
{
	size_t k;
	for (k = 0; k < 10; k++)
		if (n >= 3 && memcmp(s, cn_digits + 3 * k, 3) == 0)
			return (int)k + 1;
	return 0;
}

/* Chinese numeral of up to 3 characters; returns bytes used. */
static size_t cn_number(const char *s, size_t n, long *v)
{
	size_t i = 0, chars = 0;
	long val = 0, cur = 0;
	int d;
	while (chars < 3 && (d = cn_digit(s + i, n - i)) > 0) {
		if (d == 10) {
			val += (cur ? cur : 1) * 10;
			cur = 0;
		} else {
			cur = d;
		}
		i += 3;
		chars++;
	}
	*v = val + cur;
	return i;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static size_t skip_blanks(const char *s, size_t n, size_t i)
{
	size_t k;
	while (i < n && (k = yd_pu_space_at(s + i, n - i)) > 0)
		i += k;
	return i;
}

static const char *const bullets[] = {
	"•", "·", "●", "○", "◆", "◇", "■", "□", "▪", "►", "▶", "★", "☆", "✓", "✔", "‣",
	"∙", "・", "◎", "❖", NULL
};

static void classify(const page_line *L, cl *c)
{
	const char *s = L->s;
	size_t n = L->n, i = 0, k;
	long v;

	memset(c, 0, sizeof *c);
	c->indent = L->indent;
	c->text = s;
	c->tn = n;
	if (n == 0) {
		c->kind = K_BLANK;
		return;
	}
	c->kind = K_PARA;
	/* 一、 / 第一、 / 第一部分 */
	if (yd_pu_starts(s, n, "第"))
		i = 3;
	k = cn_number(s + i, n - i, &v);
	if (k) {
		size_t j = i + k;
		if (yd_pu_starts(s + j, n - j, "、") || yd_pu_starts(s + j, n - j, "．") ||
		    (i && (yd_pu_starts(s + j, n - j, "部分") || yd_pu_starts(s + j, n - j, "章") ||
			   yd_pu_starts(s + j, n - j, "节")))) {
			c->kind = K_CN;
			c->num = v;
			return;
		}
	}
	/* （一） (一) （1） (1) */
	if (yd_pu_starts(s, n, "（") || s[0] == '(') {
		size_t j = s[0] == '(' ? 1 : 3, d = j;
		bool cn = false;
		v = 0;
		while (d < n && is_digit(s[d]) && d - j < 3)
			v = v * 10 + (s[d++] - '0');
		if (d == j) {
			d = j + cn_number(s + j, n - j, &v);
			cn = d > j;
		}
		if (d > j && (yd_pu_starts(s + d, n - d, "）") || (d < n && s[d] == ')'))) {
			d += s[d] == ')' ? 1 : 3;
			c->kind = cn ? K_PCN : K_PNUM;
			c->num = v;
			d = skip_blanks(s, n, d);
			c->text = s + d;
			c->tn = n - d;
			if (c->tn == 0)
				c->kind = K_PARA;
			return;
		}
	}
	/* 1. 1、 1) 1） ①. "1.5倍" and "2025.3" are not markers. */
	if (is_digit(s[0])) {
		size_t d = 0;
		v = 0;
		while (d < n && is_digit(s[d]) && d < 4)
			v = v * 10 + (s[d++] - '0');
		if (d <= 3 && d < n) {
			size_t m = 0;
			if (s[d] == '.' || s[d] == ')')
				m = (d + 1 < n && is_digit(s[d + 1])) ? 0 : 1;
			else if (yd_pu_starts(s + d, n - d, "、") || yd_pu_starts(s + d, n - d, "）") ||
				 yd_pu_starts(s + d, n - d, "．"))
				m = 3;
			if (m) {
				size_t t = skip_blanks(s, n, d + m);
				if (t < n) {
					c->kind = K_NUM;
					c->num = v;
					c->text = s + t;
					c->tn = n - t;
					return;
				}
			}
		}
	}
	if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x91 &&
	    (unsigned char)s[2] >= 0xA0 && (unsigned char)s[2] <= 0xB3) {
		size_t t = skip_blanks(s, n, 3);
		if (t < n) {
			c->kind = K_NUM;
			c->num = (unsigned char)s[2] - 0xA0 + 1;
			c->text = s + t;
			c->tn = n - t;
			return;
		}
	}
	for (k = 0; bullets[k]; k++) {
		if (yd_pu_starts(s, n, bullets[k])) {
			size_t t = skip_blanks(s, n, strlen(bullets[k]));
			if (t < n) {
				c->kind = K_BULLET;
				c->text = s + t;
				c->tn = n - t;
			}
			return;
		}
	}
	if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && n > 2 && s[1] == ' ') {
		size_t t = skip_blanks(s, n, 1);
		c->kind = K_BULLET;
		c->text = s + t;
		c->tn = n - t;
	}
}

static bool ends_with_any(const char *s, size_t n, const char *const *ends)
{
	size_t k;
	for (k = 0; ends[k]; k++) {
		size_t w = strlen(ends[k]);
		if (n >= w && memcmp(s + n - w, ends[k], w) == 0)
			return true;
	}
	return false;
}

static const char *const sentence_ends[] = {"。", "；", ";", "，", ",", "：", ":", "！",
					    "!", "…", NULL};

/* Short enough and without final punctuation to stand as a heading. */
static bool headish(const cl *c, size_t maxchars)
{
	return yd_pu_u8count(c->text, c->tn) <= maxchars &&
	       !ends_with_any(c->text, c->tn, sentence_ends);
}

static bool same_group(const cl *a, const cl *b)
{
	return a->kind == b->kind && a->indent == b->indent && a->section == b->section;
}

static void decide_headings(cl *v, size_t n)
{
	size_t i, j;
	int section = -1;

	for (i = 0; i < n; i++) {
		if (v[i].kind == K_CN || v[i].kind == K_PCN) {
			v[i].heading = headish(&v[i], 50);
			if (v[i].heading)
				section = (int)i;
		}
		v[i].section = section;
	}
	/* Groups of numbered lines: same kind, indent and section. Each
	 * group is decided once, at its first line. */
	for (i = 0; i < n; i++) {
		int head = 0, deep = 0;
		bool ok = true;
		if ((v[i].kind != K_NUM && v[i].kind != K_PNUM) || v[i].done)
			continue;
		for (j = i; j < n && v[j].section == v[i].section; j++) {
			size_t k;
			if (!same_group(&v[j], &v[i]))
				continue;
			if (!headish(&v[j], 40))
				ok = false;
			/* The next non-blank line tells how the line is used. */
			for (k = j + 1; k < n && v[k].kind == K_BLANK; k++)
				;
			if (k >= n)
				ok = false;
			else if (!v[k].blank_before && v[k].kind == v[j].kind)
				ok = false;  /* a tight list */
			else if (v[k].indent > v[j].indent)
				deep++;
			else if (v[k].kind == K_PARA || v[k].kind == K_BULLET)
				head++;
		}
		for (j = i; j < n && v[j].section == v[i].section; j++) {
			if (!same_group(&v[j], &v[i]))
				continue;
			v[j].heading = ok && head > 0 && head >= deep;
			v[j].done = true;
		}
	}
}

/* ---- Markdown output ---- */

static void add_escaped(yd_buf *b, const char *s, size_t n, bool line_start)
{
	size_t i = 0;
	if (line_start && n > 0) {
		size_t d = 0;
		char c = s[0];
		if (c == '#' || c == '>' || c == '+' || c == '-' || c == '=' ||
		    (c == '~' && n >= 3 && s[1] == '~' && s[2] == '~')) {
			yd_buf_addc(b, '\\');
		} else {
			while (d < n && d < 10 && is_digit(s[d]))
				d++;
			if (d > 0 && d < n && (s[d] == '.' || s[d] == ')')) {
				yd_buf_add(b, s, d);
				yd_buf_addc(b, '\\');
				i = d;
			}
		}
	}
	for (; i < n; i++) {
		char c = s[i];
		if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' ||
		    c == '<' || c == '&' || c == '!' || c == '|')
			yd_buf_addc(b, '\\');
		if (c == '\t')
			c = ' ';
		yd_buf_addc(b, c);
	}
}

static void add_spaces(yd_buf *b, int n)
{
	while (n-- > 0)
		yd_buf_addc(b, ' ');
}

typedef struct openlist {
	int src_indent;
	bool ordered;
	int content_col;
	int marker_col;
} openlist;

enum last { L_NONE, L_HEADING, L_PARA, L_ITEM };

typedef struct out {
	yd_buf b;
	openlist stack[16];
	int depth;
	enum last last;
	int last_level;      /* nesting level of the last item */
	bool para_open;      /* the last paragraph may take a wrapped line */
	size_t para_chars;
	char *first_para;
} out;

static bool ascii_word(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void sep(out *o)
{
	if (o->b.len)
		yd_buf_adds(&o->b, "\n\n");
}

static void emit_heading(out *o, int level, const char *s, size_t n)
{
	size_t k = n;
	o->depth = 0;
	o->para_open = false;
	sep(o);
	for (int i = 0; i < level; i++)
		yd_buf_addc(&o->b, '#');
	yd_buf_addc(&o->b, ' ');
	add_escaped(&o->b, s, n, false);
	/* A trailing '#' would be read as a closing sequence. */
	while (k > 0 && s[k - 1] == '#')
		k--;
	if (k < n && k > 0 && o->b.len >= n - k) {
		o->b.len -= n - k;
		o->b.s[o->b.len] = '\0';
		for (; k < n; k++)
			yd_buf_adds(&o->b, "\\#");
	}
	o->last = L_HEADING;
}

static void remember_first(out *o, const char *s, size_t n)
{
	if (!o->first_para)
		o->first_para = yd_pu_strndup(s, n);
}

static void emit_para(out *o, const cl *c, bool join)
{
	int col = 0;
	if (join && o->para_open) {
		unsigned char a = (unsigned char)o->b.s[o->b.len - 1];
		if (ascii_word(a) && ascii_word((unsigned char)c->text[0]))
			yd_buf_addc(&o->b, ' ');
		add_escaped(&o->b, c->text, c->tn, false);
		o->para_chars += yd_pu_u8count(c->text, c->tn);
		return;
	}
	while (o->depth > 0 && c->indent <= o->stack[o->depth - 1].src_indent)
		o->depth--;
	if (o->depth > 0)
		col = o->stack[o->depth - 1].content_col;
	sep(o);
	add_spaces(&o->b, col);
	add_escaped(&o->b, c->text, c->tn, true);
	o->last = L_PARA;
	o->para_open = true;
	o->para_chars = yd_pu_u8count(c->text, c->tn);
	remember_first(o, c->text, c->tn);
}

static int digits_of(long v)
{
	int d = 1;
	while (v >= 10) {
		v /= 10;
		d++;
	}
	return d;
}

static void emit_item(out *o, const cl *c)
{
	bool ordered = c->kind != K_BULLET;
	openlist *top;
	int marker_col;
	char num[24];
	long v = c->num;

	while (o->depth > 0 && o->stack[o->depth - 1].src_indent > c->indent)
		o->depth--;
	top = o->depth > 0 ? &o->stack[o->depth - 1] : NULL;
	if (top && top->src_indent == c->indent && top->ordered == ordered) {
		marker_col = top->marker_col;
		o->depth--;
	} else if (top && top->src_indent == c->indent) {
		o->depth--;
		marker_col = o->depth > 0 ? o->stack[o->depth - 1].content_col : 0;
	} else {
		marker_col = top ? top->content_col : 0;
	}
	/* Tight only after a sibling or a parent item: leaving a nested
	 * list without a blank line could be read as its continuation. */
	if (o->last == L_ITEM && !c->blank_before && o->last_level <= o->depth)
		yd_buf_addc(&o->b, '\n');
	else
		sep(o);
	add_spaces(&o->b, marker_col);
	if (ordered) {
		if (v < 0 || v > 999999999)
			v = 1;
		snprintf(num, sizeof num, "%ld. ", v);
	} else {
		strcpy(num, "- ");
	}
	yd_buf_adds(&o->b, num);
	add_escaped(&o->b, c->text, c->tn, true);
	if (o->depth < (int)(sizeof o->stack / sizeof o->stack[0])) {
		openlist *L = &o->stack[o->depth++];
		L->src_indent = c->indent;
		L->ordered = ordered;
		L->marker_col = marker_col;
		L->content_col = marker_col + (ordered ? digits_of(v) + 2 : 2);
	}
	o->last = L_ITEM;
	o->last_level = o->depth - 1;
	o->para_open = false;
	if (!o->first_para)
		remember_first(o, c->text, c->tn);
}

static const char *const wrap_ends[] = {"。", "！", "？", "!", "?", "：", ":", "；", ";",
					"”", "）", ")", "…", NULL};

char *yd_page_body_markdown(const page_line *lines, size_t n, char **first_para)
{
	cl *v = yd_pu_xmalloc((n ? n : 1) * sizeof *v);
	out o;
	size_t i;
	bool blank = true;
	int used[4] = {0, 0, 0, 0};

	memset(&o, 0, sizeof o);
	for (i = 0; i < n; i++) {
		classify(&lines[i], &v[i]);
		v[i].blank_before = blank;
		blank = v[i].kind == K_BLANK;
	}
	decide_headings(v, n);
	for (i = 0; i < n; i++)
		if (v[i].heading)
			used[rank_of(v[i].kind)] = 1;

	for (i = 0; i < n; i++) {
		cl *c = &v[i];
		if (c->kind == K_BLANK) {
			o.para_open = false;
			continue;
		}
		if (c->heading) {
			int r = rank_of(c->kind), level = 2, k;
			for (k = 0; k < r; k++)
				level += used[k];
			if (level > 6)
				level = 6;
			emit_heading(&o, level, lines[i].s, lines[i].n);
			continue;
		}
		switch (c->kind) {
		case K_NUM:
		case K_PNUM:
		case K_BULLET:
			emit_item(&o, c);
			break;
		default: {
			/* A hard-wrapped line continues the paragraph above. */
			bool join = o.para_open && !c->blank_before && i > 0 &&
				    v[i - 1].kind == K_PARA && !v[i - 1].heading &&
				    v[i - 1].indent == c->indent && o.para_chars >= 20 &&
				    !ends_with_any(v[i - 1].text, v[i - 1].tn, wrap_ends);
			if (c->kind == K_CN || c->kind == K_PCN) {
				/* A long 一、 line that is not a heading: plain text. */
				c->text = lines[i].s;
				c->tn = lines[i].n;
			}
			emit_para(&o, c, join);
			break;
		}
		}
	}
	if (o.b.len)
		yd_buf_addc(&o.b, '\n');
	free(v);
	if (first_para)
		*first_para = o.first_para;
	else
		free(o.first_para);
	return yd_buf_take(&o.b);
}

bool yd_page_is_structured(const char *s, size_t n)
{
	page_line L = {s, n, 0, 0};
	cl c;
	classify(&L, &c);
	return c.kind != K_PARA && c.kind != K_BLANK;
}
