/* Multi-pattern longest-first matching; see wordscan.h. */
#include <stdlib.h>
#include <string.h>
#include "wordscan.h"

struct bucket {
	uint32_t key;           /* the first character's bytes; 0 = empty slot */
	uint32_t start, count;  /* range in ws->sorted */
};

struct yd_wordscan {
	yd_ws_entry *entries;   /* in insertion order while adding */
	size_t n, cap;
	yd_ws_entry *sorted;    /* by (key, length desc, insertion order) */
	struct bucket *table;
	size_t mask;
};

size_t yd_ws_charlen(const char *s, size_t n, size_t pos)
{
	unsigned char c = (unsigned char)s[pos];
	size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	if (c >= 0x80 && c < 0xC0)
		len = 1;
	return pos + len > n ? n - pos : len;
}

/* The bytes of the first character packed into an integer (never 0 for
 * non-empty text that does not start with NUL). */
static uint32_t first_key(const char *s, size_t n, size_t pos, size_t *clen)
{
	size_t len = yd_ws_charlen(s, n, pos), i;
	uint32_t k = 0;

	for (i = 0; i < len; i++)
		k = (k << 8) | (unsigned char)s[pos + i];
	if (clen)
		*clen = len;
	return k;
}

static size_t hash(uint32_t k)
{
	return (size_t)((k * 2654435761u) ^ (k >> 13));
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
	uint32_t key;
	size_t index;
};

static int cmp_keyed(const void *a, const void *b, const yd_ws_entry *e)
{
	const struct keyed *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (e[x->index].len != e[y->index].len)
		return e[x->index].len > e[y->index].len ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* qsort has no context argument in C11: a file-scope pointer, set only
 * while yd_ws_build sorts (building is not meant to run concurrently on
 * the same thread twice; matching is read-only and thread-safe). */
static _Thread_local const yd_ws_entry *sort_entries;

static int cmp_keyed_q(const void *a, const void *b)
{
	return cmp_keyed(a, b, sort_entries);
}

int yd_ws_build(yd_wordscan *ws)
{
	struct keyed *k;
	size_t i, slots = 16, nkeys = 0;

	free(ws->sorted);
	free(ws->table);
	ws->sorted = NULL;
	ws->table = NULL;
	k = malloc((ws->n ? ws->n : 1) * sizeof *k);
	if (!k)
		return -1;
	for (i = 0; i < ws->n; i++) {
		k[i].key = first_key(ws->entries[i].word, ws->entries[i].len, 0, NULL);
		k[i].index = i;
	}
	sort_entries = ws->entries;
	qsort(k, ws->n, sizeof *k, cmp_keyed_q);
	sort_entries = NULL;
	ws->sorted = malloc((ws->n ? ws->n : 1) * sizeof *ws->sorted);
	if (!ws->sorted) {
		free(k);
		return -1;
	}
	for (i = 0; i < ws->n; i++) {
		ws->sorted[i] = ws->entries[k[i].index];
		if (i == 0 || k[i].key != k[i - 1].key)
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

		if (i > 0 && k[i].key == k[i - 1].key)
			continue;
		for (h = hash(k[i].key) & ws->mask; ws->table[h].key; h = (h + 1) & ws->mask)
			;
		b = &ws->table[h];
		b->key = k[i].key;
		b->start = (uint32_t)i;
		while (i + b->count < ws->n && k[i + b->count].key == b->key)
			b->count++;
	}
	free(k);
	return 0;
}

size_t yd_ws_at(const yd_wordscan *ws, const char *s, size_t n, size_t pos,
		const yd_ws_entry **out, size_t max)
{
	const struct bucket *b;
	uint32_t key;
	size_t h, i, found = 0;

	if (!ws->table || pos >= n)
		return 0;
	key = first_key(s, n, pos, NULL);
	if (!key)
		return 0;
	for (h = hash(key) & ws->mask; ; h = (h + 1) & ws->mask) {
		b = &ws->table[h];
		if (!b->key)
			return 0;
		if (b->key == key)
			break;
	}
	for (i = b->start; i < b->start + b->count; i++) {
		const yd_ws_entry *e = &ws->sorted[i];
		if (e->len <= n - pos && memcmp(s + pos, e->word, e->len) == 0) {
			if (found < max)
				out[found] = e;
			found++;
		}
	}
	return found;
}
