/* Message catalogue set-up. English is the source language; a zh_CN
 * catalogue ships in po/. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

void i18n_init(const char *lang)
{
#if ENABLE_NLS
	if (lang) {
		/* LANGUAGE outranks LC_MESSAGES in GNU gettext; "en" means the
		 * untranslated source strings. */
		setenv("LANGUAGE", strcmp(lang, "en") == 0 ? "en_US" : lang, 1);
	}
	bindtextdomain(PACKAGE, LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#else
	(void)lang;
#endif
}
