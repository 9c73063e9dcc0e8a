/* A multi-pattern matcher for short UTF-8 words (region names, topic
 * words): all words that start at a given position of a text, longest
 * first. Words are bucketed by their first two characters (one-character
 * words by their only one) in an open-addressing hash, so a scan costs two
 * hash probes per character of text plus a memcmp per word sharing the
 * bucket, which is rarely more than a few. Internal to libyidu.
 */
#ifndef YIDU_WORDSCAN_H
#define YIDU_WORDSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct yd_ws_entry {
	const char *word;   /* not owned: must outlive the matcher */
	uint32_t len;       /* bytes */
	uint32_t value;     /* the caller's */
} yd_ws_entry;

typedef struct yd_wordscan yd_wordscan;

yd_wordscan *yd_ws_new(void);
void yd_ws_free(yd_wordscan *ws);
/* Adds a word (len > 0 bytes, valid UTF-8). The same word may be added
 * several times with different values. Returns -1 when out of memory. */
int yd_ws_add(yd_wordscan *ws, const char *word, size_t len, uint32_t value);
/* Must be called after the last add and before matching. */
int yd_ws_build(yd_wordscan *ws);
/* Stores in out[0..max) the entries whose word occurs at s[pos..n),
 * longest first (ties in insertion order); returns how many matched
 * (possibly more than max; only max are stored). */
size_t yd_ws_at(const yd_wordscan *ws, const char *s, size_t n, size_t pos,
		const yd_ws_entry **out, size_t max);
/* The first place at or after pos, going a character at a time
 * (yd_ws_charlen), where a word may start: yd_ws_at() finds nothing at
 * the places passed over. n if there is none. For scans that ask
 * yd_ws_at() at every character. */
size_t yd_ws_next(const yd_wordscan *ws, const char *s, size_t n, size_t pos);
/* Length in bytes of the UTF-8 character at s[pos] (1 for a stray byte).
 * Inline: the scans call it at every character of a text. */
static inline size_t yd_ws_charlen(const char *s, size_t n, size_t pos)
{
	unsigned char c = (unsigned char)s[pos];
	size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	if (c >= 0x80 && c < 0xC0)
		len = 1;
	return pos + len > n ? n - pos : len;
}
/* True if the 3-byte character at c is one of set's, a string of 3-byte
 * characters ("湖江河海"). No byte is read after one that cannot start
 * or go on such a character, so c may be an ASCII byte at a text's end
 * or a lead byte before the NUL after it. */
bool yd_char_in(const char *set, const char *c);

/* A fixed list of words (each at least one byte) and whether any of them
 * occurs in a text: the answer of a memmem per word, in one pass over
 * the text. A bit per hashed first three bytes of the words (made at the
 * first call) rejects most places before any word is compared. Declare
 * one per list: static yd_wordlist wl = YD_WORDLIST(words). */
typedef struct yd_wordlist {
	const char *const *words;
	size_t count;
	int ready;                      /* the fields below are made */
	bool short_word;                /* a word of 1 or 2 bytes: not filtered */
	bool cont_start;                /* a word starts with a byte 80-BF */
	uint32_t len[32];               /* the words' lengths (first 32) */
	uint32_t head[32];              /* and their first three bytes */
	uint64_t bits[65536 / 64];
} yd_wordlist;
#define YD_WORDLIST(w) { (w), sizeof (w) / sizeof *(w), 0, false, false, { 0 }, { 0 }, { 0 } }
bool yd_wordlist_in(yd_wordlist *wl, const char *s, size_t n);

#endif
