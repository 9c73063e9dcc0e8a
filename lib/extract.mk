# Regions and topics: gazetteer, taxonomy, extraction.
lib_libyidu_a_SOURCES += lib/gazetteer.c lib/taxonomy.c
