# Text: UTF-8, sanitising, width, line breaking.
lib_libyidu_a_SOURCES += lib/error.c lib/text.c
