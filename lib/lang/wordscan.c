/* Multi-pattern longest-first matching; see wordscan.h. */
#define _GNU_SOURCE   /* memmem */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "wordscan.h"

/* Words are bucketed by their first two characters (one for one-character
 * words), so a bucket rarely holds more than a few words. */
struct bucket {
	uint64_t key;           /* the bytes of the first 1 or 2 characters */
	uint8_t klen;           /* their length in bytes; 0 = empty slot */
	uint32_t start, count;  /* range in ws->sorted */
};

struct yd_wordscan {
	yd_ws_entry *entries;   /* in insertion order while adding */
	size_t n, cap;
	yd_ws_entry *sorted;    /* by (key, length desc, insertion order) */
	struct bucket *table;
	size_t mask;
	/* one bit per (first code point mod 65536) of any word: most text
	 * characters start no word and are passed over with one test */
	uint8_t first[65536 / 8];
	/* then one bit per first character of a one-character word, and
	 * one per pair_bit() of the first two of a longer word: a place
	 * where a word's first character stands but no word's first two
	 * do skips both hash probes (most places, for topic cues) */
	uint8_t one[65536 / 8], two[65536 / 8];
	bool unfiltered;        /* a word not valid UTF-8: one, two unused */
};

static unsigned pair_bit(unsigned fi, unsigned fi2)
{
	return (fi * 0x9E37u ^ fi2) & 0xFFFFu;
}

/* The length of the character whose lead byte is c, unclamped. */
static size_t lead_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The code point at s[pos] modulo 65536 (a stray byte gives itself). */
static unsigned first_index(const char *s, size_t n, size_t pos)
{
	const unsigned char *u = (const unsigned char *)s + pos;
	size_t len = yd_ws_charlen(s, n, pos);

	switch (len) {
	case 2:
		return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
	case 3:
		return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
	case 4:
		return (((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu)) & 0xFFFFu;
	default:
		return u[0];
	}
}

/* The bytes of the first `chars` (1 or 2) characters packed into an
 * integer; *klen receives their length (0 if the text is too short). */
static uint64_t prefix_key(const char *s, size_t n, size_t pos, int chars, uint8_t *klen)
{
	size_t len = yd_ws_charlen(s, n, pos), i;
	uint64_t k = 0;

	if (chars == 2) {
		if (pos + len >= n) {
			*klen = 0;
			return 0;
		}
		len += yd_ws_charlen(s, n, pos + len);
	}
	for (i = 0; i < len; i++)
		k = (k << 8) | (unsigned char)s[pos + i];
	*klen = (uint8_t)len;
	return k;
}

static size_t hash(uint64_t k, uint8_t klen)
{
	k ^= klen;
	k *= 0x9E3779B97F4A7C15ull;
	return (size_t)(k ^ (k >> 29));
}

static size_t word_chars(const char *w, size_t len)
{
	size_t i, c = 0;

	for (i = 0; i < len && c < 2; i++)
		if (((unsigned char)w[i] & 0xC0) != 0x80)
			c++;
	return c;
}

yd_wordscan *yd_ws_new(void)
{
	return calloc(1, sizeof(yd_wordscan));
}

void yd_ws_free(yd_wordscan *ws)
{
	if (!ws)
		return;
	free(ws->entries);
	free(ws->sorted);
	free(ws->table);
	free(ws);
}

int yd_ws_add(yd_wordscan *ws, const char *word, size_t len, uint32_t value)
{
	if (len == 0 || len > UINT32_MAX)
		return -1;
	if (ws->n == ws->cap) {
		size_t cap = ws->cap ? ws->cap * 2 : 256;
		yd_ws_entry *e = realloc(ws->entries, cap * sizeof *e);
		if (!e)
			return -1;
		ws->entries = e;
		ws->cap = cap;
	}
	ws->entries[ws->n].word = word;
	ws->entries[ws->n].len = (uint32_t)len;
	ws->entries[ws->n].value = value;
	ws->n++;
	return 0;
}

struct keyed {
	uint64_t key;
	uint8_t klen;
	size_t index;
};

/* qsort has no context argument in C11: the entries being sorted, set
 * only while yd_ws_build sorts (matching is read-only and thread-safe). */
static _Thread_local const yd_ws_entry *sort_entries;

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	const yd_ws_entry *e = sort_entries;

	if (x->klen != y->klen)
		return x->klen < y->klen ? -1 : 1;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (e[x->index].len != e[y->index].len)
		return e[x->index].len > e[y->index].len ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static bool same_key(const struct keyed *a, const struct keyed *b)
{
	return a->key == b->key && a->klen == b->klen;
}

int yd_ws_build(yd_wordscan *ws)
{
	struct keyed *k;
	size_t i, slots = 16, nkeys = 0;

	free(ws->sorted);
	free(ws->table);
	ws->sorted = NULL;
	ws->table = NULL;
	memset(ws->first, 0, sizeof ws->first);
	memset(ws->one, 0, sizeof ws->one);
	memset(ws->two, 0, sizeof ws->two);
	ws->unfiltered = false;
	k = malloc((ws->n ? ws->n : 1) * sizeof *k);
	if (!k)
		return -1;
	for (i = 0; i < ws->n; i++) {
		const yd_ws_entry *e = &ws->entries[i];
		int chars = word_chars(e->word, e->len) >= 2 ? 2 : 1;

		k[i].key = prefix_key(e->word, e->len, 0, chars, &k[i].klen);
		k[i].index = i;
		unsigned fi = first_index(e->word, e->len, 0);
		size_t l1 = yd_ws_charlen(e->word, e->len, 0);

		ws->first[fi >> 3] |= (uint8_t)(1u << (fi & 7));
		if (chars == 1) {
			ws->one[fi >> 3] |= (uint8_t)(1u << (fi & 7));
		} else {
			unsigned pb = pair_bit(fi, first_index(e->word, e->len, l1));

			ws->two[pb >> 3] |= (uint8_t)(1u << (pb & 7));
		}
		/* the filters hold for words whose first two characters
		 * are whole (yd_ws_add asks for valid UTF-8) */
		if (lead_len((unsigned char)e->word[0]) != l1 ||
		    (chars == 2 && lead_len((unsigned char)e->word[l1]) !=
		     yd_ws_charlen(e->word, e->len, l1)))
			ws->unfiltered = true;
	}
	sort_entries = ws->entries;
	qsort(k, ws->n, sizeof *k, cmp_keyed);
	sort_entries = NULL;
	ws->sorted = malloc((ws->n ? ws->n : 1) * sizeof *ws->sorted);
	if (!ws->sorted) {
		free(k);
		return -1;
	}
	for (i = 0; i < ws->n; i++) {
		ws->sorted[i] = ws->entries[k[i].index];
		if (i == 0 || !same_key(&k[i], &k[i - 1]))
			nkeys++;
	}
	while (slots < nkeys * 2)
		slots *= 2;
	ws->table = calloc(slots, sizeof *ws->table);
	if (!ws->table) {
		free(k);
		return -1;
	}
	ws->mask = slots - 1;
	for (i = 0; i < ws->n; i++) {
		struct bucket *b;
		size_t h;

		if (i > 0 && same_key(&k[i], &k[i - 1]))
			continue;
		for (h = hash(k[i].key, k[i].klen) & ws->mask; ws->table[h].klen;
		     h = (h + 1) & ws->mask)
			;
		b = &ws->table[h];
		b->key = k[i].key;
		b->klen = k[i].klen;
		b->start = (uint32_t)i;
		while (i + b->count < ws->n && same_key(&k[i + b->count], &k[i]))
			b->count++;
	}
	free(k);
	return 0;
}

static const struct bucket *find_bucket(const yd_wordscan *ws, uint64_t key, uint8_t klen)
{
	size_t h;

	for (h = hash(key, klen) & ws->mask; ws->table[h].klen; h = (h + 1) & ws->mask)
		if (ws->table[h].key == key && ws->table[h].klen == klen)
			return &ws->table[h];
	return NULL;
}

size_t yd_ws_at(const yd_wordscan *ws, const char *s, size_t n, size_t pos,
		const yd_ws_entry **out, size_t max)
{
	size_t found = 0, i;
	int chars;

	unsigned fi;

	if (!ws->table || pos >= n)
		return 0;
	fi = first_index(s, n, pos);
	if (!(ws->first[fi >> 3] & (1u << (fi & 7))))
		return 0;
	if (!ws->unfiltered) {
		size_t l1 = yd_ws_charlen(s, n, pos);
		bool two = false;

		if (pos + l1 < n) {
			unsigned pb = pair_bit(fi, first_index(s, n, pos + l1));

			two = ws->two[pb >> 3] & (1u << (pb & 7));
		}
		if (!two && !(ws->one[fi >> 3] & (1u << (fi & 7))))
			return 0;
	}
	/* words of two or more characters first: they are the longer ones */
	for (chars = 2; chars >= 1; chars--) {
		uint8_t klen;
		uint64_t key = prefix_key(s, n, pos, chars, &klen);
		const struct bucket *b = klen ? find_bucket(ws, key, klen) : NULL;

		for (i = 0; b && i < b->count; i++) {
			const yd_ws_entry *e = &ws->sorted[b->start + i];
			if (e->len <= n - pos && memcmp(s + pos, e->word, e->len) == 0) {
				if (found < max)
					out[found] = e;
				found++;
			}
		}
	}
	return found;
}

size_t yd_ws_next(const yd_wordscan *ws, const char *s, size_t n, size_t pos)
{
	const unsigned char *u = (const unsigned char *)s;

	if (!ws->table)
		return n;
	while (pos < n) {
		unsigned fi, c = u[pos];
		size_t l1;

		/* yd_ws_charlen and first_index, a Han character inline */
		if (c >= 0xE0 && c < 0xF0 && pos + 3 <= n) {
			fi = ((c & 0x0Fu) << 12) | ((u[pos + 1] & 0x3Fu) << 6) | (u[pos + 2] & 0x3Fu);
			l1 = 3;
		} else {
			fi = first_index(s, n, pos);
			l1 = yd_ws_charlen(s, n, pos);
		}
		if (ws->first[fi >> 3] & (1u << (fi & 7))) {
			/* the filters of yd_ws_at, in the same order */
			if (ws->unfiltered || (ws->one[fi >> 3] & (1u << (fi & 7))))
				return pos;
			if (pos + l1 < n) {
				unsigned pb = pair_bit(fi, first_index(s, n, pos + l1));

				if (ws->two[pb >> 3] & (1u << (pb & 7)))
					return pos;
			}
		}
		pos += l1;
	}
	return n;
}

bool yd_char_in(const char *set, const char *c)
{
	size_t i, k = strlen(set);

	/* no byte is read after one that cannot start or go on a 3-byte
	 * character: c may be an ASCII byte at a text's end, or a lead
	 * byte before its NUL */
	if ((unsigned char)c[0] < 0xE0 || (unsigned char)c[0] > 0xEF ||
	    ((unsigned char)c[1] & 0xC0) != 0x80)
		return false;
	for (i = 0; i + 3 <= k; i += 3)
		if (memcmp(set + i, c, 3) == 0)
			return true;
	return false;
}
/* The bit of the three bytes at u: the code point modulo 65536 for a
 * 3-byte character, some other bit for anything else. */
static inline unsigned triple_bit(const unsigned char *u)
{
	return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
}

static pthread_mutex_t wordlist_lock = PTHREAD_MUTEX_INITIALIZER;

static void wordlist_make(yd_wordlist *wl)
{
	size_t i;

	for (i = 0; i < wl->count; i++) {
		const unsigned char *u = (const unsigned char *)wl->words[i];
		size_t k = strlen(wl->words[i]);
		unsigned b;

		/* a longer list is searched word by word (yd_wordlist_in):
		 * only the first ones' lengths and heads are kept */
		bool kept = i < sizeof wl->len / sizeof *wl->len;

		if (kept)
			wl->len[i] = (uint32_t)k;
		if (k < 3) {
			wl->short_word = true;
			continue;
		}
		if (kept)
			wl->head[i] = (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
		wl->cont_start |= (u[0] & 0xC0) == 0x80;
		b = triple_bit(u);
		wl->bits[b >> 6] |= (uint64_t)1 << (b & 63);
	}
}

bool yd_wordlist_in(yd_wordlist *wl, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, p;

	if (!__atomic_load_n(&wl->ready, __ATOMIC_ACQUIRE)) {
		pthread_mutex_lock(&wordlist_lock);
		if (!wl->ready)
			wordlist_make(wl);
		__atomic_store_n(&wl->ready, 1, __ATOMIC_RELEASE);
		pthread_mutex_unlock(&wordlist_lock);
	}
	if (wl->short_word || wl->count > sizeof wl->len / sizeof *wl->len) {
		for (i = 0; i < wl->count; i++)
			if (memmem(s, n, wl->words[i], strlen(wl->words[i])))
				return true;
		return false;
	}
	for (p = 0; p + 3 <= n; p++) {
		unsigned b;

		/* no word starts with a continuation byte: most of a Han
		 * text's bytes are passed over with one test */
		if ((u[p] & 0xC0) == 0x80 && !wl->cont_start)
			continue;
		b = triple_bit(u + p);
		if (!(wl->bits[b >> 6] >> (b & 63) & 1))
			continue;
		/* the bit's words: their first three bytes, then the rest */
		b = (uint32_t)u[p] << 16 | (uint32_t)u[p + 1] << 8 | u[p + 2];
		for (i = 0; i < wl->count; i++)
			if (wl->head[i] == b && wl->len[i] <= n - p &&
			    memcmp(s + p + 3, wl->words[i] + 3, wl->len[i] - 3) == 0)
				return true;
	}
	return false;
}
