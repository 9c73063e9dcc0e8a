/* The layout of data/words.dict, shared by the compiler (tools/mkdict.c)
 * and the reader (lib/lang/dict.c). Internal to libyidu.
 *
 * header | first-character index | pair table | entries | tag names | strings
 *
 * Entries are sorted by the bytes of their words (which is code point
 * order), so the words sharing a prefix are one range and the words that
 * start a text are found by narrowing that range character by character.
 * index[c] is the first entry whose first character is >= U+c for c in
 * 0..0x10000: the words starting with BMP character c are
 * [index[c], index[c+1]). The pair table is an open-addressing hash (linear
 * probing, pair_mask + 1 slots, a power of two) from the first two
 * characters, both BMP, packed as c1 << 16 | c2, to their entry range:
 * one probe replaces a binary search over all the words of a common first
 * character. Integers are in the builder's byte order; the
 * reader refuses a file whose `order` field does not read back as
 * YDW_ORDER (a file copied to a machine of the other order).
 */
#ifndef YIDU_DICT_FORMAT_H
#define YIDU_DICT_FORMAT_H

#include <stdint.h>

#define YDW_MAGIC "YDWORDS2"
enum { YDW_ORDER = 0x01020304, YDW_INDEX = 0x10001, YDW_TAGLEN = 8 };

struct ydw_header {
	char magic[8];
	uint32_t order;
	uint32_t nwords;
	uint32_t ntags;       /* at most 256; tag 0 is "" */
	uint32_t maxlen;      /* longest word, bytes */
	uint64_t total;       /* sum of frequencies */
	uint32_t off_index;   /* YDW_INDEX uint32_t */
	uint32_t off_pairs;   /* pair_mask + 1 struct ydw_pair */
	uint32_t pair_mask;
	uint32_t off_entries; /* nwords struct ydw_entry */
	uint32_t off_tags;    /* ntags names of YDW_TAGLEN bytes, NUL-padded */
	uint32_t off_strings; /* words, each NUL-terminated */
	uint32_t size_strings;
	uint32_t file_size;
};

struct ydw_pair {
	uint32_t key;         /* c1 << 16 | c2; 0 = empty slot */
	uint32_t lo, hi;      /* entry range */
};

/* The slot a pair key starts probing at. */
static inline uint32_t ydw_pair_hash(uint32_t key, uint32_t mask)
{
	return (uint32_t)((key * 2654435761u) >> 7) & mask;
}

struct ydw_entry {
	uint32_t str;         /* offset in the strings */
	uint32_t freq;
	uint8_t len;          /* bytes, without the NUL */
	uint8_t tag;
	uint16_t pad;
};

#endif
