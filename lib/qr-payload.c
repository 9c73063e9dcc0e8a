/* What an article's QR code carries: its web address, or its title and a
 * summary shortened to fit the space, or its title alone. */
#include <stdlib.h>
#include <string.h>

#include "yidu/qr.h"
#include "yidu/text.h"

bool yd_qr_is_web_url(const char *s)
{
	if (!s || (strncmp(s, "http://", 7) != 0 && strncmp(s, "https://", 8) != 0))
		return false;
	const char *host = s + (s[4] == 's' ? 8 : 7);
	if (!*host || *host == '/')
		return false;
	for (const char *c = s; *c; c++)
		if ((unsigned char)*c <= ' ' || *c == 0x7f)
			return false;
	return yd_text_is_clean(s, strlen(s), 0);
}

/* Sanitised one-line copy of s (controls, escapes and newlines removed). */
static char *clean(const char *s)
{
	return yd_text_sanitize(s ? s : "", s ? strlen(s) : 0, 0, NULL);
}

/* Bytes of the first `chars` grapheme clusters of s. */
static size_t prefix_chars(const char *s, size_t n, size_t chars)
{
	size_t off = 0;
	for (size_t k = 0; k < chars && off < n; k++) {
		size_t len = yd_text_cluster(s + off, n - off, 0, NULL);
		if (len == 0)
			break;
		off += len;
	}
	return off;
}

static size_t count_chars(const char *s, size_t n)
{
	size_t k = 0, off = 0;
	while (off < n) {
		size_t len = yd_text_cluster(s + off, n - off, 0, NULL);
		if (len == 0)
			break;
		off += len;
		k++;
	}
	return k;
}

/* "title\nsummary" with the summary cut to `chars` characters ("…" added
 * when cut), or the title alone when there is no summary. */
static char *compose(const char *title, const char *summary, size_t chars)
{
	size_t tl = strlen(title), sl = strlen(summary);
	size_t cut = prefix_chars(summary, sl, chars);
	char *s = malloc(tl + cut + 8);
	if (!s)
		return NULL;
	memcpy(s, title, tl);
	size_t n = tl;
	if (sl) {
		s[n++] = '\n';
		memcpy(s + n, summary, cut);
		n += cut;
		if (cut < sl) {
			memcpy(s + n, "…", 3);
			n += 3;
		}
	}
	s[n] = '\0';
	return s;
}

/* Encodes text (taking it) into *out; on success hands it to *payload. */
static int finish(char *text, int max_cols, int max_rows, int cell_cols,
		  yd_qr *out, char **payload)
{
	if (!text)
		return -1;
	int rc = yd_qr_encode(text, max_cols, max_rows, cell_cols, out);
	if (rc == YD_QR_OK && payload)
		*payload = text;
	else
		free(text);
	return rc;
}

int yd_qr_article(const char *title, const char *summary, const char *url,
		  yd_qr_kind kind, int max_cols, int max_rows, int cell_cols,
		  yd_qr *out, char **payload)
{
	memset(out, 0, sizeof *out);
	if (payload)
		*payload = NULL;
	if (kind == YD_QR_URL) {
		if (!yd_qr_is_web_url(url))
			return YD_QR_NONE;
		return finish(strdup(url), max_cols, max_rows, cell_cols, out, payload);
	}
	char *t = clean(title);
	char *sum = kind == YD_QR_TEXT ? clean(summary) : strdup("");
	int rc = -1;
	if (!t || !sum)
		goto done;
	if (!*t) {
		rc = YD_QR_NONE;
		goto done;
	}
	size_t sl = strlen(sum);
	size_t total = count_chars(sum, sl);
	size_t hi = total < YD_QR_SUMMARY_MAX ? total : YD_QR_SUMMARY_MAX;
	rc = finish(compose(t, sum, hi), max_cols, max_rows, cell_cols, out, payload);
	if (rc != YD_QR_TOO_BIG || hi <= YD_QR_SUMMARY_MIN)
		goto done;
	/* Shorten the summary: the longest cut that fits, by bisection
	 * (the code's size grows with the text's length). */
	size_t lo = YD_QR_SUMMARY_MIN;
	yd_qr trial;
	rc = finish(compose(t, sum, lo), max_cols, max_rows, cell_cols, &trial, NULL);
	if (rc != YD_QR_OK) {
		if (rc == YD_QR_TOO_BIG)
			*out = trial;   /* the smallest it could be */
		goto done;
	}
	yd_qr_free(&trial);
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		rc = finish(compose(t, sum, mid), max_cols, max_rows, cell_cols, &trial, NULL);
		yd_qr_free(&trial);
		if (rc == YD_QR_OK)
			lo = mid;
		else if (rc == YD_QR_TOO_BIG)
			hi = mid;
		else
			goto done;
	}
	rc = finish(compose(t, sum, lo), max_cols, max_rows, cell_cols, out, payload);
done:
	free(t);
	free(sum);
	return rc;
}
