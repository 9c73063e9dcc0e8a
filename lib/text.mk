# Text: UTF-8, sanitising, width, line breaking.
lib_libyidu_a_SOURCES += lib/error.c lib/text.c lib/text-internal.h \
	lib/utf8.c lib/sanitize.c lib/width.c lib/wrap.c lib/grow.c
noinst_HEADERS += include/yidu/grow.h
