/* yidu-mkdict: compiles jieba's dict.txt (lines `word freq [tag]`) into
 * the memory-mappable data/words.dict that lib/lang/dict.c reads (layout
 * in lib/lang/dict-format.h). Run at build time:
 *   yidu-mkdict dict.txt words.dict
 * Lines that are not a valid UTF-8 word, a frequency and at most one tag
 * are skipped and counted; a repeated word keeps its last line, as jieba
 * does. Entries that glue a function character to a far more frequent
 * word are dropped (drop_glued). The output is written to a temporary
 * file and renamed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lang/dict-format.h"

struct word {
	char *s;
	size_t len;
	uint32_t freq;
	uint8_t tag;
	size_t line;
};

static char tags[256][YDW_TAGLEN];
static unsigned ntags = 1; /* tag 0 is "" */

static int tag_index(const char *t)
{
	unsigned i;

	if (!*t)
		return 0;
	if (strlen(t) >= YDW_TAGLEN)
		return -1;
	for (i = 1; i < ntags; i++)
		if (strcmp(tags[i], t) == 0)
			return (int)i;
	if (ntags == 256)
		return -1;
	strcpy(tags[ntags], t);
	return (int)ntags++;
}

/* Decodes one UTF-8 character; returns its length, 0 if invalid. */
static size_t utf8_char(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t len, i;
	uint32_t c = s[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? (c < 0xF0 ? 3 : 0) : c >= 0xC2 ? 2 : 0;
	if (!len || len > n)
		return 0;
	c &= 0x3F >> (len - 1);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (c < 0x800 || (c >= 0xD800 && c < 0xE000))) ||
	    (len == 4 && (c < 0x10000 || c > 0x10FFFF)))
		return 0;
	*cp = c;
	return len;
}

static int valid_word(const char *s, size_t len)
{
	size_t i = 0, k;
	uint32_t cp;

	if (len == 0 || len > 255)
		return 0;
	while (i < len) {
		k = utf8_char((const unsigned char *)s + i, len - i, &cp);
		if (!k || cp <= 0x20 || cp == 0x7F)
			return 0;
		i += k;
	}
	return 1;
}

static uint32_t first_cp(const char *s, size_t len)
{
	uint32_t cp = 0;

	utf8_char((const unsigned char *)s, len, &cp);
	return cp;
}

/* The first two characters packed as c1 << 16 | c2 when both are in the
 * BMP; 0 otherwise (a one-character word, or one outside the BMP). */
static uint32_t pair_key(const char *s, size_t len)
{
	uint32_t c1, c2;
	size_t k = utf8_char((const unsigned char *)s, len, &c1);

	if (!k || k >= len || c1 > 0xFFFF ||
	    !utf8_char((const unsigned char *)s + k, len - k, &c2) || c2 > 0xFFFF)
		return 0;
	return c1 << 16 | c2;
}

static int cmp_word(const void *a, const void *b)
{
	const struct word *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->s, y->s, n);

	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* The entry of word s[0..len) in the sorted w[0..n), or NULL. */
static const struct word *find_word(const struct word *w, size_t n, const char *s, size_t len)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t m = lo + (hi - lo) / 2, k = w[m].len < len ? w[m].len : len;
		int c = memcmp(w[m].s, s, k);

		if (c == 0)
			c = w[m].len < len ? -1 : w[m].len > len;
		if (c == 0)
			return &w[m];
		if (c < 0)
			lo = m + 1;
		else
			hi = m;
	}
	return NULL;
}

/* Drops the entries that are a function character glued to a far more
 * frequent word (由医保, 和永嘉, 向汉阳, 从博客: mostly tagged as a
 * person's name): artefacts of the corpus the dictionary was counted
 * on, not words. Segmenting by them would hide the word inside (医保基金
 * read as 由医保|基金, a county's name inside 和永嘉) wherever the
 * character happens to stand before it. A word whose own frequency is
 * near its tail's (由于, 对象, 在家 … ) is a word and stays. Returns how
 * many were dropped; w[0..*n) stays sorted. */
static size_t drop_glued(struct word *w, size_t *n)
{
	static const char *const function_chars[] = {
		"由", "对", "和", "与", "在", "把", "被", "给", "向", "从", "的", "了",
		"是", "及", "或", "将", "让", "为", "就", "也", "都", "还", "又",
	};
	enum { TAIL_RATIO = 20, MIN_TAIL = 6 /* two CJK characters */ };
	size_t i, j, k, dropped = 0;
	char *drop = calloc(*n ? *n : 1, 1);

	if (!drop)
		return 0;
	for (i = 0; i < *n; i++)
		for (j = 0; j < sizeof function_chars / sizeof *function_chars; j++) {
			size_t fl = strlen(function_chars[j]);
			const struct word *tail;

			if (w[i].len < fl + MIN_TAIL || memcmp(w[i].s, function_chars[j], fl) != 0)
				continue;
			tail = find_word(w, *n, w[i].s + fl, w[i].len - fl);
			if (tail && (uint64_t)tail->freq >= (uint64_t)TAIL_RATIO * w[i].freq)
				drop[i] = 1;
			break;
		}
	for (i = k = 0; i < *n; i++) {
		if (drop[i]) {
			free(w[i].s);
			dropped++;
			continue;
		}
		w[k++] = w[i];
	}
	*n = k;
	free(drop);
	return dropped;
}

static int put(FILE *f, const void *p, size_t n)
{
	return fwrite(p, 1, n, f) == n ? 0 : -1;
}

int main(int argc, char **argv)
{
	FILE *in, *out;
	char *line = NULL, tmp[4096];
	size_t cap = 0, nw = 0, capw = 0, skipped = 0, glued, lineno = 0, i, k;
	ssize_t got;
	struct word *w = NULL;
	struct ydw_header h;
	struct ydw_pair *pairs = NULL;
	uint32_t *index;
	uint64_t total = 0;
	uint32_t stroff = 0, maxlen = 0;

	if (argc != 3) {
		fputs("usage: yidu-mkdict dict.txt words.dict\n", stderr);
		return 2;
	}
	in = fopen(argv[1], "r");
	if (!in) {
		fprintf(stderr, "yidu-mkdict: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	while ((got = getline(&line, &cap, in)) > 0) {
		char *word, *freq, *tag, *end, *save = NULL;
		unsigned long fv;
		int ti;

		lineno++;
		word = strtok_r(line, " \t\r\n", &save);
		freq = word ? strtok_r(NULL, " \t\r\n", &save) : NULL;
		tag = freq ? strtok_r(NULL, " \t\r\n", &save) : NULL;
		if (!word || !freq || (tag && strtok_r(NULL, " \t\r\n", &save)) ||
		    !valid_word(word, strlen(word))) {
			skipped++;
			continue;
		}
		errno = 0;
		fv = strtoul(freq, &end, 10);
		ti = tag_index(tag ? tag : "");
		if (*end || errno || fv > 0xFFFFFFFFul || ti < 0) {
			skipped++;
			continue;
		}
		if (nw == capw) {
			struct word *v = realloc(w, (capw = capw ? capw * 2 : 1 << 16) * sizeof *w);
			if (!v)
				goto nomem;
			w = v;
		}
		w[nw].len = strlen(word);
		w[nw].s = malloc(w[nw].len + 1);
		if (!w[nw].s)
			goto nomem;
		memcpy(w[nw].s, word, w[nw].len + 1);
		w[nw].freq = fv ? (uint32_t)fv : 1;
		w[nw].tag = (uint8_t)ti;
		w[nw].line = lineno;
		nw++;
	}
	if (ferror(in)) {
		fprintf(stderr, "yidu-mkdict: %s: read error\n", argv[1]);
		return 1;
	}
	fclose(in);
	free(line);
	qsort(w, nw, sizeof *w, cmp_word);
	/* A repeated word keeps its last line (sorted last among equals). */
	for (i = k = 0; i < nw; i++) {
		if (i + 1 < nw && w[i + 1].len == w[i].len &&
		    memcmp(w[i + 1].s, w[i].s, w[i].len) == 0) {
			free(w[i].s);
			continue;
		}
		w[k++] = w[i];
	}
	nw = k;
	glued = drop_glued(w, &nw);
	if (nw == 0 || nw > 0x7FFFFFFF) {
		fprintf(stderr, "yidu-mkdict: %s: no words\n", argv[1]);
		return 1;
	}
	index = calloc(YDW_INDEX, sizeof *index);
	if (!index)
		goto nomem;
	/* index[c]: first entry whose first character is >= c */
	for (i = 0, k = 0; k < YDW_INDEX; k++) {
		while (i < nw && first_cp(w[i].s, w[i].len) < k)
			i++;
		index[k] = (uint32_t)i;
	}
	for (i = 0; i < nw; i++) {
		total += w[i].freq;
		if (w[i].len > maxlen)
			maxlen = (uint32_t)w[i].len;
		stroff += (uint32_t)w[i].len + 1;
	}
	memset(&h, 0, sizeof h);
	memcpy(h.magic, YDW_MAGIC, 8);
	h.order = YDW_ORDER;
	h.nwords = (uint32_t)nw;
	h.ntags = ntags;
	h.maxlen = maxlen;
	h.total = total;
	/* pairs: the runs of words sharing their first two BMP characters */
	{
		size_t npairs = 0, slots = 1, j;

		for (i = 0; i < nw; i = j) {
			uint32_t key = pair_key(w[i].s, w[i].len);
			for (j = i + 1; j < nw && key && pair_key(w[j].s, w[j].len) == key; j++)
				;
			npairs += key != 0;
		}
		while (slots < 2 * npairs + 2)
			slots *= 2;
		pairs = calloc(slots, sizeof *pairs);
		if (!pairs)
			goto nomem;
		for (i = 0; i < nw; i = j) {
			uint32_t key = pair_key(w[i].s, w[i].len), at;
			for (j = i + 1; j < nw && key && pair_key(w[j].s, w[j].len) == key; j++)
				;
			if (!key)
				continue;
			for (at = ydw_pair_hash(key, (uint32_t)slots - 1); pairs[at].key;
			     at = (at + 1) & ((uint32_t)slots - 1))
				;
			pairs[at] = (struct ydw_pair){ key, (uint32_t)i, (uint32_t)j };
		}
		h.pair_mask = (uint32_t)slots - 1;
	}
	h.off_index = sizeof h;
	h.off_pairs = h.off_index + YDW_INDEX * sizeof *index;
	h.off_entries = h.off_pairs + (h.pair_mask + 1) * (uint32_t)sizeof *pairs;
	h.off_tags = h.off_entries + (uint32_t)(nw * sizeof(struct ydw_entry));
	h.off_strings = h.off_tags + ntags * YDW_TAGLEN;
	h.size_strings = stroff;
	h.file_size = h.off_strings + stroff;

	snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
	out = fopen(tmp, "wb");
	if (!out) {
		fprintf(stderr, "yidu-mkdict: %s: %s\n", tmp, strerror(errno));
		return 1;
	}
	if (put(out, &h, sizeof h) < 0 || put(out, index, YDW_INDEX * sizeof *index) < 0 ||
	    put(out, pairs, (h.pair_mask + 1) * sizeof *pairs) < 0)
		goto wfail;
	for (i = 0, stroff = 0; i < nw; i++) {
		struct ydw_entry e = { stroff, w[i].freq, (uint8_t)w[i].len, w[i].tag, 0 };
		if (put(out, &e, sizeof e) < 0)
			goto wfail;
		stroff += (uint32_t)w[i].len + 1;
	}
	if (put(out, tags, ntags * YDW_TAGLEN) < 0)
		goto wfail;
	for (i = 0; i < nw; i++)
		if (put(out, w[i].s, w[i].len + 1) < 0)
			goto wfail;
	if (fclose(out) != 0 || rename(tmp, argv[2]) != 0) {
		fprintf(stderr, "yidu-mkdict: %s: %s\n", argv[2], strerror(errno));
		remove(tmp);
		return 1;
	}
	printf("yidu-mkdict: %zu words, %u tags, %zu lines skipped, %zu glued "
	       "entries dropped, %u bytes\n", nw, ntags, skipped, glued, h.file_size);
	for (i = 0; i < nw; i++)
		free(w[i].s);
	free(w);
	free(index);
	free(pairs);
	return 0;
wfail:
	fprintf(stderr, "yidu-mkdict: %s: write error\n", tmp);
	fclose(out);
	remove(tmp);
	return 1;
nomem:
	fputs("yidu-mkdict: out of memory\n", stderr);
	return 1;
}
