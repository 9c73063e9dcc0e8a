/* The size limit of an article's body at import. A body over it (a whole
 * site saved as one page, a dump pasted into one record) would make every
 * reader of the corpus slow and hungry: the browser lays it out, --search
 * makes its snippet from it. It is cut at a line (else a character)
 * boundary and ends with a note saying so, in the article itself. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build-internal.h"

size_t yd_build_cut_body(char **body)
{
	if (!*body)
		return 0;
	size_t n = strlen(*body);
	if (n <= YD_BODY_MAX)
		return 0;
	char *s = *body;
	size_t cut = YD_BODY_MAX;
	while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut--;                     /* not inside a UTF-8 sequence */
	/* At a line's end when one is near (the last 64 KB), so the cut does
	 * not leave half a table row or an open emphasis. */
	for (size_t i = cut; i > 0 && i + 65536 > cut; i--)
		if (s[i - 1] == '\n') {
			cut = i;
			break;
		}
	char note[256];
	int nl = snprintf(note, sizeof note, "\n\n> （正文过长，导入时已截断：原文 "
			  "%zu 字节，这里保留前 %zu 字节。The body was cut at "
			  "import: %zu of %zu bytes kept.）\n", n, cut, cut, n);
	char *t = malloc(cut + (size_t)nl + 1);
	if (!t)
		return 0;                  /* kept whole rather than lost */
	memcpy(t, s, cut);
	memcpy(t + cut, note, (size_t)nl + 1);
	free(s);
	*body = t;
	return n;
}
