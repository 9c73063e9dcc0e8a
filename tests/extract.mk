# Tests: extract (gazetteer, taxonomy, region and topic finding)
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-gazetteer tests/unit/test-taxonomy tests/unit/test-extract
TESTS += tests/unit/test-gazetteer tests/unit/test-taxonomy tests/unit/test-extract
tests_unit_test_gazetteer_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_gazetteer_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
tests_unit_test_taxonomy_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_taxonomy_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
tests_unit_test_extract_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_extract_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test-segment
TESTS += tests/unit/test-segment
tests_unit_test_segment_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_segment_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test-region-words
TESTS += tests/unit/test-region-words
tests_unit_test_region_words_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_region_words_CPPFLAGS = $(AM_CPPFLAGS) -DJIEBA_DICT='"$(JIEBA_DICT)"'
tests_unit_test_region_words_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test-wordscan
TESTS += tests/unit/test-wordscan
tests_unit_test_wordscan_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_wordscan_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test-region-evidence
TESTS += tests/unit/test-region-evidence
tests_unit_test_region_evidence_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_region_evidence_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif
EXTRA_DIST += tests/unit/region-assert.h

# The tagging scorer and an evaluation set written for it (not part of
# make check: tests/eval/score-tagging SET.jsonl import/yidu-import).
EXTRA_DIST += tests/eval/score-tagging tests/eval/own-tagging.jsonl tests/eval/own-tagging-4.jsonl tests/eval/own-tagging-5.jsonl tests/eval/own-tagging-6.jsonl tests/eval/own-tagging-7.jsonl
EXTRA_DIST += tests/unit/rng-util.h
