# Tests: search (tokenizer, query translation, recall, ranking, CLI).
TESTS += tests/search-cli.sh
EXTRA_DIST += tests/search-cli.sh tests/fuzz-query.sh tests/fuzz/fuzz-query.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-search
TESTS += tests/unit/test-search
tests_unit_test_search_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_search_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test-search-build
TESTS += tests/unit/test-search-build
tests_unit_test_search_build_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_search_build_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test-search-segment
TESTS += tests/unit/test-search-segment
tests_unit_test_search_segment_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_search_segment_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif

# libFuzzer harness for the query translator (same scheme as fuzz-render).
FUZZ_QUERY_SRCS = tests/fuzz/fuzz-query.c lib/search-query.c lib/tokenize.c \
	lib/hanzi.c lib/pinyin.c lib/search-highlight.c lib/search-fts.c \
	lib/search-mdtext.c lib/search-lex.c lib/search-plan.c lib/search-expr.c \
	lib/search-rank.c lib/strbuf.c lib/grow.c lib/error.c \
	$(filter lib/lang/%.c,$(lib_libyidu_a_SOURCES))
TESTS += tests/fuzz-query.sh
if HAVE_CLANG
check_SCRIPTS += tests/fuzz/fuzz-query
CLEANFILES += tests/fuzz/fuzz-query
tests/fuzz/fuzz-query: $(FUZZ_QUERY_SRCS:%=$(srcdir)/%) config.h lib/hanzi-tables.inc
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -I$(top_builddir) -I$(top_srcdir)/include -I$(top_srcdir)/lib $(SQLITE_CFLAGS) \
	  -DPKGDATADIR='"$(pkgdatadir)"' \
	  -o $@ $(FUZZ_QUERY_SRCS:%=$(srcdir)/%) $(SQLITE_LIBS) $(UNISTRING_LIBS) -lm

# A long run: make fuzz-query FUZZ_TIME=600
fuzz-query: tests/fuzz/fuzz-query
	@$(MKDIR_P) tests/fuzz/query-corpus
	tests/fuzz/fuzz-query -max_total_time=$(FUZZ_TIME) -max_len=4096 \
	  tests/fuzz/query-corpus
endif

# Search quality: success@1, success@5 and MRR of natural questions
# (tests/eval/search-eval; also for other corpora and question files).
check_PROGRAMS += tests/eval/search-eval
tests_eval_search_eval_LDADD = $(YIDU_LIBS)
TESTS += tests/search-eval.sh
EXTRA_DIST += tests/search-eval.sh tests/data/search/sample-questions.tsv \
	tests/data/search/qa-questions.tsv
