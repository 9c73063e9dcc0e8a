/* session_save/session_load: "key value" lines (region, topic, focus,
 * article by slug — ids change when a corpus is imported again — and the
 * article's place as a source position). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"

void session_save(app *a, const char *path)
{
	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	FILE *f = fopen(tmp, "w");
	if (!f)
		return;
	pane_pos pos = { 0 };
	pane *ap = a->panes[PANE_ARTICLE];
	if (a->have_art && ap->ops->save)
		ap->ops->save(ap, &pos);
	fprintf(f, "region %" PRId64 "\ntopic %" PRId64 "\nfocus %d\n", a->region, a->topic,
		(int)a->focus);
	if (a->have_art)
		fprintf(f, "article %s\nplace %" PRId64 " %" PRId64 "\n", a->art.slug, pos.v[0],
			pos.v[1]);
	if (fclose(f) == 0)
		rename(tmp, path);
	else
		remove(tmp);
}

void session_load(app *a, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	char line[512], slug[400] = "";
	long long region = 0, topic = 1, l0 = 0, l1 = 0;
	int focus = PANE_LIST;
	bool place = false;
	while (fgets(line, sizeof line, f)) {
		if (sscanf(line, "region %lld", &region) == 1 || sscanf(line, "topic %lld", &topic) == 1 ||
		    sscanf(line, "focus %d", &focus) == 1)
			continue;
		if (sscanf(line, "article %399s", slug) == 1)
			continue;
		if (sscanf(line, "place %lld %lld", &l0, &l1) == 2)
			place = true;
	}
	fclose(f);
	/* A stale file (another corpus) names nodes or articles that are not
	 * there: those parts are skipped. */
	if (region < 0 || topic < 0)
		return;
	app_set_filter(a, region, topic);
	int64_t id = slug[0] ? yd_corpus_article_by_slug(a->corpus, slug) : -1;
	if (id >= 0) {
		app_open_article(a, id);
		pane *ap = a->panes[PANE_ARTICLE];
		pane_pos pos = { .v = { l0, l1, 0 }, .set = true };
		if (place && ap->ops->restore)
			ap->ops->restore(ap, a, &pos);
	}
	if (focus >= 0 && focus < PANE_COUNT)
		app_focus(a, (pane_id)focus);
}
