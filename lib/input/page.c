/* Scraped pages: title, optional short answer, author/date lines, body,
 * site furniture and the related list. See doc/input-formats.md. */
#include <stdlib.h>
#include <string.h>
#include "yidu/parse.h"
#include "page.h"
#include "util.h"

/* Summaries taken from the body are cut to about this many characters. */
#define SUMMARY_CHARS 120
/* A short answer under the title is at most this many characters. */
#define SHORT_ANSWER_CHARS 40

static bool is_furniture(const page_line *L)
{
	return yd_page_is_nav(L->s, L->n) || yd_page_is_disclaimer(L->s, L->n) ||
	       yd_page_is_tag_heading(L->s, L->n);
}

static const char *const answer_ends[] = {"。", "；", ";", "，", ",", "：", ":", "！", "!",
					  "？", "?", "…", NULL};

static bool short_answer(const page_line *L)
{
	size_t k;
	if (L->n == 0 || yd_pu_u8count(L->s, L->n) > SHORT_ANSWER_CHARS ||
	    yd_page_is_structured(L->s, L->n) || yd_page_is_related_heading(L->s, L->n))
		return false;
	for (k = 0; answer_ends[k]; k++) {
		size_t w = strlen(answer_ends[k]);
		if (L->n >= w && memcmp(L->s + L->n - w, answer_ends[k], w) == 0)
			return false;
	}
	return true;
}

/* The first sentences of a paragraph, up to about SUMMARY_CHARS. */
static char *cut_summary(const char *s)
{
	size_t n = strlen(s), lim, i, best = 0, chars = 0;
	yd_buf b = {0};

	if (yd_pu_u8count(s, n) <= SUMMARY_CHARS)
		return yd_pu_strndup(s, n);
	lim = yd_pu_u8prefix(s, n, SUMMARY_CHARS);
	for (i = 0; i < lim; chars++) {
		uint32_t cp;
		i += yd_pu_u8next(s + i, lim - i, &cp);
		if ((cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?') &&
		    chars >= SUMMARY_CHARS / 4)
			best = i;
	}
	if (best)
		return yd_pu_strndup(s, best);
	yd_buf_add(&b, s, yd_pu_u8prefix(s, n, SUMMARY_CHARS - 1));
	yd_buf_adds(&b, "…");
	return yd_buf_take(&b);
}

static void set_field(char **dst, const char *s, size_t n)
{
	free(*dst);
	*dst = n ? yd_pu_strndup(s, n) : NULL;
}

/* Entries: a title line, summary lines, a "category date" line. */
static void parse_related(const page_line *v, size_t n, yd_article *a)
{
	size_t i;
	yd_buf summary = {0};
	const page_line *title = NULL;

	for (i = 0; i < n; i++) {
		const page_line *L = &v[i];
		char date[11];
		const char *cat;
		size_t catn;

		if (L->n == 0 || yd_page_is_related_heading(L->s, L->n) || is_furniture(L))
			continue;
		if (title && yd_page_date_line(L->s, L->n, date, &cat, &catn)) {
			yd_related *r = yd_pu_add_related(a);
			r->title = yd_pu_strndup(title->s, title->n);
			if (summary.len)
				r->summary = yd_buf_take(&summary);
			set_field(&r->category, cat, catn);
			r->date = yd_pu_strndup(date, 10);
			title = NULL;
			yd_buf_free(&summary);
			continue;
		}
		if (!title) {
			title = L;
			continue;
		}
		if (summary.len)
			yd_buf_addc(&summary, '\n');
		yd_buf_add(&summary, L->s, L->n);
	}
	/* A last entry without its date line still counts if it has a
	 * summary; a lone line is more likely unrecognised furniture. */
	if (title && summary.len) {
		yd_related *r = yd_pu_add_related(a);
		r->title = yd_pu_strndup(title->s, title->n);
		r->summary = yd_buf_take(&summary);
	}
	yd_buf_free(&summary);
}

static int parse(const char *text, size_t n, const char *origin, yd_article *a, yd_error *err)
{
	page_lines pl;
	page_line *body;
	size_t i, r, k, nb = 0;
	char *first = NULL;

	yd_page_split(text, n, &pl);
	/* Title: the first line that is not furniture. */
	for (i = 0; i < pl.n; i++) {
		const page_line *L = &pl.v[i];
		if (L->n == 0 || is_furniture(L) || yd_page_is_related_heading(L->s, L->n) ||
		    yd_page_meta(L->s, L->n, true, a))
			continue;
		break;
	}
	if (i >= pl.n) {
		yd_page_lines_free(&pl);
		return yd_error_set(err, YD_EFORMAT, "%s: no title: the page has no text", origin);
	}
	a->title = yd_pu_strndup(pl.v[i].s, pl.v[i].n);
	i++;
	/* Near the title: author/date/source lines and furniture. */
	for (; i < pl.n; i++) {
		const page_line *L = &pl.v[i];
		if (L->n == 0 || is_furniture(L) || yd_page_meta(L->s, L->n, true, a))
			continue;
		break;
	}
	/* A short answer, when body text follows it. */
	if (i < pl.n && short_answer(&pl.v[i])) {
		for (k = i + 1; k < pl.n; k++)
			if (pl.v[k].n && !is_furniture(&pl.v[k]))
				break;
		if (k < pl.n && !yd_page_is_related_heading(pl.v[k].s, pl.v[k].n)) {
			a->summary = yd_pu_strndup(pl.v[i].s, pl.v[i].n);
			i++;
		}
	}
	for (r = i; r < pl.n; r++)
		if (yd_page_is_related_heading(pl.v[r].s, pl.v[r].n))
			break;

	/* The body without furniture; dropped lines leave blank lines so
	 * that paragraphs stay apart. */
	body = yd_pu_xmalloc((r - i + 1) * sizeof *body);
	for (k = i; k < r; k++) {
		page_line L = pl.v[k];
		if (L.n && yd_page_is_tag_heading(L.s, L.n)) {
			/* Drop the tag lines that follow, up to a blank line. */
			while (k + 1 < r && pl.v[k + 1].n && pl.v[k + 1].n <= 120 &&
			       !yd_page_is_related_heading(pl.v[k + 1].s, pl.v[k + 1].n) &&
			       !yd_pu_contains(pl.v[k + 1].s, pl.v[k + 1].n, "。"))
				k++;
			L.n = 0;
		} else if (L.n && (is_furniture(&L) || yd_page_meta(L.s, L.n, false, a))) {
			L.n = 0;
		}
		if (L.n == 0)
			L.indent = 0;
		body[nb++] = L;
	}
	a->body = yd_page_body_markdown(body, nb, &first);
	free(body);
	if (!a->summary && first)
		a->summary = cut_summary(first);
	free(first);
	if (r < pl.n)
		parse_related(pl.v + r + 1, pl.n - r - 1, a);
	yd_page_lines_free(&pl);
	return 0;
}

int yd_parse_page(const char *text, size_t n, const char *origin,
		  yd_article *out, yd_error *err)
{
	return yd_pu_run(parse, text, n, origin, out, err);
}
