/* A cmocka check of the regions yd_find_regions finds in a text, shared
 * by the tests of region finding. The including file defines the
 * gazetteer `gaz` before it includes this. */
#ifndef REGION_ASSERT_H
#define REGION_ASSERT_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Checks the regions found in s, in order, against a 0-terminated list. */
static void regions_are(const char *s, const uint32_t *want)
{
	uint32_t got[16];
	size_t n = yd_find_regions(gaz, s, strlen(s), got, 16), i, nw = 0;
	char buf[512] = "";

	while (want[nw])
		nw++;
	for (i = 0; i < n; i++)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %06u", (unsigned)got[i]);
	if (n != nw)
		fail_msg("%s: expected %zu regions, got%s", s, nw, n ? buf : " none");
	for (i = 0; i < n; i++)
		if (got[i] != want[i])
			fail_msg("%s: region %zu is %06u, expected %06u (got%s)", s, i,
				 (unsigned)got[i], (unsigned)want[i], buf);
}

#define REGIONS(s, ...) regions_are(s, (const uint32_t[]){ __VA_ARGS__, 0 })
#define NO_REGION(s) regions_are(s, (const uint32_t[]){ 0 })

#endif
