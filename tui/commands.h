/* Running actions: the handlers named in the action table (actions.h),
 * and the dispatcher that sends an action by its scope: to its handler
 * (app-level actions, whatever pane has the focus) or to the focused pane
 * first. */
#ifndef YIDU_TUI_COMMANDS_H
#define YIDU_TUI_COMMANDS_H

#include "app.h"

#define YD_ACTION_DECL(id, name, scope, menu, fn, ...) void fn(app *a);
YD_ACTIONS(YD_ACTION_DECL)
#undef YD_ACTION_DECL

/* Runs an action (a key, a menu choice, a click). */
void action_run(app *a, action act);
/* Whether the action is offered now (the menu): Quit is not in a kiosk,
 * New reader only there. */
bool action_offered(const app *a, action act);

#endif
