# The reader's own state (bookmarks, read marks).
lib_libyidu_a_SOURCES += lib/state.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-state
TESTS += tests/unit/test-state
tests_unit_test_state_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_state_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif
