# yidu: the browser and its non-interactive modes. The only code that
# includes <curses.h> lives here.
bin_PROGRAMS += tui/yidu
tui_yidu_SOURCES = tui/main.c tui/cli.h tui/cli.c tui/dump.c
tui_yidu_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)
tui_yidu_LDADD = $(YIDU_LIBS) $(NCURSES_LIBS)
