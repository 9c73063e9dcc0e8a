/* The finish's external sort (lib/build-sort.c): records come back in key
 * order with their payloads intact, in memory and through many runs on
 * disk, with equal keys, empty payloads and the largest payload. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "build-sort.h"

static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* The payload of record i: its length and bytes follow from i alone. */
static size_t payload(uint64_t i, unsigned char *buf)
{
	size_t len = i % 7 == 0 ? 0 : i % 1000 == 1 ? YD_XSORT_MAX_PAYLOAD
		: (size_t)(i * 2654435761u % 300);
	for (size_t j = 0; j < len; j++)
		buf[j] = (unsigned char)(i + j * 31);
	return len;
}

static void sort_and_check(size_t budget, size_t n, bool spills)
{
	static unsigned char buf[YD_XSORT_MAX_PAYLOAD], want[YD_XSORT_MAX_PAYLOAD];
	yd_xsort_set_budget(budget);
	yd_xsort *s = yd_xsort_new(NULL);
	assert_non_null(s);
	rng = 0x9E3779B97F4A7C15ULL;
	uint64_t sum = 0;
	for (uint64_t i = 0; i < n; i++) {
		/* few distinct k0 (many equal), k1 carries the record's number */
		uint64_t k0 = next() % 97 << 40;
		size_t len = payload(i, buf);
		assert_int_equal(yd_xsort_add(s, k0, i, buf, len), 0);
		sum += k0 + i;
	}
	if (spills)
		assert_true(yd_xsort_runs(s) > 10);
	else
		assert_int_equal(yd_xsort_runs(s), 0);
	yd_xrec r;
	uint64_t k0 = 0, k1 = 0, got = 0, gsum = 0;
	int rc;
	while ((rc = yd_xsort_next(s, &r)) > 0) {
		assert_true(got == 0 || r.k0 > k0 || (r.k0 == k0 && r.k1 > k1));
		k0 = r.k0;
		k1 = r.k1;
		size_t len = payload(r.k1, want);
		assert_int_equal(r.len, len);
		assert_memory_equal(r.data, want, len);
		gsum += r.k0 + r.k1;
		got++;
	}
	assert_int_equal(rc, 0);
	assert_int_equal(got, n);
	assert_true(gsum == sum);
	yd_xsort_free(s);
	yd_xsort_set_budget(24u << 20);
}

static void in_memory(void **state)
{
	(void)state;
	sort_and_check(64u << 20, 20000, false);
}

static void through_runs_on_disk(void **state)
{
	(void)state;
	sort_and_check(256 * 1024, 20000, true);
}

/* 4 KiB: runs of 56 records, so 20,000 records make more runs than are
 * merged at once, and merges of merges */
static void through_merges_of_runs(void **state)
{
	(void)state;
	sort_and_check(4096, 20000, true);
}

static void empty(void **state)
{
	(void)state;
	yd_xsort *s = yd_xsort_new(NULL);
	yd_xrec r;
	assert_int_equal(yd_xsort_next(s, &r), 0);
	assert_int_equal(yd_xsort_next(s, &r), 0);
	yd_xsort_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(in_memory),
		cmocka_unit_test(through_runs_on_disk),
		cmocka_unit_test(through_merges_of_runs),
		cmocka_unit_test(empty),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
