/* The browser's state and layout without a terminal: app.c, layout.c and
 * the action table on the real sample corpus (data/sample.db in the build
 * tree), with the real panes. Nothing here draws, so no terminal is
 * needed. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "yidu/keypad.h"
#include "app.h"
#include "commands.h"
#include "keymap.h"

static yd_corpus *corpus;

static int open_corpus(void **state)
{
	(void)state;
	char path[4096];
	const char *b = getenv("top_builddir");
	snprintf(path, sizeof path, "%s/data/sample.db", b ? b : ".");
	yd_error err = { 0 };
	corpus = yd_corpus_open(path, &err);
	if (!corpus) {
		fprintf(stderr, "test-app: %s: %s\n", path, err.msg);
		return -1;
	}
	keymap_init();
	return 0;
}

static int close_corpus(void **state)
{
	(void)state;
	yd_corpus_close(corpus);
	return 0;
}

static app *new_app(int cols, int rows, bool kiosk)
{
	yd_error err = { 0 };
	app *a = calloc(1, sizeof *a);
	assert_non_null(a);
	a->corpus = corpus;
	a->opt.kiosk = kiosk;
	a->state = yd_state_open(":memory:", &err);
	assert_non_null(a->state);
	a->cols = cols;
	a->rows = rows;
	assert_int_equal(app_init(a), 0);
	layout_apply(a);
	return a;
}

static void free_app(app *a)
{
	app_free(a);
	yd_state_close(a->state);
	free(a);
}

static bool overlap(rect p, rect q)
{
	return p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
}

/* Every shown pane inside the screen (below the location line and the tab
 * row, above the status line), no two overlapping. */
static void check_geometry(const app *a)
{
	int top = a->tab_row ? 2 : 1;
	for (int i = 0; i < PANE_COUNT; i++) {
		const pane *p = a->panes[i];
		if (!p->shown)
			continue;
		assert_true(p->frame.x >= 0 && p->frame.x + p->frame.w <= a->cols);
		assert_true(p->frame.y >= top && p->frame.y + p->frame.h <= a->rows - 1);
		for (int j = i + 1; j < PANE_COUNT; j++)
			if (a->panes[j]->shown)
				assert_false(overlap(p->frame, a->panes[j]->frame));
	}
}

static void test_first_screen_shows_the_list(void **state)
{
	(void)state;
	static const int sizes[][2] = { { 80, 24 }, { 100, 30 }, { 132, 43 }, { 50, 20 },
					{ 200, 60 }, { 60, 15 } };
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		app *a = new_app(sizes[k][0], sizes[k][1], false);
		check_geometry(a);
		assert_int_equal(a->focus, PANE_LIST);
		assert_true(a->panes[PANE_LIST]->shown);
		assert_true(a->list_total > 0);
		/* A tab row names the panes whenever not all are on screen. */
		assert_int_equal(a->tab_row, a->cols < 120);
		if (a->cols >= 60) {
			/* The list has the room an empty article pane does not need. */
			assert_true(a->panes[PANE_ARTICLE]->shown);
			assert_true(a->panes[PANE_LIST]->frame.w > a->panes[PANE_ARTICLE]->frame.w);
			assert_true(a->panes[PANE_LIST]->frame.w >= a->cols / 2 ||
				    a->panes[PANE_LIST]->frame.w >= 60);
		}
		if (a->cols >= 120) {
			for (int i = PANE_REGIONS; i <= PANE_ARTICLE; i++)
				assert_true(a->panes[i]->shown);
		}
		free_app(a);
	}
}

static void test_reading_takes_the_width(void **state)
{
	(void)state;
	app *a = new_app(80, 24, false);
	action_run(a, ACT_ENTER);
	assert_true(a->article >= 0);
	assert_int_equal(a->focus, PANE_ARTICLE);
	check_geometry(a);
	assert_true(a->panes[PANE_ARTICLE]->frame.w > a->panes[PANE_LIST]->frame.w);
	/* Full screen: the focused pane alone, the whole width; and back. */
	action_run(a, ACT_ZOOM);
	check_geometry(a);
	assert_int_equal(a->panes[PANE_ARTICLE]->frame.w, 80);
	for (int i = 0; i < PANE_COUNT; i++)
		assert_int_equal(a->panes[i]->shown, i == PANE_ARTICLE);
	action_run(a, ACT_ZOOM);
	assert_true(a->panes[PANE_LIST]->shown);
	free_app(a);
}

static void test_back_restores_the_place(void **state)
{
	(void)state;
	app *a = new_app(132, 43, false);
	action_run(a, ACT_ENTER);
	int64_t first = a->article;
	pane *ap = a->panes[PANE_ARTICLE];
	ap->ops->prepare(ap, a);
	action_run(a, ACT_PAGE_DOWN);
	pane_pos before = { 0 };
	ap->ops->save(ap, &before);
	assert_true(before.set);
	/* Another article from the list, then back. */
	action_run(a, ACT_PANE_3);
	action_run(a, ACT_DOWN);
	action_run(a, ACT_ENTER);
	assert_true(a->article != first);
	action_run(a, ACT_BACK);
	assert_int_equal(a->article, first);
	assert_int_equal(a->focus, PANE_LIST);   /* where the reader left it */
	pane_pos after = { 0 };
	ap->ops->save(ap, &after);
	assert_memory_equal(before.v, after.v, sizeof before.v);
	free_app(a);
}

static void test_q_steps_back_then_quits(void **state)
{
	(void)state;
	app *a = new_app(100, 30, false);
	action_run(a, ACT_ENTER);
	assert_true(a->article >= 0);
	action_run(a, ACT_STEP_BACK);
	assert_false(a->quit);
	assert_int_equal(a->article, -1);
	action_run(a, ACT_STEP_BACK);
	assert_true(a->quit);
	free_app(a);

	/* A kiosk neither quits on q nor on Q. */
	a = new_app(100, 30, true);
	action_run(a, ACT_STEP_BACK);
	action_run(a, ACT_QUIT);
	assert_false(a->quit);
	free_app(a);
}

static void test_app_actions_ignore_the_focus(void **state)
{
	(void)state;
	app *a = new_app(132, 43, false);
	action_run(a, ACT_ENTER);
	assert_true(a->have_art);
	action_run(a, ACT_PANE_3);       /* the focus in the list */
	action_run(a, ACT_BOOKMARK);
	assert_true(yd_state_is_bookmarked(a->state, a->art.slug));
	action_run(a, ACT_PANE_1);
	action_run(a, ACT_BOOKMARK);
	assert_false(yd_state_is_bookmarked(a->state, a->art.slug));
	free_app(a);
}

static void test_menu_follows_the_mode(void **state)
{
	(void)state;
	app *a = new_app(80, 24, false);
	assert_true(action_offered(a, ACT_QUIT));
	assert_false(action_offered(a, ACT_NEW_READER));
	assert_true(action_offered(a, ACT_SEARCH));
	assert_true(action_offered(a, ACT_KEYPAD));
	assert_true(action_offered(a, ACT_NEXT_MATCH));
	assert_false(action_offered(a, ACT_UP));
	a->opt.kiosk = true;
	assert_false(action_offered(a, ACT_QUIT));
	assert_true(action_offered(a, ACT_NEW_READER));
	free_app(a);
}

static void test_key_names(void **state)
{
	(void)state;
	char buf[128];
	assert_non_null(strstr(action_keys(ACT_PAGE_UP, buf, sizeof buf, 0), "Ctrl-B"));
	assert_non_null(strstr(action_keys(ACT_PREV_PANE, buf, sizeof buf, 0), "Shift-Tab"));
	assert_null(strstr(action_keys(ACT_PREV_PANE, buf, sizeof buf, 0), "BTab"));
	int code = 0;
	assert_int_equal(keymap_parse_key("Ctrl-B", &code), 0);
	assert_int_equal(code, 2);
	assert_int_equal(keymap_parse_key("C-b", &code), 0);
	assert_int_equal(code, 2);
	assert_int_equal(keymap_lookup('q'), ACT_STEP_BACK);
	assert_int_equal(keymap_lookup('Q'), ACT_QUIT);
}

static void test_keypad_match(void **state)
{
	(void)state;
	assert_true(yd_keypad_match("医保", "92"));
	assert_false(yd_keypad_match("医保", "93"));
	assert_true(yd_keypad_match("异地就医备案", "9359"));
	assert_true(yd_keypad_match("去，异地就医", "9359"));   /* punctuation skipped */
	assert_true(yd_keypad_match("醫保", "92"));              /* Traditional */
	assert_true(yd_keypad_match("2025年ABC", "2025"));
	assert_true(yd_keypad_match("ABC", "222"));
	assert_true(yd_keypad_match("任何", ""));
	assert_false(yd_keypad_match("医保", "9a"));
	assert_false(yd_keypad_match("医", "92"));
}

static void test_keypad_search_narrows(void **state)
{
	(void)state;
	app *a = new_app(100, 30, true);
	int64_t all = a->list_total;
	action_run(a, ACT_KEYPAD);
	assert_true(a->keypad);
	snprintf(a->digits, sizeof a->digits, "92");
	app_notify(a, CH_FILTER);
	int64_t some = a->list_total;
	assert_true(some > 0 && some < all);
	snprintf(a->digits, sizeof a->digits, "9247");
	app_notify(a, CH_FILTER);
	assert_true(a->list_total <= some);
	action_run(a, ACT_BACK);    /* Esc leaves keypad search */
	assert_false(a->keypad);
	assert_int_equal(a->list_total, all);
	free_app(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_screen_shows_the_list),
		cmocka_unit_test(test_reading_takes_the_width),
		cmocka_unit_test(test_back_restores_the_place),
		cmocka_unit_test(test_q_steps_back_then_quits),
		cmocka_unit_test(test_app_actions_ignore_the_focus),
		cmocka_unit_test(test_menu_follows_the_mode),
		cmocka_unit_test(test_key_names),
		cmocka_unit_test(test_keypad_match),
		cmocka_unit_test(test_keypad_search_narrows),
	};
	return cmocka_run_group_tests(tests, open_corpus, close_corpus);
}
