# Corpus access (read-only) and the corpus builder.
lib_libyidu_a_SOURCES += lib/corpus.c lib/build.c
