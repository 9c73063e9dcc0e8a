# Tests: render (Markdown → display lines, yidu --dump-file).

# Golden layouts: tests/golden/NAME.md at widths 10..80 → NAME.wWIDTH.txt.
check_PROGRAMS += tests/unit/render-golden
tests_unit_render_golden_LDADD = $(YIDU_LIBS)
TESTS += tests/golden.sh
EXTRA_DIST += tests/golden.sh tests/golden tests/fuzz-render.sh

# Regenerates the expectations; inspect `git diff tests/golden` before committing.
update-golden: tests/unit/render-golden$(EXEEXT)
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	  $(SHELL) $(srcdir)/tests/golden.sh update

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-render tests/unit/test-render-prop
TESTS += tests/unit/test-render tests/unit/test-render-prop
tests_unit_test_render_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_render_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
tests_unit_test_render_prop_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_render_prop_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif

# libFuzzer harness, built with clang from the sources it needs (not from
# libyidu.a, which is built by $(CC) without coverage instrumentation).
FUZZ_RENDER_SRCS = tests/fuzz/fuzz-render.c lib/render.c lib/render-buf.c \
	lib/render-writer.c lib/render-table.c lib/render-output.c \
	lib/text.c lib/utf8.c lib/sanitize.c lib/width.c lib/wrap.c lib/error.c lib/grow.c
EXTRA_DIST += tests/fuzz/fuzz-render.c
TESTS += tests/fuzz-render.sh
if HAVE_CLANG
check_SCRIPTS += tests/fuzz/fuzz-render
CLEANFILES += tests/fuzz/fuzz-render
tests/fuzz/fuzz-render: $(FUZZ_RENDER_SRCS:%=$(srcdir)/%) config.h
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -I$(top_builddir) -I$(top_srcdir)/include -I$(top_srcdir)/lib $(CMARK_CFLAGS) \
	  -o $@ $(FUZZ_RENDER_SRCS:%=$(srcdir)/%) $(CMARK_LIBS) $(UNISTRING_LIBS)

# A long run: make fuzz-render FUZZ_TIME=600
FUZZ_TIME = 300
fuzz-render: tests/fuzz/fuzz-render
	@$(MKDIR_P) tests/fuzz/render-corpus
	tests/fuzz/fuzz-render -max_total_time=$(FUZZ_TIME) -max_len=65536 \
	  tests/fuzz/render-corpus $(srcdir)/tests/golden
endif
