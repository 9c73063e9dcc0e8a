/* Text for the terminal: sanitising, display width, line breaking.
 *
 * Everything here works on UTF-8 and measures in terminal columns, never in
 * bytes or code points. Widths come from libunistring (East Asian Width) per
 * grapheme cluster; break opportunities from UAX #14 (u8_possible_linebreaks)
 * with extra rules for Chinese punctuation.
 */
#ifndef YIDU_TEXT_H
#define YIDU_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Flags for width computations. */
enum {
	/* East Asian Ambiguous characters (• “ ” → × ① …) take two columns
	 * instead of one, for CJK terminals that draw them wide. */
	YD_AMBIGUOUS_WIDE = 1 << 0,
};

/* Flags for yd_text_sanitize. */
enum {
	YD_SANITIZE_KEEP_NEWLINES = 1 << 0, /* keep '\n' (else it becomes a space) */
	YD_SANITIZE_KEEP_TABS = 1 << 1,     /* keep '\t' (else expanded to spaces) */
};

/* Returns a newly allocated, NUL-terminated copy of s[0..n) that is safe to
 * draw: invalid UTF-8 becomes U+FFFD; C0 and C1 controls (CR and BS too),
 * DEL, escape sequences (ESC with what follows it, CSI/OSC/DCS strings),
 * bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and
 * U+2028/U+2029 are removed; TAB expands to spaces up to the next multiple
 * of 8 columns (counted from the last newline). *out_len, if not NULL,
 * receives the length in bytes. Returns NULL only when out of memory.
 * Also removed: invisible default-ignorable format characters (soft
 * hyphen, ZWSP, word joiner, BOM, Hangul fillers, stray tags); ZWJ, ZWNJ,
 * variation selectors and emoji tag sequences stay (width 0). An
 * unterminated OSC/DCS/APC/PM string ends at the next newline. */
char *yd_text_sanitize(const char *s, size_t n, int flags, size_t *out_len);

/* True if s[0..n) is valid UTF-8 and contains nothing yd_text_sanitize would
 * change (apart from tabs/newlines allowed by flags). */
bool yd_text_is_clean(const char *s, size_t n, int flags);

/* Display width in columns of sanitised UTF-8 text (no newlines). Per
 * grapheme cluster: the width of its first non-zero-width character, at
 * most 2; 2 for an emoji with VS16 and for a flag (regional indicator
 * pair); controls count 0. */
int yd_text_width(const char *s, size_t n, int flags);

/* Length in bytes of the longest prefix of s[0..n) that fits in `cols`
 * columns without splitting a grapheme cluster; *used (may be NULL)
 * receives its width. */
size_t yd_text_prefix(const char *s, size_t n, int cols, int flags, int *used);

/* Newly allocated copy of s cut to at most `cols` columns: if the text is
 * wider, it is cut and ends with "…" (which counts toward cols). If `pad`,
 * spaces are appended so the result is exactly `cols` wide. cols <= 0 gives
 * "". Never splits a character: a wide character that would straddle the
 * limit is replaced by a space. If cols cannot hold even the ellipsis
 * (1 column, YD_AMBIGUOUS_WIDE), the result is the prefix that fits. */
char *yd_text_fit(const char *s, size_t n, int cols, int flags, bool pad);

/* One line of wrapped text: bytes [start, end) of the input, `cols` wide.
 * Trailing spaces at a break are excluded from the range. */
typedef struct yd_wrap_line {
	size_t start, end;
	int cols;
} yd_wrap_line;

/* Breaks sanitised text s[0..n) into lines no wider than `width` columns.
 * Chinese breaks between characters; Latin words, numbers and URLs are
 * kept whole unless longer than a line; no line starts with closing or
 * middle punctuation (，。、；：？！）」』》” …) and none ends with opening
 * punctuation (（「『《“); a '\n' forces a break. Every byte of s except
 * the spaces and newlines at breaks is in exactly one line, in order.
 * '\n' separates lines: "a\n" gives "a" and an empty line; spaces after a
 * '\n' (indentation) are kept, trailing spaces are not.
 * Returns the number of lines (at least 1 for n > 0, 0 for n == 0) and
 * stores a malloc'd array in *out; returns (size_t)-1 on allocation failure.
 * width < 2 is treated as 2. */
size_t yd_text_wrap(const char *s, size_t n, int width, int flags,
		    yd_wrap_line **out);

/* Length in bytes of the grapheme cluster at s[0..n) (0 when n == 0), and
 * its width in *cols (may be NULL). Emoji ZWJ sequences and flag pairs are
 * one cluster. For front ends that place text one cluster at a time. */
size_t yd_text_cluster(const char *s, size_t n, int flags, int *cols);

/* Decodes one UTF-8 character at s[0..n); stores it in *uc and returns its
 * length (1..4). Invalid or truncated sequences give U+FFFD and length 1.
 * n == 0 gives U+FFFD and length 0. */
int yd_utf8_decode(const char *s, size_t n, uint32_t *uc);

/* Encodes uc into buf (4 bytes at least); returns the length. Surrogates
 * and values above U+10FFFF are encoded as U+FFFD. */
int yd_utf8_encode(uint32_t uc, char *buf);

#endif
