/* Take it with you: the open article's QR code over the whole screen, in
 * black on white whatever the theme (NO_COLOR included: a phone needs
 * dark modules on a light ground), with what it holds written beside or
 * below it. It holds the article's web address when it has one, else its
 * title and a summary shortened to fit; Left/Right switch between what
 * there is. Nothing is written or sent: the code is only drawn. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/qr.h"
#include "yidu/text.h"
#include "draw.h"
#include "i18n.h"
#include "overlay-qr.h"

#define PAIR_QR 46             /* above the theme's and the map's pairs */
#define SIDE_W 32              /* columns for the text beside the code */
#define BELOW_H 4              /* rows for the text below it */

static struct {
	char *title, *summary, *url;
	yd_qr_kind kinds[3];
	int nkinds, cur;
	/* The code for kinds[cur] at rows × cols (valid), and how it is laid
	 * out; or why there is none (rc). */
	bool valid;
	int rows, cols, cur_done;
	int rc;
	yd_qr q;
	char *payload;
	bool side;
	int need_cols, need_rows;  /* screen it would need (rc TOO_BIG) */
} st;

static void forget_code(void)
{
	yd_qr_free(&st.q);
	free(st.payload);
	st.payload = NULL;
	st.valid = false;
}

static void forget(void)
{
	forget_code();
	free(st.title);
	free(st.summary);
	free(st.url);
	st.title = st.summary = st.url = NULL;
}

void qr_overlay_open(app *a)
{
	const yd_full_article *art = a->have_art ? &a->art : NULL;
	if (!art) {
		app_message(a, false, "%s", _("Open an article to take it with you as a QR code."));
		return;
	}
	forget();
	st.title = strdup(art->title ? art->title : "");
	st.summary = strdup(art->summary ? art->summary : "");
	st.url = strdup(art->url ? art->url : "");
	if (!st.title || !st.summary || !st.url) {
		forget();
		app_message(a, true, "%s", "out of memory");
		return;
	}
	st.nkinds = 0;
	if (yd_qr_is_web_url(st.url))
		st.kinds[st.nkinds++] = YD_QR_URL;
	st.kinds[st.nkinds++] = YD_QR_TEXT;
	if (st.summary[0])
		st.kinds[st.nkinds++] = YD_QR_TITLE;
	st.cur = 0;
	a->overlay = OVERLAY_QR;
	a->dirty = true;
}

/* Encodes kinds[cur] for the screen: beside the text if it fits there,
 * else above it. */
static void compute(app *a)
{
	int cell = (a->opt.text_flags & YD_AMBIGUOUS_WIDE) ? 2 : 1;
	yd_qr_kind kind = st.kinds[st.cur];
	forget_code();
	st.rows = a->rows;
	st.cols = a->cols;
	st.cur_done = st.cur;
	st.valid = true;
	st.side = true;
	st.rc = yd_qr_article(st.title, st.summary, st.url, kind, a->cols - SIDE_W, a->rows,
			      cell, &st.q, &st.payload);
	if (st.rc == YD_QR_TOO_BIG) {
		st.need_cols = yd_qr_cols(&st.q, cell) + SIDE_W;
		st.need_rows = yd_qr_rows(&st.q);
		st.side = false;
		st.rc = yd_qr_article(st.title, st.summary, st.url, kind, a->cols, a->rows - BELOW_H,
				      cell, &st.q, &st.payload);
	}
}

static attr_t qr_attr(void)
{
	if (!has_colors())
		return A_NORMAL;
	/* The theme leaves colours off for NO_COLOR; the code needs them. */
	if (COLOR_PAIRS == 0) {
		if (start_color() != OK)
			return A_NORMAL;
		use_default_colors();
	}
	short white = COLORS >= 16 ? 15 : COLOR_WHITE;
	if (COLOR_PAIRS <= PAIR_QR || init_pair(PAIR_QR, COLOR_BLACK, white) != OK)
		return A_NORMAL;
	return COLOR_PAIR(PAIR_QR);
}

static const char *kind_label(yd_qr_kind k)
{
	switch (k) {
	case YD_QR_URL: return _("It holds the article's web address:");
	case YD_QR_TEXT: return st.summary[0] ? _("It holds the title and a short summary:")
				: _("It holds the title:");
	default: return _("It holds the title alone:");
	}
}

static const char *kind_name(yd_qr_kind k)
{
	switch (k) {
	case YD_QR_URL: return _("the web address");
	case YD_QR_TEXT: return _("the title and summary");
	default: return _("the title alone");
	}
}

/* Draws text wrapped to w columns from row y, at most `max` rows;
 * returns the rows used. */
static int draw_wrapped(int y, int x, int w, int max, const char *s, attr_t attr, int flags)
{
	yd_wrap_line *lines = NULL;
	size_t n = yd_text_wrap(s, strlen(s), w, flags, &lines);
	int used = 0;
	if (n == (size_t)-1)
		return 0;
	for (size_t i = 0; i < n && used < max; i++, used++) {
		const char *p = s + lines[i].start;
		size_t len = lines[i].end - lines[i].start;
		if (used == max - 1 && i + 1 < n) {
			/* The last row shown, and more follows: an ellipsis. */
			char *more = malloc(len + 4);
			char *t = NULL;
			if (more) {
				memcpy(more, p, len);
				memcpy(more + len, "…", 4);
				t = yd_text_fit(more, len + 3, w, flags, false);
			}
			draw_str(y + used, x, w, t ? t : "", attr);
			free(t);
			free(more);
		} else {
			draw_text(y + used, x, w, p, len, attr);
		}
	}
	free(lines);
	return used;
}

/* The keys: what → switches to, and Esc. Returns the rows used. */
static int draw_hints(int y, int x, int w, int flags)
{
	char line[256];
	int used = 0;
	if (st.nkinds > 1) {
		snprintf(line, sizeof line, _("→ for %s"), kind_name(st.kinds[(st.cur + 1) % st.nkinds]));
		used += draw_wrapped(y, x, w, 2, line, theme_attr(ROLE_MARKER), flags);
	}
	draw_fit(y + used, x, w, _("Esc close"), theme_attr(ROLE_MARKER), flags);
	return used + 1;
}

static void draw_error(app *a)
{
	int flags = a->opt.text_flags, w = a->cols - 2, y = a->rows / 2 - 3;
	char line[512];
	yd_qr_kind kind = st.kinds[st.cur];
	if (y < 0)
		y = 0;
	if (st.rc == YD_QR_TOO_BIG)
		snprintf(line, sizeof line, _("%s is too long for a QR code in this window: "
			 "it needs %d×%d, the window is %d×%d. Enlarge the window."),
			 kind_name(kind), st.need_cols, st.need_rows, a->cols, a->rows);
	else if (st.rc == YD_QR_TOO_LONG)
		snprintf(line, sizeof line, _("%s is too long for any QR code."), kind_name(kind));
	else
		snprintf(line, sizeof line, "%s", _("There is nothing to put in a QR code."));
	/* Capitalised in English; the translations start with a noun. */
	if (line[0] >= 'a' && line[0] <= 'z')
		line[0] = (char)(line[0] - 'a' + 'A');
	y += draw_wrapped(y, 1, w, 4, line, A_BOLD, flags) + 1;
	draw_hints(y, 1, w, flags);
}

void qr_overlay_draw(app *a)
{
	int flags = a->opt.text_flags;
	int cell = (flags & YD_AMBIGUOUS_WIDE) ? 2 : 1;
	if (!st.valid || st.rows != a->rows || st.cols != a->cols || st.cur_done != st.cur)
		compute(a);
	for (int y = 0; y < a->rows; y++)
		draw_fill(y, 0, a->cols, A_NORMAL);
	if (st.rc != YD_QR_OK) {
		draw_error(a);
		return;
	}
	int qr = yd_qr_rows(&st.q), qc = yd_qr_cols(&st.q, cell);
	int qy, qx, ty, tx, tw, th;
	if (st.side) {
		qx = (a->cols - SIDE_W - qc) / 2;
		qy = (a->rows - qr) / 2;
		tx = qx + qc + 2;
		tw = a->cols - tx - 1;
		ty = qy > 0 ? qy : 0;
		th = a->rows - ty;
	} else {
		qx = (a->cols - qc) / 2;
		qy = (a->rows - BELOW_H - qr) / 2;
		tx = 1;
		tw = a->cols - 2;
		ty = qy + qr;
		th = a->rows - ty;
	}
	attr_t ink = qr_attr();
	for (int r = 0; r < qr; r++) {
		char *line = yd_qr_line(&st.q, r, cell);
		if (line)
			draw_str(qy + r, qx, qc, line, ink);
		free(line);
	}
	if (tw < 4 || th < 1)
		return;
	int y = ty;
	if (st.side) {
		/* Heading, what it holds, the text itself, the keys. */
		draw_fit(y++, tx, tw, _("Take this article with you"), theme_attr(ROLE_HEADING), flags);
		y += draw_wrapped(y, tx, tw, 2, _("Scan the code with a phone camera."), A_NORMAL, flags);
		y++;
		y += draw_wrapped(y, tx, tw, 2, kind_label(st.kinds[st.cur]), A_NORMAL, flags);
		int room = th - (y - ty) - 5;
		y += draw_wrapped(y, tx, tw, room > 1 ? room : 1, st.payload, theme_attr(ROLE_DIM), flags);
		y++;
		y += draw_hints(y, tx, tw, flags) + 1;
		char info[64];
		snprintf(info, sizeof info, "QR %d-%c · %d×%d", st.q.version, st.q.level, st.q.size, st.q.size);
		if (y < ty + th)
			draw_fit(y, tx, tw, info, theme_attr(ROLE_DIM), flags);
	} else {
		char line[512];
		snprintf(line, sizeof line, "%s %s", _("Scan the code with a phone camera."),
			 kind_label(st.kinds[st.cur]));
		draw_fit(y++, tx, tw, line, A_NORMAL, flags);
		y += draw_wrapped(y, tx, tw, 1, st.payload, theme_attr(ROLE_DIM), flags);
		draw_hints(y, tx, tw, flags);
	}
}

action qr_overlay_key(app *a, action act)
{
	a->dirty = true;
	switch (act) {
	case ACT_LEFT: case ACT_UP:
		st.cur = (st.cur + st.nkinds - 1) % st.nkinds;
		break;
	case ACT_RIGHT: case ACT_DOWN:
		st.cur = (st.cur + 1) % st.nkinds;
		break;
	case ACT_ENTER: case ACT_BACK: case ACT_QR:
		a->overlay = OVERLAY_NONE;
		forget();
		break;
	case ACT_QUIT: case ACT_MENU: case ACT_HELP: case ACT_NEW_READER:
		a->overlay = OVERLAY_NONE;
		forget();
		return act;
	default:
		break;
	}
	return ACT_NONE;
}
