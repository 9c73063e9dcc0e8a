# Tests: text
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-text tests/unit/test-text-props
TESTS += tests/unit/test-text tests/unit/test-text-props
tests_unit_test_text_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_text_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
tests_unit_test_text_props_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_text_props_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif
