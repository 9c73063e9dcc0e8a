/* A local news outlet's header names its place: 【江山新闻】…我市,
 * 泰兴日报讯 …市医保局 (internal to lib/lang/). */
#ifndef YIDU_REGION_DATELINE_H
#define YIDU_REGION_DATELINE_H

#include <stdbool.h>
#include <stddef.h>
#include "gazetteer-impl.h"

/* True if the name s[pos..end) of group gr starts the text's header as
 * the name of a news outlet (【X新闻】, X日报讯, X融媒讯) and the text then
 * speaks of its own unit as a local paper does (我市, 本县, 全市,
 * 市医保局 at a clause's start), the unit being the region's own
 * (市 for 江山市, 县 for 通道县). */
bool yd_news_dateline(const yd_gazetteer *g, const struct alias_group *gr,
		      const char *s, size_t n, size_t pos, size_t end);

#endif
