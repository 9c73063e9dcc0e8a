# Tests: yidu never destroys what is not its own (issue 16): output paths
# and locking of yidu-import, the state file, the corpus opened so nothing
# is written beside it, every output sanitised, damaged trees, paste and
# signals in the browser.
SAFETY_TESTS = tests/import-output.sh tests/tui-state-owner.sh tests/corpus-readonly.sh \
	tests/output-tampered.sh tests/corpus-damage.sh tests/tui-paste.sh \
	tests/tui-signals-all.sh
TESTS += $(SAFETY_TESTS)
EXTRA_DIST += $(SAFETY_TESTS) tests/raw-controls.py

# The corpus-tampering fuzz harness (tests/fuzz/fuzz-corpus.c): updates to
# a copy of the sample corpus, then every output mode, checked for raw
# control bytes. The replay program is an ordinary check program linked
# with libyidu.a (tests/fuzz-regress.sh replays tests/fuzz/regress/corpus/
# through it); the libFuzzer build compiles the reader's sources with clang.
FUZZ_CORPUS_SRCS = tests/fuzz/fuzz-corpus.c tui/cli.c tui/cli-search.c tui/cli-region.c tui/dump.c tui/article-doc.c
# The whole of libyidu, compiled for the fuzzer (a list of its files here
# would go stale as the library grows).
FUZZ_CORPUS_LIB = $(filter %.c,$(lib_libyidu_a_SOURCES))
FUZZ_CORPUS_DEFS = -DSAMPLE_DB='"$(abs_top_builddir)/data/sample.db"'
EXTRA_DIST += tests/fuzz/fuzz-corpus.c tests/fuzz-corpus.sh tests/fuzz/seeds-corpus
check_PROGRAMS += tests/fuzz/regress-corpus
tests_fuzz_regress_corpus_SOURCES = tests/fuzz/regress-main.c $(FUZZ_CORPUS_SRCS)
tests_fuzz_regress_corpus_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tui $(FUZZ_CORPUS_DEFS)
tests_fuzz_regress_corpus_LDADD = $(YIDU_LIBS)
TESTS += tests/fuzz-corpus.sh
if HAVE_CLANG
check_SCRIPTS += tests/fuzz/fuzz-corpus
CLEANFILES += tests/fuzz/fuzz-corpus
tests/fuzz/fuzz-corpus: $(FUZZ_CORPUS_SRCS:%=$(srcdir)/%) $(FUZZ_CORPUS_LIB:%=$(srcdir)/%) \
		config.h lib/schema-sql.inc lib/hanzi-tables.inc
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -I$(top_builddir) -I$(top_builddir)/lib -I$(top_srcdir)/include -I$(top_srcdir)/lib \
	  -I$(top_srcdir)/tui $(SQLITE_CFLAGS) $(CMARK_CFLAGS) -DPKGDATADIR='"$(pkgdatadir)"' \
	  $(FUZZ_CORPUS_DEFS) -o $@ $(FUZZ_CORPUS_SRCS:%=$(srcdir)/%) \
	  $(FUZZ_CORPUS_LIB:%=$(srcdir)/%) $(SQLITE_LIBS) $(CMARK_LIBS) $(UNISTRING_LIBS) \
	  $(GUMBO_CFLAGS) $(GUMBO_LIBS) $(ARCHIVE_LIBS) $(JSONC_CFLAGS) $(JSONC_LIBS) $(QRENCODE_LIBS) -lpthread -lm
endif
