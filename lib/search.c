/* yd_search: candidates from the FTS5 index (bounded, newest first), then
 * ranked title-match first and by BM25, then a page of hits with
 * snippets cut from the stored article text. */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "yidu/search.h"
#include "corpus-internal.h"
#include "search-internal.h"
#include "sqlutil.h"

#define SNIPPET_BEFORE 16     /* characters shown before the first match */
#define SNIPPET_CHARS 72      /* characters in a snippet */
#define SNIPPET_SOURCE "262144"  /* characters of the body it is cut from */

/* Column weights for BM25: title, summary, body, pinyin of the title,
 * facets (never ranked). ?3 is the number of filter phrases at the end of
 * the expression, which yd_rank leaves out (lib/search-fts.c). */
#define RANK_SQL "yd_rank(search, 4.0, 2.0, 1.0, 4.0, 0.0, ?3)"

struct cand {
	int64_t id;
	int title;
	double bm25;           /* lower is better */
};

static int cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	if (x->title != y->title)
		return y->title - x->title;
	if (x->bm25 != y->bm25)
		return x->bm25 < y->bm25 ? -1 : 1;
	return x->id < y->id ? 1 : x->id > y->id ? -1 : 0;
}

/* The candidates: the newest matches, the filter being part of the FTS5
 * expression, so that a small region or topic is found by FTS5 skipping
 * through the doclists rather than by testing every match. */
static const char candidates_sql[] = "SELECT rowid, yd_title_hit(search), "
	RANK_SQL " FROM search WHERE search MATCH ?1 ORDER BY rowid DESC "
	"LIMIT ?2";

/* "(expr) AND facets : "<mark>r<code>"" …, the filter's phrases;
 * *nfilter receives how many. malloc'd. */
static char *filtered_expr(const char *expr, int64_t region, int64_t topic,
			   int *nfilter)
{
	size_t n = strlen(expr) + 128;
	char *s = malloc(n);
	if (!s)
		return NULL;
	int k = snprintf(s, n, "(%s)", expr);
	*nfilter = 0;
	if (region > 0) {
		k += snprintf(s + k, n - (size_t)k, " AND facets : \""
			      YD_FACET_MARK "r%" PRId64 "\"", region);
		++*nfilter;
	}
	if (topic > 1) {
		k += snprintf(s + k, n - (size_t)k, " AND facets : \""
			      YD_FACET_MARK "t%" PRId64 "\"", topic);
		++*nfilter;
	}
	return s;
}

/* Replaces line breaks and tabs by spaces. */
static void one_line(char *s)
{
	for (; *s; s++)
		if (*s == '\n' || *s == '\t' || *s == '\r')
			*s = ' ';
}

/* Cuts a window of the text around its first match; ranges move with it. */
static int make_snippet(yd_search_hit *h, const char *text, const yd_range *r,
			size_t nr)
{
	const uint8_t *s = (const uint8_t *)text;
	size_t n = strlen(text);
	size_t from = 0;
	if (nr) {
		/* back up SNIPPET_BEFORE characters, not past a line start */
		from = r[0].start;
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

int yd_search(yd_corpus *c, const char *query, int64_t region, int64_t topic,
	      size_t offset, size_t limit, yd_search_results *out,
	      yd_error *err)
{
	memset(out, 0, sizeof *out);
	yd_query q;
	if (yd_query_parse(query, &q) != 0)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	char *expr = yd_query_fts(&q);
	yd_query_free(&q);
	if (!expr)
		return 0;                 /* nothing that can match */
	int nfilter = 0;
	char *fexpr = filtered_expr(expr, region, topic, &nfilter);
	sqlite3_stmt *st = NULL;
	struct cand *cv = NULL;
	size_t cn = 0;
	int rc = -1;
	if (!fexpr) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		goto out;
	}
	if (sqlite3_prepare_v2(c->db, candidates_sql, -1, &st, NULL) != SQLITE_OK) {
		yd_sql_fail(c->db, "searching", err);
		goto out;
	}
	sqlite3_bind_text(st, 1, fexpr, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, YD_SEARCH_MAX_RANKED + 1);
	sqlite3_bind_int(st, 3, nfilter);
	cv = malloc((YD_SEARCH_MAX_RANKED + 1) * sizeof *cv);
	if (!cv) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		goto out;
	}
	int s;
	while ((s = sqlite3_step(st)) == SQLITE_ROW)
		cv[cn++] = (struct cand){ sqlite3_column_int64(st, 0),
			sqlite3_column_int(st, 1), sqlite3_column_double(st, 2) };
	if (s != SQLITE_DONE) {
		yd_sql_fail(c->db, "searching", err);
		goto out;
	}
	if (cn > YD_SEARCH_MAX_RANKED) {
		out->more = true;
		cn = YD_SEARCH_MAX_RANKED;
	}
	out->count = cn;
	qsort(cv, cn, sizeof *cv, cmp_cand);
	sqlite3_finalize(st);
	st = NULL;
	if (offset >= cn || limit == 0) {
		rc = 0;
		goto out;
	}
	size_t n = cn - offset < limit ? cn - offset : limit;
	if (!(out->v = calloc(n, sizeof *out->v))) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		goto out;
	}
	/* The snippet comes from the body's first SNIPPET_SOURCE characters:
	 * memory stays bounded whatever a (hand-edited) corpus holds. */
	if (sqlite3_prepare_v2(c->db, "SELECT title, summary, substr(body, 1, "
			       SNIPPET_SOURCE "), published FROM article "
			       "WHERE id = ?1", -1, &st, NULL) != SQLITE_OK) {
		yd_sql_fail(c->db, "searching", err);
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		yd_search_hit *h = &out->v[out->n++];
		const struct cand *k = &cv[offset + i];
		h->id = k->id;
		h->title_match = k->title != 0;
		h->score = -k->bm25;
		if (fill_hit(c, st, query, h, err) != 0)
			goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	free(fexpr);
	free(expr);
	free(cv);
	if (rc != 0)
		yd_search_results_free(out);
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
