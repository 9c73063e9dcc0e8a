/* Input format names and detection. */
#include <string.h>
#include <stdbool.h>
#include <strings.h>
#include "yidu/parse.h"

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

yd_format yd_format_detect(const char *name, const char *text, size_t n)
{
	size_t i = 0;

	if (name) {
		if (ends_with(name, ".md") || ends_with(name, ".markdown"))
			return YD_FMT_MARKDOWN;
		if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson"))
			return YD_FMT_JSONL;
		if (ends_with(name, ".txt") || ends_with(name, ".text"))
			return YD_FMT_PAGE;
		if (ends_with(name, ".html") || ends_with(name, ".htm") ||
		    ends_with(name, ".shtml") || ends_with(name, ".xhtml"))
			return YD_FMT_HTML;
		if (ends_with(name, ".csv") || ends_with(name, ".tsv"))
			return YD_FMT_CSV;
		if (ends_with(name, ".warc") || ends_with(name, ".warc.gz"))
			return YD_FMT_WARC;
	}
	if (!text)
		return YD_FMT_PAGE;
	if (n >= 5 && memcmp(text, "WARC/", 5) == 0)
		return YD_FMT_WARC;
	if (n >= 2 && (unsigned char)text[0] == 0x1F && (unsigned char)text[1] == 0x8B)
		return YD_FMT_WARC;   /* gzip: of the formats read, only WARC */
	if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	/* Markdown: the very first line is "---". */
	if (n - i >= 3 && memcmp(text + i, "---", 3) == 0) {
		size_t j = i + 3;
		while (j < n && (text[j] == ' ' || text[j] == '\t'))
			j++;
		if (j == n || text[j] == '\n' || text[j] == '\r')
			return YD_FMT_MARKDOWN;
	}
	while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
		i++;
	if (i < n && text[i] == '{')
		return YD_FMT_JSONL;
	/* <!DOCTYPE html, <html, or markup after an XML declaration or comment */
	if (i < n && text[i] == '<') {
		size_t m = n - i < 512 ? n - i : 512;
		const char *t = text + i;
		for (size_t k = 0; k + 5 <= m; k++)
			if (strncasecmp(t + k, "<html", 5) == 0 || strncasecmp(t + k, "<!doc", 5) == 0 ||
			    strncasecmp(t + k, "<head", 5) == 0 || strncasecmp(t + k, "<meta", 5) == 0 ||
			    strncasecmp(t + k, "<body", 5) == 0)
				return YD_FMT_HTML;
	}
	return YD_FMT_PAGE;
}

yd_format yd_format_from_name(const char *s)
{
	if (!s)
		return YD_FMT_AUTO;
	if (strcmp(s, "page") == 0)
		return YD_FMT_PAGE;
	if (strcmp(s, "markdown") == 0 || strcmp(s, "md") == 0)
		return YD_FMT_MARKDOWN;
	if (strcmp(s, "jsonl") == 0 || strcmp(s, "ndjson") == 0)
		return YD_FMT_JSONL;
	if (strcmp(s, "html") == 0 || strcmp(s, "htm") == 0)
		return YD_FMT_HTML;
	if (strcmp(s, "csv") == 0 || strcmp(s, "tsv") == 0)
		return YD_FMT_CSV;
	if (strcmp(s, "warc") == 0)
		return YD_FMT_WARC;
	return YD_FMT_AUTO;
}

const char *yd_format_name(yd_format f)
{
	switch (f) {
	case YD_FMT_PAGE: return "page";
	case YD_FMT_MARKDOWN: return "markdown";
	case YD_FMT_JSONL: return "jsonl";
	case YD_FMT_HTML: return "html";
	case YD_FMT_CSV: return "csv";
	case YD_FMT_WARC: return "warc";
	case YD_FMT_AUTO: break;
	}
	return "auto";
}
