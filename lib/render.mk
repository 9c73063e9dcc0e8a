# Markdown → display lines.
lib_libyidu_a_SOURCES += lib/render.c
