# yidu: the browser and its non-interactive modes. The only code that
# includes <curses.h> lives here.
bin_PROGRAMS += tui/yidu
tui_yidu_SOURCES = tui/main.c tui/cli.h tui/cli.c tui/dump.c \
	tui/actions.h tui/keymap.h tui/keymap.c tui/i18n.h tui/i18n.c \
	tui/app.h tui/app.c tui/ui.h tui/loop.c tui/term.h tui/term.c \
	tui/frame.h tui/frame.c tui/commands.h tui/commands.c \
	tui/search-prompt.h tui/search-prompt.c tui/listview.h tui/listview.c \
	tui/layout.c tui/overlay.h tui/overlay.c \
	tui/draw.h tui/draw.c tui/pane-tree.c tui/pane-list.c tui/pane-article.c \
	tui/pane-related.c tui/settings.h tui/settings.c tui/input.h tui/input.c tui/cli-search.h tui/cli-search.c \
	tui/cli-region.c
tui_yidu_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)
tui_yidu_CPPFLAGS = $(AM_CPPFLAGS) -DSYSCONFDIR='"$(sysconfdir)"'
tui_yidu_LDADD = $(YIDU_LIBS) $(NCURSES_LIBS) $(LIBINTL)

# The zh_CN catalogue in the build tree too, so that an uninstalled yidu
# (./tui/yidu --lang zh_CN) speaks Chinese.
noinst_DATA = locale/zh_CN/LC_MESSAGES/yidu.mo
locale/zh_CN/LC_MESSAGES/yidu.mo: $(top_srcdir)/po/zh_CN.po
	$(AM_V_GEN)$(MKDIR_P) locale/zh_CN/LC_MESSAGES && $(MSGFMT) -o $@ $(top_srcdir)/po/zh_CN.po
CLEANFILES += locale/zh_CN/LC_MESSAGES/yidu.mo
