/* JSON lines and CSV rows on two threads: a reader parses each record
 * and prepares the article (cleaning, regions and topics found in the
 * text), the main thread stores it. On two cores this roughly halves the import time. */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "import.h"

#define QUEUE 2048

enum { IT_ARTICLE, IT_BAD, IT_WARNING, IT_FATAL, IT_END };

typedef struct item {
	int kind;
	yd_article a;
	char *msg;
} item;

typedef struct pipe_state {
	pthread_mutex_t mu;
	pthread_cond_t can_pop, can_push;
	item v[QUEUE];
	size_t head, n;
	bool stop;             /* the consumer gave up (--strict, errors) */
	double cpu;            /* the reader's CPU time, when it is done */
	const char *path;
	const yd_builder *b;
	/* CSV: the stream and the --columns map (NULL ts: JSON lines) */
	yd_textstream *ts;
	const char *columns;
} pipe_state;

/* false when the consumer has stopped. The end marker is always queued
 * (the consumer keeps popping until it sees it). */
static bool push(pipe_state *p, item *it)
{
	bool end = it->kind == IT_END;
	pthread_mutex_lock(&p->mu);
	while (p->n == QUEUE && (!p->stop || end))
		pthread_cond_wait(&p->can_push, &p->mu);
	bool ok = !p->stop || end;
	if (ok) {
		p->v[(p->head + p->n) % QUEUE] = *it;
		p->n++;
		pthread_cond_signal(&p->can_pop);
	}
	pthread_mutex_unlock(&p->mu);
	if (!ok) {
		yd_article_clear(&it->a);
		free(it->msg);
	}
	return ok;
}

static void pop(pipe_state *p, item *it)
{
	pthread_mutex_lock(&p->mu);
	while (p->n == 0)
		pthread_cond_wait(&p->can_pop, &p->mu);
	*it = p->v[p->head];
	p->head = (p->head + 1) % QUEUE;
	p->n--;
	pthread_cond_signal(&p->can_push);
	pthread_mutex_unlock(&p->mu);
}

static bool push_msg(pipe_state *p, int kind, const char *msg)
{
	item it = { .kind = kind, .msg = strdup(msg) };
	yd_article_init(&it.a);
	return push(p, &it);
}

static bool one_line(pipe_state *p, const char *line, size_t n, size_t no)
{
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;
	if (strspn(line, " \t") >= n)
		return true;
	char origin[4200];
	snprintf(origin, sizeof origin, "%s:%zu", p->path, no);
	item it = { .kind = IT_ARTICLE };
	yd_error err = { 0 };
	if (yd_parse_json_article(line, n, origin, &it.a, &err) != 0)
		return push_msg(p, IT_BAD, err.msg);
	if (err.msg[0] && !push_msg(p, IT_WARNING, err.msg)) {
		yd_article_clear(&it.a);
		return false;
	}
	yd_error_clear(&err);
	import_category_topics(yd_builder_taxonomy(p->b), &it.a);
	if (yd_builder_prepare(p->b, &it.a, &err) != 0) {
		yd_article_clear(&it.a);
		return push_msg(p, IT_BAD, err.msg);
	}
	return push(p, &it);
}

static int csv_row(void *ctx, yd_article *a)
{
	pipe_state *p = ctx;
	item it = { .kind = IT_ARTICLE, .a = *a };
	yd_error err = { 0 };
	import_category_topics(yd_builder_taxonomy(p->b), &it.a);
	if (yd_builder_prepare(p->b, &it.a, &err) != 0) {
		yd_article_clear(&it.a);
		return push_msg(p, IT_BAD, err.msg) ? 0 : -1;
	}
	return push(p, &it) ? 0 : -1;
}

static int csv_bad_row(void *ctx, const char *msg)
{
	return push_msg(ctx, IT_BAD, msg) ? 0 : -1;
}

static double seconds(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void reader_body(pipe_state *p);

static void *reader(void *arg)
{
	pipe_state *p = arg;
	reader_body(p);
	struct timespec zero = { 0, 0 }, c;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c);
	p->cpu = seconds(&zero, &c);   /* read after the join */
	return NULL;
}

static void reader_body(pipe_state *p)
{
	if (p->ts) {
		yd_error err = { 0 };
		if (yd_parse_csv_stream(p->ts, p->path, p->columns, csv_row, csv_bad_row, p, &err) != 0 &&
		    err.code)
			push_msg(p, err.code == YD_EUSAGE ? IT_FATAL : IT_BAD, err.msg);
		item end = { .kind = IT_END };
		yd_article_init(&end.a);
		push(p, &end);
		return;
	}
	FILE *f = fopen(p->path, "rb");
	if (!f) {
		char msg[4200];
		snprintf(msg, sizeof msg, "%s: %s", p->path, strerror(errno));
		push_msg(p, IT_BAD, msg);
	} else {
		char *line = NULL;
		size_t cap = 0, no = 0;
		ssize_t n;
		bool go = true;
		while (go && (n = getline(&line, &cap, f)) > 0) {
			no++;
			size_t skip = no == 1 && n >= 3 &&
				memcmp(line, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
			go = one_line(p, line + skip, (size_t)n - skip, no);
		}
		free(line);
		fclose(f);
	}
	item end = { .kind = IT_END };
	yd_article_init(&end.a);
	push(p, &end);
}

static int run_pipe(run *r, const char *path, yd_textstream *ts);

int import_jsonl_threaded(run *r, const char *path)
{
	return run_pipe(r, path, NULL);
}

int import_csv_threaded(run *r, const char *path, yd_textstream *ts)
{
	return run_pipe(r, path, ts);
}

static int run_pipe(run *r, const char *path, yd_textstream *ts)
{
	pipe_state *p = calloc(1, sizeof *p);
	if (!p) {
		fputs("yidu-import: out of memory\n", stderr);
		return -1;
	}
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->can_pop, NULL);
	pthread_cond_init(&p->can_push, NULL);
	p->path = path;
	p->b = r->b;
	p->ts = ts;
	p->columns = r->columns;
	struct timespec w0, c0;
	clock_gettime(CLOCK_MONOTONIC, &w0);
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
	pthread_t t;
	if (pthread_create(&t, NULL, reader, p) != 0) {
		fputs("yidu-import: cannot start a thread\n", stderr);
		free(p);
		return -1;
	}
	int rc = 0;
	for (;;) {
		item it;
		pop(p, &it);
		if (it.kind == IT_END)
			break;
		if (rc == 0) {
			if (it.kind == IT_ARTICLE) {
				rc = import_add(r, &it.a, true);
			} else if (it.kind == IT_BAD) {
				rc = import_bad(r, it.msg);
			} else if (it.kind == IT_FATAL) {
				fprintf(stderr, "yidu-import: %s\n", it.msg);
				rc = -1;
			} else {
				yd_error w = { 0 };
				snprintf(w.msg, sizeof w.msg, "%s", it.msg);
				import_parser_warning(r, &w);
			}
			if (rc != 0) {
				/* let the reader finish quickly: it stops at its
				 * next push */
				pthread_mutex_lock(&p->mu);
				p->stop = true;
				pthread_cond_broadcast(&p->can_push);
				pthread_mutex_unlock(&p->mu);
			}
		}
		yd_article_clear(&it.a);
		free(it.msg);
	}
	pthread_join(t, NULL);
	if (getenv("YIDU_BUILD_TRACE")) {
		/* the two threads' CPU: on two free cores the store phase takes
		 * about the larger */
		struct timespec w1, c1;
		clock_gettime(CLOCK_MONOTONIC, &w1);
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
		fprintf(stderr, "store: %.3f s wall; CPU: reader %.3f s, storing "
			"%.3f s\n", seconds(&w0, &w1), p->cpu, seconds(&c0, &c1));
	}
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->can_pop);
	pthread_cond_destroy(&p->can_push);
	free(p);
	return rc;
}
