/* yidu: read an offline corpus of health-insurance and hospital-guidance
 * articles. Option parsing and dispatch to the browser or to one of the
 * non-interactive modes. */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yidu/corpus.h"
#include "yidu/text.h"
#include "cli.h"

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
"  --show ID               print an article's fields, regions, topics, related\n"
"  --dump ID               print an article rendered as text\n"
"  --dump-file FILE.md     render a Markdown file as text (no corpus needed)\n"
"      --width N           layout width (default: the terminal's, else 80)\n"
"      --color             add SGR styling to --dump output\n"
"\n"
"Options:\n"
"  --ambiguous-wide        draw East Asian ambiguous-width characters wide\n"
"  -h, --help              show this help and exit\n"
"  -V, --version           show the version and exit\n", f);
}

enum { OPT_TREE = 256, OPT_LIST, OPT_SHOW, OPT_DUMP, OPT_DUMP_FILE, OPT_REGION,
       OPT_TOPIC, OPT_LIMIT, OPT_WIDTH, OPT_COLOR, OPT_AMBIGUOUS_WIDE };

static const struct option long_opts[] = {
	{ "tree", required_argument, NULL, OPT_TREE },
	{ "list", no_argument, NULL, OPT_LIST },
	{ "show", required_argument, NULL, OPT_SHOW },
	{ "dump", required_argument, NULL, OPT_DUMP },
	{ "dump-file", required_argument, NULL, OPT_DUMP_FILE },
	{ "region", required_argument, NULL, OPT_REGION },
	{ "topic", required_argument, NULL, OPT_TOPIC },
	{ "limit", required_argument, NULL, OPT_LIMIT },
	{ "width", required_argument, NULL, OPT_WIDTH },
	{ "color", no_argument, NULL, OPT_COLOR },
	{ "ambiguous-wide", no_argument, NULL, OPT_AMBIGUOUS_WIDE },
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

int main(int argc, char **argv)
{
	cli_opts o = { 0 };
	const char *tree = NULL, *show = NULL, *dump = NULL, *dump_file = NULL;
	int list = 0, opt;

	setlocale(LC_ALL, "");
	while ((opt = getopt_long(argc, argv, "hV", long_opts, NULL)) != -1) {
		switch (opt) {
		case OPT_TREE: tree = optarg; break;
		case OPT_LIST: list = 1; break;
		case OPT_SHOW: show = optarg; break;
		case OPT_DUMP: dump = optarg; break;
		case OPT_DUMP_FILE: dump_file = optarg; break;
		case OPT_REGION: o.region = optarg; break;
		case OPT_TOPIC: o.topic = optarg; break;
		case OPT_LIMIT: o.limit = parse_count(optarg, "--limit"); break;
		case OPT_WIDTH: o.width = (int)parse_count(optarg, "--width"); break;
		case OPT_COLOR: o.color = true; break;
		case OPT_AMBIGUOUS_WIDE: o.text_flags |= YD_AMBIGUOUS_WIDE; break;
		case 'h': usage(stdout); return 0;
		case 'V': printf("yidu %s\n", PACKAGE_VERSION); return 0;
		default:
			fputs("Try 'yidu --help' for more information.\n", stderr);
			return 2;
		}
	}
	if (optind < argc)
		o.corpus = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "yidu: unexpected argument: %s\n", argv[optind]);
		return 2;
	}
	if ((tree != NULL) + list + (show != NULL) + (dump != NULL) + (dump_file != NULL) > 1) {
		fputs("yidu: choose one of --tree, --list, --show, --dump, --dump-file\n", stderr);
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
	else if (show)
		rc = cli_show(c, show, &o);
	else if (dump)
		rc = cli_dump_article(c, dump, &o);
	else {
		fputs("yidu: the full-screen browser is not built yet; use --tree, --list, --show or --dump\n", stderr);
		rc = 1;
	}
	yd_corpus_close(c);
	return rc;
}
