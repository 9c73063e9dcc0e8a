# Benchmarks: `make bench`. Not part of `make check`.

# bench-layout: layout time of a ~20 KB Chinese article; yidu vs w3m -dump.
EXTRA_PROGRAMS += bench/layout-bench
bench_layout_bench_SOURCES = bench/layout.c
bench_layout_bench_LDADD = $(YIDU_LIBS)
EXTRA_DIST += bench/layout.sh
bench-layout: bench/layout-bench$(EXEEXT) tests/unit/render-golden$(EXEEXT)
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	  YIDU_DATA_DIR='$(abs_top_srcdir)/data' $(SHELL) $(srcdir)/bench/layout.sh

# bench-import: gen-corpus + yidu-import at 100,000 articles (BENCH_SIZES),
# then the time to the browser's first screen (bench/open.c).
EXTRA_PROGRAMS += bench/gen-corpus bench/open-bench
bench_gen_corpus_SOURCES = bench/gen-corpus.c
bench_gen_corpus_LDADD = -lm
bench_open_bench_SOURCES = bench/open.c
bench_open_bench_LDADD = $(YIDU_LIBS)
EXTRA_DIST += bench/import.sh bench/plain-load.sh
CLEANFILES += bench/gen-corpus$(EXEEXT) bench/open-bench$(EXEEXT)
bench-import: bench/gen-corpus$(EXEEXT) bench/open-bench$(EXEEXT) import/yidu-import$(EXEEXT)
	top_builddir='$(abs_top_builddir)' YIDU_DATA_DIR='$(abs_top_srcdir)/data' \
	  $(SHELL) $(srcdir)/bench/import.sh
.PHONY: bench-import

# bench-extract: regions and topics for 200,000 synthetic articles.
EXTRA_PROGRAMS += bench/extract-bench
bench_extract_bench_SOURCES = bench/extract.c
bench_extract_bench_LDADD = $(YIDU_LIBS)
CLEANFILES += bench/extract-bench$(EXEEXT)
bench-extract: bench/extract-bench$(EXEEXT)
	bench/extract-bench$(EXEEXT) '$(abs_top_srcdir)/data' 200000

# bench-search: first page of search results and index size on a
# 100,000-article corpus (BENCH_SEARCH_N; bench-1m for 1,000,000).
EXTRA_PROGRAMS += bench/search-bench
bench_search_bench_SOURCES = bench/search.c
bench_search_bench_LDADD = $(YIDU_LIBS)
EXTRA_DIST += bench/search.sh
CLEANFILES += bench/search-bench$(EXEEXT)

# search-sweep: every query shape (1-4 lone characters, words, a trailing
# character, questions) within every size of filter; the largest and the
# 99th percentile of the first pages' medians. Built on demand:
# `make bench/search-sweep`, then `bench/search-sweep CORPUS [RUNS]`.
EXTRA_PROGRAMS += bench/search-sweep
bench_search_sweep_SOURCES = bench/sweep.c
bench_search_sweep_LDADD = $(YIDU_LIBS)
CLEANFILES += bench/search-sweep$(EXEEXT)

# fts-halves: the search index built in two halves on two threads and
# grafted into one (issue 17's measured design; the importer does not use
# it). Built on demand: `make bench/fts-halves`.
EXTRA_PROGRAMS += bench/fts-halves
bench_fts_halves_SOURCES = bench/fts-halves.c
bench_fts_halves_LDADD = $(YIDU_LIBS) -lpthread
CLEANFILES += bench/fts-halves$(EXEEXT)
bench-search: bench/gen-corpus$(EXEEXT) bench/search-bench$(EXEEXT) import/yidu-import$(EXEEXT)
	top_builddir='$(abs_top_builddir)' YIDU_DATA_DIR='$(abs_top_srcdir)/data' \
	  $(SHELL) $(srcdir)/bench/search.sh
.PHONY: bench-search

# bench-tui: the browser's start-up, per-key frame times and peak RSS from
# its own --trace-frames, in tmux at 80x24 and 160x50, on a synthetic corpus
# (BENCH_TUI_N articles, default 100,000, kept in BENCH_DIR, default
# /tmp/yidu-bench-tui) and on the sample corpus.
EXTRA_DIST += bench/tui.sh
bench-tui: bench/gen-corpus$(EXEEXT) import/yidu-import$(EXEEXT) tui/yidu$(EXEEXT) data/sample.db
	top_builddir='$(abs_top_builddir)' YIDU_DATA_DIR='$(abs_top_srcdir)/data' \
	  $(SHELL) $(srcdir)/bench/tui.sh
.PHONY: bench-tui

# Every benchmark, in turn (sizes as each script defaults them; see
# bench/README.md for the figures and for running them at 1,000,000).
bench: bench-layout bench-extract bench-import bench-search bench-tui
.PHONY: bench bench-layout bench-extract bench-import bench-search bench-tui

# bench-mid: a mid-size corpus (BENCH_MID_N, default 12,000 articles, built
# once in BENCH_DIR, default /tmp/yidu-bench): opening, `yidu --search`
# processes, search first pages and the browser (bench/startup.sh).
# bench-1m: the same on 1,000,000 articles, its corpus built once (about
# 17 GB and, with the search index, tens of minutes) and reused; not part
# of `make bench`.
EXTRA_DIST += bench/corpus.sh bench/startup.sh
BENCH_DEPS = bench/gen-corpus$(EXEEXT) bench/open-bench$(EXEEXT) \
	bench/search-bench$(EXEEXT) import/yidu-import$(EXEEXT) tui/yidu$(EXEEXT)
bench-mid: $(BENCH_DEPS)
	top_builddir='$(abs_top_builddir)' YIDU_DATA_DIR='$(abs_top_srcdir)/data' \
	  $(SHELL) $(srcdir)/bench/startup.sh "$$(top_builddir='$(abs_top_builddir)' \
	  YIDU_DATA_DIR='$(abs_top_srcdir)/data' $(SHELL) $(srcdir)/bench/corpus.sh \
	  $${BENCH_MID_N:-12000} $${BENCH_DIR:-/tmp/yidu-bench})"
bench-1m: $(BENCH_DEPS)
	top_builddir='$(abs_top_builddir)' YIDU_DATA_DIR='$(abs_top_srcdir)/data' \
	  $(SHELL) $(srcdir)/bench/startup.sh "$$(top_builddir='$(abs_top_builddir)' \
	  YIDU_DATA_DIR='$(abs_top_srcdir)/data' $(SHELL) $(srcdir)/bench/corpus.sh \
	  1000000 $${BENCH_DIR:-/tmp/yidu-bench})"
bench: bench-mid
.PHONY: bench-mid bench-1m

# seg-bench: the search index built by sorting (lib/search-segment.c),
# stage by stage, against FTS5's build. Built on demand:
# `make bench/seg-bench`.
EXTRA_PROGRAMS += bench/seg-bench
bench_seg_bench_SOURCES = bench/seg-bench.c
bench_seg_bench_CFLAGS = $(AM_CFLAGS) -I$(top_srcdir)/lib
bench_seg_bench_LDADD = $(YIDU_LIBS)
CLEANFILES += bench/seg-bench$(EXEEXT)
