/* Taking an article away: its address to the clipboard (OSC 52, opt-in,
 * never in a kiosk) and the article saved as text. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "yidu/render.h"
#include "article-doc.h"
#include "commands.h"
#include "i18n.h"
#include "term.h"

#define SAVE_WIDTH 80

void cmd_copy(app *a)
{
	char what[1100];
	if (a->opt.kiosk)
		return;
	if (!a->opt.clipboard) {
		app_message(a, false, "%s", _("Copying is off: start yidu with --clipboard "
			"(or clipboard = true) to copy through the terminal (OSC 52)."));
		return;
	}
	if (a->focus == PANE_ARTICLE && a->link_target[0])
		snprintf(what, sizeof what, "%s", a->link_target);
	else if (a->have_art && a->art.url && a->art.url[0])
		snprintf(what, sizeof what, "%s", a->art.url);
	else if (a->have_art)
		snprintf(what, sizeof what, "yidu:%s", a->art.slug);
	else {
		app_message(a, false, "%s", _("Open an article to copy its address."));
		return;
	}
	term_clipboard(what);
	app_message(a, false, _("Copied: %s"), what);
}

/* A file name from the slug: letters, digits, '-', '_' and '.' (not first);
 * anything else becomes '_'. */
static void file_name(const char *slug, char *out, size_t n)
{
	size_t k = 0;
	for (const char *s = slug; *s && k + 1 < n && k < 80; s++) {
		unsigned char c = (unsigned char)*s;
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (c >= '0' && c <= '9') || c == '-' || c == '_' || (c == '.' && k > 0);
		out[k++] = ok ? (char)c : '_';
	}
	out[k] = '\0';
	if (k == 0)
		snprintf(out, n, "article");
}

/* Opens a new file "NAME.txt", "NAME-2.txt" ...: never overwrites. */
static FILE *create(const char *base, char *path, size_t n)
{
	for (int i = 1; i < 100; i++) {
		if (i == 1)
			snprintf(path, n, "%s.txt", base);
		else
			snprintf(path, n, "%s-%d.txt", base, i);
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
		if (fd >= 0)
			return fdopen(fd, "w");
		if (errno != EEXIST)
			return NULL;
	}
	errno = EEXIST;
	return NULL;
}

void cmd_save(app *a)
{
	char base[96], path[128];
	if (a->opt.kiosk)
		return;
	if (!a->have_art) {
		app_message(a, false, "%s", _("Open an article to save it."));
		return;
	}
	yd_doc *d = article_doc(a->corpus, &a->art, false, SAVE_WIDTH, 0);
	file_name(a->art.slug, base, sizeof base);
	FILE *f = d ? create(base, path, sizeof path) : NULL;
	if (!f) {
		app_message(a, true, _("Cannot save the article: %s"), d ? strerror(errno) : "out of memory");
		yd_doc_free(d);
		return;
	}
	int rc = yd_doc_write(d, f, 0);
	if (fclose(f) != 0)
		rc = -1;
	yd_doc_free(d);
	if (rc != 0)
		app_message(a, true, _("Cannot save the article: %s"), strerror(errno));
	else
		app_message(a, false, _("Saved as %s"), path);
}
