/* Keypad (T9) matching of titles by pinyin initials. */
#include "config.h"

#include <string.h>

#include "yidu/keypad.h"
#include "yidu/text.h"
#include "search-internal.h"

#define MAX_UNITS 512
#define MAX_READINGS 8

int yd_keypad_digit(char letter)
{
	static const char keys[] = "22233344455566677778889999";
	if (letter >= 'A' && letter <= 'Z')
		letter = (char)(letter + 32);
	return letter >= 'a' && letter <= 'z' ? keys[letter - 'a'] - '0' : 0;
}

/* The digits (a bit each) that can stand for code point c; 0: skipped. */
static unsigned digits_of(uint32_t c)
{
	if (c >= '0' && c <= '9')
		return 1u << (c - '0');
	if (c < 0x80)
		return (unsigned)(yd_keypad_digit((char)c) ? 1u << yd_keypad_digit((char)c) : 0);
	uint32_t f = yd_hanzi_fold(c);
	if (f < 0x80)
		return digits_of(f);
	const char *rd[MAX_READINGS];
	size_t n = yd_pinyin_readings(f, rd, MAX_READINGS);
	unsigned set = 0;
	for (size_t i = 0; i < n; i++)
		if (yd_keypad_digit(rd[i][0]))
			set |= 1u << yd_keypad_digit(rd[i][0]);
	return set;
}

bool yd_keypad_match(const char *title, const char *digits)
{
	size_t nd = strlen(digits);
	for (size_t i = 0; i < nd; i++)
		if (digits[i] < '0' || digits[i] > '9')
			return false;
	if (nd == 0)
		return true;
	if (!title)
		return false;
	unsigned units[MAX_UNITS];
	size_t nu = 0, len = strlen(title);
	for (size_t at = 0; at < len && nu < MAX_UNITS;) {
		uint32_t c;
		int k = yd_utf8_decode(title + at, len - at, &c);
		if (k <= 0)
			break;
		at += (size_t)k;
		unsigned set = digits_of(c);
		if (set)
			units[nu++] = set;
	}
	for (size_t s = 0; s + nd <= nu; s++) {
		size_t j = 0;
		while (j < nd && (units[s + j] & (1u << (digits[j] - '0'))))
			j++;
		if (j == nd)
			return true;
	}
	return false;
}
