/* The search line's editor. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "yidu/text.h"
#include "draw.h"
#include "i18n.h"
#include "input.h"
#include "keymap.h"

void input_set(line_input *in, const char *s)
{
	size_t n = strlen(s);
	in->len = 0;
	while (n > 0 && in->len < INPUT_MAX) {
		uint32_t uc;
		int k = yd_utf8_decode(s, n, &uc);
		in->cp[in->len++] = uc;
		s += k;
		n -= (size_t)k;
	}
	in->cursor = in->len;
	in->cut = 0;
}

void input_text(const line_input *in, char *buf)
{
	size_t n = 0;
	for (int i = 0; i < in->len; i++)
		n += (size_t)yd_utf8_encode(in->cp[i], buf + n);
	buf[n] = '\0';
}

static bool printable(int key)
{
	/* Control characters (and C1) never enter the text. */
	return key >= 0x20 && key != 0x7f && !(key >= 0x80 && key < 0xa0) && key <= 0x10ffff;
}

input_result input_key(line_input *in, int key)
{
	switch (key) {
	case '\r': case '\n': case KEYCODE_FN(KEY_ENTER):
		return INPUT_DONE;
	case 27:
		return INPUT_CANCEL;
	case 127: case 8: case KEYCODE_FN(KEY_BACKSPACE):
		if (in->cursor > 0) {
			memmove(in->cp + in->cursor - 1, in->cp + in->cursor,
				(size_t)(in->len - in->cursor) * sizeof in->cp[0]);
			in->cursor--;
			in->len--;
		}
		return INPUT_CONTINUE;
	case KEYCODE_FN(KEY_DC): case 4:   /* Delete, C-d */
		if (in->cursor < in->len) {
			memmove(in->cp + in->cursor, in->cp + in->cursor + 1,
				(size_t)(in->len - in->cursor - 1) * sizeof in->cp[0]);
			in->len--;
		}
		return INPUT_CONTINUE;
	case KEYCODE_FN(KEY_LEFT): case 2:   /* C-b */
		if (in->cursor > 0)
			in->cursor--;
		return INPUT_CONTINUE;
	case KEYCODE_FN(KEY_RIGHT): case 6:  /* C-f */
		if (in->cursor < in->len)
			in->cursor++;
		return INPUT_CONTINUE;
	case KEYCODE_FN(KEY_HOME): case 1:   /* C-a */
		in->cursor = 0;
		return INPUT_CONTINUE;
	case KEYCODE_FN(KEY_END): case 5:    /* C-e */
		in->cursor = in->len;
		return INPUT_CONTINUE;
	case 21:                             /* C-u */
		in->len = in->cursor = 0;
		return INPUT_CONTINUE;
	default:
		if (printable(key) && in->len < INPUT_MAX) {
			memmove(in->cp + in->cursor + 1, in->cp + in->cursor,
				(size_t)(in->len - in->cursor) * sizeof in->cp[0]);
			in->cp[in->cursor++] = (uint32_t)key;
			in->len++;
		}
		return INPUT_CONTINUE;
	}
}

/* Width of code points [from, to) in columns. */
static int span_cols(const line_input *in, int from, int to, int flags)
{
	char buf[4 * INPUT_MAX + 1];
	size_t n = 0;
	for (int i = from; i < to; i++)
		n += (size_t)yd_utf8_encode(in->cp[i], buf + n);
	return yd_text_width(buf, n, flags);
}

void input_draw(const line_input *in, const char *prompt, int y, int x, int w,
		int text_flags)
{
	char buf[4 * INPUT_MAX + 1];
	attr_t a = theme_attr(ROLE_STATUS);
	draw_fill(y, x, w, a);
	int pw = draw_str(y, x, w, prompt, a | A_BOLD);
	if (in->cut > 0) {
		char note[128];
		snprintf(note, sizeof note, _("(paste cut to %d characters) "), INPUT_MAX);
		pw += draw_str(y, x + pw, w - pw, note, a);
	}
	int room = w - pw - 1;
	if (room < 1)
		return;
	/* Scroll horizontally so that the cursor stays visible. */
	int first = 0;
	while (first < in->cursor && span_cols(in, first, in->cursor, text_flags) > room - 1)
		first++;
	size_t n = 0;
	for (int i = first; i < in->len; i++)
		n += (size_t)yd_utf8_encode(in->cp[i], buf + n);
	buf[n] = '\0';
	draw_text(y, x + pw, room, buf, n, a);
	int cx = x + pw + span_cols(in, first, in->cursor, text_flags);
	move(y, cx < x + w ? cx : x + w - 1);
}
