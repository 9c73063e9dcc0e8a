# Tests: import (input parsers).
PARSE_FIXTURES = tests/data/seeds tests/data/pages tests/data/md tests/data/jsonl
EXTRA_DIST += $(PARSE_FIXTURES) tests/unit/parse-test-util.h tests/unit/enc-test-util.h tests/fuzz-parse.sh \
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

# Real-world inputs: HTML in several encodings, WARC, CSV, damaged bytes.
TESTS += tests/import-real.sh
EXTRA_DIST += tests/import-real.sh tests/data/html

# libFuzzer harness over the HTML, CSV, WARC, encoding and template
# readers: their sources built with clang, the rest of libyidu linked.
FUZZ_INPUT_SRCS = tests/fuzz/fuzz-input.c lib/input/util.c lib/input/encoding.c \
	lib/input/html.c lib/input/html-blocks.c lib/input/html-content.c lib/input/html-meta.c \
	lib/input/csv.c lib/input/warc.c lib/input/page.c lib/input/page-lines.c \
	lib/input/page-body.c lib/input/page-template.c lib/input/jsonl-write.c
TESTS += tests/fuzz-input.sh
EXTRA_DIST += tests/fuzz-input.sh tests/fuzz/fuzz-input.c tests/fuzz/corpus-input
if HAVE_CLANG
check_SCRIPTS += tests/fuzz/fuzz-input
CLEANFILES += tests/fuzz/fuzz-input
tests/fuzz/fuzz-input: $(FUZZ_INPUT_SRCS:%=$(srcdir)/%) lib/libyidu.a
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -I$(top_builddir) -I$(top_srcdir)/include -I$(top_srcdir)/lib $(GUMBO_CFLAGS) $(JSONC_CFLAGS) \
	  -o $@ $(FUZZ_INPUT_SRCS:%=$(srcdir)/%) lib/libyidu.a $(GUMBO_LIBS) $(ARCHIVE_LIBS) \
	  $(JSONC_LIBS) $(UNISTRING_LIBS) $(SQLITE_LIBS) $(CMARK_LIBS) -lm

# A long run: make fuzz-input FUZZ_SECONDS=600
fuzz-input: tests/fuzz/fuzz-input
	@$(MKDIR_P) tests/fuzz/input-corpus
	tests/fuzz/fuzz-input -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  tests/fuzz/input-corpus $(srcdir)/tests/fuzz/corpus-input
else
fuzz-input:
	@echo "fuzz-input needs clang (configure found none)"; exit 1
endif
.PHONY: fuzz-input
# Its regression replayer (tests/fuzz-regress.sh runs it on
# tests/fuzz/regress/input/ when make fuzz has found something).
check_SCRIPTS += tests/fuzz/regress-input
CLEANFILES += tests/fuzz/regress-input
tests/fuzz/regress-input: $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_INPUT_SRCS:%=$(srcdir)/%) lib/libyidu.a
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(REGRESS_CC) $(REGRESS_CPPFLAGS) $(GUMBO_CFLAGS) $(JSONC_CFLAGS) -o $@ \
	  $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_INPUT_SRCS:%=$(srcdir)/%) lib/libyidu.a \
	  $(GUMBO_LIBS) $(ARCHIVE_LIBS) $(JSONC_LIBS) $(UNISTRING_LIBS) $(SQLITE_LIBS) $(CMARK_LIBS) -lm

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-input-formats
TESTS += tests/unit/test-input-formats
tests_unit_test_input_formats_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_input_formats_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif

# Text pages of eleven layouts with expected title, date, first paragraph,
# related titles and golden --extract output; a site's template.
TESTS += tests/import-textpages.sh
EXTRA_DIST += tests/import-textpages.sh tests/data/textpages

# The HTML evaluation set: body F1 and dates (tests/data/html-eval/make-set.py
# writes it).
TESTS += tests/html-eval.sh
EXTRA_DIST += tests/html-eval.sh tests/data/html-eval

# The README's commands from the build tree.
TESTS += tests/readme-commands.sh
EXTRA_DIST += tests/readme-commands.sh

# Inputs read a piece at a time: the same text and rows as whole files.
check_PROGRAMS += tests/unit/test-textstream
TESTS += tests/unit/test-textstream
tests_unit_test_textstream_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_textstream_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
