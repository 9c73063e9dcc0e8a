# The input formats of yidu-import, one subsystem: format detection, text
# encodings, scraped text pages, Markdown with front matter, JSON lines.
# A new format goes here as lib/input/FORMAT.c, declared in yidu/parse.h.
INPUT_CORE_SRCS = lib/input/util.c lib/input/json.c lib/input/detect.c \
	lib/input/markdown.c lib/input/jsonl.c \
	lib/input/page.c lib/input/page-lines.c lib/input/page-body.c \
	lib/input/page-template.c
lib_libyidu_a_SOURCES += $(INPUT_CORE_SRCS)
noinst_HEADERS += lib/input/util.h lib/input/json.h lib/input/page.h
# HTML (gumbo) and text encodings.
lib_libyidu_a_SOURCES += lib/input/encoding.c lib/input/html.c lib/input/html-blocks.c \
	lib/input/html-content.c lib/input/html-meta.c lib/input/jsonl-write.c \
	lib/input/warc.c lib/input/csv.c \
	lib/input/decode-piece.c lib/input/textstream.c
noinst_HEADERS += lib/input/html.h include/yidu/encoding.h lib/input/decode-piece.h
