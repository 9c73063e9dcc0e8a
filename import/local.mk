# yidu-import: builds a corpus from inputs.
bin_PROGRAMS += import/yidu-import
import_yidu_import_SOURCES = import/yidu-import.c import/input.c import/input.h \
	import/pipeline.c import/tag.c import/import.h import/extract.c import/inputs-more.c import/templates.c import/category.c
import_yidu_import_LDADD = $(YIDU_LIBS) -lpthread
dist_man_MANS += doc/yidu-import.1
