# Input parsers: scraped pages, Markdown with front matter, JSON lines.
lib_libyidu_a_SOURCES += lib/article.c lib/parse-util.c lib/json.c lib/parse-detect.c \
	lib/parse-markdown.c lib/parse-json.c \
	lib/parse-page.c lib/page-lines.c lib/page-body.c
noinst_HEADERS += lib/parse-util.h lib/json.h lib/page.h
