/* Keypad search: digits as on a phone keypad (2 abc, 3 def, 4 ghi, 5 jkl,
 * 6 mno, 7 pqrs, 8 tuv, 9 wxyz) spell the pinyin initials of a title's
 * characters (医保 is y b: 92), so a terminal with only a numeric keypad
 * can still find titles. Letters in a title count as themselves, digits as
 * digits; punctuation and spaces are skipped. */
#ifndef YIDU_KEYPAD_H
#define YIDU_KEYPAD_H

#include <stdbool.h>

/* Whether consecutive characters of the UTF-8 title can be spelled by the
 * digits (any of a character's readings counts). An empty string of
 * digits matches everything; anything but 0-9 in it matches nothing. */
bool yd_keypad_match(const char *title, const char *digits);

/* The keypad digit of a letter (a-z, A-Z), or 0. */
int yd_keypad_digit(char letter);

#endif
