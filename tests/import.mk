# Tests: import (input parsers).
PARSE_FIXTURES = tests/data/seeds tests/data/pages tests/data/md tests/data/jsonl
EXTRA_DIST += $(PARSE_FIXTURES) tests/unit/parse-test-util.h tests/fuzz-parse.sh \
	tests/fuzz/fuzz-parse.c tests/fuzz/corpus-parse

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-parse-page tests/unit/test-parse-markdown tests/unit/test-parse-json
TESTS += tests/unit/test-parse-page tests/unit/test-parse-markdown tests/unit/test-parse-json
tests_unit_test_parse_page_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_parse_page_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
tests_unit_test_parse_markdown_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_parse_markdown_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
tests_unit_test_parse_json_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_parse_json_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif

# libFuzzer harness over the three parsers, built with clang straight from
# the sources (libyidu.a has no coverage instrumentation).
FUZZ_PARSE_SRCS = tests/fuzz/fuzz-parse.c lib/article.c lib/error.c $(INPUT_CORE_SRCS)
TESTS += tests/fuzz-parse.sh
if HAVE_CLANG
check_SCRIPTS += tests/fuzz/fuzz-parse
CLEANFILES += tests/fuzz/fuzz-parse
tests/fuzz/fuzz-parse: $(FUZZ_PARSE_SRCS:%=$(srcdir)/%)
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -I$(top_srcdir)/include -I$(top_srcdir)/lib \
	  -o $@ $(FUZZ_PARSE_SRCS:%=$(srcdir)/%)

# A long run: make fuzz-parse FUZZ_SECONDS=600
FUZZ_SECONDS = 300
fuzz-parse: tests/fuzz/fuzz-parse
	@$(MKDIR_P) tests/fuzz/parse-corpus
	tests/fuzz/fuzz-parse -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  tests/fuzz/parse-corpus $(srcdir)/tests/fuzz/corpus-parse
else
fuzz-parse:
	@echo "fuzz-parse needs clang (configure found none)"; exit 1
endif
.PHONY: fuzz-parse
