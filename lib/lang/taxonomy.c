/* The topic tree (data/topics.tsv) and placing articles in it.
 *
 * Each line is `path<TAB>words`: the words are comma-separated; a word
 * written with a leading '-' is a blocker: it is matched like the others
 * but scores nothing, so that 眼下 does not count as 眼 (眼科).
 *
 * Matching scans title and body once each with a longest-first
 * multi-pattern matcher: at each position the longest word wins and the
 * scan continues after it (种植牙 is one hit for 口腔; 商业医疗保险 is a
 * hit for 医疗险 and not also for 医疗保险 in 医保).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yidu/lang.h"
#include "wordscan.h"

enum {
	BLOCKER = 0x80000000u,  /* value bit: a blocker word */
	TITLE_WEIGHT = 10,      /* one title hit outweighs a body full of hits */
	BODY_CAP = 5,           /* body hits counted per node, at most */
	BODY_MIN = 3,           /* body hits a node needs when the title has none */
	BODY_SCAN = 8192,       /* bytes of body looked at */
};

struct yd_taxonomy {
	yd_topic *topics;       /* [0] is the root */
	size_t n;
	yd_wordscan *scan;
	char **strings;
	size_t nstrings, capstrings;
	int medical, commercial; /* ids of the 医保 and 商业保险 nodes (0: none) */
};

static char *keep(yd_taxonomy *t, const char *s, size_t len)
{
	char *p;

	if (t->nstrings == t->capstrings) {
		size_t cap = t->capstrings ? t->capstrings * 2 : 256;
		char **v = realloc(t->strings, cap * sizeof *v);
		if (!v)
			return NULL;
		t->strings = v;
		t->capstrings = cap;
	}
	p = malloc(len + 1);
	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	t->strings[t->nstrings++] = p;
	return p;
}

void yd_taxonomy_free(yd_taxonomy *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->nstrings; i++)
		free(t->strings[i]);
	free(t->strings);
	free(t->topics);
	yd_ws_free(t->scan);
	free(t);
}

size_t yd_taxonomy_count(const yd_taxonomy *t)
{
	return t->n;
}

const yd_topic *yd_taxonomy_at(const yd_taxonomy *t, size_t i)
{
	return i < t->n ? &t->topics[i] : NULL;
}

const yd_topic *yd_taxonomy_by_path(const yd_taxonomy *t, const char *path)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->topics[i].path, path) == 0)
			return &t->topics[i];
	return NULL;
}

/* Adds the words of one line to the matcher; keeps the positive ones,
 * comma-separated, in *out. */
static int add_words(yd_taxonomy *t, int id, char *field, const char **out)
{
	char *w = field, *comma, *pos, *kept;
	size_t len = strlen(field);

	pos = kept = malloc(len + 1);
	if (!kept)
		return -1;
	for (; w; w = comma ? comma + 1 : NULL) {
		const char *s;
		bool block;
		size_t k;

		comma = strchr(w, ',');
		k = comma ? (size_t)(comma - w) : strlen(w);
		while (k && w[0] == ' ') {
			w++;
			k--;
		}
		while (k && w[k - 1] == ' ')
			k--;
		block = k && w[0] == '-';
		if (block) {
			w++;
			k--;
		}
		if (!k)
			continue;
		s = keep(t, w, k);
		if (!s || yd_ws_add(t->scan, s, k, (uint32_t)id | (block ? BLOCKER : 0)) < 0) {
			free(kept);
			return -1;
		}
		if (!block) {
			if (pos != kept)
				*pos++ = ',';
			memcpy(pos, w, k);
			pos += k;
		}
	}
	*pos = '\0';
	*out = keep(t, kept, strlen(kept));
	free(kept);
	return *out ? 0 : -1;
}

static int parse(yd_taxonomy *t, char *buf, const char *path, yd_error *err)
{
	char *p = buf, *line, *tab, *slash;
	int lineno = 0;
	size_t cap = 64;

	t->topics = calloc(cap, sizeof *t->topics);
	if (!t->topics)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	t->topics[0] = (yd_topic){ 1, 0, 0, "全部主题", "", "" };
	t->n = 1;
	for (; *p; ) {
		yd_topic *tp;
		const yd_topic *par = &t->topics[0];
		char *end = strchr(p, '\n');

		line = p;
		if (end) {
			*end = '\0';
			p = end + 1;
		} else {
			p += strlen(p);
		}
		lineno++;
		if (end > line && end[-1] == '\r')
			end[-1] = '\0';
		if (!*line || *line == '#')
			continue;
		tab = strchr(line, '\t');
		if (tab)
			*tab = '\0';
		if (!*line || line[strlen(line) - 1] == '/' || *line == '/' ||
		    yd_taxonomy_by_path(t, line))
			return yd_error_set(err, YD_EFORMAT, "%s:%d: bad or repeated path", path, lineno);
		slash = strrchr(line, '/');
		if (slash) {
			*slash = '\0';
			par = yd_taxonomy_by_path(t, line);
			*slash = '/';
			if (!par)
				return yd_error_set(err, YD_EFORMAT,
						    "%s:%d: parent of %s must come first", path, lineno, line);
		}
		if (t->n == cap) {
			yd_topic *v = realloc(t->topics, (cap *= 2) * sizeof *v);
			if (!v)
				return yd_error_set(err, YD_ENOMEM, "out of memory");
			t->topics = v;
		}
		tp = &t->topics[t->n];
		tp->id = (int)t->n + 1;
		tp->parent = par->id;
		tp->depth = par->depth + 1;
		tp->path = keep(t, line, strlen(line));
		tp->name = tp->path ? tp->path + (slash ? slash - line + 1 : 0) : NULL;
		if (!tp->path || add_words(t, tp->id, tab ? tab + 1 : (char *)"", &tp->words) < 0)
			return yd_error_set(err, YD_ENOMEM, "out of memory");
		t->n++;
	}
	return 0;
}

yd_taxonomy *yd_taxonomy_load(const char *path, yd_error *err)
{
	yd_taxonomy *t;
	FILE *f;
	char *buf = NULL;
	size_t len = 0, cap = 0, got;
	const yd_topic *tp;

	f = fopen(path, "rb");
	if (!f) {
		yd_error_set(err, YD_EIO, "%s: %s", path, strerror(errno));
		return NULL;
	}
	do {
		if (cap - len < 4096) {
			char *v = realloc(buf, cap = cap * 2 + 8192);
			if (!v) {
				free(buf);
				fclose(f);
				yd_error_set(err, YD_ENOMEM, "out of memory");
				return NULL;
			}
			buf = v;
		}
		got = fread(buf + len, 1, cap - len - 1, f);
		len += got;
	} while (got > 0);
	fclose(f);
	buf[len] = '\0';
	t = calloc(1, sizeof *t);
	if (!t || !(t->scan = yd_ws_new())) {
		free(t);
		free(buf);
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	if (parse(t, buf, path, err) < 0 || yd_ws_build(t->scan) < 0) {
		if (!err || !err->code)
			yd_error_set(err, YD_ENOMEM, "out of memory");
		free(buf);
		yd_taxonomy_free(t);
		return NULL;
	}
	free(buf);
	tp = yd_taxonomy_by_path(t, "医保");
	t->medical = tp ? tp->id : 0;
	tp = yd_taxonomy_by_path(t, "商业保险");
	t->commercial = tp ? tp->id : 0;
	return t;
}

struct hits {
	int title, body;
	size_t first;           /* position of the first hit (body after title) */
};

/* Counts word hits of s[0..n) into h; returns the number of hits. */
static int count_hits(const yd_taxonomy *t, const char *s, size_t n, size_t base,
		      bool title, struct hits *h)
{
	size_t pos = 0;
	int total = 0;

	while (pos < n) {
		const yd_ws_entry *e[8];
		size_t ne = yd_ws_at(t->scan, s, n, pos, e, 8), i;

		if (ne == 0) {
			pos += yd_ws_charlen(s, n, pos);
			continue;
		}
		if (ne > 8)
			ne = 8;
		/* every node that lists the longest word */
		for (i = 0; i < ne && e[i]->len == e[0]->len; i++) {
			uint32_t v = e[i]->value;
			struct hits *x;

			if (v & BLOCKER)
				continue;
			x = &h[v - 1];
			if (!x->title && !x->body)
				x->first = base + pos;
			if (title)
				x->title++;
			else
				x->body++;
			total++;
		}
		pos += e[0]->len;
	}
	return total;
}

static bool is_below(const yd_taxonomy *t, int id, int anc)
{
	while (id > 1) {
		id = t->topics[id - 1].parent;
		if (id == anc)
			return true;
	}
	return false;
}

/* The article names basic medical insurance itself (not just 报销 or
 * 住院, which commercial insurance shares). */
static bool names_medical(const char *s, size_t n)
{
	static const char *const anchors[] = {
		"医保", "社保", "医疗保障", "新农合", "合疗", "基本医疗", "居民医疗", "职工医疗",
	};
	size_t i, j;

	for (i = 0; i < sizeof anchors / sizeof *anchors; i++) {
		size_t k = strlen(anchors[i]);
		for (j = 0; j + k <= n; j++)
			if (memcmp(s + j, anchors[i], k) == 0)
				return true;
	}
	return false;
}

struct pick {
	int id, score;
	size_t first;
};

static int cmp_score(const void *a, const void *b)
{
	const struct pick *x = a, *y = b;

	if (x->score != y->score)
		return y->score - x->score;
	return x->first < y->first ? -1 : x->first > y->first;
}

static int cmp_first(const void *a, const void *b)
{
	const struct pick *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

size_t yd_find_topics(const yd_taxonomy *t, const char *title,
		      const char *body, int *ids, size_t max)
{
	struct hits *h;
	struct pick *p;
	size_t tn = title ? strlen(title) : 0, bn = 0;
	size_t i, j, np = 0;
	bool by_title, commercial = false, medical_named;
	int th;

	if (!t || max == 0 || t->n < 2)
		return 0;
	while (body && bn < BODY_SCAN && body[bn])
		bn++;
	/* Do not cut the body inside a character. */
	while (bn > 0 && body && ((unsigned char)body[bn] & 0xC0) == 0x80)
		bn--;
	h = calloc(t->n, sizeof *h);
	p = calloc(t->n, sizeof *p);
	if (!h || !p) {
		free(h);
		free(p);
		return 0;
	}
	/* The title decides when it says anything; the body only otherwise. */
	th = count_hits(t, title ? title : "", tn, 0, true, h);
	by_title = th > 0;
	if (!by_title && bn)
		count_hits(t, body, bn, tn, false, h);
	for (i = 1; i < t->n; i++) {
		int body_hits = h[i].body < BODY_CAP ? h[i].body : BODY_CAP;
		bool ok = by_title ? h[i].title > 0 : body_hits >= BODY_MIN;

		if (!ok)
			continue;
		p[np++] = (struct pick){ (int)i + 1, TITLE_WEIGHT * h[i].title + body_hits,
					 h[i].first };
		if (t->commercial && ((int)i + 1 == t->commercial ||
				      is_below(t, (int)i + 1, t->commercial)))
			commercial = true;
	}
	/* Commercial insurance shares words with 医保 (报销, 住院): without the
	 * article naming 医保 itself, those hits belong to the commercial side. */
	medical_named = by_title ? names_medical(title, tn) : names_medical(body, bn);
	if (commercial && !medical_named && t->medical) {
		for (i = j = 0; i < np; i++)
			if (p[i].id != t->medical && !is_below(t, p[i].id, t->medical))
				p[j++] = p[i];
		np = j;
	}
	/* Most specific nodes only. */
	for (i = j = 0; i < np; i++) {
		size_t k;
		bool anc = false;
		for (k = 0; k < np && !anc; k++)
			anc = k != i && is_below(t, p[k].id, p[i].id);
		if (!anc)
			p[j++] = p[i];
	}
	np = j;
	qsort(p, np, sizeof *p, cmp_score);
	if (max > YD_TOPICS_MAX)
		max = YD_TOPICS_MAX;
	if (np > max)
		np = max;
	qsort(p, np, sizeof *p, cmp_first);
	for (i = 0; i < np; i++)
		ids[i] = p[i].id;
	free(h);
	free(p);
	return np;
}
