# Benchmarks: `make bench`. Not part of `make check`.

# bench-layout: layout time of a ~20 KB Chinese article; yidu vs w3m -dump.
EXTRA_PROGRAMS += bench/layout-bench
bench_layout_bench_SOURCES = bench/layout.c
bench_layout_bench_LDADD = $(YIDU_LIBS)
EXTRA_DIST += bench/layout.sh
bench-layout: bench/layout-bench$(EXEEXT) tests/unit/render-golden$(EXEEXT)
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	  YIDU_DATA_DIR='$(abs_top_srcdir)/data' $(SHELL) $(srcdir)/bench/layout.sh
