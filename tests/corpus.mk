# Tests: the corpus (builder and reader) and yidu-import.
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-corpus
TESTS += tests/unit/test-corpus
tests_unit_test_corpus_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_corpus_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test-related
TESTS += tests/unit/test-related
tests_unit_test_related_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_related_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test-build-sort
TESTS += tests/unit/test-build-sort
tests_unit_test_build_sort_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_build_sort_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif

TESTS += tests/import-basic.sh tests/import-kill.sh
EXTRA_DIST += tests/import-basic.sh tests/import-kill.sh tests/data/import
