/* Unit tests for the reader's state file: created on the first write, not
 * before; read marks and bookmarks persist across opens; clear forgets
 * all; ":memory:" writes nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "yidu/state.h"

static char dir[64];
static char file[128];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/yidu-test-state-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(file, sizeof file, "%s/deep/er/state.db", dir);
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_created_on_first_write(void **state)
{
	(void)state;
	struct stat st;
	yd_error err = { 0 };
	yd_state *s = yd_state_open(file, &err);
	assert_non_null(s);
	/* Reading does not create anything. */
	assert_false(yd_state_is_read(s, "a"));
	assert_false(yd_state_is_bookmarked(s, "a"));
	assert_int_not_equal(stat(file, &st), 0);
	assert_int_equal(yd_state_mark_read(s, "a", &err), 0);
	assert_int_equal(stat(file, &st), 0);
	assert_true(yd_state_is_read(s, "a"));
	assert_false(yd_state_is_read(s, "b"));
	yd_state_close(s);
}

static void test_persist_and_order(void **state)
{
	(void)state;
	yd_error err = { 0 };
	yd_bookmark *v;
	size_t n;
	yd_state *s = yd_state_open(file, &err);
	assert_non_null(s);
	assert_int_equal(yd_state_set_bookmark(s, "first", "第一篇", true, &err), 0);
	assert_int_equal(yd_state_set_bookmark(s, "second", "第二篇", true, &err), 0);
	yd_state_close(s);

	s = yd_state_open(file, &err);
	assert_non_null(s);
	assert_true(yd_state_is_read(s, "a"));          /* from the previous test */
	assert_true(yd_state_is_bookmarked(s, "first"));
	assert_int_equal(yd_state_bookmarks(s, &v, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].slug, "second");        /* newest first */
	assert_string_equal(v[1].title, "第一篇");
	yd_bookmarks_free(v, n);
	assert_int_equal(yd_state_set_bookmark(s, "first", NULL, false, &err), 0);
	assert_false(yd_state_is_bookmarked(s, "first"));
	assert_int_equal(yd_state_clear(s, &err), 0);
	assert_false(yd_state_is_read(s, "a"));
	assert_false(yd_state_is_bookmarked(s, "second"));
	yd_state_close(s);
}

/* Searches: newest first, each once, kept across opens, at most
 * YD_SEARCH_HISTORY_MAX, forgotten by clear. */
static void test_search_history(void **state)
{
	(void)state;
	yd_error err = { 0 };
	char **v;
	size_t n;
	yd_state *s = yd_state_open(file, &err);
	assert_non_null(s);
	assert_int_equal(yd_state_add_search(s, "住院怎么报销", &err), 0);
	assert_int_equal(yd_state_add_search(s, "深圳医保电话", &err), 0);
	assert_int_equal(yd_state_add_search(s, "住院怎么报销", &err), 0);
	assert_int_equal(yd_state_add_search(s, "", &err), 0);
	yd_state_close(s);
	s = yd_state_open(file, &err);
	assert_int_equal(yd_state_searches(s, &v, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(v[0], "住院怎么报销");
	assert_string_equal(v[1], "深圳医保电话");
	yd_state_searches_free(v, n);
	for (int i = 0; i < YD_SEARCH_HISTORY_MAX + 20; i++) {
		char q[32];
		snprintf(q, sizeof q, "q%d", i);
		assert_int_equal(yd_state_add_search(s, q, &err), 0);
	}
	assert_int_equal(yd_state_searches(s, &v, &n, &err), 0);
	assert_int_equal(n, YD_SEARCH_HISTORY_MAX);
	char last[32];
	snprintf(last, sizeof last, "q%d", YD_SEARCH_HISTORY_MAX + 19);
	assert_string_equal(v[0], last);
	yd_state_searches_free(v, n);
	assert_int_equal(yd_state_clear(s, &err), 0);
	assert_int_equal(yd_state_searches(s, &v, &n, &err), 0);
	assert_int_equal(n, 0);
	yd_state_searches_free(v, n);
	yd_state_close(s);
}

static void test_memory_only(void **state)
{
	(void)state;
	yd_error err = { 0 };
	yd_state *s = yd_state_open(":memory:", &err);
	assert_non_null(s);
	assert_int_equal(yd_state_mark_read(s, "x", &err), 0);
	assert_true(yd_state_is_read(s, "x"));
	assert_int_not_equal(access(":memory:", F_OK), 0);
	yd_state_close(s);
}

static void test_not_a_state_file(void **state)
{
	(void)state;
	char bad[160];
	yd_error err = { 0 };
	snprintf(bad, sizeof bad, "%s/bad.db", dir);
	FILE *f = fopen(bad, "w");
	assert_non_null(f);
	fputs("this is not SQLite, not at all, and long enough to be read", f);
	fclose(f);
	assert_null(yd_state_open(bad, &err));
	assert_non_null(strstr(err.msg, bad));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_created_on_first_write),
		cmocka_unit_test(test_persist_and_order),
		cmocka_unit_test(test_search_history),
		cmocka_unit_test(test_memory_only),
		cmocka_unit_test(test_not_a_state_file),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
