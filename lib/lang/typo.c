/* Homophone typos of topic words; see typo.h. Readings come from the
 * Unihan tables that search uses (lib/hanzi.c): the first toneless
 * reading of each character. */
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "typo.h"
#include "search-internal.h"
#include "text-internal.h"

enum { MIN_CHARS = 2, MAX_CHARS = 6, KEY_MAX = MAX_CHARS * 8, MAX_READINGS = 4, MAX_KEYS = 8 };

struct entry {
	char key[KEY_MAX];   /* readings joined by spaces: "bao xiao" */
	char *word;
	size_t len, nchars;
};

struct yd_typos {
	struct entry *e;
	size_t n, cap;
	/* hashes of the entries' first two readings ("bao xiao"), open
	 * addressing, 0 = empty: most places of a text start no entry's
	 * key, and this tells them apart without a binary search */
	uint64_t *pairs;
	size_t npairs;      /* slots, a power of two; 0: no table */
	/* start2[v]: the first entry whose key's first two bytes
	 * (key_two) are v or more, v in 0..65536; NULL: none made. The
	 * binary search for a key starts between start2[v] and
	 * start2[v + 1]. */
	uint32_t *start2;
};

/* The first two bytes of key as a number, in strcmp's order. */
static unsigned key_two(const char *key)
{
	return key[0] ? (unsigned)(unsigned char)key[0] << 8 | (unsigned char)key[1] : 0;
}

static uint64_t hash_str(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603u;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h | 1;    /* never 0, the empty slot */
}

/* The length of key's first two readings ("bao xiao" of "bao xiao qu"). */
static size_t pair_len(const char *key)
{
	const char *sp = strchr(key, ' ');

	sp = sp ? strchr(sp + 1, ' ') : NULL;
	return sp ? (size_t)(sp - key) : strlen(key);
}

static bool pair_known(const yd_typos *t, const char *key, size_t len)
{
	uint64_t h;
	size_t m;

	if (!t->npairs)
		return true;
	h = hash_str(key, len);
	for (m = h & (t->npairs - 1); t->pairs[m]; m = (m + 1) & (t->npairs - 1))
		if (t->pairs[m] == h)
			return true;
	return false;
}

/* Decodes the character at s[0..n); its length, 0 if malformed. */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t len, i;
	uint32_t c = s[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
	if (!len || len > n)
		return 0;
	c &= 0x3F >> (len - 1);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	*cp = c;
	return len;
}

static const char *reading(uint32_t c)
{
	const char *r[1];

	return yd_is_han(c) && yd_pinyin_readings(c, r, 1) == 1 ? r[0] : NULL;
}

yd_typos *yd_typos_new(void)
{
	return calloc(1, sizeof(yd_typos));
}

void yd_typos_free(yd_typos *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->n; i++)
		free(t->e[i].word);
	free(t->e);
	free(t->pairs);
	free(t->start2);
	free(t);
}

/* Adds word under the key made of reading number pick[j] of its j-th
 * character (0: the first, the one a text's characters are read by). */
static int add_key(yd_typos *t, const char *word, size_t len, const unsigned char *pick)
{
	struct entry x = { "", NULL, len, 0 };
	size_t i = 0, k, at = 0;
	uint32_t cp;

	while (i < len) {
		const char *r, *rs[MAX_READINGS];
		size_t nr;

		k = decode((const unsigned char *)word + i, len - i, &cp);
		nr = k && yd_is_han(cp) && x.nchars < MAX_CHARS ?
		     yd_pinyin_readings(cp, rs, MAX_READINGS) : 0;
		r = nr && nr > pick[x.nchars] ? rs[pick[x.nchars]] : NULL;
		if (!k || !r || x.nchars == MAX_CHARS ||
		    at + strlen(r) + 2 > KEY_MAX)
			return 0;   /* not a word of Han characters with readings */
		if (at)
			x.key[at++] = ' ';
		memcpy(x.key + at, r, strlen(r) + 1);
		at += strlen(r);
		x.nchars++;
		i += k;
	}
	if (x.nchars < MIN_CHARS)
		return 0;
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 512;
		struct entry *v = realloc(t->e, cap * sizeof *v);
		if (!v)
			return -1;
		t->e = v;
		t->cap = cap;
	}
	x.word = malloc(len + 1);
	if (!x.word)
		return -1;
	memcpy(x.word, word, len);
	x.word[len] = '\0';
	t->e[t->n++] = x;
	return 0;
}

int yd_typos_add(yd_typos *t, const char *word, size_t len)
{
	static const unsigned char first[MAX_CHARS] = { 0 };

	return add_key(t, word, len, first);
}

/* The table's reading of a character is its first in Unihan's order
 * (合: ge, he), which may not be the one the word is said with: a typo
 * of the word made by its sound (新农和 for 新农合, he) is found only
 * under a key with the character's other readings. */
int yd_typos_add_readings(yd_typos *t, const char *word, size_t len)
{
	unsigned char pick[MAX_CHARS] = { 0 }, count[MAX_CHARS];
	size_t i = 0, k, nchars = 0, keys = 1, n;
	uint32_t cp;

	while (i < len && nchars < MAX_CHARS) {
		const char *rs[MAX_READINGS];

		k = decode((const unsigned char *)word + i, len - i, &cp);
		if (!k)
			return 0;
		n = yd_is_han(cp) ? yd_pinyin_readings(cp, rs, MAX_READINGS) : 0;
		count[nchars++] = (unsigned char)(n ? n : 1);
		keys *= n ? n : 1;
		i += k;
	}
	/* a word of two characters meets too many others by its rarer
	 * readings (给报 as ji bao is 系报, 急报): its first readings only */
	if (i < len || keys > MAX_KEYS || nchars < 3)
		return add_key(t, word, len, pick);
	/* every combination of readings, the first readings' one first */
	for (;;) {
		if (add_key(t, word, len, pick) < 0)
			return -1;
		for (i = 0; i < nchars && ++pick[i] == count[i]; i++)
			pick[i] = 0;
		if (i == nchars)
			return 0;
	}
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->key, ((const struct entry *)b)->key);
}

int yd_typos_build(yd_typos *t)
{
	size_t i, slots = 64;

	if (t->n)
		qsort(t->e, t->n, sizeof *t->e, cmp_entry);
	while (slots < t->n * 2)
		slots *= 2;
	free(t->pairs);
	t->npairs = 0;
	t->pairs = calloc(slots, sizeof *t->pairs);
	if (!t->pairs)
		return 0;          /* no table: every place is searched */
	for (i = 0; i < t->n; i++) {
		uint64_t h = hash_str(t->e[i].key, pair_len(t->e[i].key));
		size_t m;

		for (m = h & (slots - 1); t->pairs[m] && t->pairs[m] != h; m = (m + 1) & (slots - 1))
			;
		t->pairs[m] = h;
	}
	t->npairs = slots;
	free(t->start2);
	t->start2 = NULL;
	if (t->n < UINT32_MAX && (t->start2 = malloc(65537 * sizeof *t->start2)) != NULL) {
		unsigned v = 0;

		for (i = 0; i < t->n; i++)
			while (v <= key_two(t->e[i].key))
				t->start2[v++] = (uint32_t)i;
		while (v <= 65536)
			t->start2[v++] = (uint32_t)t->n;
	}
	return 0;
}

/* The index of the first entry whose key is not below key. */
static size_t lower_bound(const yd_typos *t, const char *key)
{
	size_t lo = 0, hi = t->n;

	if (t->start2) {
		unsigned v = key_two(key);

		lo = t->start2[v];
		hi = t->start2[v + 1];
	}
	while (lo < hi) {
		size_t m = lo + (hi - lo) / 2;
		if (strcmp(t->e[m].key, key) < 0)
			lo = m + 1;
		else
			hi = m;
	}
	return lo;
}

/* The first entry whose key is key, or NULL. */
static const struct entry *find(const yd_typos *t, const char *key)
{
	size_t lo = lower_bound(t, key);

	return lo < t->n && strcmp(t->e[lo].key, key) == 0 ? &t->e[lo] : NULL;
}

struct ch {
	size_t off, len;
	const char *r;       /* reading, NULL if none */
	size_t rl;           /* its length */
	uint64_t h;          /* hash_str's state after the reading and a
			      * space: a pair's hash goes on from it */
};

/* The entry for a character: off, len, its reading r (or NULL). */
static struct ch make_ch(size_t off, size_t len, const char *r)
{
	struct ch c = { off, len, r, r ? strlen(r) : 0, 1469598103934665603u };
	size_t i;

	for (i = 0; i < c.rl; i++)
		c.h = (c.h ^ (unsigned char)r[i]) * 1099511628211u;
	c.h = (c.h ^ (unsigned char)' ') * 1099511628211u;
	return c;
}

/* make_ch()'s reading, its length and hash for U+3400..U+9FFF (nearly
 * every character of a text), made once: make_ch of each character of
 * each text, a reading looked up, measured and hashed, was ~15 % of the
 * fixer. */
#define CH_DENSE_LO 0x3400
#define CH_DENSE_HI 0xA000
static struct ch *ch_dense;
static pthread_once_t ch_dense_once = PTHREAD_ONCE_INIT;

static void ch_dense_init(void)
{
	struct ch *d = malloc((CH_DENSE_HI - CH_DENSE_LO) * sizeof *d);
	uint32_t cp;

	if (!d)
		return;   /* make_ch for each character then */
	for (cp = CH_DENSE_LO; cp < CH_DENSE_HI; cp++)
		d[cp - CH_DENSE_LO] = make_ch(0, 0, reading(cp));
	ch_dense = d;
}

/* make_ch(off, len, reading(cp)). */
static struct ch make_ch_cp(size_t off, size_t len, uint32_t cp)
{
	struct ch c;

	if (!ch_dense || cp < CH_DENSE_LO || cp >= CH_DENSE_HI)
		return make_ch(off, len, reading(cp));
	c = ch_dense[cp - CH_DENSE_LO];
	c.off = off;
	c.len = len;
	return c;
}

/* pair_known() of make_key(c, i, 2), without making the key: false
 * also where make_key fails. */
static bool pair_known_at(const yd_typos *t, const struct ch *c, size_t i)
{
	const struct ch *a = &c[i], *b = &c[i + 1];
	uint64_t h = a->h;
	size_t j, m;

	if (!a->rl || !b->rl || a->rl + 2 > KEY_MAX || a->rl + 1 + b->rl + 1 > KEY_MAX)
		return false;
	if (!t->npairs)
		return true;
	for (j = 0; j < b->rl; j++)
		h = (h ^ (unsigned char)b->r[j]) * 1099511628211u;
	h |= 1;
	for (m = h & (t->npairs - 1); t->pairs[m]; m = (m + 1) & (t->npairs - 1))
		if (t->pairs[m] == h)
			return true;
	return false;
}

/* True if the k characters from c[i] of s differ from the word of one
 * of the entries from e on that share e's key in as few characters as
 * yd_typos_fix corrects (one; two in four or more), and in one at least:
 * only such a span needs the text segmented. A name spelt right (合肥)
 * or a span of the same sounds and other characters throughout is left
 * as it is without. */
static bool near_miss(const yd_typos *t, const yd_dict *d, const struct entry *e,
		      const struct ch *c, size_t i, size_t k, const char *s)
{
	const struct entry *x;
	size_t len = c[i + k - 1].off + c[i + k - 1].len - c[i].off, from = c[i].off;

	/* a word of the dictionary (大通, 长治) is that word, as the
	 * correcting pass decides too */
	if (yd_dict_lookup(d, s + from, len, NULL))
		return false;

	for (x = e; x < t->e + t->n && strcmp(x->key, e->key) == 0; x++) {
		size_t j, p = 0, diff = 0;

		if (x->nchars != k || x->len != len)
			continue;
		for (j = i; j < i + k; j++) {
			diff += memcmp(s + c[j].off, x->word + p, c[j].len) != 0;
			p += c[j].len;
		}
		if (diff > 0 && diff <= (k >= 4 ? 2u : 1u))
			return true;
	}
	return false;
}

/* The key of the k characters from c[i] ("bao xiao"); false if one has
 * no reading or the key is too long. */
static bool make_key(const struct ch *c, size_t i, size_t k, char *key)
{
	size_t at = 0, j;

	for (j = i; j < i + k; j++) {
		size_t rl = c[j].r ? strlen(c[j].r) : 0;

		if (!rl || at + rl + 2 > KEY_MAX)
			return false;
		if (at)
			key[at++] = ' ';
		memcpy(key + at, c[j].r, rl + 1);
		at += rl;
	}
	return true;
}

/* True if some entry's key is key or starts with key and a space. */
static bool has_prefix(const yd_typos *t, const char *key)
{
	size_t lo = lower_bound(t, key), len = strlen(key);

	return lo < t->n && strncmp(t->e[lo].key, key, len) == 0 &&
	       (t->e[lo].key[len] == '\0' || t->e[lo].key[len] == ' ');
}

/* The most characters from c[i] whose readings start some entry's key:
 * no longer span can be a word of the list (0 when not even two can).
 * Most positions of a text stop at two: one search instead of five. */
static size_t reach(const yd_typos *t, const struct ch *c, size_t i, size_t nc)
{
	char key[KEY_MAX];
	size_t k, best = 0;

	/* most places: the first two characters' readings start no key */
	_Static_assert(MIN_CHARS == 2, "pair_known_at reads two characters");
	if (i + MIN_CHARS <= nc && !pair_known_at(t, c, i))
		return 0;
	for (k = MIN_CHARS; k <= MAX_CHARS && i + k <= nc; k++) {
		if (!make_key(c, i, k, key) ||
		    (k == MIN_CHARS && !pair_known(t, key, strlen(key))) || !has_prefix(t, key))
			break;
		best = k;
	}
	return best;
}

/* True if a span from c[i] is a near miss of an entry (near_miss). */
static bool near_at(const yd_typos *t, const yd_dict *d, const struct ch *c, size_t i,
		    size_t nc, const char *s)
{
	char key[KEY_MAX];
	const struct entry *e;
	size_t k;

	for (k = reach(t, c, i, nc); k >= MIN_CHARS; k--)
		if (make_key(c, i, k, key) && (e = find(t, key)) != NULL &&
		    near_miss(t, d, e, c, i, k, s))
			return true;
	return false;
}

/* Segments the run of characters with readings that holds c[ci], if
 * not done yet (done[] marks its bytes), and marks in single[] where its
 * tokens start (1: a token of one character, 2: of more) and that the
 * run ends in a cut. */
static void cover(const yd_dict *d, const char *out, size_t n, const struct ch *c, size_t nc,
		  size_t ci, uint8_t *single, uint8_t *done)
{
	size_t a = ci, b = ci, from, to, nt, k, p;
	yd_token *tok;

	if (done[c[ci].off])
		return;
	while (a > 0 && c[a - 1].r)
		a--;
	while (b < nc && c[b].r)
		b++;
	from = c[a].off;
	to = b < nc ? c[b].off : n;
	for (p = from; p < to; p++)
		done[p] = 1;
	single[to] |= 2;
	tok = yd_segment(d, out + from, to - from, &nt);
	for (k = 0; tok && k < nt; k++) {
		size_t chars = 0;

		for (p = tok[k].off; p < tok[k].off + tok[k].len; p++)
			chars += ((unsigned char)out[from + p] & 0xC0) != 0x80;
		single[from + tok[k].off] |= chars == 1 ? 1 : 2;
	}
	free(tok);
}

char *yd_typos_fix(const yd_typos *t, const yd_dict *d, const char *s, size_t n)
{
	struct ch *c;
	char *out;
	uint8_t *single;
	size_t nc = 0, i, k, first, checked;
	bool changed = false;

	if (!t || !s || n == 0)
		return NULL;
	out = malloc(n + 1);
	c = malloc(n * sizeof *c);
	if (!out || !c) {
		free(out);
		free(c);
		return NULL;
	}
	memcpy(out, s, n);
	out[n] = '\0';
	pthread_once(&ch_dense_once, ch_dense_init);
	/* fold (Traditional → Simplified) where the length stays */
	for (i = 0; i < n; ) {
		uint32_t cp, f;
		size_t len = decode((const unsigned char *)s + i, n - i, &cp);
		char buf[4];

		if (!len) {
			c[nc++] = make_ch(i, 1, NULL);
			i++;
			continue;
		}
		f = yd_hanzi_fold(cp);
		if (f != cp && yd_is_han(cp) && (size_t)yd_utf8_put(f, (unsigned char *)buf) == len) {
			memcpy(out + i, buf, len);
			changed = true;
			cp = f;
		}
		c[nc++] = make_ch_cp(i, len, cp);
		i += len;
	}
	/* the first place a span's readings are a word's (none: nothing to
	 * fix, and no need to segment the text); the search below starts
	 * there, as nothing before it can match */
	{
		bool any = false;

		for (first = 0; t->n && first + MIN_CHARS <= nc; first++)
			if ((any = near_at(t, d, c, first, nc, out)))
				break;
		if (!any) {
			free(c);
			if (!changed) {
				free(out);
				return NULL;
			}
			return out;
		}
	}
	/* where the segmentation of the text cuts (single[] nonzero), and
	 * which characters are tokens of their own (1): a typo leaves its
	 * wrong character unjoined (报/消). Filled a run of Han characters
	 * at a time, where a candidate span stands (cover): no word crosses
	 * a character without a reading, so that is the segmentation of the
	 * whole text there, and most of a text is never segmented. */
	single = calloc(2 * (n + 1), 1);
	if (!single) {
		free(out);
		free(c);
		return NULL;
	}
	for (i = first, checked = first; t->n && i + MIN_CHARS <= nc; ) {
		size_t step = 1;

		/* a run of characters with readings where no span from here
		 * on is a near miss changes nothing, whatever the segmentation
		 * would say: leave it unsegmented (most runs of a text that
		 * holds one typo, and the words spelt right around it) */
		if (i >= checked) {
			size_t b = i, j;

			while (b < nc && c[b].r)
				b++;
			for (j = i; j < b && !near_at(t, d, c, j, nc, out); j++)
				;
			if (j == b) {
				i = b > i ? b : i + 1;
				checked = i;
				continue;
			}
			checked = b;
		}
		for (k = reach(t, c, i, nc); k >= MIN_CHARS; k--) {
			char key[KEY_MAX];
			size_t j;
			const struct entry *e;

			if (!make_key(c, i, k, key) || !(e = find(t, key)))
				continue;
			cover(d, out, n, c, nc, i, single, single + n + 1);
			/* a span that is one of the words already (名山区
			 * beside 明山区, same sound) is that word */
			{
				const struct entry *x;
				size_t from = c[i].off, to = c[i + k - 1].off + c[i + k - 1].len;

				for (x = e; x < t->e + t->n && strcmp(x->key, key) == 0; x++)
					if (x->len == to - from && memcmp(out + from, x->word, x->len) == 0)
						break;
				if (x < t->e + t->n && strcmp(x->key, key) == 0 &&
				    single[from] && single[to]) {
					step = k;
					break;
				}
			}
			for (; e < t->e + t->n && strcmp(e->key, key) == 0; e++) {
				size_t from = c[i].off, to = c[i + k - 1].off + c[i + k - 1].len;
				size_t diff = 0, p = 0;

				if (e->nchars != k || e->len != to - from)
					continue;
				/* the span starts and ends where the segmentation
				 * cuts (not 费用|要 for 用药), and each wrong
				 * character stands alone there (报/消): one inside a
				 * longer word (江干区 for 肝区) is no typo */
				if (!single[from] || !single[to])
					continue;
				for (j = i; j < i + k; j++) {
					bool wrong = memcmp(out + c[j].off, e->word + p, c[j].len) != 0;

					diff += wrong;
					if (wrong && single[c[j].off] != 1)
						diff += 99;
					p += c[j].len;
				}
				if (diff == 0 || (diff <= (k >= 4 ? 2u : 1u) &&
						  !yd_dict_lookup(d, out + from, to - from, NULL))) {
					if (diff) {
						memcpy(out + from, e->word, e->len);
						changed = true;
					}
					step = k;
					break;
				}
			}
			if (step > 1)
				break;
		}
		i += step;
	}
	free(c);
	free(single);
	if (!changed) {
		free(out);
		return NULL;
	}
	return out;
}
