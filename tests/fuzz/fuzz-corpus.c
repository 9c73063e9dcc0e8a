/* libFuzzer harness: a tampered corpus. The input is a list of updates
 * applied with SQL to a fresh copy of the sample corpus (any bytes into
 * titles, bodies, names, slugs and other text; parents pointing anywhere,
 * making loops; related and count rows changed), then the corpus is opened
 * and every output mode is run on it: --tree regions and topics, --list,
 * --show, --dump (plain and --color) and --search, with stdout and stderr
 * captured. Any raw control byte in what they print (C0 other than
 * newline and tab, DEL, C1, an escape sequence other than --color's own
 * SGR, bidi controls), or a refusal message that is not clean, aborts;
 * ASan and UBSan report the rest.
 *
 * Each update: op (1 byte: which column), row (2 bytes: which row, modulo
 * the table's rows), n (1 byte), then n bytes of value. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>

#include "yidu/corpus.h"
#include "yidu/out.h"
#include "cli.h"
#include "cli-search.h"

/* The sample's rows: articles (ids 1 to 230), regions, topics. */
#define ARTICLES 230
#define REGIONS 3214
#define TOPICS 47

#ifndef SAMPLE_DB
#define SAMPLE_DB "data/sample.db"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char *pristine;
static size_t pristine_len;
static char path[64];

/* The columns an update can change: SQL with ?1 the value and ?2 the row
 * offset. REF: the value picks another row's key (parents, related). */
static const struct target {
	const char *sql;
	enum { TEXT, INT, REF } kind;
	int rows;        /* the row offset is taken modulo this (the sample's rows) */
} targets[] = {
	{ "UPDATE article SET title = ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, ARTICLES },
	{ "UPDATE article SET summary = ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, ARTICLES },
	{ "UPDATE article SET body = ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, ARTICLES },
	{ "UPDATE article SET body = body || ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, ARTICLES },
	{ "UPDATE article SET source = ?1, author = ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, ARTICLES },
	{ "UPDATE article SET url = ?1, category = ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, ARTICLES },
	{ "UPDATE article SET published = ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, ARTICLES },
	{ "UPDATE article SET slug = ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, ARTICLES },
	{ "UPDATE article SET excerpt = ?1 WHERE rowid = (SELECT rowid FROM article ORDER BY rowid LIMIT 1 OFFSET ?2)", INT, ARTICLES },
	{ "UPDATE region SET name = ?1 WHERE rowid = (SELECT rowid FROM region ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, REGIONS },
	{ "UPDATE region SET short_name = ?1 WHERE rowid = (SELECT rowid FROM region ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, REGIONS },
	{ "UPDATE region SET parent = (SELECT code FROM region ORDER BY code LIMIT 1 OFFSET ?1) "
	  "WHERE rowid = (SELECT rowid FROM region ORDER BY rowid LIMIT 1 OFFSET ?2)", REF, REGIONS },
	{ "UPDATE topic SET name = ?1 WHERE rowid = (SELECT rowid FROM topic ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, TOPICS },
	{ "UPDATE topic SET path = ?1 WHERE rowid = (SELECT rowid FROM topic ORDER BY rowid LIMIT 1 OFFSET ?2)", TEXT, TOPICS },
	{ "UPDATE topic SET parent = (SELECT id FROM topic ORDER BY id LIMIT 1 OFFSET ?1) "
	  "WHERE rowid = (SELECT rowid FROM topic ORDER BY rowid LIMIT 1 OFFSET ?2)", REF, TOPICS },
	{ "UPDATE related SET related = (SELECT id FROM article ORDER BY id LIMIT 1 OFFSET ?1) "
	  "WHERE (article, related) = (SELECT article, related FROM related LIMIT 1 OFFSET ?2)", REF, ARTICLES },
	{ "UPDATE facet_count SET n = ?1 WHERE (region, topic) = "
	  "(SELECT region, topic FROM facet_count LIMIT 1 OFFSET ?2)", INT, 4000 },
};
#define NTARGETS (sizeof targets / sizeof targets[0])

static void init(void)
{
	const char *src = getenv("YIDU_FUZZ_SAMPLE");
	FILE *f = fopen(src && *src ? src : SAMPLE_DB, "rb");
	if (!f) {
		fprintf(stderr, "fuzz-corpus: cannot read the sample corpus %s "
			"(set YIDU_FUZZ_SAMPLE)\n", src && *src ? src : SAMPLE_DB);
		abort();
	}
	fseek(f, 0, SEEK_END);
	pristine_len = (size_t)ftell(f);
	rewind(f);
	pristine = malloc(pristine_len);
	if (!pristine || fread(pristine, 1, pristine_len, f) != pristine_len)
		abort();
	fclose(f);
	snprintf(path, sizeof path, "%s/yidu-fuzz-corpus-%ld.db",
		 access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp", (long)getpid());
	/* one quick_check per input would dominate; the structural check
	 * is what a large corpus gets anyway */
	setenv("YIDU_QUICK_CHECK", "0", 1);
}

static void tamper(const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(pristine, 1, pristine_len, f) != pristine_len || fclose(f) != 0)
		abort();
	sqlite3 *db;
	if (sqlite3_open(path, &db) != SQLITE_OK)
		abort();
	sqlite3_exec(db, "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; BEGIN",
		     NULL, NULL, NULL);
	size_t i = 0;
	while (i + 4 <= size) {
		const struct target *t = &targets[data[i] % NTARGETS];
		int row = data[i + 1] | data[i + 2] << 8;
		size_t n = data[i + 3];
		i += 4;
		if (n > size - i)
			n = size - i;
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(db, t->sql, -1, &st, NULL) != SQLITE_OK)
			abort();   /* the harness's own SQL */
		int64_t v = 0;
		for (size_t k = 0; k < n && k < 8; k++)
			v = v << 8 | data[i + k];
		if (t->kind == TEXT)
			sqlite3_bind_text(st, 1, (const char *)data + i, (int)n, SQLITE_TRANSIENT);
		else
			/* a key a few past the last gives NULL: a root, or refused */
			sqlite3_bind_int64(st, 1, t->kind == REF ? (v & 0x7fffffff) % (t->rows + 4) : v);
		sqlite3_bind_int(st, 2, row % t->rows);
		sqlite3_step(st);   /* a constraint may refuse it: fine */
		sqlite3_finalize(st);
		i += n;
	}
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(db);
}

/* Aborts if text holds what must never reach a terminal. */
static void check_clean(const char *what, const unsigned char *s, size_t n, int sgr)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char b = s[i];
		int bad = 0;
		if (b == 0x1b) {
			size_t j = i + 1;
			if (sgr && j < n && s[j] == '[') {
				for (j++; j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == ';'); j++)
					;
				if (j < n && s[j] == 'm') {
					i = j;
					continue;
				}
			}
			bad = 1;
		} else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f) {
			bad = 1;
		} else if (b == 0xc2 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9f) {
			bad = 1;          /* C1 */
		} else if (b == 0xd8 && i + 1 < n && s[i + 1] == 0x9c) {
			bad = 1;          /* U+061C */
		} else if (b == 0xe2 && i + 2 < n && s[i + 1] == 0x80 &&
			   ((s[i + 2] >= 0xaa && s[i + 2] <= 0xae) || s[i + 2] == 0x8e ||
			    s[i + 2] == 0x8f || s[i + 2] == 0xa8 || s[i + 2] == 0xa9)) {
			bad = 1;          /* embeddings, overrides, LRM/RLM, separators */
		} else if (b == 0xe2 && i + 2 < n && s[i + 1] == 0x81 &&
			   s[i + 2] >= 0xa6 && s[i + 2] <= 0xa9) {
			bad = 1;          /* isolates */
		}
		if (bad) {
			fprintf(stderr, "fuzz-corpus: %s printed a raw control at byte %zu "
				"(0x%02x)\n", what, i, b);
			abort();
		}
	}
}

/* Runs one mode with stdout and stderr captured, then checks both. */
#define RUN(what, sgr, call) do {                                            \
	char *ob = NULL, *eb = NULL;                                         \
	size_t on = 0, en = 0;                                               \
	FILE *so = stdout, *se = stderr;                                     \
	stdout = open_memstream(&ob, &on);                                   \
	stderr = open_memstream(&eb, &en);                                   \
	if (!stdout || !stderr)                                              \
		abort();                                                     \
	(void)(call);                                                        \
	fclose(stdout);                                                      \
	fclose(stderr);                                                      \
	stdout = so;                                                         \
	stderr = se;                                                         \
	check_clean(what, (unsigned char *)ob, on, sgr);                     \
	check_clean(what " (stderr)", (unsigned char *)eb, en, 0);           \
	free(ob);                                                            \
	free(eb);                                                            \
} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!pristine)
		init();
	tamper(data, size);
	yd_error err = { 0 };
	yd_corpus *c = yd_corpus_open(path, &err);
	if (!c) {
		RUN("a refusal", 0, yd_out_printf(stderr, "yidu: %s\n", err.msg));
		unlink(path);
		return 0;
	}
	cli_opts o = { 0 };
	o.width = 40;
	o.limit = 30;
	RUN("--tree regions", 0, cli_tree(c, "regions", &o));
	RUN("--tree topics", 0, cli_tree(c, "topics", &o));
	RUN("--list", 0, cli_list(c, &o));
	/* --show and --dump: the first article, and the first two the updates
	 * touched (the sample's ids follow rowid order). */
	int ids[3] = { 1, 1, 1 }, nid = 1;
	for (size_t i = 0; i + 4 <= size && nid < 3; i += 4 + data[i + 3]) {
		const struct target *t = &targets[data[i] % NTARGETS];
		if (t->rows == ARTICLES)
			ids[nid++] = (data[i + 1] | data[i + 2] << 8) % ARTICLES + 1;
	}
	for (int k = 0; k < nid; k++) {
		char id[16];
		snprintf(id, sizeof id, "%d", ids[k]);
		RUN("--show", 0, cli_show(c, id, &o));
		RUN("--dump", 0, cli_dump_article(c, id, &o));
		o.color = true;
		RUN("--dump --color", 1, cli_dump_article(c, id, &o));
		o.color = false;
	}
	RUN("--search", 0, cli_search(c, "医保", &o));
	RUN("--search", 0, cli_search(c, "长沙 门诊", &o));
	yd_corpus_close(c);
	unlink(path);
	return 0;
}
