# yidu-import: builds a corpus from inputs.
bin_PROGRAMS += import/yidu-import
import_yidu_import_SOURCES = import/yidu-import.c
import_yidu_import_LDADD = $(YIDU_LIBS)
