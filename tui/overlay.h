#ifndef YIDU_TUI_OVERLAY_H
#define YIDU_TUI_OVERLAY_H

#include "app.h"

void overlay_open(app *a, overlay_kind which);
void overlay_draw(app *a);
/* Handles a key while an overlay is open; returns an action to run after
 * it closed (the menu's choice), or ACT_NONE. */
action overlay_key(app *a, action act);

#endif
