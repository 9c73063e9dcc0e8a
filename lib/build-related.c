/* Computed related articles: for each article, others that share its most
 * specific region and one of its topics, ranked by title similarity (the
 * number of shared character pairs, which for Chinese titles are Han
 * bigrams) and then by recency.
 *
 * Work stays within groups (region × topic) and, inside a group ordered by
 * date, within a window of WINDOW neighbours on each side, so the cost is
 * linear in the corpus: a group of up to 2 × WINDOW + 1 articles is
 * compared exhaustively, a larger one among articles close in time. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "build-internal.h"
#include "sqlutil.h"

#define WINDOW 24
#define MAX_BIGRAMS 64
#define MAX_GROUPS 8
#define NONE UINT32_MAX

/* 16 bytes: at a million articles there are a few million of these, and
 * the order of sort keys is kept as a rank rather than the 8-byte key. */
typedef struct member {
	uint64_t group;   /* region << 32 | topic */
	uint32_t rank;    /* place of the article's sort key (date, then id) */
	uint32_t idx;     /* article index */
} member;

typedef struct slot {
	uint32_t cand;
	int32_t score;
} slot;

typedef struct state {
	size_t n;            /* articles */
	int64_t *key;        /* sort keys in id order: the id is the low 32 bits */
	uint32_t *rank;      /* rank[i]: article i's place in sort key order */
	uint32_t *boff;      /* bigrams of article i: pool[boff[i]..+bcnt[i]) */
	uint8_t *bcnt;
	uint32_t *pool;
	member *m;
	size_t nm, mcap;
	slot *top;           /* K slots per article */
	size_t k;
} state;

#define ID(s, i) ((s)->key[i] & 0xffffffff)

static int cmp_member(const void *p, const void *q)
{
	const member *a = p, *b = q;
	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return (a->rank > b->rank) - (a->rank < b->rank);
}

static int overlap(const state *s, uint32_t i, uint32_t j)
{
	const uint32_t *a = s->pool + s->boff[i], *ae = a + s->bcnt[i];
	const uint32_t *b = s->pool + s->boff[j], *be = b + s->bcnt[j];
	int n = 0;
	while (a < ae && b < be) {
		if (*a < *b)
			a++;
		else if (*b < *a)
			b++;
		else {
			n++;
			a++;
			b++;
		}
	}
	return n;
}

/* True if candidate x ranks above y. */
static bool better(const state *s, slot x, slot y)
{
	if (y.cand == NONE)
		return true;
	if (x.score != y.score)
		return x.score > y.score;
	return s->key[x.cand] > s->key[y.cand];
}

static void offer(state *s, uint32_t to, uint32_t cand, int score)
{
	slot *t = s->top + (size_t)to * s->k;
	slot x = { cand, score };
	size_t worst = 0;
	for (size_t i = 0; i < s->k; i++) {
		if (t[i].cand == cand)
			return;
		if (t[i].cand == NONE) {
			t[i] = x;
			return;
		}
		if (better(s, t[worst], t[i]))
			worst = i;
	}
	if (better(s, x, t[worst]))
		t[worst] = x;
}

static size_t find_idx(const state *s, int64_t id);

/* Ids and sort keys from the sort key's index, title bigrams from the
 * normalised titles' index: the article rows themselves (with their
 * bodies) are never read. */
static int load_articles(sqlite3 *db, state *s)
{
	sqlite3_stmt *st = NULL;
	int64_t *keys;
	size_t n;
	if (yd_build_load_keys(db, &keys, &n) != 0)
		return -1;
	s->n = n;
	s->key = keys;
	s->boff = calloc(n + 1, sizeof *s->boff);
	s->bcnt = calloc(n + 1, 1);
	size_t pcap = 1 << 16, used = 0;
	s->pool = malloc(pcap * sizeof *s->pool);
	if (!s->boff || !s->bcnt || !s->pool)
		return -1;
	if (sqlite3_prepare_v2(db, "SELECT id, title_key FROM article ORDER BY title_key",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (used + MAX_BIGRAMS > pcap) {
			pcap *= 2;
			uint32_t *p = realloc(s->pool, pcap * sizeof *p);
			if (!p)
				break;
			s->pool = p;
		}
		size_t i = find_idx(s, sqlite3_column_int64(st, 0));
		if (i == (size_t)-1)
			continue;
		const char *t = (const char *)sqlite3_column_text(st, 1);
		s->boff[i] = (uint32_t)used;
		s->bcnt[i] = (uint8_t)yd_title_bigrams(t ? t : "", s->pool + used,
						       MAX_BIGRAMS);
		used += s->bcnt[i];
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static size_t find_idx(const state *s, int64_t id)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ID(s, mid) < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->n && ID(s, lo) == id ? lo : (size_t)-1;
}

/* Reads (article, node) rows ordered by article into per-article lists. */
static int load_nodes(sqlite3 *db, const char *sql, const state *s,
		      uint32_t *first, int64_t **nodes)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	size_t n = 0, cap = 1 << 12;
	int64_t *v = malloc(cap * sizeof *v);
	size_t at = 0;
	int rc;
	while (v && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		size_t idx = find_idx(s, sqlite3_column_int64(st, 0));
		if (idx == (size_t)-1)
			continue;
		while (at <= idx)
			first[at++] = (uint32_t)n;
		if (n == cap) {
			int64_t *w = realloc(v, 2 * cap * sizeof *w);
			if (!w)
				break;
			v = w;
			cap *= 2;
		}
		v[n++] = sqlite3_column_int64(st, 1);
	}
	while (at <= s->n)
		first[at++] = (uint32_t)n;
	sqlite3_finalize(st);
	*nodes = v;
	return v && rc == SQLITE_DONE ? 0 : -1;
}

static int push_member(state *s, uint64_t group, uint32_t idx)
{
	if (s->nm == s->mcap) {
		size_t cap = s->mcap ? 2 * s->mcap : 1 << 16;
		member *m = realloc(s->m, cap * sizeof *m);
		if (!m)
			return -1;
		s->m = m;
		s->mcap = cap;
	}
	s->m[s->nm++] = (member){ group, s->rank[idx], idx };
	return 0;
}

typedef struct keyed {
	int64_t key;
	uint32_t idx;
} keyed;

static int cmp_keyed(const void *p, const void *q)
{
	const keyed *a = p, *b = q;
	return (a->key > b->key) - (a->key < b->key);
}

/* s->rank from the sort keys, through a temporary array freed before the
 * group members are built. */
static int make_ranks(state *s)
{
	keyed *v = malloc((s->n ? s->n : 1) * sizeof *v);
	s->rank = malloc((s->n ? s->n : 1) * sizeof *s->rank);
	if (!v || !s->rank) {
		free(v);
		return -1;
	}
	for (size_t i = 0; i < s->n; i++)
		v[i] = (keyed){ s->key[i], (uint32_t)i };
	qsort(v, s->n, sizeof *v, cmp_keyed);
	for (size_t r = 0; r < s->n; r++)
		s->rank[v[r].idx] = (uint32_t)r;
	free(v);
	return 0;
}

static int build_members(sqlite3 *db, state *s)
{
	uint32_t *rf = malloc((s->n + 1) * sizeof *rf);
	uint32_t *tf = malloc((s->n + 1) * sizeof *tf);
	int64_t *rv = NULL, *tv = NULL;
	int rc = -1;
	if (!rf || !tf ||
	    load_nodes(db, "SELECT article, region FROM article_region ORDER BY article",
		       s, rf, &rv) != 0 ||
	    load_nodes(db, "SELECT article, topic FROM article_topic ORDER BY article",
		       s, tf, &tv) != 0)
		goto done;
	for (size_t i = 0; i < s->n; i++) {
		int64_t root_r = 0, root_t = 1;
		const int64_t *r = rv + rf[i], *t = tv + tf[i];
		size_t nr = rf[i + 1] - rf[i], nt = tf[i + 1] - tf[i];
		if (nr == 0) {
			r = &root_r;
			nr = 1;
		}
		if (nt == 0) {
			t = &root_t;
			nt = 1;
		}
		size_t g = 0;
		for (size_t a = 0; a < nr && g < MAX_GROUPS; a++)
			for (size_t b = 0; b < nt && g < MAX_GROUPS; b++, g++)
				if (push_member(s, (uint64_t)r[a] << 32 | (uint32_t)t[b],
						(uint32_t)i) != 0)
					goto done;
	}
	if (s->nm)
		qsort(s->m, s->nm, sizeof *s->m, cmp_member);
	rc = 0;
done:
	free(rf);
	free(tf);
	free(rv);
	free(tv);
	return rc;
}

static void rank_groups(state *s)
{
	for (size_t gs = 0; gs < s->nm;) {
		size_t ge = gs + 1;
		while (ge < s->nm && s->m[ge].group == s->m[gs].group)
			ge++;
		for (size_t i = gs; i < ge; i++)
			for (size_t j = i + 1; j < ge && j <= i + WINDOW; j++) {
				uint32_t a = s->m[i].idx, b = s->m[j].idx;
				if (a == b)
					continue;
				int sc = overlap(s, a, b);
				offer(s, a, b, sc);
				offer(s, b, a, sc);
			}
		gs = ge;
	}
}

static int cmp_slot_desc(const void *p, const void *q, const state *s)
{
	const slot *x = p, *y = q;
	if (x->cand == NONE || y->cand == NONE)
		return (x->cand == NONE) - (y->cand == NONE);
	return better(s, *x, *y) ? -1 : better(s, *y, *x) ? 1 : 0;
}

/* Writes the computed rows after each article's listed ones. */
static int write_related(sqlite3 *db, state *s, size_t *computed, yd_error *err)
{
	sqlite3_stmt *ls = NULL, *ins = NULL;
	if (sqlite3_prepare_v2(db, "SELECT article, related, rank FROM related "
			       "WHERE kind = 'listed' ORDER BY article, rank",
			       -1, &ls, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO related VALUES (?1, ?2, ?3, "
			       "'computed')", -1, &ins, NULL) != SQLITE_OK) {
		sqlite3_finalize(ls);
		return yd_sql_fail(db, "relating articles", err);
	}
	bool row = sqlite3_step(ls) == SQLITE_ROW;
	int64_t listed[64];
	for (size_t i = 0; i < s->n; i++) {
		size_t nl = 0, total = 0;
		int rank = 0;
		while (row && sqlite3_column_int64(ls, 0) < ID(s, i))
			row = sqlite3_step(ls) == SQLITE_ROW;
		for (; row && sqlite3_column_int64(ls, 0) == ID(s, i);
		     row = sqlite3_step(ls) == SQLITE_ROW) {
			if (nl < 64)
				listed[nl++] = sqlite3_column_int64(ls, 1);
			total++;
			rank = sqlite3_column_int(ls, 2);
		}
		if (total >= s->k)
			continue;
		slot *t = s->top + i * s->k;
		/* K is small: insertion sort, best first */
		for (size_t a = 1; a < s->k; a++)
			for (size_t b = a; b > 0 && cmp_slot_desc(&t[b], &t[b - 1], s) < 0; b--) {
				slot tmp = t[b];
				t[b] = t[b - 1];
				t[b - 1] = tmp;
			}
		for (size_t a = 0; a < s->k && total < s->k && t[a].cand != NONE; a++) {
			int64_t rel = ID(s, t[a].cand);
			bool dup = false;
			for (size_t l = 0; l < nl && !dup; l++)
				dup = listed[l] == rel;
			if (dup)
				continue;
			sqlite3_bind_int64(ins, 1, ID(s, i));
			sqlite3_bind_int(ins, 2, ++rank);
			sqlite3_bind_int64(ins, 3, rel);
			if (sqlite3_step(ins) != SQLITE_DONE) {
				yd_sql_fail(db, "relating articles", err);
				sqlite3_finalize(ls);
				sqlite3_finalize(ins);
				return -1;
			}
			sqlite3_reset(ins);
			total++;
			(*computed)++;
		}
	}
	sqlite3_finalize(ls);
	sqlite3_finalize(ins);
	return 0;
}

int yd_build_related(sqlite3 *db, size_t max_related, size_t *computed,
		     yd_error *err)
{
	state s = { 0 };
	int rc = -1;
	*computed = 0;
	s.k = max_related;
	if (yd_sql_exec(db, "DELETE FROM related WHERE kind = 'computed'",
			"relating articles", err) != 0)
		return -1;
	if (load_articles(db, &s) != 0 || make_ranks(&s) != 0 ||
	    build_members(db, &s) != 0) {
		yd_error_set(err, YD_EDB, "relating articles: %s",
			     sqlite3_errmsg(db));
		goto done;
	}
	s.top = malloc((s.n ? s.n : 1) * s.k * sizeof *s.top);
	if (!s.top) {
		yd_error_set(err, YD_ENOMEM, "out of memory while relating articles");
		goto done;
	}
	for (size_t i = 0; i < s.n * s.k; i++)
		s.top[i] = (slot){ NONE, 0 };
	rank_groups(&s);
	rc = write_related(db, &s, computed, err);
done:
	free(s.rank);
	free(s.key);
	free(s.boff);
	free(s.bcnt);
	free(s.pool);
	free(s.m);
	free(s.top);
	return rc;
}
