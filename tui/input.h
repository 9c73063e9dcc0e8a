/* A one-line text editor for the search line: UTF-8 in, code points
 * inside, so that the cursor moves and Backspace deletes by character
 * (a Chinese character is one, whatever its bytes or columns). Typed,
 * pasted and IME-composed text all arrive as characters. */
#ifndef YIDU_TUI_INPUT_H
#define YIDU_TUI_INPUT_H

#include <stdbool.h>
#include <stdint.h>

#define INPUT_MAX 256

typedef struct line_input {
	uint32_t cp[INPUT_MAX];
	int len, cursor;
	int cut;         /* pasted characters that did not fit (tui/paste.c) */
} line_input;

typedef enum input_result {
	INPUT_CONTINUE,
	INPUT_DONE,      /* Enter */
	INPUT_CANCEL,    /* Esc */
} input_result;

void input_set(line_input *in, const char *utf8);
/* The text as UTF-8 (buf of at least 4 * INPUT_MAX + 1 bytes). */
void input_text(const line_input *in, char *buf);
/* Handles one key (see keymap.h for key codes). */
input_result input_key(line_input *in, int key);
/* Draws prompt and text at (y, x), w columns, with the cursor shown. */
void input_draw(const line_input *in, const char *prompt, int y, int x, int w,
		int text_flags);

#endif
