# Long checks, not part of `make check`:
#   make load-test       50 browsers at once in tmux, random keys and resizes
#                        (LOAD_SESSIONS, LOAD_SECONDS, LOAD_SEED; writes the
#                        summary to bench/README.md, LOAD_README= to not)
#   make load-test-big   the same on a 100,000-article corpus kept in /tmp
#   make check-valgrind  unit tests and CLI modes under valgrind memcheck
#                        (VALGRIND_TUI=1 adds one tmux test)
EXTRA_DIST += tests/load/load-test.sh tests/load/gen-keys.awk tests/load/valgrind.sh \
	tests/load/lsan.supp

LOAD_ENV = top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	YIDU='$(abs_top_builddir)/tui/yidu$(EXEEXT)' \
	YIDU_IMPORT='$(abs_top_builddir)/import/yidu-import$(EXEEXT)'
LOAD_README = $(abs_top_srcdir)/bench/README.md
LOAD_BIG_CORPUS = /tmp/yidu-load-100k.db

load-test: tui/yidu$(EXEEXT) data/sample.db
	$(LOAD_ENV) LOAD_README='$(LOAD_README)' $(SHELL) $(srcdir)/tests/load/load-test.sh

load-test-big: tui/yidu$(EXEEXT) import/yidu-import$(EXEEXT) bench/gen-corpus$(EXEEXT)
	@if [ ! -s '$(LOAD_BIG_CORPUS)' ]; then \
	  YIDU_DATA_DIR='$(abs_top_srcdir)/data' bench/gen-corpus$(EXEEXT) 100000 '$(LOAD_BIG_CORPUS).jsonl' && \
	  import/yidu-import$(EXEEXT) --quiet --data '$(abs_top_srcdir)/data' \
	    -o '$(LOAD_BIG_CORPUS)' '$(LOAD_BIG_CORPUS).jsonl' && rm -f '$(LOAD_BIG_CORPUS).jsonl'; \
	fi
	$(LOAD_ENV) LOAD_CORPUS='$(LOAD_BIG_CORPUS)' LOAD_README='$(LOAD_README)' \
	  $(SHELL) $(srcdir)/tests/load/load-test.sh

check-valgrind: all $(check_PROGRAMS)
	$(LOAD_ENV) $(SHELL) $(srcdir)/tests/load/valgrind.sh \
	  $(filter tests/unit/test-%,$(check_PROGRAMS:$(EXEEXT)=))
.PHONY: load-test load-test-big check-valgrind
