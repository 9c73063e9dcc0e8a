/* gettext glue: _() translates, N_() marks a string for translation in a
 * static table (translated where it is shown). */
#ifndef YIDU_TUI_I18N_H
#define YIDU_TUI_I18N_H

#include "config.h"

#if ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#else
#define _(s) (s)
#define ngettext(s, p, n) ((n) == 1 ? (s) : (p))
#endif
#define N_(s) (s)

/* Sets up the message catalogue; `lang` (from --lang, may be NULL)
 * overrides the locale's language: "zh_CN", "en". */
void i18n_init(const char *lang);

#endif
