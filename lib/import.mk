# The input formats live in lib/input/ (lib/input/local.mk).
lib_libyidu_a_SOURCES += lib/article.c
