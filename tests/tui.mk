# End-to-end tests of the browser in tmux.
check_PROGRAMS += tests/screen-check
tests_screen_check_SOURCES = tests/screen-check.c
EXTRA_DIST += tests/tui-lib.sh tests/data/tui tests/screens
TESTS += tests/tui-browse.sh tests/tui-layouts.sh tests/tui-resize.sh \
	tests/tui-state.sh tests/tui-signals.sh tests/tui-kiosk.sh tests/tui-search.sh \
	tests/tui-suspend.sh
EXTRA_DIST += tests/tui-browse.sh tests/tui-layouts.sh tests/tui-resize.sh \
	tests/tui-state.sh tests/tui-signals.sh tests/tui-kiosk.sh tests/tui-search.sh \
	tests/tui-suspend.sh
check_PROGRAMS += tests/ptyrun
tests_ptyrun_SOURCES = tests/ptyrun.c
tests_ptyrun_LDADD = -lutil
TESTS += tests/hostile-text.sh
EXTRA_DIST += tests/hostile-text.sh
# The search prompt: live results, history, match counter, no results.
TESTS += tests/tui-search-live.sh
EXTRA_DIST += tests/tui-search-live.sh
