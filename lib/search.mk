# Full-text search: tokenizer, pinyin and Traditional → Simplified tables
# from Unihan, query translation, ranking, snippets.
lib_libyidu_a_SOURCES += lib/search.c lib/search-cand.h lib/search-tier.c \
	lib/search-text.c lib/search-once.c lib/search-order.c lib/search-hit.c \
	lib/search-fts.c lib/search-query.c \
	lib/search-highlight.c lib/search-mdtext.c lib/search-index.c lib/search-internal.h \
	lib/search-segment.c lib/search-segment.h lib/search-segw.c lib/search-segw.h \
	lib/search-runs.c lib/search-runs.h \
	lib/search-lex.c lib/search-plan.c lib/search-expr.c lib/strbuf.c lib/strbuf.h lib/search-rank.c \
	lib/tokenize.c lib/pinyin.c lib/hanzi.c lib/keypad.c
noinst_HEADERS += include/yidu/search.h include/yidu/keypad.h
nodist_lib_libyidu_a_SOURCES += lib/hanzi-tables.inc
BUILT_SOURCES += lib/hanzi-tables.inc
CLEANFILES += lib/hanzi-tables.inc
EXTRA_DIST += tools/gen-unihan

# Unihan (Debian's unicode-data) → C tables; configure checks the files.
lib/hanzi-tables.inc: $(srcdir)/tools/gen-unihan
	$(AM_V_GEN)$(MKDIR_P) lib && \
	$(SHELL) $(srcdir)/tools/gen-unihan '$(UNIHAN_READINGS)' \
		'$(UNIHAN_VARIANTS)' > $@-t && mv $@-t $@
lib/hanzi.$(OBJEXT): lib/hanzi-tables.inc
