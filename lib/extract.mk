# Understanding Chinese text (lib/lang/, one public header yidu/lang.h):
# the word dictionary and segmenter, the gazetteer and region matching,
# the topic taxonomy.
lib_libyidu_a_SOURCES += lib/lang/dict.c lib/lang/segment.c \
	lib/lang/wordscan.c lib/lang/region-names.c lib/lang/gazetteer.c \
	lib/lang/region-context.c lib/lang/region-programmes.c lib/lang/region-dateline.c \
	lib/lang/han-fold.c lib/lang/region-match.c lib/lang/region-scan.c \
	lib/lang/region-resolve.c lib/lang/region-passes.c lib/lang/region-old-names.c \
	lib/lang/region-typo.c lib/lang/taxonomy.c \
	lib/lang/typo.c lib/lang/condense.c lib/lang/elapsed.c lib/lang/region-latin.c \
	lib/lang/region-abbrev.c
noinst_HEADERS += include/yidu/lang.h lib/lang/dict-format.h lib/lang/segment-impl.h \
	lib/lang/wordscan.h lib/lang/region-names.h lib/lang/gazetteer-impl.h \
	lib/lang/region-context.h lib/lang/region-programmes.h lib/lang/region-dateline.h \
	lib/lang/han-fold.h lib/lang/region-typo.h lib/lang/typo.h lib/lang/condense.h \
	lib/lang/elapsed.h lib/lang/region-latin.h lib/lang/region-abbrev.h \
	lib/lang/region-match-impl.h
# compound disease words for the taxonomy (organ + head: 脑 + 动脉瘤)
lib_libyidu_a_SOURCES += lib/lang/compound.c
noinst_HEADERS += lib/lang/compound.h

# The dictionary compiler, run at build time (data/local.mk).
noinst_PROGRAMS += tools/yidu-mkdict
tools_yidu_mkdict_SOURCES = tools/mkdict.c
