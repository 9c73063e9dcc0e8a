# Tests: text
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-text tests/unit/test-text-props
TESTS += tests/unit/test-text tests/unit/test-text-props
tests_unit_test_text_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_text_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
tests_unit_test_text_props_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_text_props_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif

# libFuzzer harness, built by clang from the lib sources themselves (the
# gcc-built libyidu.a has no coverage instrumentation).
FUZZ_TEXT_SRCS = tests/fuzz/fuzz-text.c lib/text.c lib/utf8.c lib/sanitize.c \
	lib/width.c lib/wrap.c
EXTRA_DIST += tests/fuzz/fuzz-text.c tests/fuzz-text.sh tests/fuzz/corpus-text
TESTS += tests/fuzz-text.sh
if HAVE_CLANG
check_SCRIPTS += tests/fuzz/fuzz-text
CLEANFILES += tests/fuzz/fuzz-text
tests/fuzz/fuzz-text: $(FUZZ_TEXT_SRCS:%=$(srcdir)/%) $(srcdir)/lib/text-internal.h \
		$(srcdir)/include/yidu/text.h
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -I$(top_builddir) -I$(top_srcdir)/include -I$(top_srcdir)/lib \
	  -o $@ $(FUZZ_TEXT_SRCS:%=$(srcdir)/%) $(UNISTRING_LIBS)

# A long run, keeping what it finds: make fuzz-text FUZZ_SECONDS=3600
# (default 300; read in the shell so that the variable, which other
# fragments use too, is defined once or not at all).
fuzz-text: tests/fuzz/fuzz-text
	@$(MKDIR_P) tests/fuzz/text-corpus
	tests/fuzz/fuzz-text -max_total_time=$${FUZZ_SECONDS:-300} -max_len=65536 \
	  -artifact_prefix=tests/fuzz/text- tests/fuzz/text-corpus $(srcdir)/tests/fuzz/corpus-text
endif
