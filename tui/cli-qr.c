/* yidu --qr ID: the code the browser shows for an article (its web
 * address, else its title and a short summary), as lines of half blocks
 * on standard output. Nothing but ▀ ▄ █, spaces and newlines is written:
 * the text in the code never reaches the terminal. Print it dark on light
 * (a terminal with dark text on a light background, or paper). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "yidu/qr.h"
#include "yidu/text.h"
#include "cli-qr.h"

/* --width, else the terminal's width when stdout is one, else no limit. */
static int max_width(const cli_opts *o)
{
	struct winsize ws;
	if (o->width > 0)
		return o->width;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

int cli_qr(yd_corpus *c, const char *arg, const cli_opts *o)
{
	yd_full_article a;
	if (cli_article(c, arg, &a) != 0)
		return 1;
	int cell = (o->text_flags & YD_AMBIGUOUS_WIDE) ? 2 : 1;
	int width = max_width(o);
	yd_qr_kind kind = yd_qr_is_web_url(a.url) ? YD_QR_URL : YD_QR_TEXT;
	yd_qr q;
	int rc = yd_qr_article(a.title, a.summary, a.url, kind, width, 0, cell, &q, NULL);
	yd_full_article_free(&a);
	if (rc == YD_QR_TOO_BIG) {
		fprintf(stderr, "yidu: the code for this article's %s needs %d columns; "
			"%d are available (--width)\n", kind == YD_QR_URL ? "address" : "title",
			yd_qr_cols(&q, cell), width);
		return 1;
	}
	if (rc == YD_QR_TOO_LONG || rc == YD_QR_NONE) {
		fprintf(stderr, "yidu: this article's %s %s\n", kind == YD_QR_URL ? "address" : "text",
			rc == YD_QR_NONE ? "is empty" : "is too long for a QR code");
		return 1;
	}
	if (rc != YD_QR_OK) {
		fputs("yidu: out of memory\n", stderr);
		return 1;
	}
	for (int r = 0; r < yd_qr_rows(&q); r++) {
		char *line = yd_qr_line(&q, r, cell);
		if (!line) {
			yd_qr_free(&q);
			fputs("yidu: out of memory\n", stderr);
			return 1;
		}
		puts(line);
		free(line);
	}
	yd_qr_free(&q);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "yidu: writing the output: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
