# The reader's own state (bookmarks, read marks).
lib_libyidu_a_SOURCES += lib/state.c
