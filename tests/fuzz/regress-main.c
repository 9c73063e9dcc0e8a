/* A main() for the libFuzzer harnesses without libFuzzer: each argument is
 * a file (or a folder of files) given once to LLVMFuzzerTestOneInput, as
 * libFuzzer would replay it. A harness reports a failure by aborting, so
 * getting to the end means every input passed. Used by
 * tests/fuzz-regress.sh to replay tests/fuzz/regress/TARGET/. */
#define _DEFAULT_SOURCE   /* scandir */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	size_t cap = 4096, n = 0, r;
	uint8_t *buf = malloc(cap);
	while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			uint8_t *b = realloc(buf, cap * 2);
			if (!b) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = b;
			cap *= 2;
		}
	}
	int bad = ferror(f);
	fclose(f);
	if (!buf || bad) {
		fprintf(stderr, "%s: cannot read\n", path);
		free(buf);
		return -1;
	}
	/* an exact-size copy, so that ASan sees reads past the input's end */
	uint8_t *data = malloc(n ? n : 1);
	if (!data) {
		free(buf);
		return -1;
	}
	memcpy(data, buf, n);
	free(buf);
	fprintf(stderr, "replay %s (%zu bytes)\n", path, n);
	LLVMFuzzerTestOneInput(data, n);
	free(data);
	return 0;
}

static int run_path(const char *path, long *count)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(sb.st_mode)) {
		(*count)++;
		return run_file(path);
	}
	struct dirent **names;
	int n = scandir(path, &names, NULL, alphasort), rc = 0;
	if (n < 0) {
		perror(path);
		return -1;
	}
	for (int i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.' && rc == 0) {
			size_t len = strlen(path) + strlen(names[i]->d_name) + 2;
			char *p = malloc(len);
			if (!p)
				rc = -1;
			else {
				snprintf(p, len, "%s/%s", path, names[i]->d_name);
				rc = run_path(p, count);
				free(p);
			}
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	long count = 0;
	for (int i = 1; i < argc; i++)
		if (run_path(argv[i], &count) != 0)
			return 2;
	printf("%ld inputs replayed\n", count);
	return 0;
}
