/* Take it with you: the open article's QR code, over the whole screen. */
#ifndef YIDU_TUI_OVERLAY_QR_H
#define YIDU_TUI_OVERLAY_QR_H

#include "app.h"

/* Opens the code for the open article (a message if there is none). */
void qr_overlay_open(app *a);
void qr_overlay_draw(app *a);
/* Left/Right: what the code holds (address, title and summary, title);
 * Esc or Enter closes. Returns an action to run after closing. */
action qr_overlay_key(app *a, action act);

#endif
