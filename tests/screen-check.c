/* Reads a captured screen on stdin and checks that every row is at most
 * COLS columns wide, measured with the C library's wcwidth (independent of
 * yidu's own width code), and that no row holds a replacement character
 * or a control character. Exit 1 on the first bad row. */
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(int argc, char **argv)
{
	char line[8192];
	int cols = argc > 1 ? atoi(argv[1]) : 80, row = 0, bad = 0;
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		fputs("screen-check: no C.UTF-8 locale\n", stderr);
		return 2;
	}
	while (fgets(line, sizeof line, stdin)) {
		wchar_t w[8192];
		row++;
		line[strcspn(line, "\n")] = '\0';
		size_t n = mbstowcs(w, line, sizeof w / sizeof w[0]);
		if (n == (size_t)-1) {
			fprintf(stderr, "row %d: invalid multibyte text\n", row);
			bad = 1;
			continue;
		}
		int width = 0;
		for (size_t i = 0; i < n; i++) {
			if (w[i] == 0xfffd || (w[i] < 0x20 && w[i] != '\t') || (w[i] >= 0x7f && w[i] < 0xa0)) {
				fprintf(stderr, "row %d: character U+%04X at %zu\n", row, (unsigned)w[i], i);
				bad = 1;
			}
			int cw = wcwidth(w[i]);
			width += cw > 0 ? cw : 0;
		}
		if (width > cols) {
			fprintf(stderr, "row %d: %d columns wide, more than %d\n", row, width, cols);
			bad = 1;
		}
	}
	return bad;
}
