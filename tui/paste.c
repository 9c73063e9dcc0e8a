/* Bracketed paste (tui/paste.h). */
#define _GNU_SOURCE   /* memmem */
#include "config.h"

#include <curses.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "yidu/text.h"
#include "keymap.h"
#include "paste.h"

/* Code for the start marker, above every curses key. */
#define PASTE_START (KEY_MAX + 200)
#define END_MARK "\033[201~"
#define END_LEN (sizeof END_MARK - 1)
/* A paste whose end marker does not come within this long has ended. */
#define PAUSE_MS 300

void paste_enable(void)
{
	define_key("\033[200~", PASTE_START);
	fputs("\033[?2004h", stdout);
	fflush(stdout);
}

void paste_disable(void)
{
	fputs("\033[?2004l", stdout);
	fflush(stdout);
}

int paste_key(void)
{
	return KEYCODE_FN(PASTE_START);
}

/* Appends the code points of s[0..n) that are text (newlines and tabs
 * become spaces, every other control is dropped) at the cursor; counts
 * those that do not fit. */
static void put_text(line_input *in, const char *s, size_t n, int *cut)
{
	while (n > 0) {
		uint32_t c;
		int k = yd_utf8_decode(s, n, &c);
		s += k;
		n -= (size_t)k;
		if (c == '\n' || c == '\r' || c == '\t')
			c = ' ';
		if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
			continue;
		if (in->len >= INPUT_MAX) {
			(*cut)++;
			continue;
		}
		memmove(in->cp + in->cursor + 1, in->cp + in->cursor,
			(size_t)(in->len - in->cursor) * sizeof in->cp[0]);
		in->cp[in->cursor++] = c;
		in->len++;
	}
}

/* Bytes of buf[0..n) that end with an incomplete UTF-8 sequence. */
static size_t partial_tail(const char *buf, size_t n)
{
	for (size_t k = 1; k <= 3 && k <= n; k++) {
		unsigned char b = (unsigned char)buf[n - k];
		if ((b & 0xc0) == 0x80)
			continue;
		size_t need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return need > k ? k : 0;
	}
	return 0;
}

void paste_to_search(app *a)
{
	if (!a->editing) {
		a->editing = true;
		input_set(&a->input, a->searching ? a->query : "");
		curs_set(1);
	}
	/* curses has read exactly the start marker (it reads a byte at a
	 * time); the rest waits in the terminal, read here in large pieces.
	 * The last END_LEN - 1 bytes are held back, as they may be the start
	 * of the end marker, and so are the bytes of a split character. */
	char buf[65536 + END_LEN];
	size_t have = 0;
	int cut = 0;
	bool ended = false;
	while (!ended) {
		struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
		if (poll(&p, 1, PAUSE_MS) <= 0)
			break;
		ssize_t r = read(STDIN_FILENO, buf + have, sizeof buf - have);
		if (r <= 0)
			break;
		have += (size_t)r;
		char *end = memmem(buf, have, END_MARK, END_LEN);
		size_t text = end ? (size_t)(end - buf)
			: have > END_LEN - 1 ? have - (END_LEN - 1) : 0;
		if (!end)
			text -= partial_tail(buf, text);
		put_text(&a->input, buf, text, &cut);
		if (end) {
			/* keys typed after the paste go back to curses */
			size_t after = text + END_LEN;
			for (size_t i = have; i-- > after;)
				ungetch((unsigned char)buf[i]);
			have = 0;
			ended = true;
		} else {
			memmove(buf, buf + text, have - text);
			have -= text;
		}
	}
	if (!ended)
		put_text(&a->input, buf, have, &cut);
	a->input.cut += cut;
	a->dirty = true;
}
