# Tests: hardening under faults and bad input (corpus files, a corpus
# damaged or replaced under the browser, import faults and odd inputs,
# terminal modes and locales), fuzz regression inputs, `make fuzz`.
HARDEN_TESTS = tests/corpus-files.sh tests/fault-session.sh tests/fault-import.sh \
	tests/corpus-inputs.sh tests/fault-terminal.sh tests/fuzz-regress.sh
TESTS += $(HARDEN_TESTS)
EXTRA_DIST += $(HARDEN_TESTS) tests/faultinject.c tests/fuzz-run.sh \
	tests/fuzz/regress

# An LD_PRELOAD shim that fails writes (tests/fault-import.sh); check only,
# built without libtool.
check_SCRIPTS += tests/faultinject.so
CLEANFILES += tests/faultinject.so
tests/faultinject.so: $(srcdir)/tests/faultinject.c
	@$(MKDIR_P) tests
	$(AM_V_CCLD)$(CC) $(WARN_CFLAGS) -shared -fPIC -o $@ $(srcdir)/tests/faultinject.c -ldl

# The imports of 100 MB inputs (make check does 10 MB).
check-slow: all tests/faultinject.so
	$(MAKE) $(AM_MAKEFLAGS) check TESTS=tests/corpus-inputs.sh YIDU_BIG_MB=100
.PHONY: check-slow

# Fuzz regression: every input in tests/fuzz/regress/TARGET/ is replayed
# through TARGET's harness linked with a small main() instead of libFuzzer,
# so this runs without clang too (with the sanitisers when clang is there,
# else with $(CC) and the configured flags).
REGRESS_PROGS = tests/fuzz/regress-text tests/fuzz/regress-render \
	tests/fuzz/regress-parse tests/fuzz/regress-query
check_SCRIPTS += $(REGRESS_PROGS)
CLEANFILES += $(REGRESS_PROGS)
EXTRA_DIST += tests/fuzz/regress-main.c
if HAVE_CLANG
REGRESS_CC = $(CLANG) -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
else
REGRESS_CC = $(CC) -g -O1 $(SAN_CFLAGS)
endif
REGRESS_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include -I$(top_srcdir)/lib

tests/fuzz/regress-text: $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_TEXT_SRCS:%=$(srcdir)/%)
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(REGRESS_CC) $(REGRESS_CPPFLAGS) -o $@ \
	  $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_TEXT_SRCS:%=$(srcdir)/%) $(UNISTRING_LIBS)
tests/fuzz/regress-render: $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_RENDER_SRCS:%=$(srcdir)/%) config.h
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(REGRESS_CC) $(REGRESS_CPPFLAGS) $(CMARK_CFLAGS) -o $@ \
	  $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_RENDER_SRCS:%=$(srcdir)/%) \
	  $(CMARK_LIBS) $(UNISTRING_LIBS) -lm
tests/fuzz/regress-parse: $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_PARSE_SRCS:%=$(srcdir)/%)
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(REGRESS_CC) $(REGRESS_CPPFLAGS) -o $@ \
	  $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_PARSE_SRCS:%=$(srcdir)/%)
tests/fuzz/regress-query: $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_QUERY_SRCS:%=$(srcdir)/%) \
		config.h lib/hanzi-tables.inc
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(REGRESS_CC) $(REGRESS_CPPFLAGS) $(SQLITE_CFLAGS) \
	  -DPKGDATADIR='"$(pkgdatadir)"' -o $@ \
	  $(srcdir)/tests/fuzz/regress-main.c $(FUZZ_QUERY_SRCS:%=$(srcdir)/%) \
	  $(SQLITE_LIBS) $(UNISTRING_LIBS) -lm

# make fuzz FUZZ_SECONDS=60: every libFuzzer target for FUZZ_SECONDS each;
# prints "TARGET: N execs, M findings". Crashing inputs are written to
# $(srcdir)/tests/fuzz/regress/TARGET/, where make check replays them.
FUZZ_TARGETS = text render parse query input corpus
if HAVE_CLANG
fuzz: $(FUZZ_TARGETS:%=tests/fuzz/fuzz-%)
	@s=$(FUZZ_SECONDS); st=0; \
	for t in $(FUZZ_TARGETS); do \
	  top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	    $(SHELL) $(srcdir)/tests/fuzz-run.sh $$t $${s:-300} || st=1; \
	done; exit $$st
else
fuzz:
	@echo "make fuzz needs clang (configure found none)"; exit 1
endif
.PHONY: fuzz
