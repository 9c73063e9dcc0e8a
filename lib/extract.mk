# Regions and topics: gazetteer, taxonomy, extraction.
lib_libyidu_a_SOURCES += lib/wordscan.c lib/region-names.c lib/gazetteer.c \
	lib/region-match.c lib/taxonomy.c
noinst_HEADERS += lib/wordscan.h lib/region-names.h lib/gazetteer-impl.h
