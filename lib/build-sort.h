/* An external sort for the builder's finish: records of a 128-bit key and
 * a short payload, given in any order and read back in key order, in a
 * bounded amount of memory whatever their number.
 *
 * Records are kept in memory up to a budget; beyond it each full buffer is
 * sorted and written as a run to an unnamed temporary file, and reading
 * merges the runs. A sort that fits in its budget never touches the disk.
 * Equal keys come back in no particular order. */
#ifndef YIDU_BUILD_SORT_H
#define YIDU_BUILD_SORT_H

#include <stddef.h>
#include <stdint.h>

typedef struct yd_xsort yd_xsort;

/* A record as read back: valid until the next yd_xsort_next. */
typedef struct yd_xrec {
	uint64_t k0, k1;          /* ordered by k0, then k1 (unsigned) */
	const void *data;
	size_t len;
} yd_xrec;

#define YD_XSORT_MAX_PAYLOAD 1024

/* A sorter whose temporary file, if it needs one, goes in dir (NULL: the
 * directory TMPDIR names, else /tmp). The memory it uses is about
 * yd_xsort_budget() bytes. */
yd_xsort *yd_xsort_new(const char *dir);
/* Adds a record (len <= YD_XSORT_MAX_PAYLOAD); -1 on failure (memory or
 * I/O; errno says which). Not after yd_xsort_next. */
int yd_xsort_add(yd_xsort *s, uint64_t k0, uint64_t k1, const void *data,
		 size_t len);
/* The next record in key order: 1, then 0 at the end, -1 on failure. */
int yd_xsort_next(yd_xsort *s, yd_xrec *r);
/* Runs written to disk so far (0 when everything stayed in memory). */
size_t yd_xsort_runs(const yd_xsort *s);
void yd_xsort_free(yd_xsort *s);

/* Memory of one sorter (default 24 MiB; YIDU_BUILD_SORT_KIB in the
 * environment overrides it); tests lower it to make sorts go through the
 * disk. */
size_t yd_xsort_budget(void);
void yd_xsort_set_budget(size_t bytes);

/* The directory for the finish's temporary files: the database's own (the
 * corpus being written is there, so there is room), or NULL. malloc'd. */
struct sqlite3;
char *yd_xsort_dir_of(struct sqlite3 *db);

#endif
