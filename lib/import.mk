# Input parsers: scraped pages, Markdown with front matter, JSON lines.
lib_libyidu_a_SOURCES += lib/article.c lib/parse-page.c lib/parse-markdown.c lib/parse-json.c
