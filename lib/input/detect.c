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
	}
	if (!text)
		return YD_FMT_PAGE;
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
	return YD_FMT_AUTO;
}

const char *yd_format_name(yd_format f)
{
	switch (f) {
	case YD_FMT_PAGE: return "page";
	case YD_FMT_MARKDOWN: return "markdown";
	case YD_FMT_JSONL: return "jsonl";
	case YD_FMT_AUTO: break;
	}
	return "auto";
}
