/* A complaint timed in minutes or hours so far (已经二十分钟了, 半个小时了,
 * 快两个小时了): a reader counting the minutes since something began is
 * describing something happening now, as one asking 怎么办 is. The
 * taxonomy lets onset words (突然) count in such a text
 * (`&` words, taxonomy.c). Internal to libyidu. */
#ifndef YIDU_ELAPSED_H
#define YIDU_ELAPSED_H

#include <stdbool.h>
#include <stddef.h>

/* True if s[0..n) holds a count of minutes or hours followed by 了
 * (二十分钟了, 一个小时了, 十几分钟了, 半小时了, 2小时了, 40分钟了). Days,
 * weeks, months and years (三年了) are a long-standing complaint, not
 * one going on now. */
bool yd_elapsed_recent(const char *s, size_t n);

#endif
