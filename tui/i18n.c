/* Message catalogue set-up. English is the source language; a zh_CN
 * catalogue ships in po/. */
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"

#if ENABLE_NLS
/* LOCALEDIR once installed; in a build tree, the catalogue built next to
 * the program (../locale). */
static const char *catalogue_dir(void)
{
	static char dir[PATH_MAX + 16];
	char exe[PATH_MAX], probe[PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (access(LOCALEDIR "/zh_CN/LC_MESSAGES/" PACKAGE ".mo", R_OK) == 0 || n <= 0)
		return LOCALEDIR;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return LOCALEDIR;
	*slash = '\0';
	snprintf(probe, sizeof probe, "%s/../locale/zh_CN/LC_MESSAGES/%s.mo", exe, PACKAGE);
	if (access(probe, R_OK) != 0)
		return LOCALEDIR;
	snprintf(dir, sizeof dir, "%s/../locale", exe);
	return dir;
}
#endif

void i18n_init(const char *lang)
{
#if ENABLE_NLS
	if (lang) {
		/* LANGUAGE outranks LC_MESSAGES in GNU gettext; "en" means the
		 * untranslated source strings. */
		setenv("LANGUAGE", strcmp(lang, "en") == 0 ? "en_US" : lang, 1);
	}
	bindtextdomain(PACKAGE, catalogue_dir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#else
	(void)lang;
#endif
}
