/* The province map: a region picker drawn over the panes. */
#ifndef YIDU_TUI_OVERLAY_MAP_H
#define YIDU_TUI_OVERLAY_MAP_H

#include "app.h"

/* Opens the map (counts under the current topic); a message instead if
 * the layout file cannot be read. */
void map_overlay_open(app *a);
void map_overlay_draw(app *a);
/* Arrows move, Enter chooses the province (the region tree opens on its
 * prefectures), Esc closes. Returns an action to run after closing. */
action map_overlay_key(app *a, action act);
/* A click at screen cell (y, x): selects a tile, or chooses it when it is
 * already selected. */
void map_overlay_click(app *a, int y, int x);

#endif
