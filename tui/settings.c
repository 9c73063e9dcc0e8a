/* Reading yidu.conf (the settings). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/out.h"
#include "keymap.h"
#include "settings.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif

const char *config_system_path(void)
{
	return SYSCONFDIR "/yidu/yidu.conf";
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	char *e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

static int parse_bool(const char *v, bool *out)
{
	if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "on") || !strcmp(v, "1"))
		*out = true;
	else if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "off") || !strcmp(v, "0"))
		*out = false;
	else
		return -1;
	return 0;
}

/* "3m", "90s", "2" (minutes). */
static int parse_duration(const char *v, int *seconds)
{
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (end == v || n < 0 || n > 7 * 24 * 3600 || errno)
		return -1;
	if (*end == '\0' || !strcmp(end, "m") || !strcmp(end, "min"))
		n *= 60;
	else if (strcmp(end, "s") != 0)
		return -1;
	*seconds = (int)n;
	return 0;
}

/* "9 9 9" or "C-q q" → key codes. */
static int parse_keys(char *v, config *c)
{
	c->nquit = 0;
	for (char *tok = strtok(v, " \t"); tok; tok = strtok(NULL, " \t")) {
		int code;
		if (c->nquit == CONFIG_QUIT_MAX || keymap_parse_key(tok, &code) != 0)
			return -1;
		c->quit_keys[c->nquit++] = code;
	}
	return c->nquit ? 0 : -1;
}

int config_read(config *c, const char *path, bool optional)
{
	FILE *f = fopen(path, "r");
	char line[1024];
	int lineno = 0;

	if (!f) {
		if (optional && errno == ENOENT)
			return 0;
		yd_out_printf(stderr, "yidu: cannot read %s: %s\n", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof line, f)) {
		lineno++;
		char *s = trim(line);
		if (*s == '\0' || *s == '#')
			continue;
		char *eq = strchr(s, '=');
		if (!eq)
			goto bad;
		*eq = '\0';
		char *key = trim(s), *val = trim(eq + 1);
		bool b;
		if (!strcmp(key, "kiosk")) {
			if (parse_bool(val, &b) != 0)
				goto bad;
			c->kiosk = c->kiosk || b;   /* never turned off once on */
		} else if (!strcmp(key, "corpus")) {
			free(c->corpus);
			c->corpus = strdup(val);
		} else if (!strcmp(key, "idle")) {
			if (parse_duration(val, &c->idle_seconds) != 0)
				goto bad;
		} else if (!strcmp(key, "quit")) {
			c->quit_disabled = !strcmp(val, "none");
			if (!c->quit_disabled && parse_keys(val, c) != 0)
				goto bad;
		} else if (!strcmp(key, "mouse")) {
			if (parse_bool(val, &b) != 0)
				goto bad;
			c->no_mouse = !b;
		} else if (!strcmp(key, "color")) {
			if (parse_bool(val, &b) != 0)
				goto bad;
			c->no_color = !b;
		} else {
			yd_out_printf(stderr, "yidu: %s:%d: unknown setting '%s'\n", path, lineno, key);
			fclose(f);
			return -1;
		}
		continue;
bad:
		yd_out_printf(stderr, "yidu: %s:%d: expected 'key = value' with a valid value\n", path, lineno);
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

void config_free(config *c)
{
	free(c->corpus);
	c->corpus = NULL;
}
