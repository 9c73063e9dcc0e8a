/* A page of hits: title, date and a snippet cut from the stored
 * article text around its best match, with the matches highlighted. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "yidu/search.h"
#include "corpus-internal.h"
#include "search-cand.h"
#include "search-internal.h"
#include "sqlutil.h"

#define SNIPPET_BEFORE 16     /* characters shown before the first match */
#define SNIPPET_CHARS 72      /* characters in a snippet */
#define SNIPPET_SOURCE "262144"  /* characters of the body it is cut from */

/* Replaces line breaks and tabs by spaces. */
static void one_line(char *s)
{
	for (; *s; s++)
		if (*s == '\n' || *s == '\t' || *s == '\r')
			*s = ' ';
}

/* Cuts a window of the text around its best match; ranges move with it. */
static int make_snippet(yd_search_hit *h, const char *text, const yd_range *r,
			size_t nr)
{
	const uint8_t *s = (const uint8_t *)text;
	size_t n = strlen(text);
	size_t from = 0;
	if (nr) {
		/* around the longest match (words of the query that stand
		 * together), the first of them if several; back up
		 * SNIPPET_BEFORE characters, not past a line start */
		size_t best = 0;
		for (size_t i = 1; i < nr; i++)
			if (r[i].end - r[i].start > r[best].end - r[best].start)
				best = i;
		from = r[best].start;
		for (int k = 0; k < SNIPPET_BEFORE && from > 0 && s[from - 1] != '\n'; k++) {
			from--;
			while (from > 0 && (s[from] & 0xC0) == 0x80)
				from--;
		}
	}
	while (from < n && (s[from] == ' ' || s[from] == '\n'))
		from++;
	size_t to = from;
	for (int k = 0; k < SNIPPET_CHARS && to < n; k++) {
		to++;
		while (to < n && (s[to] & 0xC0) == 0x80)
			to++;
	}
	while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\n'))
		to--;
	const char *pre = from > 0 ? "…" : "", *post = to < n ? "…" : "";
	size_t pl = strlen(pre);
	h->snippet = malloc(pl + (to - from) + strlen(post) + 1);
	h->ranges = nr ? calloc(nr, sizeof *h->ranges) : NULL;
	if (!h->snippet || (nr && !h->ranges))
		return -1;
	sprintf(h->snippet, "%s%.*s%s", pre, (int)(to - from), text + from, post);
	one_line(h->snippet);
	for (size_t i = 0; i < nr; i++) {
		if (r[i].start < from || r[i].start >= to)
			continue;
		size_t e = r[i].end < to ? r[i].end : to;
		h->ranges[h->nranges++] = (yd_range){ r[i].start - from + pl,
						      e - from + pl };
	}
	return 0;
}

/* Title, date and snippet of one hit. */
static int fill_hit(yd_corpus *c, sqlite3_stmt *st, const char *query,
		    yd_search_hit *h, yd_error *err)
{
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, h->id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return yd_sql_fail(c->db, "reading a search result", err);
	}
	h->title = yd_sql_text(st, 0);
	const char *summary = (const char *)sqlite3_column_text(st, 1);
	const char *body = (const char *)sqlite3_column_text(st, 2);
	const char *date = (const char *)sqlite3_column_text(st, 3);
	snprintf(h->date, sizeof h->date, "%s", date ? date : "");
	char *plain = body ? yd_md_plain(body, strlen(body), NULL) : NULL;
	char *sum = summary ? strdup(summary) : NULL;
	sqlite3_reset(st);
	int rc = -1;
	yd_range *r = NULL;
	long nr = 0;
	if (!h->title || (body && !plain) || (summary && !sum))
		goto out;
	long nt = yd_search_highlight(h->title, strlen(h->title), query,
				      &h->title_ranges);
	if (nt < 0)
		goto out;
	h->ntitle_ranges = (size_t)nt;
	/* The body around its first match, else the summary's, else the
	 * beginning of the summary or body. */
	const char *text = NULL;
	if (plain) {
		if ((nr = yd_search_highlight(plain, strlen(plain), query, &r)) < 0)
			goto out;
		text = plain;
	}
	if (nr == 0 && sum) {
		free(r);
		r = NULL;
		if ((nr = yd_search_highlight(sum, strlen(sum), query, &r)) < 0)
			goto out;
		if (nr > 0 || !text)
			text = sum;
	}
	rc = make_snippet(h, text ? text : "", nr ? r : NULL, (size_t)nr);
out:
	if (rc != 0)
		yd_error_set(err, YD_ENOMEM, "out of memory");
	free(r);
	free(plain);
	free(sum);
	return rc;
}

int yd_hits_fill(yd_corpus *c, const char *query, const struct cand *cv,
		 size_t n, yd_search_results *out, yd_error *err)
{
	if (!(out->v = calloc(n, sizeof *out->v)))
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	/* The snippet comes from the body's first SNIPPET_SOURCE characters:
	 * memory stays bounded whatever a (hand-edited) corpus holds. */
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "SELECT title, summary, substr(body, 1, "
			       SNIPPET_SOURCE "), published FROM article "
			       "WHERE id = ?1", -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(c->db, "searching", err);
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		yd_search_hit *h = &out->v[out->n++];
		h->id = cv[i].id;
		h->title_match = cv[i].m.title > 0;
		h->score = -cv[i].m.bm25;
		rc = fill_hit(c, st, query, h, err);
	}
	sqlite3_finalize(st);
	return rc;
}

void yd_search_results_free(yd_search_results *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].title);
		free(r->v[i].snippet);
		free(r->v[i].ranges);
		free(r->v[i].title_ranges);
	}
	free(r->v);
	memset(r, 0, sizeof *r);
}
