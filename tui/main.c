/* yidu: read an offline corpus of health-insurance and hospital-guidance
 * articles. Option parsing and dispatch to the browser or to one of the
 * non-interactive modes. */
#include "config.h"

#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "yidu/corpus.h"
#include "yidu/text.h"
#include "cli.h"
#include "settings.h"
#include "cli-search.h"
#include "i18n.h"
#include "ui.h"

static void usage(FILE *f)
{
	fputs(
"Usage: yidu [OPTION]... [CORPUS]\n"
"Browse an offline corpus of health-insurance and hospital-guidance articles.\n"
"With no CORPUS, opens $YIDU_CORPUS or the bundled sample corpus.\n"
"\n"
"Non-interactive modes (print to standard output):\n"
"  --tree regions|topics   print a tree with article counts\n"
"  --list                  print id, date and title, newest first\n"
"      --region CODE       restrict to a region subtree (code or name)\n"
"      --topic PATH        restrict to a topic subtree (e.g. 医保/报销)\n"
"      --limit N           print at most N lines\n"
"  --search QUERY          print id, title and a snippet of the best matches\n"
"                          (--region, --topic, --limit apply; default 20)\n"
"  --show ID               print an article's fields, regions, topics, related\n"
"  --dump ID               print an article rendered as text\n"
"  --dump-file FILE.md     render a Markdown file as text (no corpus needed)\n"
"      --width N           layout width (default: the terminal's, else 80)\n"
"      --color             add SGR styling to --dump output\n"
"\n"
"With --region, --topic or --search and none of the modes above, the browser\n"
"opens on that filter or search.\n"
"\n"
"Browser options:\n"
"  --no-color              attributes only, no colours (also: NO_COLOR set)\n"
"  --no-mouse              ignore the mouse\n"
"  --lang LANG             language of the interface: zh_CN or en\n"
"  --state FILE            keep bookmarks and read marks in FILE\n"
"                          (default: $XDG_DATA_HOME/yidu/state.db)\n"
"  --trace-frames FILE     record start-up and frame times (ms) in FILE\n"
"  --kiosk                 public-terminal mode: nothing written, no way out\n"
"                          but the configured quit keys, idle wipe\n"
"  --config FILE           read settings from FILE after the system file\n"
"\n"
"Options:\n"
"  --ambiguous-wide        draw East Asian ambiguous-width characters wide\n"
"  -h, --help              show this help and exit\n"
"  -V, --version           show the version and exit\n", f);
}

enum { OPT_TREE = 256, OPT_LIST, OPT_SHOW, OPT_DUMP, OPT_DUMP_FILE, OPT_REGION,
       OPT_TOPIC, OPT_LIMIT, OPT_WIDTH, OPT_COLOR, OPT_AMBIGUOUS_WIDE,
       OPT_NO_COLOR, OPT_NO_MOUSE, OPT_LANG, OPT_STATE, OPT_TRACE, OPT_SEARCH,
       OPT_KIOSK, OPT_CONFIG };

static const struct option long_opts[] = {
	{ "tree", required_argument, NULL, OPT_TREE },
	{ "list", no_argument, NULL, OPT_LIST },
	{ "show", required_argument, NULL, OPT_SHOW },
	{ "search", required_argument, NULL, OPT_SEARCH },
	{ "dump", required_argument, NULL, OPT_DUMP },
	{ "dump-file", required_argument, NULL, OPT_DUMP_FILE },
	{ "region", required_argument, NULL, OPT_REGION },
	{ "topic", required_argument, NULL, OPT_TOPIC },
	{ "limit", required_argument, NULL, OPT_LIMIT },
	{ "width", required_argument, NULL, OPT_WIDTH },
	{ "color", no_argument, NULL, OPT_COLOR },
	{ "ambiguous-wide", no_argument, NULL, OPT_AMBIGUOUS_WIDE },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "no-mouse", no_argument, NULL, OPT_NO_MOUSE },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "state", required_argument, NULL, OPT_STATE },
	{ "trace-frames", required_argument, NULL, OPT_TRACE },
	{ "kiosk", no_argument, NULL, OPT_KIOSK },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static long parse_count(const char *s, const char *what)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < 0 || v > 1000000000L) {
		fprintf(stderr, "yidu: %s must be a non-negative number: %s\n", what, s);
		exit(2);
	}
	return v;
}

/* Opens the corpus the user named, or the default one. */
static yd_corpus *open_corpus(const cli_opts *o, const char *argv0)
{
	yd_error err = { 0 };
	char *path = o->corpus ? strdup(o->corpus) : yd_corpus_default_path(argv0);
	if (!path) {
		fprintf(stderr, "yidu: no corpus given, $YIDU_CORPUS is not set and the "
			"sample corpus is not installed\n");
		return NULL;
	}
	yd_corpus *c = yd_corpus_open(path, &err);
	if (!c)
		fprintf(stderr, "yidu: %s\n", err.msg);
	free(path);
	return c;
}

/* Settings from the configuration files, and the kiosk's rules: its
 * corpus only, nothing written, no way out but the configured keys. */
static int apply_config(const config *conf, cli_opts *o, app_options *ao)
{
	ao->no_mouse = ao->no_mouse || conf->no_mouse;
	ao->no_color = ao->no_color || conf->no_color;
	if (!conf->kiosk) {
		if (!o->corpus && conf->corpus)
			o->corpus = conf->corpus;
		return 0;
	}
	ao->kiosk = true;
	ao->idle_seconds = conf->idle_seconds;
	ao->quit_disabled = conf->quit_disabled;
	ao->nquit = conf->nquit;
	memcpy(ao->quit_keys, conf->quit_keys, sizeof ao->quit_keys);
	if (o->corpus && (!conf->corpus || strcmp(o->corpus, conf->corpus) != 0)) {
		fputs("yidu: in kiosk mode only the configured corpus can be opened\n", stderr);
		return -1;
	}
	o->corpus = conf->corpus;
	if (ao->trace_frames) {
		fputs("yidu: in kiosk mode no file is written (--trace-frames)\n", stderr);
		return -1;
	}
	ao->state_path = ":memory:";
	return 0;
}

int main(int argc, char **argv)
{
	cli_opts o = { 0 };
	app_options ao = { 0 };
	const char *lang = NULL, *config_path = NULL;
	config conf = { .idle_seconds = 180, .quit_disabled = true };
	const char *tree = NULL, *show = NULL, *dump = NULL, *dump_file = NULL;
	const char *search = NULL;
	int list = 0, opt;
	struct timespec ts;

	/* Start-up time in --trace-frames counts from here: opening the
	 * corpus is part of it. */
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ao.t_start = ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
	setlocale(LC_ALL, "");
	/* Everything is UTF-8 inside; the terminal must be too. Without a
	 * UTF-8 locale ncursesw would draw Chinese as garbage. */
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0 && !setlocale(LC_CTYPE, "C.UTF-8")) {
		fputs("yidu: no UTF-8 locale is available (tried the environment's and C.UTF-8); "
		      "set LANG to a UTF-8 locale\n", stderr);
		return 1;
	}
	while ((opt = getopt_long(argc, argv, "hV", long_opts, NULL)) != -1) {
		switch (opt) {
		case OPT_TREE: tree = optarg; break;
		case OPT_LIST: list = 1; break;
		case OPT_SHOW: show = optarg; break;
		case OPT_SEARCH: search = optarg; break;
		case OPT_DUMP: dump = optarg; break;
		case OPT_DUMP_FILE: dump_file = optarg; break;
		case OPT_REGION: o.region = optarg; break;
		case OPT_TOPIC: o.topic = optarg; break;
		case OPT_LIMIT: o.limit = parse_count(optarg, "--limit"); break;
		case OPT_WIDTH: o.width = (int)parse_count(optarg, "--width"); break;
		case OPT_COLOR: o.color = true; break;
		case OPT_AMBIGUOUS_WIDE: o.text_flags |= YD_AMBIGUOUS_WIDE; break;
		case OPT_NO_COLOR: ao.no_color = true; break;
		case OPT_NO_MOUSE: ao.no_mouse = true; break;
		case OPT_LANG: lang = optarg; break;
		case OPT_STATE: ao.state_path = optarg; break;
		case OPT_TRACE: ao.trace_frames = optarg; break;
		case OPT_KIOSK: conf.kiosk = true; break;
		case OPT_CONFIG: config_path = optarg; break;
		case 'h': usage(stdout); return 0;
		case 'V': printf("yidu %s\n", PACKAGE_VERSION); return 0;
		default:
			fputs("Try 'yidu --help' for more information.\n", stderr);
			return 2;
		}
	}
	i18n_init(lang);
	ao.text_flags = o.text_flags;
	if (optind < argc)
		o.corpus = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "yidu: unexpected argument: %s\n", argv[optind]);
		return 2;
	}
	if (config_read(&conf, config_system_path(), true) != 0 ||
	    (config_path && config_read(&conf, config_path, false) != 0))
		return 1;
	if (apply_config(&conf, &o, &ao) != 0) {
		config_free(&conf);
		return 1;
	}
	if ((tree != NULL) + list + (show != NULL) + (dump != NULL) + (dump_file != NULL) > 1 ||
	    (search && (tree || list || show || dump || dump_file))) {
		fputs("yidu: choose one of --tree, --list, --search, --show, --dump, --dump-file\n", stderr);
		return 2;
	}
	if (search && !*search) {
		fputs("yidu: --search needs words to search for\n"
		      "Try 'yidu --help' for more information.\n", stderr);
		return 2;
	}
	if (dump_file)
		return cli_dump_file(dump_file, &o);

	yd_corpus *c = open_corpus(&o, argv[0]);
	if (!c)
		return 1;
	int rc;
	if (tree)
		rc = cli_tree(c, tree, &o);
	else if (list)
		rc = cli_list(c, &o);
	else if (search && !isatty(STDOUT_FILENO))
		rc = cli_search(c, search, &o);
	else if (show)
		rc = cli_show(c, show, &o);
	else if (dump)
		rc = cli_dump_article(c, dump, &o);
	else if ((rc = cli_filters(c, &o, &ao.region, &ao.topic)) == 0) {
		/* The browser, opened on the filter and search given. */
		ao.search = search;
		rc = ui_run(c, &ao);
	}
	yd_corpus_close(c);
	config_free(&conf);
	return rc;
}
