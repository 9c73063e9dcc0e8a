/* Computed related articles: for each article, others that share its most
 * specific region and one of its topics, ranked by title similarity (the
 * number of shared character pairs, which for Chinese titles are Han
 * bigrams) and then by recency.
 *
 * Work stays within groups (region × topic) and, inside a group ordered by
 * date, within a window of WINDOW neighbours on each side, so the cost is
 * linear in the corpus: a group of up to 2 × WINDOW + 1 articles is
 * compared exhaustively, a larger one among articles close in time.
 *
 * Nothing is held for every article at once, so memory is the same at a
 * thousand articles and at ten million: three external sorts
 * (lib/build-sort.c) carry the work from one order to the next.
 *   1. Sort keys (from their index) and title bigrams (from the titles'
 *      index) sorted by id, read beside article_region and article_topic
 *      (both ordered by article): one member record per group of an
 *      article, with its sort key and bigrams.
 *   2. Members sorted by (group, sort key): a sliding window of WINDOW
 *      members compares each newcomer with those before it; a member
 *      leaving the window hands over its best K candidates in that group.
 *   3. Candidates sorted by article: the best K over all its groups, then
 *      written after the article's listed rows.
 * The best K of the union of the groups' candidates is the best K of the
 * union of each group's best K (a pair meets once in a group, with the
 * same score in every group), so the result is what comparing everything
 * in memory gives (tests/unit/test-related.c checks it). */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "build-internal.h"
#include "build-sort.h"
#include "sqlutil.h"

#define WINDOW 24
#define MAX_BIGRAMS 64
#define MAX_GROUPS 8
/* a sort key xor SIGN orders as an unsigned number as the key does signed */
#define SIGN (UINT64_C(1) << 63)
#define ID(key) ((key) & 0xffffffff)

typedef struct slot {
	int64_t key;     /* the candidate's sort key (its id in the low bits) */
	int32_t score;   /* -1: empty */
} slot;

/* True if candidate x ranks above y: more shared bigrams, then newer. */
static bool better(slot x, slot y)
{
	if (y.score < 0)
		return true;
	if (x.score != y.score)
		return x.score > y.score;
	return x.key > y.key;
}

/* Keeps the k best distinct candidates in t. */
static void offer(slot *t, size_t k, int64_t key, int score)
{
	slot x = { key, score };
	size_t worst = 0;
	for (size_t i = 0; i < k; i++) {
		if (t[i].key == key && t[i].score >= 0)
			return;
		if (t[i].score < 0) {
			t[i] = x;
			return;
		}
		if (better(t[worst], t[i]))
			worst = i;
	}
	if (k && better(x, t[worst]))
		t[worst] = x;
}

static void clear_slots(slot *t, size_t k)
{
	for (size_t i = 0; i < k; i++)
		t[i] = (slot){ 0, -1 };
}

static int overlap(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	const uint32_t *ae = a + na, *be = b + nb;
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

/* --- 1. articles by id → members ----------------------------------- */

enum { TAG_KEY, TAG_BIGRAMS };

/* Sort keys and title bigrams, keyed by (id, tag). Ids and sort keys come
 * from the sort key's index, titles from the normalised titles' index:
 * the article rows themselves (with their bodies) are never read. */
static int load_by_id(sqlite3 *db, yd_xsort *s)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(db, "SELECT sortkey FROM article ORDER BY sortkey",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t key = sqlite3_column_int64(st, 0);
		if (yd_xsort_add(s, (uint64_t)ID(key), TAG_KEY, &key, sizeof key) != 0)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return -1;
	if (sqlite3_prepare_v2(db, "SELECT id, title_key FROM article ORDER BY title_key",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uint32_t big[MAX_BIGRAMS];
		const char *t = (const char *)sqlite3_column_text(st, 1);
		size_t n = yd_title_bigrams(t ? t : "", big, MAX_BIGRAMS);
		if (yd_xsort_add(s, (uint64_t)sqlite3_column_int64(st, 0), TAG_BIGRAMS,
				 big, n * sizeof *big) != 0)
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The first max nodes of article id (rows of missing articles before it
 * are skipped, its rows past max too). */
static size_t cursor_take(yd_node_cursor *c, int64_t id, int64_t *v, size_t max)
{
	size_t n = 0;
	while (c->row && sqlite3_column_int64(c->st, 0) < id)
		yd_node_cursor_next(c);
	for (; c->row && sqlite3_column_int64(c->st, 0) == id; yd_node_cursor_next(c))
		if (n < max)
			v[n++] = sqlite3_column_int64(c->st, 1);
	return n;
}

typedef struct article {
	int64_t id, key;
	size_t nb;
	uint32_t big[MAX_BIGRAMS];
} article;

/* One member record per group of the article (region × topic, the roots
 * standing in for none, at most MAX_GROUPS in that order). */
static int emit_members(const article *a, yd_node_cursor *cr, yd_node_cursor *ct,
			yd_xsort *out)
{
	int64_t r[MAX_GROUPS], t[MAX_GROUPS];
	size_t nr = cursor_take(cr, a->id, r, MAX_GROUPS);
	size_t nt = cursor_take(ct, a->id, t, MAX_GROUPS);
	if (nr == 0)
		r[nr++] = 0;
	if (nt == 0)
		t[nt++] = 1;
	size_t g = 0;
	for (size_t i = 0; i < nr && g < MAX_GROUPS; i++)
		for (size_t j = 0; j < nt && g < MAX_GROUPS; j++, g++)
			if (yd_xsort_add(out, (uint64_t)r[i] << 32 | (uint32_t)t[j],
					 (uint64_t)a->key ^ SIGN, a->big,
					 a->nb * sizeof *a->big) != 0)
				return -1;
	return 0;
}

static int make_members(sqlite3 *db, yd_xsort *by_id, yd_xsort *out)
{
	yd_node_cursor cr = { 0 }, ct = { 0 };
	article a = { .id = -1 };
	yd_xrec r;
	int rc = -1, more;
	if (sqlite3_prepare_v2(db, "SELECT article, region FROM article_region "
			       "ORDER BY article", -1, &cr.st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT article, topic FROM article_topic "
			       "ORDER BY article", -1, &ct.st, NULL) != SQLITE_OK)
		goto done;
	yd_node_cursor_next(&cr);
	yd_node_cursor_next(&ct);
	while ((more = yd_xsort_next(by_id, &r)) > 0) {
		if (r.k1 == TAG_KEY) {
			if (a.id >= 0 && emit_members(&a, &cr, &ct, out) != 0)
				goto done;
			memcpy(&a.key, r.data, sizeof a.key);
			a.id = (int64_t)r.k0;
			a.nb = 0;
		} else if ((int64_t)r.k0 == a.id) {
			a.nb = r.len / sizeof *a.big;
			memcpy(a.big, r.data, a.nb * sizeof *a.big);
		}
	}
	if (more == 0 && (a.id < 0 || emit_members(&a, &cr, &ct, out) == 0))
		rc = 0;
done:
	sqlite3_finalize(cr.st);
	sqlite3_finalize(ct.st);
	return rc;
}

/* --- 2. members by group → candidates ------------------------------ */

typedef struct member {
	int64_t key;
	size_t nb;
	uint32_t big[MAX_BIGRAMS];
	slot *top;                /* k slots */
} member;

/* The member's best candidates in its group, keyed by its id. */
static int hand_over(const member *m, size_t k, yd_xsort *out)
{
	for (size_t i = 0; i < k && m->top[i].score >= 0; i++) {
		unsigned char rec[12];
		int32_t score = m->top[i].score;
		memcpy(rec, &m->top[i].key, 8);
		memcpy(rec + 8, &score, 4);
		if (yd_xsort_add(out, (uint64_t)ID(m->key), 0, rec, sizeof rec) != 0)
			return -1;
	}
	return 0;
}

static int rank_groups(yd_xsort *members, size_t k, yd_xsort *out)
{
	enum { CAP = WINDOW + 1 };
	member *ring = calloc(CAP, sizeof *ring);
	slot *slots = malloc(CAP * (k ? k : 1) * sizeof *slots);
	size_t head = 0, count = 0;
	uint64_t group = 0;
	yd_xrec r;
	int rc = -1, more;
	if (!ring || !slots)
		goto done;
	for (size_t i = 0; i < CAP; i++)
		ring[i].top = slots + i * k;
	while ((more = yd_xsort_next(members, &r)) > 0) {
		if (r.k0 != group || !count) {
			for (; count; count--, head = (head + 1) % CAP)
				if (hand_over(&ring[head], k, out) != 0)
					goto done;
			group = r.k0;
		}
		member *m = &ring[(head + count) % CAP];
		m->key = (int64_t)(r.k1 ^ SIGN);
		m->nb = r.len / sizeof *m->big;
		memcpy(m->big, r.data, m->nb * sizeof *m->big);
		clear_slots(m->top, k);
		for (size_t i = 0; i < count; i++) {
			member *o = &ring[(head + i) % CAP];
			if (ID(o->key) == ID(m->key))
				continue;
			int sc = overlap(o->big, o->nb, m->big, m->nb);
			offer(o->top, k, m->key, sc);
			offer(m->top, k, o->key, sc);
		}
		/* the oldest has now met its WINDOW followers */
		if (++count > WINDOW) {
			if (hand_over(&ring[head], k, out) != 0)
				goto done;
			head = (head + 1) % CAP;
			count--;
		}
	}
	for (; more == 0 && count; count--, head = (head + 1) % CAP)
		if (hand_over(&ring[head], k, out) != 0)
			goto done;
	rc = more == 0 ? 0 : -1;
done:
	free(ring);
	free(slots);
	return rc;
}

/* --- 3. candidates by article → related rows ----------------------- */

static int cmp_slot_desc(const void *p, const void *q)
{
	const slot *x = p, *y = q;
	if (x->score < 0 || y->score < 0)
		return (x->score < 0) - (y->score < 0);
	return better(*x, *y) ? -1 : better(*y, *x) ? 1 : 0;
}

typedef struct writer {
	sqlite3_stmt *listed, *ins;
	bool row;                 /* listed has a row */
	size_t k, computed;
} writer;

/* Writes article id's computed rows after its listed ones. */
static int write_article(writer *w, int64_t id, slot *t)
{
	int64_t listed[64];
	size_t nl = 0, total = 0;
	int rank = 0;
	while (w->row && sqlite3_column_int64(w->listed, 0) < id)
		w->row = sqlite3_step(w->listed) == SQLITE_ROW;
	for (; w->row && sqlite3_column_int64(w->listed, 0) == id;
	     w->row = sqlite3_step(w->listed) == SQLITE_ROW) {
		if (nl < 64)
			listed[nl++] = sqlite3_column_int64(w->listed, 1);
		total++;
		rank = sqlite3_column_int(w->listed, 2);
	}
	if (total >= w->k)
		return 0;
	qsort(t, w->k, sizeof *t, cmp_slot_desc);
	for (size_t a = 0; a < w->k && total < w->k && t[a].score >= 0; a++) {
		int64_t rel = ID(t[a].key);
		bool dup = false;
		for (size_t l = 0; l < nl && !dup; l++)
			dup = listed[l] == rel;
		if (dup)
			continue;
		sqlite3_bind_int64(w->ins, 1, id);
		sqlite3_bind_int(w->ins, 2, ++rank);
		sqlite3_bind_int64(w->ins, 3, rel);
		if (sqlite3_step(w->ins) != SQLITE_DONE)
			return -1;
		sqlite3_reset(w->ins);
		total++;
		w->computed++;
	}
	return 0;
}

static int write_related(sqlite3 *db, yd_xsort *cands, size_t k,
			 size_t *computed)
{
	writer w = { .k = k };
	slot *t = malloc((k ? k : 1) * sizeof *t);
	int64_t id = -1;
	yd_xrec r;
	int rc = -1, more;
	if (!t ||
	    sqlite3_prepare_v2(db, "SELECT article, related, rank FROM related "
			       "WHERE kind = 'listed' ORDER BY article, rank",
			       -1, &w.listed, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO related VALUES (?1, ?2, ?3, "
			       "'computed')", -1, &w.ins, NULL) != SQLITE_OK)
		goto done;
	w.row = sqlite3_step(w.listed) == SQLITE_ROW;
	while ((more = yd_xsort_next(cands, &r)) > 0) {
		if ((int64_t)r.k0 != id) {
			if (id >= 0 && write_article(&w, id, t) != 0)
				goto done;
			id = (int64_t)r.k0;
			clear_slots(t, k);
		}
		int64_t key;
		int32_t score;
		memcpy(&key, r.data, 8);
		memcpy(&score, (const unsigned char *)r.data + 8, 4);
		offer(t, k, key, score);
	}
	if (more == 0 && (id < 0 || write_article(&w, id, t) == 0))
		rc = 0;
done:
	*computed = w.computed;
	sqlite3_finalize(w.listed);
	sqlite3_finalize(w.ins);
	free(t);
	return rc;
}

int yd_build_related(sqlite3 *db, size_t max_related, size_t *computed,
		     yd_error *err)
{
	char *dir = yd_xsort_dir_of(db);
	yd_xsort *by_id = yd_xsort_new(dir), *members = yd_xsort_new(dir), *cands = NULL;
	int rc = -1;
	*computed = 0;
	if (yd_sql_exec(db, "DELETE FROM related WHERE kind = 'computed'",
			"relating articles", err) != 0)
		goto done;
	if (!by_id || !members || load_by_id(db, by_id) != 0 ||
	    make_members(db, by_id, members) != 0)
		goto fail;
	yd_xsort_free(by_id);
	by_id = NULL;
	if (!(cands = yd_xsort_new(dir)) ||
	    rank_groups(members, max_related, cands) != 0)
		goto fail;
	yd_xsort_free(members);
	members = NULL;
	if (write_related(db, cands, max_related, computed) != 0)
		goto fail;
	rc = 0;
	goto done;
fail:
	/* a failed step names SQLite's error if it was SQLite's */
	if (sqlite3_errcode(db) != SQLITE_OK && sqlite3_errcode(db) != SQLITE_DONE &&
	    sqlite3_errcode(db) != SQLITE_ROW)
		yd_error_set(err, YD_EDB, "relating articles: %s", sqlite3_errmsg(db));
	else
		yd_error_set(err, YD_EIO, "relating articles: %s", strerror(errno));
done:
	yd_xsort_free(by_id);
	yd_xsort_free(members);
	yd_xsort_free(cands);
	free(dir);
	return rc;
}
