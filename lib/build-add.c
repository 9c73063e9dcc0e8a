/* Adding one article to a build: cleaning, deduplication by normalised
 * title, regions and topics, listed related entries. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build-internal.h"
#include "search-internal.h"
#include "search-segment.h"
#include "sqlutil.h"
#include "yidu/text.h"

#define MAX_NODES 16

static const char *const stmt_sql[ST_COUNT] = {
	[ST_FIND_KEY] = "SELECT id, excerpt, coalesce(length(body), 0), "
		"(summary IS NOT NULL) + (source IS NOT NULL) + (url IS NOT NULL) + "
		"(author IS NOT NULL) + (published IS NOT NULL) + "
		"(category IS NOT NULL), slug FROM article WHERE title_key = ?1",
	[ST_FIND_SLUG] = "SELECT id FROM article WHERE slug = ?1",
	[ST_INSERT] = "INSERT INTO article (id, slug, title, title_key, summary, "
		"body, source, url, author, published, category, excerpt, hash, "
		"sortkey) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
		"?12, ?13, ?14)",
	[ST_UPDATE] = "UPDATE article SET slug = ?2, title = ?3, title_key = ?4, "
		"summary = ?5, body = ?6, source = ?7, url = ?8, author = ?9, "
		"published = ?10, category = ?11, excerpt = ?12, hash = ?13, "
		"sortkey = ?14 WHERE id = ?1",
	[ST_DEL_REGIONS] = "DELETE FROM article_region WHERE article = ?1",
	[ST_DEL_TOPICS] = "DELETE FROM article_topic WHERE article = ?1",
	[ST_ADD_REGION] = "INSERT OR IGNORE INTO article_region VALUES (?1, ?2)",
	[ST_ADD_TOPIC] = "INSERT OR IGNORE INTO article_topic VALUES (?1, ?2)",
	[ST_ADD_RELATED] = "INSERT INTO related VALUES (?1, ?2, ?3, 'listed')",
	[ST_MAX_RANK] = "SELECT max(coalesce((SELECT max(rank) FROM related "
		"WHERE article = ?1), 0), coalesce((SELECT max(rank) FROM pending "
		"WHERE article = ?1), 0))",
	[ST_HAS_RELATED] = "SELECT 1 FROM related WHERE article = ?1 AND related = ?2",
	[ST_ADD_PENDING] = "INSERT INTO pending VALUES (?1, ?2, ?3, ?4)",
};

int yd_builder_prepare_sql(yd_builder *b, yd_error *err)
{
	for (int i = 0; i < ST_COUNT; i++)
		if (!(b->st[i] = yd_sql_prepare(b->db, stmt_sql[i], err)))
			return -1;
	return 0;
}

/* Runs a statement to completion; true when it did. */
static bool run(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

/* Replaces *s by a clean copy if it needs cleaning; empty becomes NULL. */
static int clean(char **s, int flags, bool trim)
{
	if (!*s)
		return 0;
	size_t n = strlen(*s);
	if (!yd_text_is_clean(*s, n, flags)) {
		char *c = yd_text_sanitize(*s, n, flags, NULL);
		if (!c)
			return -1;
		free(*s);
		*s = c;
	}
	if (trim) {
		char *p = *s, *e = p + strlen(p);
		while (*p == ' ' || *p == '\n' || *p == '\t')
			p++;
		while (e > p && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\t'))
			e--;
		memmove(*s, p, (size_t)(e - p));
		(*s)[e - p] = '\0';
	}
	if (**s == '\0') {
		free(*s);
		*s = NULL;
	}
	return 0;
}

static int clean_article(yd_article *a)
{
	/* cut before cleaning: no work on what will not be kept */
	size_t cut = yd_build_cut_body(&a->body);
	if (cut)
		a->body_cut = cut;
	int rc = clean(&a->title, 0, true) | clean(&a->slug, 0, true) |
		clean(&a->summary, YD_SANITIZE_KEEP_NEWLINES, true) |
		clean(&a->body, YD_SANITIZE_KEEP_NEWLINES | YD_SANITIZE_KEEP_TABS, false) |
		clean(&a->source, 0, true) | clean(&a->url, 0, true) |
		clean(&a->author, 0, true) | clean(&a->date, 0, true) |
		clean(&a->category, 0, true) | clean(&a->origin, 0, false);
	for (size_t i = 0; i < a->nregions; i++)
		rc |= clean(&a->regions[i], 0, true);
	for (size_t i = 0; i < a->ntopics; i++)
		rc |= clean(&a->topics[i], 0, true);
	for (size_t i = 0; i < a->nrelated; i++) {
		yd_related *r = &a->related[i];
		rc |= clean(&r->title, 0, true) | clean(&r->category, 0, true) |
			clean(&r->summary, YD_SANITIZE_KEEP_NEWLINES, true) |
			clean(&r->date, 0, true);
	}
	if (a->body && strspn(a->body, " \t\n") == strlen(a->body)) {
		free(a->body);
		a->body = NULL;
	}
	return rc;
}

static bool slug_ok(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n <= 200 && strspn(s, "abcdefghijklmnopqrstuvwxyz"
					   "0123456789-") == n;
}

static int64_t slug_owner(yd_builder *b, const char *slug)
{
	sqlite3_stmt *st = b->st[ST_FIND_SLUG];
	int64_t id = -1;
	yd_sql_bind_text(st, 1, slug);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return id;
}

/* A slug that no other article uses: the given one if valid, else one
 * derived from the title key; "-2", "-3"... on collision. */
static char *choose_slug(yd_builder *b, const yd_article *a, const char *key,
			 int64_t self)
{
	char base[256];
	if (a->slug && slug_ok(a->slug)) {
		snprintf(base, sizeof base, "%s", a->slug);
	} else {
		if (a->slug)
			yd_builder_warn(b, "%s: slug '%s' is not lower-case ASCII "
					"letters, digits and '-'; deriving one",
					a->origin ? a->origin : "?", a->slug);
		snprintf(base, sizeof base, "a-%012llx", (unsigned long long)
			 (yd_fnv1a64(YD_FNV_OFFSET, key, strlen(key)) >> 16));
	}
	char *s = malloc(sizeof base + 24);
	if (!s)
		return NULL;
	strcpy(s, base);
	for (int k = 2;; k++) {
		int64_t owner = slug_owner(b, s);
		if (owner < 0 || owner == self)
			return s;
		snprintf(s, sizeof base + 24, "%s-%d", base, k);
	}
}

/* Drops a region when one of its descendants is also listed. */
static size_t specific_regions(const yd_gazetteer *g, uint32_t *c, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		bool keep = true;
		for (size_t j = 0; j < n && keep; j++) {
			if (i == j || c[i] == c[j])
				continue;
			const yd_region *r = yd_gazetteer_find(g, c[j]);
			for (int depth = 0; r && r->parent && depth < 8; depth++) {
				if (r->parent == c[i]) {
					keep = false;
					break;
				}
				r = yd_gazetteer_find(g, r->parent);
			}
		}
		for (size_t k = 0; k < w && keep; k++)
			keep = c[k] != c[i];
		if (keep)
			c[w++] = c[i];
	}
	return w;
}

static size_t specific_topics(const yd_taxonomy *t, int *ids, size_t n)
{
	size_t w = 0, cnt = yd_taxonomy_count(t);
	for (size_t i = 0; i < n; i++) {
		bool keep = ids[i] > 1;   /* the root says nothing */
		for (size_t j = 0; j < n && keep; j++) {
			if (ids[j] == ids[i])
				continue;
			int p = ids[j];
			for (int depth = 0; p > 0 && (size_t)p <= cnt && depth < 64; depth++) {
				p = yd_taxonomy_at(t, (size_t)p - 1)->parent;
				if (p == ids[i]) {
					keep = false;
					break;
				}
			}
		}
		for (size_t k = 0; k < w && keep; k++)
			keep = ids[k] != ids[i];
		if (keep)
			ids[w++] = ids[i];
	}
	return w;
}

static const char *origin_of(const yd_article *a)
{
	return a->origin ? a->origin : "input";
}

/* The regions and topics of an article: given by the input, else found
 * in its text. Needs no database, so yd_builder_prepare can run it on
 * another thread. A region "0" or a topic "" given alone means "none, as
 * already worked out". */
static void find_nodes(const yd_builder *cb, const yd_article *a,
		       uint32_t *codes, size_t *pnr, int *topics, size_t *pnt)
{
	yd_builder *b = (yd_builder *)cb;   /* for warnings only */
	size_t nr = 0, nt = 0;
	const char *text = a->body ? a->body : a->summary;
	bool given_r = false, given_t = false;

	for (size_t i = 0; i < a->nregions && nr < MAX_NODES; i++) {
		if (a->regions[i] && strcmp(a->regions[i], "0") == 0) {
			given_r = true;
			continue;
		}
		const yd_region *r = yd_gazetteer_lookup(b->gaz, a->regions[i]);
		if (r)
			codes[nr++] = r->code;
		else if (a->regions[i])
			yd_builder_warn(b, "%s: unknown region '%s'", origin_of(a),
					a->regions[i]);
	}
	if (nr == 0 && !given_r) {
		nr = yd_find_regions(b->gaz, a->title, strlen(a->title), codes,
				     MAX_NODES);
		if (nr == 0 && text)
			nr = yd_find_regions(b->gaz, text, strlen(text), codes,
					     MAX_NODES);
	}
	nr = specific_regions(b->gaz, codes, nr);

	for (size_t i = 0; i < a->ntopics && nt < MAX_NODES; i++) {
		if (a->topics[i] && !*a->topics[i]) {
			given_t = true;
			continue;
		}
		const yd_topic *t = a->topics[i]
			? yd_taxonomy_by_path(b->tax, a->topics[i]) : NULL;
		if (t)
			topics[nt++] = t->id;
		else if (a->topics[i])
			yd_builder_warn(b, "%s: unknown topic '%s'", origin_of(a),
					a->topics[i]);
	}
	if (nt == 0 && !given_t)
		nt = yd_find_topics(b->tax, a->title, text, topics, MAX_NODES);
	nt = specific_topics(b->tax, topics, nt);
	*pnr = nr;
	*pnt = nt;
}

static void free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int yd_builder_prepare(const yd_builder *b, yd_article *a, yd_error *err)
{
	uint32_t codes[MAX_NODES];
	int topics[MAX_NODES];
	size_t nr, nt;
	if (clean_article(a) != 0)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	if (!a->title)
		return yd_error_set(err, YD_EFORMAT, "%s: missing title", origin_of(a));
	find_nodes(b, a, codes, &nr, topics, &nt);
	char **rv = calloc(nr ? nr : 1, sizeof *rv);
	char **tv = calloc(nt ? nt : 1, sizeof *tv);
	bool failed = !rv || !tv;
	for (size_t i = 0; i < nr && !failed; i++) {
		char code[16];
		snprintf(code, sizeof code, "%u", (unsigned)codes[i]);
		failed = !(rv[i] = strdup(code));
	}
	for (size_t i = 0; i < nt && !failed; i++) {
		const yd_topic *t = yd_taxonomy_at(b->tax, (size_t)topics[i] - 1);
		failed = !(tv[i] = strdup(t->path));
	}
	if (!failed && nr == 0)
		failed = !(rv[0] = strdup("0"));
	if (!failed && nt == 0)
		failed = !(tv[0] = strdup(""));
	if (failed) {
		free_strings(rv, nr ? nr : 1);
		free_strings(tv, nt ? nt : 1);
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	/* the index's text of the body, made here, on the reader's thread
	 * (lib/search-segment.c reads it when the article is stored) */
	free(a->body_text);
	a->body_text = NULL;
	if (b->live && a->body &&
	    !(a->body_text = yd_md_plain(a->body, strlen(a->body), &a->body_text_len))) {
		free_strings(rv, nr ? nr : 1);
		free_strings(tv, nt ? nt : 1);
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	free_strings(a->regions, a->nregions);
	free_strings(a->topics, a->ntopics);
	a->regions = rv;
	a->nregions = nr ? nr : 1;
	a->topics = tv;
	a->ntopics = nt ? nt : 1;
	return 0;
}

static int write_nodes(yd_builder *b, int64_t id, const yd_article *a,
		       uint32_t codes[MAX_NODES], size_t *pnr,
		       int topics[MAX_NODES], size_t *pnt, yd_error *err)
{
	size_t nr, nt;
	find_nodes(b, a, codes, &nr, topics, &nt);
	*pnr = nr;
	*pnt = nt;
	for (size_t i = 0; i < nr; i++) {
		sqlite3_bind_int64(b->st[ST_ADD_REGION], 1, id);
		sqlite3_bind_int64(b->st[ST_ADD_REGION], 2, codes[i]);
		if (!run(b->st[ST_ADD_REGION]))
			return yd_sql_fail(b->db, "storing regions", err);
	}
	for (size_t i = 0; i < nt; i++) {
		sqlite3_bind_int64(b->st[ST_ADD_TOPIC], 1, id);
		sqlite3_bind_int64(b->st[ST_ADD_TOPIC], 2, topics[i]);
		if (!run(b->st[ST_ADD_TOPIC]))
			return yd_sql_fail(b->db, "storing topics", err);
	}
	return 0;
}

static int cmp_i64(const void *p, const void *q)
{
	int64_t x = *(const int64_t *)p, y = *(const int64_t *)q;
	return (x > y) - (x < y);
}

/* Sorted and distinct, as the primary keys of article_region and
 * article_topic hold them. */
static size_t sorted_set(int64_t *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp_i64);
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (w == 0 || v[w - 1] != v[i])
			v[w++] = v[i];
	return w;
}

/* A new article into the index built while storing (lib/search-segment.c),
 * with the facets yd_build_counts will give it. */
static void index_new(yd_builder *b, int64_t id, const yd_article *a,
		      const uint32_t *codes, size_t nr, const int *topics,
		      size_t nt)
{
	int64_t rs[MAX_NODES], ts[MAX_NODES];
	char facets[YD_FACET_TEXT_MAX];
	for (size_t i = 0; i < nr; i++)
		rs[i] = codes[i];
	for (size_t i = 0; i < nt; i++)
		ts[i] = topics[i];
	nr = sorted_set(rs, nr);
	nt = sorted_set(ts, nt);
	size_t nf = yd_facet_text_of(b->facet_trees, rs, nr, ts, nt, facets,
				     sizeof facets);
	yd_segment_live_add(b->live, id, a->body, a->body_text, a->body_text_len,
			    a->title, a->summary, facets, nf);
}

static void bind_static(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Binds the article's columns to ST_INSERT or ST_UPDATE. */
static void bind_article(sqlite3_stmt *st, int64_t id, const char *slug,
			 const char *key, const yd_article *a)
{
	int64_t days = 0;
	if (!yd_date_days(a->date, &days))
		days = 0;
	uint64_t h = yd_hash64(YD_FNV_OFFSET, a->title, strlen(a->title) + 1);
	if (a->body)
		h = yd_hash64(h, a->body, strlen(a->body));
	char hex[17];
	snprintf(hex, sizeof hex, "%016llx", (unsigned long long)h);
	/* the strings outlive the statement's step: no copies */
	sqlite3_bind_int64(st, 1, id);
	bind_static(st, 2, slug);
	bind_static(st, 3, a->title);
	bind_static(st, 4, key);
	bind_static(st, 5, a->summary);
	bind_static(st, 6, a->body);
	bind_static(st, 7, a->source);
	bind_static(st, 8, a->url);
	bind_static(st, 9, a->author);
	bind_static(st, 10, yd_date_days(a->date, &days) ? a->date : NULL);
	bind_static(st, 11, a->category);
	sqlite3_bind_int(st, 12, a->excerpt);
	yd_sql_bind_text(st, 13, hex);
	sqlite3_bind_int64(st, 14, days * ((int64_t)1 << 32) + id);
}

static int fields(const yd_article *a)
{
	return !!a->summary + !!a->source + !!a->url + !!a->author +
		!!a->date + !!a->category;
}

/* Stores a cleaned article; *id receives its id (new or the existing
 * record's). `count_merge`: whether meeting an existing title counts as a
 * merged duplicate (not for related entries that merely name one). */
static int store(yd_builder *b, yd_article *a, bool count_merge, int64_t *id,
		 bool *replaced, yd_error *err)
{
	char *key = yd_title_key(a->title);
	char *slug = NULL;
	int rc = -1;
	if (!key)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	if (!*key) {                       /* all punctuation: use it as it is */
		free(key);
		if (!(key = strdup(a->title)))
			return yd_error_set(err, YD_ENOMEM, "out of memory");
	}
	if (a->date && !yd_date_days(a->date, &(int64_t){ 0 }))
		yd_builder_warn(b, "%s: date '%s' is not YYYY-MM-DD; ignored",
				origin_of(a), a->date);
	if (!a->body)
		a->excerpt = true;

	sqlite3_stmt *f = b->st[ST_FIND_KEY];
	yd_sql_bind_text(f, 1, key);
	int step = sqlite3_step(f);
	*replaced = false;
	if (step == SQLITE_ROW) {
		*id = sqlite3_column_int64(f, 0);
		bool old_excerpt = sqlite3_column_int(f, 1) != 0;
		int64_t old_len = sqlite3_column_int64(f, 2);
		int old_fields = sqlite3_column_int(f, 3);
		char *old_slug = yd_sql_text(f, 4);
		sqlite3_reset(f);
		int64_t len = a->body ? (int64_t)strlen(a->body) : 0;
		/* the richer record wins: full over excerpt, longer body,
		 * more fields */
		bool richer = old_excerpt != a->excerpt ? !a->excerpt
			: len != old_len ? len > old_len : fields(a) > old_fields;
		if (count_merge)
			b->merged++;
		if (!richer) {
			free(old_slug);
			free(key);
			return 0;
		}
		slug = a->slug && slug_ok(a->slug) ? choose_slug(b, a, key, *id)
			: old_slug;
		if (slug != old_slug)
			free(old_slug);
		if (!slug)
			goto nomem;
		bind_article(b->st[ST_UPDATE], *id, slug, key, a);
		sqlite3_bind_int64(b->st[ST_DEL_REGIONS], 1, *id);
		sqlite3_bind_int64(b->st[ST_DEL_TOPICS], 1, *id);
		if (!run(b->st[ST_UPDATE]) || !run(b->st[ST_DEL_REGIONS]) ||
		    !run(b->st[ST_DEL_TOPICS])) {
			yd_sql_fail(b->db, "storing an article", err);
			goto done;
		}
		*replaced = true;
		/* indexed with its old text: the index is built at the end */
		yd_segment_live_spoil(b->live);
	} else {
		sqlite3_reset(f);
		if (step != SQLITE_DONE) {
			yd_sql_fail(b->db, "looking up a title", err);
			goto done;
		}
		*id = b->next_id;
		if (!(slug = choose_slug(b, a, key, *id)))
			goto nomem;
		bind_article(b->st[ST_INSERT], *id, slug, key, a);
		if (!run(b->st[ST_INSERT])) {
			yd_sql_fail(b->db, "storing an article", err);
			goto done;
		}
		b->next_id++;
		b->added++;
	}
	uint32_t codes[MAX_NODES];
	int topics[MAX_NODES];
	size_t nr, nt;
	rc = write_nodes(b, *id, a, codes, &nr, topics, &nt, err);
	if (rc == 0 && !*replaced && b->live)
		index_new(b, *id, a, codes, nr, topics, nt);
	goto done;
nomem:
	yd_error_set(err, YD_ENOMEM, "out of memory");
done:
	free(slug);
	free(key);
	return rc;
}

static int add_listed(yd_builder *b, int64_t id, int rank, int64_t rel,
		      yd_error *err)
{
	if (rel == id)
		return 0;
	sqlite3_stmt *h = b->st[ST_HAS_RELATED];
	sqlite3_bind_int64(h, 1, id);
	sqlite3_bind_int64(h, 2, rel);
	int found = sqlite3_step(h) == SQLITE_ROW;
	sqlite3_reset(h);
	if (found)
		return 0;
	sqlite3_stmt *st = b->st[ST_ADD_RELATED];
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, rank);
	sqlite3_bind_int64(st, 3, rel);
	if (!run(st))
		return yd_sql_fail(b->db, "storing related articles", err);
	return 0;
}

/* The listed related entries of article `id`: full entries (from a
 * page's 相关推荐) become excerpts now; bare slugs or titles wait for
 * yd_builder_resolve. */
static int add_related(yd_builder *b, int64_t id, yd_article *a, yd_error *err)
{
	if (a->nrelated == 0)
		return 0;      /* most articles: no look-up of ranks */
	sqlite3_stmt *m = b->st[ST_MAX_RANK];
	sqlite3_bind_int64(m, 1, id);
	int rank = sqlite3_step(m) == SQLITE_ROW ? sqlite3_column_int(m, 0) : 0;
	sqlite3_reset(m);
	for (size_t i = 0; i < a->nrelated; i++) {
		yd_related *r = &a->related[i];
		if (!r->title)
			continue;
		rank++;
		if (!r->summary && !r->category && !r->date) {
			sqlite3_stmt *p = b->st[ST_ADD_PENDING];
			sqlite3_bind_int64(p, 1, id);
			sqlite3_bind_int(p, 2, rank);
			yd_sql_bind_text(p, 3, r->title);
			yd_sql_bind_text(p, 4, origin_of(a));
			if (!run(p))
				return yd_sql_fail(b->db, "storing related articles", err);
			continue;
		}
		yd_article ex;
		yd_article_init(&ex);
		ex.title = r->title;
		ex.summary = r->summary;
		ex.category = r->category;
		ex.date = r->date;
		ex.excerpt = true;
		ex.origin = a->origin;
		int64_t rel;
		bool replaced;
		int rc = store(b, &ex, false, &rel, &replaced, err);
		if (rc != 0 || add_listed(b, id, rank, rel, err) != 0)
			return -1;
	}
	return 0;
}

static int add(yd_builder *b, yd_article *a, bool prepared, yd_error *err)
{
	int rc = -1;
	if (!prepared && clean_article(a) != 0) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
	} else if (!a->title) {
		yd_error_set(err, YD_EFORMAT, "%s: missing title", origin_of(a));
	} else {
		int64_t id;
		bool replaced;
		if (a->body_cut)
			yd_builder_warn(b, "%s: the body (%zu bytes) is over %zu MB: "
					"cut, with a note at its end", origin_of(a),
					a->body_cut, YD_BODY_MAX >> 20);
		rc = store(b, a, true, &id, &replaced, err);
		if (rc == 0)
			rc = add_related(b, id, a, err);
	}
	yd_article_clear(a);
	return rc;
}

int yd_builder_add(yd_builder *b, yd_article *a, yd_error *err)
{
	return add(b, a, false, err);
}

int yd_builder_add_prepared(yd_builder *b, yd_article *a, yd_error *err)
{
	return add(b, a, true, err);
}

/* Related entries named by slug or title, now that every article is in. */
int yd_builder_resolve(yd_builder *b, yd_error *err)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(b->db, "SELECT article, rank, ref, origin FROM "
			       "pending ORDER BY article, rank", -1, &st, NULL) != SQLITE_OK)
		return yd_sql_fail(b->db, "resolving related articles", err);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		int rank = sqlite3_column_int(st, 1);
		const char *ref = (const char *)sqlite3_column_text(st, 2);
		const char *origin = (const char *)sqlite3_column_text(st, 3);
		int64_t rel = slug_owner(b, ref);
		if (rel < 0) {
			char *key = yd_title_key(ref);
			sqlite3_stmt *f = b->st[ST_FIND_KEY];
			yd_sql_bind_text(f, 1, key);
			if (sqlite3_step(f) == SQLITE_ROW)
				rel = sqlite3_column_int64(f, 0);
			sqlite3_reset(f);
			free(key);
		}
		if (rel < 0) {
			yd_builder_warn(b, "%s: related article '%s' not found",
					origin ? origin : "input", ref);
			continue;
		}
		if (add_listed(b, id, rank, rel, err) != 0) {
			sqlite3_finalize(st);
			return -1;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return yd_sql_fail(b->db, "resolving related articles", err);
	return yd_sql_exec(b->db, "DELETE FROM pending", "resolving", err);
}
