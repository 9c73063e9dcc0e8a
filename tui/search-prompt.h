/* The search prompt on the status line (/), and keypad search (digits as
 * pinyin initials). Kept apart from the rest of the loop so that the
 * prompt can grow (history, live results) in one place. */
#ifndef YIDU_TUI_SEARCH_PROMPT_H
#define YIDU_TUI_SEARCH_PROMPT_H

#include <stdbool.h>
#include "app.h"

/* A key while the prompt is open (a->editing). */
void search_prompt_key(app *a, int key);
/* Idle work while the prompt is open: the live results, once the text
 * has rested. Returns whether it did something. Called only when no key
 * is waiting, so a search never delays a key. */
bool search_prompt_idle(app *a);
/* Draws the prompt on row y. */
void search_prompt_draw(app *a, int y);
/* A key while keypad search is on: returns whether it took it (digits
 * and, with digits typed, Backspace). */
bool keypad_search_key(app *a, int key);

#endif
