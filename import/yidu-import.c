/* yidu-import: builds a yidu corpus from scraped pages, Markdown files
 * with front matter and JSON lines. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "import.h"
#include "yidu/out.h"
#include "input.h"
#include <sqlite3.h>

#include "yidu/build.h"
#include "yidu/corpus.h"
#include "yidu/parse.h"

static void usage(FILE *f)
{
	fputs(
"Usage: yidu-import -o CORPUS [OPTION]... INPUT...\n"
"  or:  yidu-import --extract [--format FORMAT] INPUT...\n"
"  or:  yidu-import --tag [--explain] [--data DIR] < LINES\n"
"Build a yidu corpus from scraped pages, Markdown files with front matter\n"
"and JSON lines. Folders are read recursively, in sorted order.\n"
"\n"
"  -o, --output CORPUS     the corpus file to write (replaced atomically)\n"
"  -a, --append            add to the existing corpus instead of replacing it\n"
"  -w, --wait              wait while another import writes CORPUS (default:\n"
"                          fail at once)\n"
"      --allow-empty       write the corpus even if no input gave an article\n"
"  -f, --format FORMAT     read every input as page, markdown, jsonl, html,\n"
"                          csv or warc\n"
"                          (default: detected per file)\n"
"  -s, --strict            stop at the first bad input; nothing is written\n"
"  -d, --data DIR          where regions.tsv and topics.tsv are\n"
"                          (default: $YIDU_DATA_DIR, else data/ beside the\n"
"                          build tree, else " PKGDATADIR ")\n"
"  -q, --quiet             no progress, warnings or summary\n"
"  -t, --tag               for each line of standard input print the region\n"
"                          codes and topic paths found in it, TAB-separated\n"
"                          (a TAB in a line separates title and body)\n"
"      --explain           with --tag: also the words that decided each tag\n"
"  -x, --extract           print what would be imported as JSON lines (the\n"
"                          JSON-lines input format), writing nothing\n"
"  -c, --columns MAP       CSV columns by name: body=answer,question=ask,...\n"
"  -h, --help              show this help and exit\n"
"  -V, --version           show the version and exit\n"
"\n"
"CORPUS must be a new path or an existing yidu corpus (or a link to one);\n"
"anything else is refused before any work.\n"
"\n"
"Exit status: 0 the corpus was written (bad inputs, if any, were reported\n"
"and skipped), 1 nothing was written, 2 usage error.\n", f);
}

enum { OPT_EXPLAIN = 256 };   /* long options without a letter */

static const struct option long_opts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "append", no_argument, NULL, 'a' },
	{ "wait", no_argument, NULL, 'w' },
	{ "allow-empty", no_argument, NULL, 'E' },
	{ "format", required_argument, NULL, 'f' },
	{ "strict", no_argument, NULL, 's' },
	{ "data", required_argument, NULL, 'd' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "tag", no_argument, NULL, 't' },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "extract", no_argument, NULL, 'x' },
	{ "columns", required_argument, NULL, 'c' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};


/* The temporary file, for the signal handler. */
static char *volatile temp_path;

static void on_signal(int sig)
{
	if (temp_path)
		unlink(temp_path);
	static const char msg[] = "yidu-import: interrupted; nothing written\n";
	ssize_t w = write(2, msg, sizeof msg - 1);
	(void)w;
	signal(sig, SIG_DFL);
	raise(sig);
}

static double since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (now.tv_nsec - t->tv_nsec) / 1e9;
}

/* Progress: on a terminal twice a second, otherwise every 10 seconds. */
static void progress(run *r)
{
	if (r->quiet || (r->records & 1023) != 0)
		return;
	double dt = since(&r->last);
	if (dt < (r->tty ? 0.5 : 10.0))
		return;
	clock_gettime(CLOCK_MONOTONIC, &r->last);
	double all = since(&r->start);
	fprintf(stderr, r->tty ? "\r%zu articles, %.0f/s   " : "%zu articles, %.0f/s\n",
		r->records, all > 0 ? (double)r->records / all : 0.0);
}

static void warn_cb(void *ctx, const char *msg)
{
	run *r = ctx;
	if (r->quiet)
		return;
	if (r->tty)
		fputs("\r", stderr);   /* over the progress line */
	yd_out_printf(stderr, "yidu-import: warning: %s\n", msg);
}

/* A bad record: reported; fatal with --strict. */
int import_bad(run *r, const char *msg)
{
	if (r->tty && !r->quiet)
		fputs("\r", stderr);   /* over the progress line */
	yd_out_printf(stderr, "yidu-import: %s%s\n", msg, r->strict ? "" : " (skipped)");
	r->skipped++;
	return r->strict ? -1 : 0;
}

int import_add(run *r, yd_article *a, bool prepared)
{
	yd_error err = { 0 };
	if (r->extract)
		return extract_article(r, a);
	import_category_topics(yd_builder_taxonomy(r->b), a);
	if ((prepared ? yd_builder_add_prepared(r->b, a, &err)
	     : yd_builder_add(r->b, a, &err)) != 0) {
		if (err.code == YD_EFORMAT)
			return import_bad(r, err.msg);
		yd_out_printf(stderr, "yidu-import: %s\n", err.msg);
		return -1;
	}
	r->records++;
	progress(r);
	return 0;
}

int import_decoded(run *r, const char *path, const yd_decoded *d)
{
	if (d->replaced) {
		yd_out_printf(stderr, "yidu-import: %s%s:%zu: %zu invalid byte%s in %s text "
			"replaced by U+FFFD\n", r->strict ? "" : "warning: ", path,
			d->first_bad_line, d->replaced, d->replaced == 1 ? "" : "s",
			d->encoding);
		if (r->strict)
			return -1;
	}
	if (r->quiet)
		return 0;
	if (d->overrode)
		yd_out_printf(stderr, "yidu-import: %s: declared %s but read as %s\n", path,
			d->declared, d->encoding);
	else if (strcmp(d->encoding, "UTF-8") != 0)
		yd_out_printf(stderr, "yidu-import: %s: read as %s\n", path, d->encoding);
	return 0;
}

/* Parser warnings come back as a message with code 0. */
void import_parser_warning(run *r, const yd_error *err)
{
	if (err->code == 0 && err->msg[0] && !r->quiet)
		yd_out_printf(stderr, "yidu-import: warning: %s\n", err->msg);
}

int import_json_line(run *r, const char *line, size_t n, const char *path, size_t lineno)
{
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;
	if (strspn(line, " \t") >= n)
		return 0;
	char origin[4096 + 32];
	snprintf(origin, sizeof origin, "%s:%zu", path, lineno);
	yd_article a;
	yd_error err = { 0 };
	if (yd_parse_json_article(line, n, origin, &a, &err) != 0)
		return import_bad(r, err.msg);
	import_parser_warning(r, &err);
	return import_add(r, &a, false);
}

static int one_file(run *r, const char *path)
{
	char head[INPUT_HEAD];
	size_t hn = 0;
	FILE *f = fopen(path, "rb");
	if (f) {
		hn = fread(head, 1, sizeof head, f);
		fclose(f);
	}
	char msg[4200];
	if (!f) {
		snprintf(msg, sizeof msg, "%s: %s", path, strerror(errno));
		return import_bad(r, msg);
	}
	r->inputs++;
	yd_format fmt = r->format;
	const unsigned char *u = (const unsigned char *)head;
	bool bom16 = hn >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
				 (u[0] == 0xFE && u[1] == 0xFF));
	if (fmt == YD_FMT_AUTO && !bom16 && input_head_is_utf8(head, hn))
		fmt = yd_format_detect(path, head, hn);
	if (fmt == YD_FMT_AUTO && hn > 0)
		fmt = yd_format_detect(path, head, hn);
	if (fmt == YD_FMT_JSONL && !bom16 && input_head_is_utf8(head, hn) && !r->extract)
		return import_jsonl_threaded(r, path);
	if (fmt == YD_FMT_WARC)
		return import_warc(r, path);
	if (fmt == YD_FMT_CSV)
		return import_csv(r, path);
	if (fmt == YD_FMT_JSONL)
		return import_jsonl_stream(r, path);

	yd_error err = { 0 };
	size_t n;
	yd_decoded info;
	char *text = input_read(path, fmt == YD_FMT_HTML || fmt == YD_FMT_AUTO, &n, &info, &err);
	if (!text)
		return import_bad(r, err.msg);
	if (import_decoded(r, path, &info) != 0) {
		free(text);
		return -1;
	}
	if (fmt == YD_FMT_AUTO)
		fmt = yd_format_detect(path, text, n);
	int rc = 0;
	if (fmt == YD_FMT_JSONL) {
		size_t no = 0;
		for (char *p = text, *e; rc == 0 && p < text + n; p = e + 1) {
			e = memchr(p, '\n', (size_t)(text + n - p));
			if (!e)
				e = text + n;
			rc = import_json_line(r, p, (size_t)(e - p), path, ++no);
		}
	} else {
		yd_article a;
		int prc = fmt == YD_FMT_MARKDOWN
			? yd_parse_markdown(text, n, path, &a, &err)
			: fmt == YD_FMT_HTML
			? yd_parse_html(text, n, path, NULL, &a, &err)
			: yd_parse_page_site(text, n, path, templates_for(r, path), &a, &err);
		if (prc != 0) {
			rc = import_bad(r, err.msg);
		} else {
			import_parser_warning(r, &err);
			rc = import_add(r, &a, false);
		}
	}
	free(text);
	return rc;
}

static int walk_folder(void *ctx, const input_list *files)
{
	templates_build(ctx, files);
	return 0;
}

static int walk_file(void *ctx, const char *path)
{
	return one_file(ctx, path);
}

static void walk_leave(void *ctx, const input_list *files)
{
	templates_drop(ctx, files);
}

/* Every input in turn. The paths named are checked first, so that a typo
 * stops the run before anything is read; the files named directly share
 * a template per folder as the files of a folder do. */
static int import_all(run *r, int n, char **paths)
{
	yd_error err = { 0 };
	int rc = 0;
	for (int i = 0; i < n && rc == 0; i++) {
		struct stat sb;
		if (stat(paths[i], &sb) != 0) {
			yd_out_printf(stderr, "yidu-import: %s: %s\n", paths[i], strerror(errno));
			rc = -1;
		} else if (!S_ISDIR(sb.st_mode)) {
			input_list one = { &paths[i], 1, 1 };
			templates_build(r, &one);
		}
	}
	input_walker w = { walk_folder, walk_file, walk_leave, r };
	for (int i = 0; i < n && rc == 0; i++) {
		rc = input_walk(paths[i], &w, &err);
		if (rc != 0 && err.code)
			yd_out_printf(stderr, "yidu-import: %s\n", err.msg);
	}
	templates_free(r);
	return rc;
}

/* --extract: every input as JSON lines on stdout; nothing is written. */
static int run_extract(run *r, const char *datadir, int n, char **paths)
{
	if (extract_open(r, datadir) != 0)
		return 1;
	int rc = import_all(r, n, paths);
	extract_close(r);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("yidu-import: writing the output");
		return 1;
	}
	return rc == 0 ? 0 : 1;
}

static void summary(const run *r, const char *out, const yd_build_stats *s)
{
	double dt = since(&r->start);
	if (r->tty)
		fputs("\r", stderr);
	yd_out_printf(stderr,
		"yidu-import: wrote %s: %zu articles (%zu excerpts) from %zu inputs "
		"in %.1f s, %.0f records/s\n"
		"  records read %zu, new %zu, duplicates merged %zu, bad inputs "
		"skipped %zu\n"
		"  with regions %zu, with topics %zu; related: %zu listed, "
		"%zu computed\n",
		out, s->articles, s->excerpts, r->inputs, dt,
		dt > 0 ? (double)r->records / dt : 0.0,
		r->records, s->added, s->merged, r->skipped,
		s->with_region, s->with_topic, s->related_listed,
		s->related_computed);
}

int main(int argc, char **argv)
{
	const char *out = NULL, *datadir = NULL;
	yd_build_opts opts = { 0 };
	run r = { 0 };
	bool tag = false, allow_empty = false, explain = false;
	int opt;

	setlocale(LC_ALL, "");
	/* no count of SQLite's memory (a global mutex on every allocation of
	 * the build's ~1.3 million per 10,000 articles): nothing reads it */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	while ((opt = getopt_long(argc, argv, "o:awf:sd:qthVxc:", long_opts, NULL)) != -1) {
		switch (opt) {
		case 'o': out = optarg; break;
		case 'a': opts.append = true; break;
		case 'w': opts.wait = true; break;
		case 'E': allow_empty = true; break;
		case 'f':
			r.format = yd_format_from_name(optarg);
			if (r.format == YD_FMT_AUTO) {
				yd_out_printf(stderr, "yidu-import: unknown format '%s' "
					"(page, markdown, jsonl, html, csv or warc)\n", optarg);
				return 2;
			}
			break;
		case 's': r.strict = true; break;
		case 'd': datadir = optarg; break;
		case 'q': r.quiet = true; break;
		case 't': tag = true; break;
		case OPT_EXPLAIN: explain = true; break;
		case 'x': r.extract = true; break;
		case 'c': r.columns = optarg; break;
		case 'h': usage(stdout); return 0;
		case 'V':
			printf("yidu-import %s (corpus schema %d, SQLite %s)\n",
			       PACKAGE_VERSION, YD_SCHEMA_VERSION, sqlite3_libversion());
			return 0;
		default:
			fputs("Try 'yidu-import --help' for more information.\n", stderr);
			return 2;
		}
	}
	if (!datadir)
		datadir = yd_data_dir();
	if (tag) {
		if (optind < argc || out) {
			fputs("yidu-import: --tag reads standard input and takes no "
			      "other arguments\n", stderr);
			return 2;
		}
		return import_tag(datadir, explain);
	}
	if (r.extract) {
		if (out || optind == argc) {
			fputs(out ? "yidu-import: --extract writes no corpus (no -o)\n"
			      : "yidu-import: no inputs given\n", stderr);
			return 2;
		}
		return run_extract(&r, datadir, argc - optind, argv + optind);
	}
	if (!out || optind == argc) {
		yd_out_printf(stderr, "yidu-import: %s\nTry 'yidu-import --help' for more "
			"information.\n", !out ? "no output corpus given (-o CORPUS)"
			: "no inputs given");
		return 2;
	}

	/* The builder checks and locks the output before any input is read. */
	yd_error err = { 0 };
	opts.datadir = datadir;
	r.tty = isatty(2) && !r.quiet;
	clock_gettime(CLOCK_MONOTONIC, &r.start);
	r.last = r.start;
	r.b = yd_builder_new(out, &opts, &err);
	if (!r.b) {
		yd_out_printf(stderr, "yidu-import: %s\n", err.msg);
		return 1;
	}
	yd_builder_set_warn(r.b, warn_cb, &r);
	temp_path = strdup(yd_builder_temp_path(r.b));
	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);

	int rc = import_all(&r, argc - optind, argv + optind);
	if (rc != 0) {
		yd_builder_abort(r.b);
		yd_out_printf(stderr, "yidu-import: %s left unchanged\n", out);
		free(temp_path);
		return 1;
	}
	/* An import that found nothing must not replace a corpus with an
	 * empty one (an empty folder, every input skipped). */
	if (r.records == 0 && !allow_empty) {
		yd_builder_abort(r.b);
		yd_out_printf(stderr, "yidu-import: no article in the inputs (%zu read, "
			"%zu skipped); %s left unchanged (--allow-empty writes an "
			"empty corpus)\n", r.inputs, r.skipped, out);
		free(temp_path);
		return 1;
	}
	yd_builder_set_inputs(r.b, r.inputs);
	yd_build_stats stats;
	if (yd_builder_finish(r.b, &stats, &err) != 0) {
		yd_out_printf(stderr, "yidu-import: %s\nyidu-import: %s left unchanged\n",
			err.msg, out);
		free(temp_path);
		return 1;
	}
	char *t = temp_path;
	temp_path = NULL;
	free(t);
	if (!r.quiet)
		summary(&r, out, &stats);
	return 0;
}
