#ifndef YIDU_TUI_UI_H
#define YIDU_TUI_UI_H

#include "app.h"

/* Runs the full-screen browser on an open corpus until the user quits or
 * the terminal goes away. Returns the exit status. The terminal is left
 * untouched if it cannot be used (message on stderr, status 1). */
int ui_run(yd_corpus *c, const app_options *opt);

#endif
