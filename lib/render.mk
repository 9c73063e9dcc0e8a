# Markdown → display lines.
#   render.c         tree walk (libcmark) and yd_doc_* housekeeping
#   render-buf.c     a block's flattened, sanitised, styled text
#   render-writer.c  the one line-wrapping writer (prefixes, columns)
#   render-table.c   GFM pipe tables
#   render-output.c  yd_doc_write: a document out as plain text or SGR
lib_libyidu_a_SOURCES += lib/render.c lib/render-buf.c lib/render-writer.c \
	lib/render-table.c lib/render-output.c lib/render-priv.h
