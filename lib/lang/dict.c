/* The word dictionary: data/words.dict (see dict-format.h), memory-mapped
 * read-only. Opening checks the header and the section bounds only, so it
 * costs a few system calls whatever the size; pages are read as look-ups
 * touch them. Every access re-checks its entry against the string
 * section, so a damaged file gives wrong words, never a wild read. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "yidu/lang.h"
#include "dict-format.h"

struct yd_dict {
	const void *map;
	size_t size;
	size_t n;
	uint64_t total;
	const uint32_t *index;
	const struct ydw_entry *ents;
	const char *tags;
	size_t ntags;
	const char *strings;
	size_t nstrings;
};

yd_dict *yd_dict_open(const char *path, yd_error *err)
{
	struct stat st;
	const struct ydw_header *h;
	yd_dict *d;
	void *map;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) < 0 || st.st_size < (off_t)sizeof *h || st.st_size > UINT32_MAX) {
		close(fd);
		yd_error_set(err, YD_EFORMAT, "%s: not a word dictionary", path);
		return NULL;
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
		return NULL;
	}
	h = map;
	if (memcmp(h->magic, YDW_MAGIC, 8) != 0 || h->order != YDW_ORDER ||
	    h->file_size != (uint32_t)st.st_size || h->ntags == 0 || h->ntags > 256 ||
	    h->off_index < sizeof *h ||
	    h->off_entries - h->off_index != YDW_INDEX * sizeof(uint32_t) ||
	    h->off_tags < h->off_entries ||
	    (h->off_tags - h->off_entries) / sizeof(struct ydw_entry) != h->nwords ||
	    h->off_strings < h->off_tags ||
	    h->off_strings - h->off_tags != h->ntags * YDW_TAGLEN ||
	    h->size_strings != h->file_size - h->off_strings) {
		munmap(map, (size_t)st.st_size);
		yd_error_set(err, YD_EFORMAT, "%s: not a word dictionary (rebuild it with make)", path);
		return NULL;
	}
	d = calloc(1, sizeof *d);
	if (!d) {
		munmap(map, (size_t)st.st_size);
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	d->map = map;
	d->size = (size_t)st.st_size;
	d->n = h->nwords;
	d->total = h->total ? h->total : 1;
	d->index = (const uint32_t *)((const char *)map + h->off_index);
	d->ents = (const struct ydw_entry *)((const char *)map + h->off_entries);
	d->tags = (const char *)map + h->off_tags;
	d->ntags = h->ntags;
	d->strings = (const char *)map + h->off_strings;
	d->nstrings = h->size_strings;
	return d;
}

/* The first place that has the file: dir/words.dict for each candidate. */
yd_dict *yd_dict_open_default(const char *datadir, yd_error *err)
{
	char path[PATH_MAX + 32], exe[PATH_MAX];
	const char *env = getenv("YIDU_DICT");
	ssize_t n;

	if (datadir) {
		snprintf(path, sizeof path, "%s/words.dict", datadir);
		if (access(path, R_OK) == 0)
			return yd_dict_open(path, err);
	}
	if (env && *env)
		return yd_dict_open(env, err);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		static const char *const ups[] = { "/../data/words.dict", "/../../data/words.dict" };
		size_t i;

		const char *dir;

		exe[n] = '\0';
		dir = dirname(exe);   /* may write into exe: used once */
		for (i = 0; i < sizeof ups / sizeof *ups; i++) {
			snprintf(path, sizeof path, "%s%s", dir, ups[i]);
			if (access(path, R_OK) == 0)
				return yd_dict_open(path, err);
		}
	}
	snprintf(path, sizeof path, "%s/words.dict", PKGDATADIR);
	return yd_dict_open(path, err);
}

void yd_dict_close(yd_dict *d)
{
	if (!d)
		return;
	munmap((void *)d->map, d->size);
	free(d);
}

size_t yd_dict_count(const yd_dict *d)
{
	return d ? d->n : 0;
}

uint64_t yd_dict_total(const yd_dict *d)
{
	return d ? d->total : 1;
}

/* The word of entry i; NULL (len 0) if the entry is damaged. */
static const char *yd_dict_word_at(const yd_dict *d, uint32_t i, size_t *len)
{
	const struct ydw_entry *e = &d->ents[i];

	if (e->str >= d->nstrings || e->len > d->nstrings - e->str - 1 ||
	    d->strings[e->str + e->len] != '\0') {
		*len = 0;
		return NULL;
	}
	*len = e->len;
	return d->strings + e->str;
}

static void fill(const yd_dict *d, uint32_t i, size_t len, yd_word *out)
{
	const struct ydw_entry *e = &d->ents[i];
	const char *t = e->tag < d->ntags ? d->tags + (size_t)e->tag * YDW_TAGLEN : "";

	out->len = (uint32_t)len;
	out->freq = e->freq ? e->freq : 1;
	out->tag = memchr(t, '\0', YDW_TAGLEN) ? t : "";
}

/* Compares entry i's bytes [from, from + k) with key[0..k); entries
 * shorter than that compare as their bytes padded with "smaller". */
static int cmp_at(const yd_dict *d, uint32_t i, size_t from, const char *key, size_t k)
{
	const struct ydw_entry *e = &d->ents[i];
	const unsigned char *w, *q = (const unsigned char *)key;
	size_t len = e->len, m, j;

	/* the entry's bounds are checked as in yd_dict_word_at, inline: this
	 * is the inner loop of every look-up */
	if (e->str >= d->nstrings || len > d->nstrings - e->str - 1 || len <= from)
		return -1;
	w = (const unsigned char *)d->strings + e->str + from;
	m = len - from < k ? len - from : k;
	for (j = 0; j < m; j++)
		if (w[j] != q[j])
			return w[j] < q[j] ? -1 : 1;
	return m < k ? -1 : 0;
}

/* Within [lo, hi), whose words all share their first `from` bytes, the
 * range whose next k bytes equal key. */
static void narrow(const yd_dict *d, uint32_t *lo, uint32_t *hi, size_t from,
		   const char *key, size_t k)
{
	uint32_t a = *lo, b = *hi, m;

	while (a < b) {          /* first entry >= key */
		m = a + (b - a) / 2;
		if (cmp_at(d, m, from, key, k) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	b = *hi;
	while (a < b) {          /* first entry > key (as a prefix) */
		m = a + (b - a) / 2;
		if (cmp_at(d, m, from, key, k) <= 0)
			a = m + 1;
		else
			b = m;
	}
	*hi = a;
}

static size_t char_len(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	return len > n ? n : len;
}

/* The entry range of the words starting with the first character of s. */
static void first_range(const yd_dict *d, const char *s, size_t n, size_t k,
			uint32_t *lo, uint32_t *hi)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t cp = 0x10000;

	if (k == 1 && u[0] < 0x80)
		cp = u[0];
	else if (k == 2)
		cp = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
	else if (k == 3)
		cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
	if (cp < 0x10000) {
		*lo = d->index[cp];
		*hi = d->index[cp + 1];
		if (*hi > d->n || *lo > *hi)
			*lo = *hi = 0;
		return;
	}
	*lo = 0;
	*hi = (uint32_t)d->n;
	narrow(d, lo, hi, 0, s, k);
	(void)n;
}

size_t yd_dict_prefixes(const yd_dict *d, const char *s, size_t n,
			yd_word *out, size_t max)
{
	uint32_t lo, hi;
	size_t pos, k, found = 0, len;

	if (!d || n == 0)
		return 0;
	k = char_len(s, n);
	first_range(d, s, n, k, &lo, &hi);
	pos = k;
	while (lo < hi) {
		/* Entries of exactly this length sort first in the range. */
		if (yd_dict_word_at(d, lo, &len) && len == pos) {
			if (found < max)
				fill(d, lo, len, &out[found]);
			found++;
		}
		if (pos >= n)
			break;
		k = char_len(s + pos, n - pos);
		narrow(d, &lo, &hi, pos, s + pos, k);
		pos += k;
	}
	return found;
}

bool yd_dict_lookup(const yd_dict *d, const char *word, size_t len, yd_word *out)
{
	yd_word w[64];
	size_t m, i;

	if (!d || len == 0)
		return false;
	m = yd_dict_prefixes(d, word, len, w, 64);
	for (i = 0; i < m && i < 64; i++)
		if (w[i].len == len) {
			if (out)
				*out = w[i];
			return true;
		}
	return false;
}
