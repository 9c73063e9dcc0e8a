/* Building a new corpus's search index by sorting instead of hashing
 * (issue 17).
 *
 * FTS5 adds each token of a row to an in-memory hash: the bucket and the
 * entry are a cache miss or two per token, and a gen-corpus article has
 * ~1,750 tokens (a bigram at every position), so that hash was ~75 % of
 * the import's CPU. Here each article is tokenized with the same
 * tokenizer (lib/tokenize.c), its tokens collected as fixed-size records
 * (term, row, column, position) for a batch of articles, the batch
 * sorted by term with a radix sort (sequential passes, no misses), and
 * written as a run to a temporary file (lib/search-runs.c), with the rows'
 * %_docsize records; at the end the runs are merged by term into one
 * FTS5 segment written straight into the shadow tables
 * (lib/search-segw.c), then the token totals and the structure record.
 * The terms of one or two Han characters go to
 * search_term from the sorted batches (no pass over the vocabulary).
 *
 * Only for an empty index (a new corpus) and only on SQLite 3.40, whose
 * record formats were read and checked (tests/unit/test-search-segment:
 * FTS5's integrity-check, and the same instances, sizes and totals as
 * FTS5's own build); otherwise lib/search-index.c indexes with FTS5.
 * YIDU_INDEX_SERIAL=1 forces FTS5's build (for comparisons). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistr.h>

#include "search-internal.h"
#include "search-segment.h"
#include "search-runs.h"
#include "search-segw.h"

#define NCOL 5               /* body, title, summary, py, facets */
#define FTS5_PAGE_SIZE 4050  /* FTS5's default pgsz */
#define SHORT_TERM 8         /* bytes of a term kept in a record's key */
#define FTS5_MAX_TOKEN 32768 /* FTS5_MAX_TOKEN_SIZE */

/* Tokens per batch (16 bytes each, twice while sorting): 4M tokens,
 * ~2,300 gen-corpus articles, 128 MB. YIDU_SEGMENT_BATCH overrides. */
#define BATCH_TOKENS (4u << 20)

/* A token of at most 8 bytes: its bytes as a big-endian number padded
 * with zeros (tokens hold no NUL), so that numbers sort as the bytes. */
struct tok {
	uint64_t key;
	uint32_t row_col;    /* row in the batch << 3 | column */
	uint32_t pos;
};

/* A longer token (rare: Latin words, digits, long facets). */
struct ltok {
	uint32_t off, len;   /* in the batch's arena */
	uint32_t row_col, pos;
};

struct batch {
	struct tok *t, *tmp;      /* tmp: the sort's other buffer */
	size_t nt, cap_t, cap_tmp;
	size_t *end;              /* the sort's 65,536 buckets */
	struct ltok *l;
	size_t nl, cap_l;
	struct yd_bytes arena;
	int64_t *rowid;
	uint32_t (*size)[NCOL];
	size_t nrow, cap_row, cap_size;
	/* while tokenizing a column */
	uint32_t row_col, col_size;
	int rc;
};

/* The terms for search_term, sorted and distinct (as keys). */
struct term_set {
	uint64_t *v;
	size_t n, cap;
};

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t c = *cap ? *cap : 1024;
	while (c < need)
		c *= 2;
	void *q = realloc(*p, c * size);
	if (!q)
		return false;
	*p = q;
	*cap = c;
	return true;
}

static uint64_t key_of(const char *s, size_t n)
{
	const uint8_t *u = (const uint8_t *)s;
	uint64_t k = 0;
	if (n == 6 || n == 3) {
		/* a Han bigram or character (most tokens): no switch; a
		 * bigram's first four bytes in one load (no byte past the
		 * token is read) */
		if (n == 6) {
			uint32_t w;
			memcpy(&w, u, 4);
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			w = __builtin_bswap32(w);
#elif !defined __BYTE_ORDER__ || __BYTE_ORDER__ != __ORDER_BIG_ENDIAN__
			w = (uint32_t)u[0] << 24 | (uint32_t)u[1] << 16 | (uint32_t)u[2] << 8 | u[3];
#endif
			return (uint64_t)w << 32 | (uint64_t)u[4] << 24 | (uint64_t)u[5] << 16;
		}
		return (uint64_t)u[0] << 56 | (uint64_t)u[1] << 48 | (uint64_t)u[2] << 40;
	}
	switch (n < SHORT_TERM ? n : SHORT_TERM) {
	case 8: k |= (uint64_t)u[7];            /* fall through */
	case 7: k |= (uint64_t)u[6] << 8;       /* fall through */
	case 6: k |= (uint64_t)u[5] << 16;      /* fall through */
	case 5: k |= (uint64_t)u[4] << 24;      /* fall through */
	case 4: k |= (uint64_t)u[3] << 32;      /* fall through */
	case 3: k |= (uint64_t)u[2] << 40;      /* fall through */
	case 2: k |= (uint64_t)u[1] << 48;      /* fall through */
	case 1: k |= (uint64_t)u[0] << 56;      /* fall through */
	default: break;
	}
	return k;
}

/* The key's bytes; returns how many. */
static size_t key_bytes(uint64_t k, uint8_t *out)
{
	size_t n = 0;
	for (int i = SHORT_TERM - 1; i >= 0; i--) {
		uint8_t c = (uint8_t)(k >> (8 * i));
		if (!c)
			break;
		out[n++] = c;
	}
	return n;
}

/* FTS5's positions: a token colocated with the previous one shares its
 * position (fts5StorageInsertCallback). */
static int on_token(void *ctx, int flags, const char *s, size_t n,
		    size_t start, size_t end)
{
	(void)start;
	(void)end;
	struct batch *b = ctx;
	if (n > FTS5_MAX_TOKEN)
		n = FTS5_MAX_TOKEN;      /* FTS5 cuts a token there too */
	if (!(flags & YD_TOK_COLOCATED) || b->col_size == 0)
		b->col_size++;
	uint32_t pos = b->col_size - 1;
	if (n <= SHORT_TERM) {
		if (b->nt == b->cap_t &&
		    !grow((void **)&b->t, &b->cap_t, b->nt + 1, sizeof *b->t))
			return b->rc = SQLITE_NOMEM;
		b->t[b->nt++] = (struct tok){ key_of(s, n), b->row_col, pos };
		return 0;
	}
	if (!grow((void **)&b->l, &b->cap_l, b->nl + 1, sizeof *b->l))
		return b->rc = SQLITE_NOMEM;
	b->l[b->nl++] = (struct ltok){ (uint32_t)b->arena.n, (uint32_t)n,
				       b->row_col, pos };
	if (!yd_bytes_add(&b->arena, s, n))
		return b->rc = SQLITE_NOMEM;
	return 0;
}

/* Tokenizes one row: its columns' texts (NULL: none) in the index's
 * order (body, title, summary, py, facets). */
static int add_cols(struct batch *b, int64_t rowid, const char *const text[NCOL],
		    const size_t len[NCOL])
{
	if (!grow((void **)&b->rowid, &b->cap_row, b->nrow + 1, sizeof *b->rowid) ||
	    !grow((void **)&b->size, &b->cap_size, b->nrow + 1, sizeof *b->size))
		return SQLITE_NOMEM;
	size_t r = b->nrow++;
	b->rowid[r] = rowid;
	for (int c = 0; c < NCOL; c++) {
		b->row_col = (uint32_t)r << 3 | (uint32_t)c;
		b->col_size = 0;
		if (text[c] && len[c] > 0)
			yd_tokenize(text[c], len[c], YD_TOK_DOC, on_token, b);
		if (b->rc != SQLITE_OK)
			return b->rc;
		b->size[r][c] = b->col_size;
	}
	return SQLITE_OK;
}

/* Tokenizes one row of search_src (id, then the columns). */
static int add_row(struct batch *b, int64_t rowid, sqlite3_stmt *st)
{
	const char *text[NCOL];
	size_t len[NCOL];
	for (int c = 0; c < NCOL; c++) {
		text[c] = (const char *)sqlite3_column_text(st, c + 1);
		int n = sqlite3_column_bytes(st, c + 1);
		len[c] = n > 0 ? (size_t)n : 0;
	}
	return add_cols(b, rowid, text, len);
}

/* Stable LSD radix sort of src[0..n) by the key's bytes 0..bytes-1 (the
 * low ones), a byte at a time, into dst (also the other buffer); bytes
 * that are the same in every key are skipped. */
static void lsd_sort(struct tok *src, struct tok *dst, size_t n, int bytes)
{
	if (n == 0)
		return;
	/* the bytes that differ somewhere: only those are counted and
	 * sorted (the last two of a Han bigram's key are zeros) */
	uint64_t differ = 0, k0 = src[0].key;
	for (size_t i = 1; i < n; i++)
		differ |= src[i].key ^ k0;
	int digit[SHORT_TERM], nd = 0;
	for (int d = 0; d < bytes; d++)
		if ((differ >> (8 * d)) & 0xff)
			digit[nd++] = d;
	size_t count[SHORT_TERM][256];
	memset(count, 0, (size_t)nd * sizeof count[0]);
	if (nd == 4) {
		/* a Han bigram's key in its first character's bucket: the
		 * first's last byte and the second's three, unrolled */
		int s0 = 8 * digit[0], s1 = 8 * digit[1], s2 = 8 * digit[2], s3 = 8 * digit[3];
		for (size_t i = 0; i < n; i++) {
			uint64_t k = src[i].key;
			count[0][(k >> s0) & 0xff]++;
			count[1][(k >> s1) & 0xff]++;
			count[2][(k >> s2) & 0xff]++;
			count[3][(k >> s3) & 0xff]++;
		}
	} else {
		for (size_t i = 0; i < n; i++) {
			uint64_t k = src[i].key;
			for (int j = 0; j < nd; j++)
				count[j][(k >> (8 * digit[j])) & 0xff]++;
		}
	}
	struct tok *from = src, *to = dst;
	for (int j = 0; j < nd; j++) {
		int d = digit[j];
		size_t *c = count[j];
		size_t sum = 0;
		for (int v = 0; v < 256; v++) {
			size_t x = c[v];
			c[v] = sum;
			sum += x;
		}
		for (size_t i = 0; i < n; i++)
			to[c[(from[i].key >> (8 * d)) & 0xff]++] = from[i];
		struct tok *t = from;
		from = to;
		to = t;
	}
	if (from != dst)
		memcpy(dst, from, n * sizeof *dst);
}

/* Stable radix sort of the short tokens by key: one pass on the top two
 * bytes (a bucket per first character's start, for Han), then each
 * bucket, small enough to stay in the cache, by the other six. */
static int sort_short(struct batch *b)
{
	size_t n = b->nt;
	if (n < 2)
		return SQLITE_OK;
	/* kept from batch to batch: a new one each time costs a page fault
	 * and a cleared page every 4 KB (~1 s of system time at 100,000
	 * articles) */
	if (b->cap_tmp < n) {
		free(b->tmp);
		b->cap_tmp = b->cap_t > n ? b->cap_t : n;
		if (!(b->tmp = malloc(b->cap_tmp * sizeof *b->tmp))) {
			b->cap_tmp = 0;
			return SQLITE_NOMEM;
		}
	}
	if (!b->end && !(b->end = malloc(65536 * sizeof *b->end)))
		return SQLITE_NOMEM;
	struct tok *tmp = b->tmp;
	size_t *end = b->end;
	memset(end, 0, 65536 * sizeof *end);
	for (size_t i = 0; i < n; i++)
		end[b->t[i].key >> 48]++;
	size_t sum = 0;
	for (size_t v = 0; v < 65536; v++) {
		size_t x = end[v];
		end[v] = sum;
		sum += x;
	}
	for (size_t i = 0; i < n; i++)
		tmp[end[b->t[i].key >> 48]++] = b->t[i];
	/* end[v]: where bucket v ends in tmp; sorted, it goes back to b->t */
	size_t lo = 0;
	for (size_t v = 0; v < 65536; v++) {
		size_t hi = end[v];
		lsd_sort(tmp + lo, b->t + lo, hi - lo, SHORT_TERM - 2);
		lo = hi;
	}
	return SQLITE_OK;
}

static int cmp_long(const struct ltok *a, const struct ltok *b,
		    const uint8_t *arena)
{
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(arena + a->off, arena + b->off, n);
	if (c)
		return c;
	return a->len < b->len ? -1 : a->len > b->len;
}

/* Stable merge sort of the long tokens by their bytes (few of them). */
static void sort_long_rec(struct ltok *v, struct ltok *tmp, size_t n,
			  const uint8_t *arena)
{
	if (n < 2)
		return;
	size_t h = n / 2;
	sort_long_rec(v, tmp, h, arena);
	sort_long_rec(v + h, tmp, n - h, arena);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n)
		tmp[k++] = cmp_long(&v[j], &v[i], arena) < 0 ? v[j++] : v[i++];
	while (i < h)
		tmp[k++] = v[i++];
	memcpy(v, tmp, k * sizeof *v);
}

static int sort_long(struct batch *b)
{
	if (b->nl < 2)
		return SQLITE_OK;
	struct ltok *tmp = malloc(b->nl * sizeof *tmp);
	if (!tmp)
		return SQLITE_NOMEM;
	sort_long_rec(b->l, tmp, b->nl, b->arena.p);
	free(tmp);
	return SQLITE_OK;
}

/* A term's run of records, and the poslist of one of its rows. */
struct writer {
	struct yd_runs *runs;
	struct yd_bytes dl, term;
	bool write;          /* false: measure only, nothing written */
	int rc;
};

/* Room for need more bytes in b. */
static bool room(struct yd_bytes *b, size_t need)
{
	if (b->cap - b->n >= need)
		return true;
	size_t c = b->cap ? b->cap : 4096;
	while (c - b->n < need)
		c *= 2;
	uint8_t *p = realloc(b->p, c);
	if (!p)
		return false;
	b->p = p;
	b->cap = c;
	return true;
}

static inline uint8_t *put_varint(uint8_t *p, uint64_t v)
{
	if (v <= 0x7f) {
		*p = (uint8_t)v;
		return p + 1;
	}
	if (v <= 0x3fff) {
		p[0] = (uint8_t)(0x80 | v >> 7);
		p[1] = (uint8_t)(v & 0x7f);
		return p + 2;
	}
	return p + yd_varint_put(p, v);
}

/* Writes one term's doclist: its records, row by row, are in row,
 * column and position order (the sorts are stable). A poslist: per
 * column after the first, 0x01 and the column; each position + 2 minus
 * the previous one in its column. Written straight into buffers made
 * large enough first (a token: at most 1 + 1 + 5 bytes; a row: its
 * rowid and size, at most 9 + 9). */
static void write_doclist(struct writer *w, const struct batch *b,
			  const uint8_t *term, size_t n, const struct tok *t,
			  size_t nt, const struct ltok *l, size_t nl)
{
	w->term.n = 0;
	if (!yd_bytes_add(&w->term, "0", 1) ||  /* FTS5's key of the main index */
	    !yd_bytes_add(&w->term, term, n))
		w->rc = SQLITE_NOMEM;
	size_t count = t ? nt : nl;
	w->dl.n = 0;
	if (!room(&w->dl, count * (7 + 18) + 16)) {
		w->rc = SQLITE_NOMEM;
		return;
	}
	uint8_t *d = w->dl.p;
	int64_t prev_rowid = 0;
	for (size_t i = 0; i < count;) {
		uint32_t row = (t ? t[i].row_col : l[i].row_col) >> 3;
		uint32_t cur_col = 0, prev = 0;
		int64_t rowid = b->rowid[row];
		d = put_varint(d, (uint64_t)(rowid - prev_rowid));
		/* the poslist is written after a 1-byte size and moved
		 * when its size takes more (rare: most rows hold a term
		 * once) */
		uint8_t *p0 = d + 1, *p = p0;
		for (; i < count; i++) {
			uint32_t rc = t ? t[i].row_col : l[i].row_col;
			if (rc >> 3 != row)
				break;
			uint32_t pos = t ? t[i].pos : l[i].pos;
			if ((rc & 7) != cur_col) {
				cur_col = rc & 7;
				*p++ = 0x01;
				*p++ = (uint8_t)cur_col;
				prev = 0;
			}
			p = put_varint(p, (uint64_t)pos - prev + 2);
			prev = pos;
		}
		size_t npl = (size_t)(p - p0);
		if (npl * 2 <= 0x7f) {
			*d = (uint8_t)(npl * 2);
			d = p;
		} else {
			uint8_t sz[9];
			size_t k = (size_t)yd_varint_put(sz, (uint64_t)npl * 2);
			memmove(d + k, p0, npl);
			memcpy(d, sz, k);
			d += k + npl;
		}
		prev_rowid = rowid;
	}
	w->dl.n = (size_t)(d - w->dl.p);
	if (w->write && w->rc == SQLITE_OK)
		w->rc = yd_runs_add(w->runs, w->term.p, w->term.n, prev_rowid,
				    w->dl.p, w->dl.n);
}

/* Whether a term belongs in search_term: one or two characters, the
 * first from U+2E80 on and outside the private-use area (lib/search-index.c
 * fill_terms, which reads them from the index instead). */
static bool is_search_term(const uint8_t *s, size_t n)
{
	ucs4_t c;
	int l = u8_mbtouc(&c, s, n);
	if (l <= 0 || c < 0x2E80 || (c >= 0xE000 && c <= 0xF8FF))
		return false;
	size_t chars = 1;
	for (size_t i = (size_t)l; i < n; i += (size_t)u8_mbtouc(&c, s + i, n - i))
		chars++;
	return chars <= 2;
}

static int terms_note(struct term_set *batch_terms, uint64_t key)
{
	if (!grow((void **)&batch_terms->v, &batch_terms->cap,
		  batch_terms->n + 1, sizeof *batch_terms->v))
		return SQLITE_NOMEM;
	batch_terms->v[batch_terms->n++] = key;
	return SQLITE_OK;
}

/* ts ∪= add, both sorted and distinct. */
static int terms_merge(struct term_set *ts, const struct term_set *add)
{
	uint64_t *v = malloc((ts->n + add->n + 1) * sizeof *v);
	if (!v)
		return SQLITE_NOMEM;
	size_t i = 0, j = 0, n = 0;
	while (i < ts->n || j < add->n) {
		if (j == add->n || (i < ts->n && ts->v[i] < add->v[j]))
			v[n++] = ts->v[i++];
		else if (i == ts->n || add->v[j] < ts->v[i])
			v[n++] = add->v[j++];
		else {
			v[n++] = ts->v[i++];
			j++;
		}
	}
	free(ts->v);
	ts->v = v;
	ts->n = n;
	ts->cap = ts->n + add->n + 1;
	return SQLITE_OK;
}

/* The sorted batch as a run: short and long terms merged in byte
 * order. */
static int write_batch(struct writer *w, const struct batch *b,
		       struct term_set *terms)
{
	struct term_set bt = { 0 };
	size_t i = 0, j = 0;
	int rc = SQLITE_OK;
	while ((i < b->nt || j < b->nl) && rc == SQLITE_OK) {
		uint8_t sb[SHORT_TERM];
		size_t sn = i < b->nt ? key_bytes(b->t[i].key, sb) : 0;
		const uint8_t *lp = j < b->nl ? b->arena.p + b->l[j].off : NULL;
		size_t ln = j < b->nl ? b->l[j].len : 0;
		bool take_short = j == b->nl;
		if (i < b->nt && j < b->nl) {
			int c = memcmp(sb, lp, sn < ln ? sn : ln);
			take_short = c < 0 || (c == 0 && sn < ln);
		}
		if (take_short) {
			size_t e = i + 1;
			while (e < b->nt && b->t[e].key == b->t[i].key)
				e++;
			if (is_search_term(sb, sn))
				rc = terms_note(&bt, b->t[i].key);
			write_doclist(w, b, sb, sn, b->t + i, e - i, NULL, 0);
			i = e;
		} else {
			size_t e = j + 1;
			while (e < b->nl && b->l[e].len == ln &&
			       memcmp(b->arena.p + b->l[e].off, lp, ln) == 0)
				e++;
			write_doclist(w, b, lp, ln, NULL, 0, b->l + j, e - j);
			j = e;
		}
	}
	if (rc == SQLITE_OK)
		rc = w->rc;
	if (rc == SQLITE_OK && w->write)
		rc = yd_runs_end(w->runs);
	if (rc == SQLITE_OK)
		rc = terms_merge(terms, &bt);
	free(bt.v);
	return rc;
}

/* One build: the batches' runs, the segment, the rows' totals, the
 * terms. */

struct build {
	sqlite3 *db;
	int stage;
	int pgsz;
	size_t batch_tokens;
	sqlite3_stmt *put_data, *put_idx, *put_size;
	struct writer w;
	int last;                 /* the segment's last page (0: none) */
	uint64_t leaves;
	int64_t nrow, total[NCOL];
	struct term_set terms;
	struct yd_segment_stats *stats;
};

static int put_sizes(struct build *B, const struct batch *b)
{
	for (size_t r = 0; r < b->nrow; r++) {
		uint8_t blob[NCOL * 9];
		int n = 0;
		for (int c = 0; c < NCOL; c++) {
			n += yd_varint_put(blob + n, b->size[r][c]);
			B->total[c] += b->size[r][c];
		}
		B->nrow++;
		if (B->stage < YD_SEGMENT_BUILD)
			continue;
		sqlite3_bind_int64(B->put_size, 1, b->rowid[r]);
		sqlite3_bind_blob(B->put_size, 2, blob, n, SQLITE_TRANSIENT);
		sqlite3_step(B->put_size);
		int rc = sqlite3_reset(B->put_size);
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/* Sorts the batch and writes it as the next run. */
static int flush_batch(struct build *B, struct batch *b)
{
	if (B->stats) {
		B->stats->tokens += b->nt + b->nl;
		B->stats->long_tokens += b->nl;
		B->stats->batches++;
	}
	int rc = SQLITE_OK;
	if (B->stage >= YD_SEGMENT_SORT) {
		rc = sort_short(b);
		if (rc == SQLITE_OK)
			rc = sort_long(b);
	}
	if (rc == SQLITE_OK && B->stage >= YD_SEGMENT_ENCODE &&
	    (b->nt || b->nl)) {
		B->w.write = B->stage >= YD_SEGMENT_BUILD;
		rc = write_batch(&B->w, b, &B->terms);
	}
	if (rc == SQLITE_OK)
		rc = put_sizes(B, b);
	b->nt = b->nl = b->arena.n = b->nrow = 0;
	return rc;
}

static void batch_free(struct batch *b)
{
	free(b->t);
	free(b->tmp);
	free(b->end);
	free(b->l);
	free(b->arena.p);
	free(b->rowid);
	free(b->size);
}

/* Every row of search_src, batch by batch. */
static int index_rows(struct build *B)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(B->db, "SELECT id, body, title, summary, py, "
				    "facets FROM search_src ORDER BY id", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	struct batch b = { 0 };
	/* room for a batch and one long article, so that it never doubles */
	if (!grow((void **)&b.t, &b.cap_t, B->batch_tokens + 65536, sizeof *b.t))
		rc = SQLITE_NOMEM;
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		rc = add_row(&b, sqlite3_column_int64(st, 0), st);
		/* long tokens' bytes count as tokens; rows without tokens too,
		 * a few at a time */
		size_t load = b.nt + b.nl + b.arena.n / sizeof *b.t + b.nrow / 16;
		if (rc == SQLITE_OK && load >= B->batch_tokens)
			rc = flush_batch(B, &b);
	}
	if (rc == SQLITE_DONE)
		rc = SQLITE_OK;
	if (rc == SQLITE_OK && b.nrow)
		rc = flush_batch(B, &b);
	sqlite3_finalize(st);
	batch_free(&b);
	return rc;
}

static int exec(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

/* The blob of a %_data record (id 1: totals, 10: structure), or NULL. */
static int read_record(sqlite3 *db, int64_t id, struct yd_bytes *out)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, "SELECT block FROM main.search_data "
				    "WHERE id = ?1", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	out->n = 0;
	if (sqlite3_step(st) == SQLITE_ROW &&
	    !yd_bytes_add(out, sqlite3_column_blob(st, 0),
			  (size_t)sqlite3_column_bytes(st, 0)))
		rc = SQLITE_NOMEM;
	sqlite3_finalize(st);
	return rc;
}

static int put_record(sqlite3 *db, int64_t id, const struct yd_bytes *b)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, "REPLACE INTO main.search_data (id, block) "
				    "VALUES (?1, ?2)", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_blob(st, 2, b->p ? (void *)b->p : "", (int)b->n, SQLITE_STATIC);
	sqlite3_step(st);
	rc = sqlite3_finalize(st);
	return rc;
}

static int64_t query_int(sqlite3 *db, const char *sql, int64_t dflt)
{
	sqlite3_stmt *st;
	int64_t v = dflt;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return dflt;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The index is the one this file writes for: data/schema.sql's table
 * (detail=full, no prefix index, column sizes kept, the columns in this
 * order), on SQLite 3.40, and empty. The structure record's cookie is
 * kept in *cookie. */
static bool applies(sqlite3 *db, uint8_t cookie[4])
{
	int v = sqlite3_libversion_number();
	const char *serial = getenv("YIDU_INDEX_SERIAL");
	if (v < 3040000 || v >= 3041000 || (serial && *serial == '1'))
		return false;
	sqlite3_stmt *st;
	bool ok = false;
	if (sqlite3_prepare_v2(db, "SELECT sql FROM main.sqlite_schema WHERE "
			       "name = 'search'", -1, &st, NULL) != SQLITE_OK)
		return false;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *sql = (const char *)sqlite3_column_text(st, 0);
		ok = sql && strstr(sql, "fts5(body, title, summary, py, facets,") &&
			strstr(sql, "tokenize = 'yidu'") && !strstr(sql, "prefix") &&
			!strstr(sql, "detail") && !strstr(sql, "columnsize") &&
			!strstr(sql, "contentless");
	}
	sqlite3_finalize(st);
	if (!ok || query_int(db, "SELECT count(*) FROM main.search_docsize", 1) ||
	    query_int(db, "SELECT count(*) FROM main.search_idx", 1))
		return false;
	struct yd_bytes s = { 0 }, a = { 0 };
	ok = read_record(db, 10, &s) == SQLITE_OK && s.n >= 5 && s.p[4] == 0 &&
		read_record(db, 1, &a) == SQLITE_OK && (a.n == 0 || a.p[0] == 0);
	if (ok)
		memcpy(cookie, s.p, 4);
	free(s.p);
	free(a.p);
	return ok;
}

/* The structure record: one segment (id 1, pages 1 to last), on level 1
 * of 2, where FTS5's optimize of level-0 segments leaves its result, so
 * that later segments (--append) merge on level 0 without it. */
static int put_structure(struct build *B, const uint8_t cookie[4])
{
	struct yd_bytes s = { 0 };
	bool ok = yd_bytes_add(&s, cookie, 4);
	if (B->last > 0)
		ok = ok && yd_bytes_varint(&s, 2) && yd_bytes_varint(&s, 1) &&
			yd_bytes_varint(&s, B->leaves) &&
			yd_bytes_varint(&s, 0) && yd_bytes_varint(&s, 0) &&
			yd_bytes_varint(&s, 0) && yd_bytes_varint(&s, 1) &&
			yd_bytes_varint(&s, 1) && yd_bytes_varint(&s, 1) &&
			yd_bytes_varint(&s, (uint64_t)B->last);
	else
		ok = ok && yd_bytes_varint(&s, 0) && yd_bytes_varint(&s, 0) &&
			yd_bytes_varint(&s, 0);
	int rc = ok ? put_record(B->db, 10, &s) : SQLITE_NOMEM;
	free(s.p);
	return rc;
}

struct merge {
	struct yd_runs *runs;
	struct yd_segw *w;
	int last;
};

/* On the pipeline's worker thread: the runs read and merged, the pages
 * made. */
static int merge_runs(void *arg)
{
	struct merge *m = arg;
	int rc = yd_runs_merge(m->runs, m->w);
	if (rc == SQLITE_OK)
		rc = yd_segw_finish(m->w, &m->last);
	return rc;
}

/* The runs merged into segment 1: merged and made into pages on one
 * thread, the pages written into the shadow tables on this one (about
 * two thirds of the time: SQLite's inserts). */
static int write_segment(struct build *B)
{
	struct yd_segw w;
	struct merge m = { B->w.runs, &w, 0 };
	int rc = yd_segw_init(&w, B->put_data, B->put_idx, 1, B->pgsz);
	if (rc == SQLITE_OK)
		rc = yd_segw_pipeline(&w, merge_runs, &m);
	B->last = m.last;
	B->leaves = (uint64_t)w.leaves;
	yd_segw_free(&w);
	return rc;
}

static int put_totals(struct build *B)
{
	struct yd_bytes a = { 0 };
	bool ok = yd_bytes_varint(&a, (uint64_t)B->nrow);
	for (int c = 0; c < NCOL && ok; c++)
		ok = yd_bytes_varint(&a, (uint64_t)B->total[c]);
	int rc = ok ? put_record(B->db, 1, &a) : SQLITE_NOMEM;
	free(a.p);
	return rc;
}

static int put_terms(struct build *B)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(B->db, "INSERT OR IGNORE INTO main.search_term "
				    "(term) VALUES (?1)", -1, &st, NULL);
	for (size_t i = 0; i < B->terms.n && rc == SQLITE_OK; i++) {
		uint8_t t[SHORT_TERM];
		size_t n = key_bytes(B->terms.v[i], t);
		sqlite3_bind_text(st, 1, (const char *)t, (int)n, SQLITE_TRANSIENT);
		sqlite3_step(st);
		rc = sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

/* FTS5 keeps the structure record (and the totals) it last read for as
 * long as the connection sees no other connection's write; rolling back
 * to a savepoint makes it read them again. Writing to the table first
 * (the hash size the build leaves behind, as lib/search-index.c does)
 * makes the table part of the transaction, so that the savepoint reaches
 * it. */
static int forget_cached_structure(sqlite3 *db)
{
	return exec(db, "INSERT INTO main.search (search, rank) VALUES "
		    "('hashsize', 1048576); SAVEPOINT yd_segment; "
		    "ROLLBACK TO yd_segment; RELEASE yd_segment");
}

/* YIDU_BUILD_TRACE=1 (lib/build.c): the search step's parts, wall time. */
static void trace(const char *what)
{
	static struct timespec last;
	struct timespec now;
	if (!getenv("YIDU_BUILD_TRACE"))
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (what)
		fprintf(stderr, "search: %-24s %8.3f s\n", what,
			(double)(now.tv_sec - last.tv_sec) +
			(double)(now.tv_nsec - last.tv_nsec) / 1e9);
	last = now;
}

static int finish_index(struct build *B, const uint8_t cookie[4])
{
	trace("tokenize, sort, runs");
	int rc = write_segment(B);
	trace("merge into a segment");
	if (rc == SQLITE_OK)
		rc = put_structure(B, cookie);
	if (rc == SQLITE_OK)
		rc = forget_cached_structure(B->db);
	if (rc == SQLITE_OK)
		rc = put_totals(B);
	if (rc == SQLITE_OK)
		rc = put_terms(B);
	trace("search_term");
	return rc;
}

static void build_free(struct build *B)
{
	sqlite3_finalize(B->put_data);
	sqlite3_finalize(B->put_idx);
	sqlite3_finalize(B->put_size);
	free(B->w.dl.p);
	free(B->w.term.p);
	yd_runs_free(B->w.runs);
	free(B->terms.v);
}

static size_t batch_tokens(void)
{
	const char *e = getenv("YIDU_SEGMENT_BATCH");
	long v = e ? strtol(e, NULL, 10) : 0;
	return v > 0 ? (size_t)v : BATCH_TOKENS;
}

static int run(struct build *B, const uint8_t cookie[4], bool *built)
{
	int rc = SQLITE_OK;
	if (B->stage >= YD_SEGMENT_BUILD) {
		rc = yd_segw_prepare(B->db, "search", &B->put_data, &B->put_idx);
		if (rc == SQLITE_OK)
			rc = sqlite3_prepare_v2(B->db, "INSERT INTO main.search_docsize "
						"(id, sz) VALUES (?1, ?2)", -1,
						&B->put_size, NULL);
		if (rc == SQLITE_OK && !(B->w.runs = yd_runs_new()))
			rc = SQLITE_CANTOPEN;
	}
	trace(NULL);
	if (rc == SQLITE_OK)
		rc = index_rows(B);
	if (rc == SQLITE_OK && B->stage >= YD_SEGMENT_BUILD) {
		rc = finish_index(B, cookie);
		*built = rc == SQLITE_OK;
	}
	return rc;
}

int yd_search_segment_run(sqlite3 *db, int stage, bool *built,
			  struct yd_segment_stats *stats)
{
	uint8_t cookie[4] = { 0 };
	*built = false;
	if (stage >= YD_SEGMENT_BUILD && !applies(db, cookie))
		return SQLITE_OK;
	struct build B = { .db = db, .stage = stage, .stats = stats,
			   .batch_tokens = batch_tokens() };
	B.pgsz = (int)query_int(db, "SELECT v FROM main.search_config WHERE "
				"k = 'pgsz'", FTS5_PAGE_SIZE);
	int rc = stage >= YD_SEGMENT_BUILD ? exec(db, "SAVEPOINT yd_segment_build")
		: SQLITE_OK;
	if (rc != SQLITE_OK)
		return rc;
	rc = run(&B, cookie, built);
	if (stage >= YD_SEGMENT_BUILD) {
		/* no temporary file, or no room in it: undone, and FTS5 builds
		 * the index (lib/search-index.c) */
		if (rc != SQLITE_OK && (!B.w.runs || yd_runs_failed(B.w.runs)) &&
		    exec(db, "ROLLBACK TO yd_segment_build") == SQLITE_OK)
			rc = SQLITE_OK;
		int rc2 = exec(db, "RELEASE yd_segment_build");
		if (rc == SQLITE_OK)
			rc = rc2;
	}
	if (stats) {
		stats->rows = (uint64_t)B.nrow;
		stats->segments = B.last > 0;
		stats->terms = B.terms.n;
	}
	build_free(&B);
	return rc;
}

/* The same build fed while the articles are stored (issue 17): the
 * builder's thread waits on the one that parses and tags the articles
 * for most of that time, so tokenizing, sorting and writing the runs
 * there leaves only the merge for the finish. The rows' facets are
 * known when they are stored (lib/build-counts.c computes the same text
 * from the same closures); the finish checks that the articles are the
 * rows fed and that search_facet says what was indexed, and otherwise
 * drops this build (the index is then built from search_src as above). */
struct yd_segment_live {
	struct build B;
	struct batch b;
	uint8_t cookie[4];
	uint64_t facets;     /* hash of (id, facet text) of the rows with facets */
	int64_t last;        /* the last row's id */
	int64_t rows;
	bool spoiled;
	struct yd_bytes py;  /* the pinyin column: the mark and the title */
};

/* As the finish's batch: the page cache of the articles being stored,
 * beside it, is 32 MiB (lib/build.c; peak memory ≤ 256 MB). Half this
 * doubles the runs, and the merge took 1.5 × as long at 100,000
 * articles. */
#define LIVE_BATCH_TOKENS (4u << 20)

static unsigned live_builds;

unsigned yd_segment_live_builds(void)
{
	return live_builds;
}

#define FNV_PRIME 0x100000001b3ULL

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const uint8_t *s = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * FNV_PRIME;
	return h;
}

static uint64_t facet_hash(uint64_t h, int64_t id, const char *text, size_t n)
{
	uint8_t v[8];
	for (int i = 0; i < 8; i++)
		v[i] = (uint8_t)((uint64_t)id >> (8 * i));
	h = fnv(h, v, sizeof v);
	h = fnv(h, text, n);
	return fnv(h, "", 1);
}

static void live_release(struct yd_segment_live *L)
{
	batch_free(&L->b);
	memset(&L->b, 0, sizeof L->b);
	build_free(&L->B);
	memset(&L->B, 0, sizeof L->B);
	free(L->py.p);
	L->py = (struct yd_bytes){ 0 };
}

void yd_segment_live_spoil(struct yd_segment_live *L)
{
	if (!L || L->spoiled)
		return;
	L->spoiled = true;
	sqlite3 *db = L->B.db;
	live_release(L);     /* its memory back at once */
	L->B.db = db;
}

struct yd_segment_live *yd_segment_live_new(sqlite3 *db)
{
	const char *e = getenv("YIDU_INDEX_LIVE");
	if (e && *e == '0')
		return NULL;
	struct yd_segment_live *L = calloc(1, sizeof *L);
	if (!L)
		return NULL;
	if (!applies(db, L->cookie)) {
		free(L);
		return NULL;
	}
	const char *bt = getenv("YIDU_SEGMENT_BATCH");
	L->B = (struct build){ .db = db, .stage = YD_SEGMENT_BUILD,
			       .batch_tokens = bt ? batch_tokens() : LIVE_BATCH_TOKENS };
	L->B.pgsz = (int)query_int(db, "SELECT v FROM main.search_config WHERE "
				   "k = 'pgsz'", FTS5_PAGE_SIZE);
	int rc = yd_segw_prepare(db, "search", &L->B.put_data, &L->B.put_idx);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db, "INSERT INTO main.search_docsize "
					"(id, sz) VALUES (?1, ?2)", -1, &L->B.put_size, NULL);
	if (rc == SQLITE_OK && !(L->B.w.runs = yd_runs_new()))
		rc = SQLITE_CANTOPEN;
	if (rc == SQLITE_OK && !grow((void **)&L->b.t, &L->b.cap_t,
				     L->B.batch_tokens + 65536, sizeof *L->b.t))
		rc = SQLITE_NOMEM;
	if (rc != SQLITE_OK) {
		yd_segment_live_free(L);
		return NULL;
	}
	return L;
}

void yd_segment_live_add(struct yd_segment_live *L, int64_t id,
			 const char *body, const char *body_text,
			 size_t body_text_len, const char *title,
			 const char *summary, const char *facets, size_t nfacets)
{
	if (!L || L->spoiled)
		return;
	if (id <= L->last || !title) {
		yd_segment_live_spoil(L);
		return;
	}
	/* search_src's columns: yd_md_text(body), title, summary,
	 * U+E000 || title, facets */
	size_t nplain = body ? body_text_len : 0;
	char *plain = NULL;
	if (!body)
		body_text = NULL;
	else if (!body_text)
		plain = yd_md_plain(body, strlen(body), &nplain);
	size_t ntitle = strlen(title);
	L->py.n = 0;
	if ((body && !body_text && !plain) ||
	    !yd_bytes_add(&L->py, YD_PINYIN_MARK, sizeof YD_PINYIN_MARK - 1) ||
	    !yd_bytes_add(&L->py, title, ntitle)) {
		free(plain);
		yd_segment_live_spoil(L);
		return;
	}
	const char *text[NCOL] = { body_text ? body_text : plain, title, summary,
				   (const char *)L->py.p, nfacets ? facets : NULL };
	const size_t len[NCOL] = { nplain, ntitle, summary ? strlen(summary) : 0,
				   L->py.n, nfacets };
	int rc = add_cols(&L->b, id, text, len);
	free(plain);
	if (nfacets)
		L->facets = facet_hash(L->facets, id, facets, nfacets);
	L->last = id;
	L->rows++;
	struct batch *b = &L->b;
	size_t load = b->nt + b->nl + b->arena.n / sizeof *b->t + b->nrow / 16;
	if (rc == SQLITE_OK && load >= L->B.batch_tokens)
		rc = flush_batch(&L->B, b);
	if (rc != SQLITE_OK)
		yd_segment_live_spoil(L);
}

/* Whether the stored articles are the rows fed, and search_facet what
 * was indexed as their facets. */
static bool live_matches(struct yd_segment_live *L)
{
	sqlite3 *db = L->B.db;
	sqlite3_stmt *st;
	bool ok = false;
	if (sqlite3_prepare_v2(db, "SELECT count(*), coalesce(max(id), 0) FROM "
			       "main.article", -1, &st, NULL) != SQLITE_OK)
		return false;
	if (sqlite3_step(st) == SQLITE_ROW)
		ok = sqlite3_column_int64(st, 0) == L->rows &&
			sqlite3_column_int64(st, 1) == L->last;
	sqlite3_finalize(st);
	if (!ok || sqlite3_prepare_v2(db, "SELECT id, facets FROM main.search_facet "
				      "ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return false;
	uint64_t h = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 1);
		int n = sqlite3_column_bytes(st, 1);
		if (t && n > 0)
			h = facet_hash(h, sqlite3_column_int64(st, 0), t, (size_t)n);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE && h == L->facets;
}

int yd_segment_live_finish(struct yd_segment_live *L, bool *built)
{
	*built = false;
	if (!L)
		return SQLITE_OK;
	sqlite3 *db = L->B.db;
	int rc = SQLITE_OK;
	trace(NULL);
	if (!L->spoiled && !live_matches(L))
		yd_segment_live_spoil(L);
	if (!L->spoiled) {
		if (L->b.nrow)
			rc = flush_batch(&L->B, &L->b);
		batch_free(&L->b);
		memset(&L->b, 0, sizeof L->b);
		if (rc == SQLITE_OK)
			rc = exec(db, "SAVEPOINT yd_segment_build");
		if (rc == SQLITE_OK) {
			rc = finish_index(&L->B, L->cookie);
			/* no room for the runs: undone, built from search_src */
			if (rc != SQLITE_OK && yd_runs_failed(L->B.w.runs) &&
			    exec(db, "ROLLBACK TO yd_segment_build") == SQLITE_OK) {
				rc = SQLITE_OK;
				yd_segment_live_spoil(L);
			}
			int rc2 = exec(db, "RELEASE yd_segment_build");
			if (rc == SQLITE_OK)
				rc = rc2;
		} else if (L->B.w.runs && yd_runs_failed(L->B.w.runs)) {
			rc = SQLITE_OK;
			yd_segment_live_spoil(L);
		}
		*built = rc == SQLITE_OK && !L->spoiled;
		if (*built)
			live_builds++;
	}
	/* the %_docsize rows written while storing go with the build */
	if (L->spoiled && rc == SQLITE_OK)
		rc = exec(db, "DELETE FROM main.search_docsize");
	return rc;
}

void yd_segment_live_free(struct yd_segment_live *L)
{
	if (!L)
		return;
	live_release(L);
	free(L);
}
