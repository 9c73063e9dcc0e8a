# End-to-end tests of the browser in tmux.
check_PROGRAMS += tests/screen-check
tests_screen_check_SOURCES = tests/screen-check.c
EXTRA_DIST += tests/tui-lib.sh tests/data/tui tests/screens
TESTS += tests/tui-browse.sh tests/tui-layouts.sh tests/tui-resize.sh \
	tests/tui-state.sh tests/tui-signals.sh tests/tui-kiosk.sh tests/tui-search.sh \
	tests/tui-suspend.sh tests/tui-reader.sh
EXTRA_DIST += tests/tui-browse.sh tests/tui-layouts.sh tests/tui-resize.sh \
	tests/tui-state.sh tests/tui-signals.sh tests/tui-kiosk.sh tests/tui-search.sh \
	tests/tui-suspend.sh tests/tui-reader.sh
check_PROGRAMS += tests/ptyrun
tests_ptyrun_SOURCES = tests/ptyrun.c
tests_ptyrun_LDADD = -lutil
TESTS += tests/hostile-text.sh tests/cli-dump.sh tests/tui-takeaway.sh
EXTRA_DIST += tests/hostile-text.sh tests/cli-dump.sh tests/tui-takeaway.sh
# The search prompt: live results, history, match counter, no results.
TESTS += tests/tui-search-live.sh
EXTRA_DIST += tests/tui-search-live.sh

# The browser's state, actions and layout without a terminal (the real
# panes on the sample corpus; nothing is drawn).
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-app
TESTS += tests/unit/test-app
tests_unit_test_app_SOURCES = tests/unit/test-app.c tui/app.c tui/layout.c \
	tui/commands.c tui/overlay.c tui/listview.c tui/draw.c tui/keymap.c tui/i18n.c \
	tui/input.c tui/term.c tui/search-prompt.c tui/pane-tree.c tui/pane-list.c \
	tui/pane-article.c tui/pane-related.c tui/article-doc.c tui/article-out.c \
	tui/overlay-map.c tui/overlay-qr.c tui/paste.c tui/termsig.c
tests_unit_test_app_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS) $(CMOCKA_CFLAGS) -I$(srcdir)/tui
tests_unit_test_app_LDADD = $(YIDU_LIBS) $(NCURSES_LIBS) $(LIBINTL) $(CMOCKA_LIBS)
endif
