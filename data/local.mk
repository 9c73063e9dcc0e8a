# Data: schema, regions, topics, the sample corpus.
dist_pkgdata_DATA += data/schema.sql data/regions.tsv data/regions-former.tsv \
	data/regions-renamed.tsv \
	data/topics.tsv data/region-aliases.tsv \
	data/search-stopwords.txt data/search-synonyms.tsv
EXTRA_DIST += data/README.md data/sample

# The sample corpus, built by the yidu-import just built. --strict: a bad
# sample article breaks the build instead of quietly going missing. The
# folder is the dependency (its time changes when articles are added or
# removed), which needs no wildcard.
pkgdata_DATA += data/sample.db
CLEANFILES += data/sample.db data/.sample.db.lock
data/sample.db: import/yidu-import$(EXEEXT) data/words.dict $(srcdir)/data/sample \
		$(srcdir)/data/topics.tsv $(srcdir)/data/regions.tsv \
		$(srcdir)/data/region-aliases.tsv $(srcdir)/data/schema.sql
	$(AM_V_GEN)$(MKDIR_P) data && \
	import/yidu-import$(EXEEXT) --quiet --strict --data $(srcdir)/data \
		-o $@ $(srcdir)/data/sample

# The manual pages (yidu's is here because the corpus helper writes both).
dist_man_MANS += doc/yidu.1

# The word dictionary: jieba's dict.txt (Expat licence, see data/README.md)
# compiled into the memory-mapped form lib/lang/dict.c reads.
pkgdata_DATA += data/words.dict
CLEANFILES += data/words.dict
data/words.dict: tools/yidu-mkdict$(EXEEXT) $(JIEBA_DICT)
	$(AM_V_GEN)$(MKDIR_P) data && \
	tools/yidu-mkdict$(EXEEXT) $(JIEBA_DICT) $@ >/dev/null
