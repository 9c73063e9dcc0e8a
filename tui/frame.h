/* The frame around the panes: location line, tab row, pane titles,
 * status line; and drawing a whole frame (only what changed). */
#ifndef YIDU_TUI_FRAME_H
#define YIDU_TUI_FRAME_H

#include "app.h"

void frame_draw(app *a);

#endif
