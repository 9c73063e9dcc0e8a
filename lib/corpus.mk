# Corpus access (read-only) and the corpus builder.
lib_libyidu_a_SOURCES += lib/corpus.c lib/corpus-trees.c lib/corpus-check.c lib/corpus-list.c lib/corpus-article.c lib/corpus-internal.h lib/build.c lib/build-target.c lib/build-limit.c lib/build-key.c lib/build-add.c \
	lib/build-related.c lib/build-counts.c lib/build-internal.h \
	lib/build-sort.c lib/build-sort.h \
	lib/sqlutil.c lib/sqlutil.h lib/schema.c
nodist_lib_libyidu_a_SOURCES = lib/schema-sql.inc
BUILT_SOURCES += lib/schema-sql.inc
CLEANFILES += lib/schema-sql.inc

# data/schema.sql → one C string literal per line.
lib/schema-sql.inc: $(top_srcdir)/data/schema.sql
	$(AM_V_GEN)$(MKDIR_P) lib && \
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' \
		$(top_srcdir)/data/schema.sql > $@-t && mv $@-t $@
lib/schema.$(OBJEXT): lib/schema-sql.inc
