/* yidu's configuration file: `key = value` lines, `#` comments.
 *
 * The system file ($(sysconfdir)/yidu/yidu.conf, normally
 * /etc/yidu/yidu.conf) is read first; a kiosk sets `kiosk = true` there,
 * where its users cannot change it. A file named with --config is read
 * after it, but can never turn kiosk mode off or change a kiosk's corpus.
 */
#ifndef YIDU_TUI_SETTINGS_H
#define YIDU_TUI_SETTINGS_H

#include <stdbool.h>

#define CONFIG_QUIT_MAX 8

typedef struct config {
	bool kiosk;
	char *corpus;            /* corpus = PATH */
	int idle_seconds;        /* idle = 3m | 90s; a kiosk's wipe delay */
	bool quit_disabled;      /* quit = none */
	int quit_keys[CONFIG_QUIT_MAX];  /* quit = 9 9 9 (key names) */
	int nquit;
	bool no_mouse;           /* mouse = false */
	bool no_color;           /* color = false */
	bool clipboard;          /* clipboard = true: y copies (OSC 52) */
	bool resume;             /* resume = true: reopen where left off */
} config;

/* The system configuration file's path. */
const char *config_system_path(void);

/* Reads path into c (missing file: not an error when `optional`). On error
 * prints "yidu: FILE:LINE: message" to stderr and returns -1. */
int config_read(config *c, const char *path, bool optional);
void config_free(config *c);

#endif
