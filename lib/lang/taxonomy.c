/* The topic tree (data/topics.tsv) and placing articles in it.
 *
 * Each line is `path<TAB>words[<TAB>needs]`. The words are
 * comma-separated; a word written with a leading '-' is a blocker: it is
 * matched like the others but scores nothing, so that 眼下 does not count
 * as 眼 (眼科); a word with a leading '~' is a fallback: it counts only
 * when the article has no other topic (病, 医生 for 就医); `*word` is an
 * onset cue that counts only in a text holding a now-question word
 * (`&word`, which counts nothing itself): 突然 … 怎么办 is 急诊; `>name`
 * names a sibling the node takes the place of when it outranks it twice
 * (儿科 over 消化 for a toddler's diarrhoea); `<` makes the node give way
 * to any sibling that outranks it three times (体检 to the organ whose
 * result a question reads). `needs` lists
 * context words: the node and the nodes below it (unless they list their
 * own) count only when the article's text contains one of them, so that
 * 吃什么药 is not 医保/报销/药品目录 unless the text is about insurance.
 * Context words may be weak (`?带医保卡`: counts only beside a second
 * cue), contrary (`^团建`), blockers (`-门诊缴费`), anchors that name
 * the context itself (`!医保`) or another payer (`$公司`); see cue_score.
 *
 * When more nodes fit than an article keeps, the strongest are kept
 * (rank): distinct words, weighted by how specific each is and by whether
 * it stands where the text centres (its first sentence, a clause that
 * asks).
 *
 * Matching scans title and body once each with a longest-first
 * multi-pattern matcher: at each position the longest word wins and the
 * scan continues after it (种植牙 is one hit for 口腔; 商业医疗保险 is a
 * hit for 医疗险 and not also for 医疗保险 in 医保). A word counts only
 * where it starts a word of the text's segmentation: 眼 in 显眼, 骨 in
 * 排骨 and 肠 in 香肠 are the ends of other words. The title and a short
 * body are scanned once more with adverbs taken out from between words
 * (condense.h), for the words found only across such a gap (呼吸有点困难),
 * and read for compound disease words (compound.h: 脑 + 动脉瘤) where no
 * topic word stands.
 */
#define _GNU_SOURCE   /* memmem */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yidu/lang.h"
#include "wordscan.h"
#include "segment-impl.h"
#include "typo.h"
#include "condense.h"
#include "elapsed.h"
#include "compound.h"

enum {
	BLOCKER = 0x80000000u,  /* value bit: a blocker word */
	FALLBACK = 0x40000000u, /* value bit: counts only when nothing else does */
	ONSET = 0x20000000u,    /* value bit: counts only in a text that asks what to do now */
	NOW = 0x10000000u,      /* value bit: asks what to do now; counts nothing itself */
	ID_MASK = 0x0FFFFFFFu,
	ONSETS_HELD = 8,        /* onset words held back until a NOW word is seen */
	BODY_MIN = 3,           /* body hits a node needs when the title has none */
	BODY_SCAN = 8192,       /* bytes of body looked at */
	SHORT_BODY = 600,       /* bytes: a body this short is a question */
	CUES_SEEN = 32,         /* distinct weak or contrary context words counted */
	ADVERT_CONTEXT = 8,     /* context score an advertisement needs (has_any) */
	RANK_UNIT = 12,         /* a word's weight for the one node listing it */
	RANK_WORDS = 16,        /* distinct words remembered per node for its rank */
};

struct yd_taxonomy {
	yd_topic *topics;       /* [0] is the root */
	size_t n;
	yd_wordscan *scan;
	char **strings;
	size_t nstrings, capstrings;
	int medical, commercial; /* ids of the 医保 and 商业保险 nodes (0: none) */
	yd_dict *dict;          /* for word boundaries */
	yd_typos *typos;        /* homophone typos of the words */
	yd_compounds *compounds; /* organ (`@word`) and head (`+word`) morphemes */
	yd_wordscan **cues;     /* per distinct context list, its matcher (cue_score) */
	const char **cue_lists; /* the list each matcher was built from */
	size_t ncues;
	int *cue_of;            /* per topic: index into cues, or -1 (no list) */
	struct over { int by, of; const char *name; } *over; /* `>name`: by takes of's place */
	size_t nover, capover;
	bool *neutral;          /* per topic: an organ's node lies below it, so
	                         * its heads (`+word`) need an organ (compound.h) */
};

static int build_cues(yd_taxonomy *t);

/* A `>name` or `<` of the file: `by` takes the place of `of` (or of the
 * node `name`); 0 or -1 out of memory. */
static int add_over(yd_taxonomy *t, int by, int of, const char *name)
{
	if (t->nover == t->capover) {
		struct over *v = realloc(t->over, (t->capover * 2 + 8) * sizeof *v);

		if (!v)
			return -1;
		t->over = v;
		t->capover = t->capover * 2 + 8;
	}
	t->over[t->nover++] = (struct over){ by, of, name };
	return 0;
}

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
	for (i = 0; i < t->ncues; i++)
		yd_ws_free(t->cues[i]);
	free(t->cues);
	free(t->cue_lists);
	free(t->cue_of);
	yd_dict_close(t->dict);
	yd_typos_free(t->typos);
	yd_compounds_free(t->compounds);
	free(t->neutral);
	free(t->over);
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

/* The characters of a phrase that are not words of asking or of being
 * able, or numerals (可以报, 能报, 报多少, 怎么报, 两病: one each). A typo
 * of a phrase with one such character is that character alone mistyped,
 * and the words around it say nothing: 可以薄涂 (may apply thinly) read
 * as 可以报, 两饼 (two cakes of tea) as 两病. */
static size_t content_chars(const char *s, size_t k)
{
	static const char functional[] = "可以能会要给怎么多少吗不没了的是有在去到哪什几"
		"一二两三四五六七八九十百千万";
	size_t i, c = 0;

	for (i = 0; i + 3 <= k; i += 3)
		c += !yd_char_in(functional, s + i);
	return c;
}

/* Adds the words of one line to the matcher; keeps the positive ones,
 * comma-separated, in *out. Their homophone typos are looked for (typo.h)
 * when the word is one of the dictionary, or any word when `all_typos`
 * (the insurance nodes, whose terms people mistype: 报消, 医宝卡): a
 * phrase such as 身上长 is no word, and 肾上长 is not a typo of it. */
static int add_words(yd_taxonomy *t, int id, char *field, bool all_typos, const char **out)
{
	char *w = field, *comma, *pos, *kept;
	size_t len = strlen(field);

	pos = kept = malloc(len + 1);
	if (!kept)
		return -1;
	for (; w; w = comma ? comma + 1 : NULL) {
		const char *s;
		bool block, fallback, onset, now;
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
		fallback = k && w[0] == '~';
		onset = k && w[0] == '*';
		now = k && w[0] == '&';
		if (k > 1 && (w[0] == '@' || w[0] == '+')) {
			/* a morpheme of compound disease words (compound.h);
			 * `@=` a body part, `+=` a complaint any part can have */
			bool any = k > 2 && w[1] == '=';
			size_t skip = any ? 2 : 1;

			s = keep(t, w + skip, k - skip);
			if (!s || (w[0] == '@' ?
				   yd_compounds_add_organ(t->compounds, s, k - skip, id, any) :
				   yd_compounds_add_head(t->compounds, s, k - skip, id, any)) < 0) {
				free(kept);
				return -1;
			}
			continue;
		}
		if (k == 1 && w[0] == '<') {
			/* gives way to any sibling (find_topics) */
			if (add_over(t, 0, id, "") != 0) {
				free(kept);
				return -1;
			}
			continue;
		}
		if (k > 1 && w[0] == '>') {
			/* a sibling this node takes the place of (resolve_over) */
			s = keep(t, w + 1, k - 1);
			if (!s || add_over(t, id, 0, s) != 0) {
				free(kept);
				return -1;
			}
			continue;
		}
		if (block || fallback || onset || now) {
			w++;
			k--;
		}
		if (!k)
			continue;
		s = keep(t, w, k);
		if (!s || yd_ws_add(t->scan, s, k, (uint32_t)id | (block ? BLOCKER : 0) |
				   (fallback ? FALLBACK : 0) | (onset ? ONSET : 0) |
				   (now ? NOW : 0)) < 0) {
			free(kept);
			return -1;
		}
		/* fallback, onset and now words are weak hints: no typos of
		 * them either */
		if (!block && !fallback && !onset && !now &&
		    (!t->dict || yd_dict_lookup(t->dict, s, k, NULL) ||
		     (all_typos && content_chars(s, k) >= 2)) &&
		    (all_typos ? yd_typos_add_readings(t->typos, s, k) :
				 yd_typos_add(t->typos, s, k)) < 0) {
			free(kept);
			return -1;
		}
		if (!block && !now) {
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
	char *p = buf, *line, *tab, *slash, *needs;
	int lineno = 0;
	size_t cap = 64;

	t->topics = calloc(cap, sizeof *t->topics);
	if (!t->topics)
		return yd_error_set(err, YD_ENOMEM, "out of memory");
	t->topics[0] = (yd_topic){ 1, 0, 0, "全部主题", "", "", "" };
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
		needs = tab ? strchr(tab + 1, '\t') : NULL;
		if (needs)
			*needs++ = '\0';
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
		if (!tp->path || add_words(t, tp->id, tab ? tab + 1 : (char *)"",
					   strncmp(line, "医保", strlen("医保")) == 0 ||
					   strncmp(line, "商业保险", strlen("商业保险")) == 0,
					   &tp->words) < 0)
			return yd_error_set(err, YD_ENOMEM, "out of memory");
		/* the node's own context words, else its parent's */
		tp->needs = needs && *needs ? keep(t, needs, strlen(needs)) : par->needs;
		if (!tp->needs)
			return yd_error_set(err, YD_ENOMEM, "out of memory");
		t->n++;
	}
	return 0;
}

static bool is_below(const yd_taxonomy *t, int id, int anc);

/* Finds the sibling each `>name` names. */
static int resolve_over(yd_taxonomy *t, const char *path, yd_error *err)
{
	size_t i;

	for (i = 0; i < t->nover; i++) {
		const yd_topic *by, *par, *of;
		char buf[512];

		if (t->over[i].by == 0)         /* `<`: any sibling */
			continue;
		by = &t->topics[t->over[i].by - 1];
		par = &t->topics[by->parent - 1];

		snprintf(buf, sizeof buf, "%s%s%s", by->parent > 1 ? par->path : "",
			 by->parent > 1 ? "/" : "", t->over[i].name);
		of = yd_taxonomy_by_path(t, buf);
		if (!of || of == by)
			return yd_error_set(err, YD_EFORMAT, "%s: %s: >%s names no sibling",
					    path, by->path, t->over[i].name);
		t->over[i].of = of->id;
	}
	return 0;
}

/* Marks the nodes with an organ's node below them: their heads leave the
 * department to the organ (compound.h). */
static int find_neutral(yd_taxonomy *t)
{
	const int *ids;
	size_t n = yd_compounds_organ_nodes(t->compounds, &ids), i, j;

	t->neutral = calloc(t->n, sizeof *t->neutral);
	if (!t->neutral)
		return -1;
	for (i = 1; i < t->n; i++)
		for (j = 0; j < n && !t->neutral[i]; j++)
			t->neutral[i] = is_below(t, ids[j], (int)i + 1);
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
	if (!t || !(t->scan = yd_ws_new()) || !(t->typos = yd_typos_new()) ||
	    !(t->compounds = yd_compounds_new())) {
		if (t) {
			yd_ws_free(t->scan);
			yd_typos_free(t->typos);
		}
		free(t);
		free(buf);
		yd_error_set(err, YD_ENOMEM, "out of memory");
		return NULL;
	}
	{
		/* the dictionary beside the topic file, or the usual places
		 * (word boundaries, and which words are words for typo.h) */
		char *dir = strdup(path), *slash = dir ? strrchr(dir, '/') : NULL;

		if (slash)
			*slash = '\0';
		t->dict = yd_dict_open_default(slash ? dir : ".", err);
		free(dir);
		if (!t->dict) {
			free(buf);
			yd_taxonomy_free(t);
			return NULL;
		}
	}
	if (parse(t, buf, path, err) < 0 || yd_ws_build(t->scan) < 0 || build_cues(t) < 0 ||
	    yd_typos_build(t->typos) < 0 || yd_compounds_build(t->compounds) < 0) {
		if (!err || !err->code)
			yd_error_set(err, YD_ENOMEM, "out of memory");
		free(buf);
		yd_taxonomy_free(t);
		return NULL;
	}
	free(buf);
	if (resolve_over(t, path, err) < 0) {
		yd_taxonomy_free(t);
		return NULL;
	}
	if (find_neutral(t) < 0) {
		yd_error_set(err, YD_ENOMEM, "out of memory");
		yd_taxonomy_free(t);
		return NULL;
	}
	tp = yd_taxonomy_by_path(t, "医保");
	t->medical = tp ? tp->id : 0;
	tp = yd_taxonomy_by_path(t, "商业保险");
	t->commercial = tp ? tp->id : 0;
	return t;
}

struct hits {
	int title, body;        /* counted hits */
	int fallback;           /* fallback-word hits */
	size_t first;           /* position of the first hit (body after title) */
	/* the node's distinct words and the best weight each had (rank()) */
	const char *word[RANK_WORDS];
	int weight[RANK_WORDS];
	int nwords;
};

/* Token starts of a text, from a window of segmentation kept while the
 * text is scanned (segment-impl.h). */
struct starts {
	const yd_dict *d;
	const char *s;
	size_t n;
	struct yd_seg_window win;
};

/* 0: s[a..b) does not start a word of the segmentation; 1: it does,
 * and *cut is where the word it ends inside starts; 2: it is whole words. */
static int word_fit(struct starts *st, size_t a, size_t b, size_t *cut)
{
	const yd_token *tok;
	size_t i, ntok;

	if (!st->d)
		return 2;
	tok = yd_seg_window_at(&st->win, st->d, st->s, st->n, a, b, &ntok);
	if (!tok)
		return 2;
	for (i = 0; i < ntok; i++)
		if (tok[i].off == a)
			break;
	if (i == ntok)
		return 0;
	for (; i < ntok && tok[i].off < b; i++) {
		if (tok[i].off + tok[i].len == b)
			return 2;
		*cut = tok[i].off;
	}
	return 1;
}

/* True if s[a..b), of two characters or more, starts one character into
 * a word of the segmentation whose first character is a verb in the
 * dictionary, and ends where a word ends: the object of a verb the
 * segmenter glued to it (降血脂, 抗癫痫, 测血压; 起风|团 for 风团). A
 * noun or adjective before it keeps it apart (排骨, 大肠, 小宝), and a
 * word it reaches into must be a content word, not a verb or particle
 * (拿药|吗 is no 药吗, 买药|能 no 药能), and the topic word must not
 * itself start with a verb or preposition: it would be a verb phrase the
 * verb is part of (启用医保 is no 用医保). */
static bool after_verb(struct starts *st, size_t a, size_t b)
{
	const yd_token *tok;
	size_t i, ntok, c;
	yd_word w;

	if (!st->d || b - a < 2 * yd_ws_charlen(st->s, st->n, a))
		return false;
	tok = yd_seg_window_at(&st->win, st->d, st->s, st->n, a, b, &ntok);
	for (i = 0; tok && i < ntok && tok[i].off + tok[i].len <= a; i++)
		;
	if (!tok || i == ntok || tok[i].off >= a)
		return false;
	c = yd_ws_charlen(st->s, st->n, tok[i].off);
	if (tok[i].off + c != a || !yd_dict_lookup(st->d, st->s + tok[i].off, c, &w) ||
	    w.tag[0] != 'v')
		return false;
	c = yd_ws_charlen(st->s, st->n, a);
	if (yd_dict_lookup(st->d, st->s + a, c, &w) && (w.tag[0] == 'v' || w.tag[0] == 'p'))
		return false;
	for (; i < ntok && tok[i].off + tok[i].len < b; i++)
		;
	if (i == ntok || tok[i].off + tok[i].len != b)
		return false;
	for (; tok[i].off >= a; i--)
		if (tok[i].tag && strchr("vrpcuydem", tok[i].tag[0]) && tok[i].tag[0])
			return false;
	return true;
}

/* Calls fn for every counted word of s[0..n): the longest word at each
 * position that starts a word of the segmentation (or follows a verb
 * glued to it: after_verb). */
static bool latin_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* A topic word in Latin letters inside a longer run of them (OT, the
 * therapy, in OTC, the class of drugs; PT in PTSD) is not that word:
 * a Latin word ends where its letters end, whatever the segmenter's
 * tokens (血糖 in 血糖仪 is a Chinese word's start, kept). */
static bool latin_cut(const char *s, size_t n, size_t a, size_t b)
{
	return (a > 0 && latin_letter(s[a]) && latin_letter(s[a - 1])) ||
	       (b < n && b > a && latin_letter(s[b - 1]) && latin_letter(s[b]));
}

static void each_hit(const yd_taxonomy *t, const char *s, size_t n,
		     void (*fn)(void *ctx, const yd_ws_entry *e, size_t pos, int shared),
		     void *ctx)
{
	struct starts st = { t->dict, s, n, { NULL, 0, 0, 0 } };
	size_t pos = 0;

	while (pos < n) {
		const yd_ws_entry *e[8];
		size_t ne = yd_ws_at(t->scan, s, n, pos, e, 8), i, k, best;

		if (ne > 8)
			ne = 8;
		/* the longest word that starts a word here (血糖 in 血糖仪),
		 * unless it ends inside a word that starts another topic word
		 * (医保服务 of 医保/服务平台: 医保, then 服务平台); when every
		 * word here does, none is taken (职工医保 of 职工/医保卡里的钱) */
		for (k = 0, best = ne; k < ne; k++) {
			size_t cut = pos;
			const yd_ws_entry *e2[1];
			int f = latin_cut(s, n, pos, pos + e[k]->len) ? -1 :
				word_fit(&st, pos, pos + e[k]->len, &cut);

			if (f == 0 && !(e[k]->value & (BLOCKER | FALLBACK)) &&
			    after_verb(&st, pos, pos + e[k]->len))
				f = 2;
			/* a word of one character is a word of its own, not
			 * the start of a longer one (湿 of 湿地, 骨 of 骨灰),
			 * but for a part or side of it, its department or an
			 * ill of it (髋部, 胃里, 椎体, 牙科, 胃病, 腰疼) */
			if (f == 1 && e[k]->len == yd_ws_charlen(s, n, pos) && e[k]->len > 1 &&
			    !(pos + e[k]->len + 3 <= n &&
			      yd_char_in("部侧处里上下内口体科病疼痛炎癌疾伤", s + pos + e[k]->len)))
				f = 0;
			if (f <= 0)
				continue;
			if (f == 2 || cut <= pos || yd_ws_at(t->scan, s, n, cut, e2, 1) == 0) {
				best = k;
				break;
			}
		}
		k = best;
		if (k == ne) {
			pos += yd_ws_charlen(s, n, pos);
			continue;
		}
		/* every node that lists that word */
		{
			int shared = 0;

			for (i = k; i < ne && e[i]->len == e[k]->len; i++)
				shared += !(e[i]->value & (BLOCKER | FALLBACK | NOW));
			for (i = k; i < ne && e[i]->len == e[k]->len; i++)
				if (!(e[i]->value & BLOCKER))
					fn(ctx, e[i], pos, shared);
		}
		pos += e[k]->len;
	}
	yd_seg_window_free(&st.win);
}

/* The part of a text a reader's question centres on: its first sentence
 * and every clause that asks something (…是不是手术伤了脑子, …能报吗).
 * Clauses end at ，。！？；： (and their ASCII forms) or a line break; a
 * sentence at 。！？ or a line break. The clause around the last position
 * asked about is cached, as hits come in text order. */
struct focus {
	size_t a, b;            /* the cached clause s[a..b) */
	size_t first_end;       /* end of the first sentence, once known */
	bool asks;              /* the cached clause asks something */
	bool started;           /* first_end is known */
};

static bool contains(const char *s, size_t n, const char *w, size_t k);

static size_t delim_at(const char *s, size_t n, size_t pos, bool *sentence)
{
	static const char *const full[] = { "。", "！", "？", "，", "；", "：" };
	size_t i;
	unsigned char c = (unsigned char)s[pos];

	if (c == '.' && pos > 0 && pos + 1 < n && s[pos - 1] >= '0' && s[pos - 1] <= '9' &&
	    s[pos + 1] >= '0' && s[pos + 1] <= '9')
		return 0;       /* a decimal point: 血糖7.5 */
	if (c == '\n' || c == '.' || c == '!' || c == '?') {
		*sentence = true;
		return 1;
	}
	if (c == ',' || c == ';' || c == ':') {
		*sentence = false;
		return 1;
	}
	for (i = 0; i < sizeof full / sizeof *full; i++)
		if (pos + 3 <= n && memcmp(s + pos, full[i], 3) == 0) {
			*sentence = i < 3;
			return 3;
		}
	return 0;
}

static bool asks(const char *s, size_t n)
{
	static const char *const marks[] = {
		"吗", "呢", "么", "？", "?", "是不是", "会不会", "要不要", "能不能", "可不可以",
		"有没有", "哪", "多少", "啥", "咋", "如何",
	};
	size_t i;

	for (i = 0; i < sizeof marks / sizeof *marks; i++)
		if (contains(s, n, marks[i], strlen(marks[i])))
			return true;
	return false;
}

static bool in_focus(struct focus *f, const char *s, size_t n, size_t pos)
{
	bool sentence;
	size_t k, p;

	if (!f->started) {
		f->started = true;
		for (p = 0; p < n; p += k ? k : 1)
			if ((k = delim_at(s, n, p, &sentence)) && sentence)
				break;
		f->first_end = p;
	}
	if (pos < f->first_end)
		return true;
	if (pos < f->a || pos >= f->b) {
		for (p = f->b > pos ? 0 : f->b, f->a = p; p < pos; p += k ? k : 1)
			if ((k = delim_at(s, n, p, &sentence)))
				f->a = p + k;
		for (p = pos; p < n && !delim_at(s, n, p, &sentence); p++)
			;
		/* the clause's own question mark, if it ends with one */
		k = p < n ? delim_at(s, n, p, &sentence) : 0;
		f->b = p + k;
		f->asks = asks(s + f->a, f->b - f->a);
	}
	return f->asks;
}

struct count_ctx {
	struct hits *h;
	size_t base;
	bool title;
	int total;
	const char *s;          /* the text, for in_focus() */
	size_t n;
	struct focus focus;
	const yd_condensed *cd; /* s is this condensed text: only words across a joint */
	bool *cov;              /* per byte of the original: a topic word counted there */
	bool now;               /* a NOW word was seen: onset words count */
	struct held { const yd_ws_entry *e; size_t pos; int shared; } held[ONSETS_HELD];
	int nheld;              /* onset words seen before any NOW word */
};

/* Marks the bytes of the original text a word found at pos covers. */
static void cover(bool *cov, const yd_condensed *cd, size_t pos, size_t len, uint32_t value)
{
	size_t a = pos, b = pos + len;

	if (!cov || (value & FALLBACK) || len == 0)
		return;
	if (cd) {
		a = cd->orig[pos];
		b = cd->orig[pos + len - 1] + 1;
	}
	memset(cov + a, 1, b - a);
}

static bool is_below(const yd_taxonomy *t, int id, int anc);

/* Compound disease words (compound.h) where no topic word was counted,
 * passed on to fn like topic words: the organ as the word, the compound
 * as its span. */
struct compound_ctx {
	const yd_taxonomy *t;
	const bool *cov;
	void (*fn)(void *ctx, const yd_ws_entry *e, size_t pos, int shared);
	void *ctx;
};

static void one_compound(void *ctx, const yd_compound *m)
{
	struct compound_ctx *c = ctx;
	yd_ws_entry e = { m->organ, (uint32_t)m->len, (uint32_t)m->organ_id };
	size_t i;

	/* the organ and the head, not the words between them */
	for (i = m->off; i < m->off + m->len; i++)
		if (c->cov[i] && (i < m->off + m->organ_len || i >= m->head_off))
			return;
	/* the head's node, unless it is above the organ's (就医 lists the
	 * heads that leave the choice to the organ: 炎, 病 …): 肝 + 癌 is
	 * 肿瘤, 肝 + 炎 肝病; without an organ, only a head that decides by
	 * itself (癌 at 肿瘤, 疮 at 皮肤) */
	if (m->organ_id == 0 && c->t->neutral[m->head_id - 1])
		return;
	if (m->organ_id == 0 || (m->head_id != m->organ_id &&
				 !is_below(c->t, m->organ_id, m->head_id)))
		e.value = (uint32_t)m->head_id;
	c->fn(c->ctx, &e, m->off, 1);
}

static void each_compound(const yd_taxonomy *t, const char *s, size_t n, const bool *cov,
			  void (*fn)(void *ctx, const yd_ws_entry *e, size_t pos, int shared),
			  void *ctx)
{
	struct compound_ctx c = { t, cov, fn, ctx };

	yd_compounds_scan(t->compounds, t->dict, s, n, one_compound, &c);
}

/* Remembers word w of node x with weight; a word met again keeps its
 * best weight, so a node's rank counts distinct words. */
static void add_weight(struct hits *x, const char *w, int weight)
{
	int i;

	for (i = 0; i < x->nwords; i++)
		if (x->word[i] == w) {
			if (weight > x->weight[i])
				x->weight[i] = weight;
			return;
		}
	if (x->nwords < RANK_WORDS) {
		x->word[x->nwords] = w;
		x->weight[x->nwords++] = weight;
	}
}

static void count_one(void *ctx, const yd_ws_entry *e, size_t pos, int shared)
{
	struct count_ctx *c = ctx;
	struct hits *x = &c->h[(e->value & ID_MASK) - 1];
	size_t at = pos;

	/* an onset word (突然) counts only in a text that asks what to do
	 * now (怎么办): held back until such a word is seen */
	if (e->value & NOW) {
		c->now = true;
		return;
	}
	if ((e->value & ONSET) && !c->now) {
		if (c->nheld < ONSETS_HELD)
			c->held[c->nheld++] = (struct held){ e, pos, shared };
		return;
	}

	if (c->cd) {            /* found again in the condensed text */
		if (!yd_condensed_spans(c->cd, pos, pos + e->len))
			return;
		at = c->cd->orig[pos];
	}
	cover(c->cov, c->cd, pos, e->len, e->value);
	if (!x->title && !x->body && !x->fallback)
		x->first = c->base + at;
	if (e->value & FALLBACK)
		x->fallback++;
	else if (c->title)
		x->title++;
	else
		x->body++;
	c->total += !(e->value & FALLBACK);
	if (!(e->value & FALLBACK))
		add_weight(x, e->word, RANK_UNIT / (shared > 0 ? shared : 1) *
			   (in_focus(&c->focus, c->s, c->n, pos) ? 2 : 1));
}

/* The onset words held back, counted if the text asked what to do now. */
static void release_onsets(struct count_ctx *c)
{
	int i, k = c->nheld;

	c->nheld = 0;
	for (i = 0; c->now && i < k; i++)
		count_one(c, c->held[i].e, c->held[i].pos, c->held[i].shared);
}

static int count_hits(const yd_taxonomy *t, const char *s, size_t n, size_t base,
		      bool title, struct hits *h)
{
	bool question = title || n <= SHORT_BODY;
	bool *cov = question && n ? calloc(n, 1) : NULL;
	struct count_ctx c = { h, base, title, 0, s, n, { 0, 0, 0, false, false }, NULL, cov,
			       false, { { NULL, 0, 0 } }, 0 };
	yd_condensed cd;
	bool now;

	/* minutes or hours counted since it began say now, as 怎么办 does */
	c.now = yd_elapsed_recent(s, n);
	each_hit(t, s, n, count_one, &c);
	release_onsets(&c);
	now = c.now;
	/* the title, or a question's body, with adverbs taken out from
	 * between words: 呼吸有点困难 is 呼吸困难 (condense.h) */
	if (question && yd_condense(t->dict, s, n, &cd) > 0) {
		c = (struct count_ctx){ h, base, title, c.total, cd.s, cd.n,
					{ 0, 0, 0, false, false }, &cd, cov, now, { { NULL, 0, 0 } }, 0 };
		each_hit(t, cd.s, cd.n, count_one, &c);
		release_onsets(&c);
		yd_condensed_free(&cd);
	}
	/* then compound disease words where no topic word stands */
	if (cov) {
		c = (struct count_ctx){ h, base, title, c.total, s, n,
					{ 0, 0, 0, false, false }, NULL, NULL, now, { { NULL, 0, 0 } }, 0 };
		each_compound(t, s, n, cov, count_one, &c);
		free(cov);
	}
	return c.total;
}

/* How strongly the text speaks of a node: its distinct words, each
 * weighted by how specific it is (shared by k nodes: 1/k) and by where
 * it stands (in_focus: twice). Decides which nodes are kept when more
 * fit than an article may carry. */
static int rank(const struct hits *x)
{
	int i, r = 0;

	for (i = 0; i < x->nwords; i++)
		r += x->weight[i];
	return r;
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

static bool contains(const char *s, size_t n, const char *w, size_t k)
{
	size_t j;

	for (j = 0; k && j + k <= n; j++)
		if (memcmp(s + j, w, k) == 0)
			return true;
	return false;
}

/* Context words (`needs`) found in one text: the longest listed word at
 * each position is taken and the scan goes on after it, so 医保 inside
 * 医保卡 is the word 医保卡. A plain word is a cue on its own (2); a word
 * written `?word` is weak (1: a card named as a document to bring, 集采,
 * 异地) and counts only beside another cue; `^word` speaks against the
 * context (-1: 报销 of a 差旅 or 团建 is an employer's, not insurance);
 * `-word` is a blocker: it takes its span and counts nothing. Weak and
 * contrary words count once each (cue_state.seen). Whose money it is:
 * `!word` names the context itself (an anchor: 医保, 社保, 新农合) and
 * counts 4, so contrary words around it (在酒店上班, 老板没交医保) do not
 * cancel it; `$word` names another payer (公司, 单位,
 * 保险公司, 理赔), and a text naming one holds the context only if it
 * also names an anchor — 公司给不给报销 is the employer's money, 单位交的
 * 职工医保 is insurance (has_any). `%word` names a care setting (住院,
 * 门诊): weak, and all setting words together count once, for a record
 * that says where care happened (门诊 … 建议住院) says nothing of who
 * pays. Two uses of an anchor say nothing of insurance either (anchor_use):
 * social insurance named as the edge of another payer's cover (惠民保能报
 * 医保目录外的药) is no anchor when another payer is
 * named, and a card handled as a thing in a story (医保卡放在抽屉里)
 * counts nothing. A weak place word after 从 (从外地过来) says where the
 * reader came from and counts nothing. */
enum { CUE_PLAIN, CUE_WEAK, CUE_CONTRA, CUE_BLOCK, CUE_ANCHOR, CUE_PAYER, CUE_SETTING };
#define CUE_KIND(v) ((v) >> 28)
#define CUE_WORD(v) ((v) & 0x0FFFFFFFu)

/* True if s[pos] follows a number (an ASCII digit or a Chinese numeral). */
static bool after_number(const char *s, size_t pos)
{
	static const char *const numerals[] = {
		"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "几", "多", "个",
	};
	size_t i;

	if (pos == 0)
		return false;
	if (s[pos - 1] >= '0' && s[pos - 1] <= '9')
		return true;
	for (i = 0; pos >= 3 && i < sizeof numerals / sizeof *numerals; i++)
		if (memcmp(s + pos - 3, numerals[i], 3) == 0)
			return true;
	return false;
}

struct cue_state {
	uint32_t seen[CUES_SEEN]; /* weak and contrary words found so far */
	int nseen;
	bool anchor, payer;     /* a `!word`, a `$word` found */
	bool setting;           /* a `%word` found (they count once together) */
	int edge;               /* score of anchors that mark another payer's edge */
	bool document;          /* a card listed among documents to bring */
};

static bool starts_with(const char *s, size_t n, size_t pos, const char *w)
{
	size_t k = strlen(w);

	return pos <= n && k <= n - pos && memcmp(s + pos, w, k) == 0;
}

static bool ends_with(const char *s, size_t pos, const char *w)
{
	size_t k = strlen(w);

	return k <= pos && memcmp(s + pos - k, w, k) == 0;
}

enum { USE_SUBJECT, USE_EDGE, USE_OBJECT, USE_NAME, USE_DOCUMENT };

/* Documents a notice asks people to bring along with a card. */
static const char *const documents[] = {
	"身份证", "户口本", "户口簿", "病历", "就诊卡", "银行卡", "居住证", "老年证",
};

/* A card listed beside a document (携带身份证、医保卡; 医保卡和户口本):
 * one more thing to bring, as ?带医保卡 is, not the subject. */
static bool among_documents(const char *s, size_t n, size_t pos, size_t end)
{
	static const char *const joins[] = { "、", "和", "及", "与", "/", "，" };
	size_t i, j;

	for (i = 0; i < sizeof joins / sizeof *joins; i++) {
		size_t k = strlen(joins[i]);

		for (j = 0; j < sizeof documents / sizeof *documents; j++) {
			size_t l = strlen(documents[j]);

			if (pos >= k + l && memcmp(s + pos - k, joins[i], k) == 0 &&
			    memcmp(s + pos - k - l, documents[j], l) == 0)
				return true;
			if (end + k + l <= n && memcmp(s + end, joins[i], k) == 0 &&
			    memcmp(s + end + k, documents[j], l) == 0)
				return true;
		}
	}
	return false;
}

/* How the anchor s[pos, pos + len) is used. USE_EDGE: the limit of what
 * something else covers — followed by 外 (the list's outside: 目录外的药,
 * not 外地 or 外科), 以外 or 之外. (What is left after insurance has paid,
 * 医保报完剩下的, stays insurance: readers ask how the two add up.)
 * USE_NAME: part of a company's name (医保科技), counts nothing.
 * USE_DOCUMENT: a card listed beside another document to bring
 * (携带身份证、医保卡): weak, as ?带医保卡 is.
 * USE_OBJECT: a card
 * (a word ending in 卡 or 凭证) put somewhere or come across (放在,
 * 塞进, 看到医保卡), not used, lost or applied for. */
static int anchor_use(const char *s, size_t n, size_t pos, size_t len)
{
	static const char *const after_edge[] = {
		"以外", "之外", "范围外",
	};
	static const char *const outside_next[] = { "的", "药", "费", "项目", "部分", "自费", "，", "。", "、" };
	static const char *const put[] = { "放", "搁", "塞", "揣", "夹", "收在", "装在", "压在" };
	static const char *const account[] = { "里", "内", "中", "上的", "余额", "的钱", "的余额" };
	static const char *const came_across[] = { "看到", "看见", "瞥见", "翻到", "翻出" };
	/* a company's name (平安医保科技, X医保科技有限公司): the firm, not
	 * social insurance, is what the text is about */
	static const char *const firm[] = { "科技", "公司", "集团", "股份", "控股" };
	size_t end = pos + len, i;

	for (i = 0; i < sizeof firm / sizeof *firm; i++)
		if (starts_with(s, n, end, firm[i]))
			return USE_NAME;
	for (i = 0; i < sizeof after_edge / sizeof *after_edge; i++)
		if (starts_with(s, n, end, after_edge[i]))
			return USE_EDGE;
	if (starts_with(s, n, end, "外")) {
		if (end + 3 == n)
			return USE_EDGE;
		for (i = 0; i < sizeof outside_next / sizeof *outside_next; i++)
			if (starts_with(s, n, end + 3, outside_next[i]))
				return USE_EDGE;
	}
	if (!ends_with(s, end, "卡") && !ends_with(s, end, "凭证"))
		return USE_SUBJECT;
	if (among_documents(s, n, pos, end))
		return USE_DOCUMENT;
	/* the card's account (看到医保卡里的钱少了) is no thing in a story */
	for (i = 0; i < sizeof account / sizeof *account; i++)
		if (starts_with(s, n, end, account[i]))
			return USE_SUBJECT;
	for (i = 0; i < sizeof put / sizeof *put; i++)
		if (starts_with(s, n, end, put[i]))
			return USE_OBJECT;
	for (i = 0; i < sizeof came_across / sizeof *came_across; i++)
		if (ends_with(s, pos, came_across[i]))
			return USE_OBJECT;
	return USE_SUBJECT;
}

/* A notice that a service or a means of payment is not offered (本店不支持
 * 医保卡支付, 不提供医保服务, 体检套餐不能用医保): what follows in the
 * clause is refused, not the subject of the text, unless the clause asks
 * about it (为什么不能用医保？). Returns the end of the refused part
 * starting at pos, or pos when none starts there. */
static const char *const refuse[] = {
	"不支持", "不提供", "不接受", "不受理", "不能用", "不能使用", "不可使用",
	"不可以用", "不能刷", "不可刷", "无法使用", "不适用",
};

/* The first two bytes of each word of refuse[], one bit per pair: most
 * characters of a text start none (refuse_init, once: cue_score). */
static uint8_t refuse_pair[65536 / 8];
static pthread_once_t refuse_once = PTHREAD_ONCE_INIT;
/* and one bit per hashed first three bytes (refuse_bit: the code point
 * modulo 65536 of a 3-byte character), for cue_score's walk */
static uint8_t refuse_three[65536 / 8];

static unsigned refuse_bit(const char *c)
{
	const unsigned char *u = (const unsigned char *)c;

	return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
}

static void refuse_init(void)
{
	for (size_t i = 0; i < sizeof refuse / sizeof *refuse; i++) {
		unsigned k = (unsigned char)refuse[i][0] << 8 | (unsigned char)refuse[i][1];
		refuse_pair[k >> 3] |= (uint8_t)(1u << (k & 7));
		k = refuse_bit(refuse[i]);   /* each word has 3 bytes or more */
		refuse_three[k >> 3] |= (uint8_t)(1u << (k & 7));
	}
}

static size_t refused_until(const char *s, size_t n, size_t pos)
{
	bool sentence;
	size_t i, a, b, k;

	/* called at every character of a text: the first two bytes decide
	 * most places before any word is compared */
	if (pos + 1 >= n)
		return pos;
	k = (unsigned char)s[pos] << 8 | (unsigned char)s[pos + 1];
	if (!(refuse_pair[k >> 3] & (1u << (k & 7))))
		return pos;
	for (i = 0; i < sizeof refuse / sizeof *refuse; i++)
		if (s[pos] == refuse[i][0] && pos + 1 < n && s[pos + 1] == refuse[i][1] &&
		    starts_with(s, n, pos, refuse[i]))
			break;
	if (i == sizeof refuse / sizeof *refuse)
		return pos;
	for (b = pos; b < n && !delim_at(s, n, b, &sentence); b++)
		;
	/* the clause's start, and its own question mark if it ends with one */
	for (a = pos; a > 0 && !delim_at(s, n, a - 1, &sentence) &&
	     !(a >= 3 && delim_at(s, n, a - 3, &sentence) == 3); a--)
		;
	k = b < n ? delim_at(s, n, b, &sentence) : 0;
	return asks(s + a, b + k - a) ? pos : b;
}

static int cue_score(const yd_wordscan *ws, const char *s, size_t n, struct cue_state *cs)
{
	size_t pos = 0, refused = 0;
	int score = 0;

	pthread_once(&refuse_once, refuse_init);
	while (pos < n) {
		const yd_ws_entry *e[1];
		uint32_t kind;
		size_t next = yd_ws_next(ws, s, n, pos);

		/* the places where no cue starts: only the refusals, and
		 * only where a refusing word's first three bytes may stand
		 * (else refused_until gives pos, no later than any place to
		 * come) */
		for (; pos < next; pos += yd_ws_charlen(s, n, pos)) {
			unsigned k;

			if (pos < refused || pos + 3 > n)
				continue;
			k = refuse_bit(s + pos);
			if (refuse_three[k >> 3] & (1u << (k & 7)))
				refused = refused_until(s, n, pos);
		}
		if (pos >= n)
			break;
		if (pos >= refused)
			refused = refused_until(s, n, pos);
		if (yd_ws_at(ws, s, n, pos, e, 1) == 0) {
			pos += yd_ws_charlen(s, n, pos);
			continue;
		}
		kind = CUE_KIND(e[0]->value);
		if (pos < refused) {
			/* refused in a notice: counts nothing */
		} else if (kind == CUE_WEAK && ends_with(s, pos, "从") &&
		    ends_with(s, pos + e[0]->len, "地")) {
			/* a place the reader came from (从外地过来), not
			 * where care or insurance is */
		} else if (kind == CUE_WEAK || kind == CUE_CONTRA) {
			int i;
			bool again = false;

			for (i = 0; i < cs->nseen; i++)
				again |= cs->seen[i] == e[0]->value;
			if (!again && cs->nseen < CUES_SEEN) {
				cs->seen[cs->nseen++] = e[0]->value;
				score += kind == CUE_WEAK ? 1 : -1;
			}
		} else if (kind == CUE_PLAIN) {
			score += 2;
		} else if (kind == CUE_SETTING) {
			if (!cs->setting)
				score += 1;
			cs->setting = true;
		} else if (kind == CUE_ANCHOR) {
			int use = anchor_use(s, n, pos, e[0]->len);

			if (use == USE_EDGE) {
				cs->edge += 4;
			} else if (use == USE_DOCUMENT) {
				if (!cs->document)
					score += 1;   /* weak, once: a document to bring */
				cs->document = true;
			} else if (use == USE_SUBJECT) {
				score += 4;
				cs->anchor = true;
			}
		} else if (kind == CUE_PAYER && !after_number(s, pos)) {
			cs->payer = true; /* not 20单位 of insulin: a unit */
		}
		pos += e[0]->len;
	}
	return score;
}

/* An advertisement for a job or a room (招聘护士…五险一金, 出租两室一厅
 * …适合异地就医家属), or sales talk (开业大酬宾…不能使用医保卡, a live
 * stream's 主播 saying 医保买不到): insurance there is a benefit offered,
 * a duty left to someone, the tenants' errand or a pitch, named in
 * passing. The text offers a post, a let or goods: a word of hiring,
 * letting or promotion anywhere (not 出租车 or 开出租, a taxi), or 招 opening the
 * text (招住家保姆; not 招商, 招标, 招呼). */
/* 出租 at pos after a verb of driving or riding (开出租, 跑出租, 坐出租;
 * not 公开出租) is a taxi, the trade or the ride, not a let. */
static bool taxi_trade(const char *s, size_t pos)
{
	static const char *const verbs[] = { "开", "跑", "拉", "坐", "打" };
	size_t i;

	for (i = 0; i < sizeof verbs / sizeof *verbs; i++)
		if (ends_with(s, pos, verbs[i]))
			return !(i == 0 && ends_with(s, pos, "公开"));
	return false;
}

static bool advert_in(const char *s, size_t n, bool opening)
{
	static const char *const offers[] = {
		"招聘", "急聘", "诚聘", "高薪聘", "聘请", "招募", "招工",
		"出租", "求租", "转租", "短租", "合租", "整租",
		/* sales talk: a shop's promotion, a live stream's pitch */
		"酬宾", "促销", "小黄车", "直播间", "主播",
	};
	static yd_wordlist offer_list = YD_WORDLIST(offers);
	size_t i;

	if (opening && starts_with(s, n, 0, "招") && !starts_with(s, n, 3, "商") &&
	    !starts_with(s, n, 3, "标") && !starts_with(s, n, 3, "呼") && !starts_with(s, n, 3, "生"))
		return true;
	if (!yd_wordlist_in(&offer_list, s, n))
		return false;   /* most texts: no offer to look at */
	for (i = 0; i < sizeof offers / sizeof *offers; i++) {
		const char *p = s, *e = s + n;
		size_t k = strlen(offers[i]);

		while ((p = memmem(p, (size_t)(e - p), offers[i], k)) != NULL) {
			if (!starts_with(s, n, (size_t)(p - s) + k, "车") &&
			    !taxi_trade(s, (size_t)(p - s)))
				return true;
			p += k;
		}
	}
	return false;
}

/* True if title and body hold the context of topic i (0-based): no list,
 * one plain context word, or weak ones, in all at least 2 (cue_score).
 * An advertisement (advert_in) holds it only where the context is what
 * the post is about, its words many (a post for a clerk of insurance
 * claims who knows 医保政策, DRG and the 医保办): two anchors' worth. */
static bool has_any(const yd_taxonomy *t, size_t i, const char *title, size_t tn,
		    const char *body, size_t bn)
{
	struct cue_state cs = { { 0 }, 0, false, false, false, 0, false };
	int score;
	const yd_wordscan *ws;

	if (!t->cue_of || t->cue_of[i] < 0)
		return true;
	ws = t->cues[t->cue_of[i]];
	score = cue_score(ws, title, tn, &cs);
	if (body)
		score += cue_score(ws, body, bn, &cs);
	if (cs.payer && !cs.anchor)
		return false;
	/* with no other payer, the edge of a list is the list: 目录外的药能报吗 */
	score += cs.payer ? 0 : cs.edge;
	if (score >= 2 && score < ADVERT_CONTEXT &&
	    (advert_in(title, tn, true) || (body && advert_in(body, bn, !tn))))
		return false;
	return score >= 2;
}

/* has_any() once per context list for one text: the nodes under 医保
 * share one list, and each reading scans the whole text. memo[k] is -1
 * until list k is read, then 0 or 1. */
static bool has_any_memo(const yd_taxonomy *t, size_t i, const char *title, size_t tn,
			 const char *body, size_t bn, signed char *memo)
{
	int k = t->cue_of ? t->cue_of[i] : -1;

	if (k < 0 || !memo)
		return has_any(t, i, title, tn, body, bn);
	if (memo[k] < 0)
		memo[k] = has_any(t, i, title, tn, body, bn);
	return memo[k] != 0;
}

/* One matcher per distinct context list (children share their parent's
 * list pointer). */
static int build_cues(yd_taxonomy *t)
{
	size_t i, k;

	t->cue_of = malloc(t->n * sizeof *t->cue_of);
	t->cues = calloc(t->n, sizeof *t->cues);
	t->cue_lists = calloc(t->n, sizeof *t->cue_lists);
	if (!t->cue_of || !t->cues || !t->cue_lists)
		return -1;
	for (i = 0; i < t->n; i++) {
		const char *list = t->topics[i].needs, *w, *comma;
		yd_wordscan *ws;
		uint32_t word = 0;

		t->cue_of[i] = -1;
		if (!list || !*list)
			continue;
		for (k = 0; k < t->ncues && t->cue_lists[k] != list; k++)
			;
		if (k < t->ncues) {
			t->cue_of[i] = (int)k;
			continue;
		}
		if (!(ws = yd_ws_new()))
			return -1;
		t->cues[t->ncues] = ws;
		t->cue_lists[t->ncues] = list;
		t->cue_of[i] = (int)t->ncues++;
		for (w = list; w; w = comma ? comma + 1 : NULL) {
			uint32_t kind = CUE_PLAIN;
			size_t len;

			comma = strchr(w, ',');
			len = comma ? (size_t)(comma - w) : strlen(w);
			if (len && strchr("?^-!$%", *w)) {
				kind = *w == '?' ? CUE_WEAK : *w == '^' ? CUE_CONTRA :
				       *w == '!' ? CUE_ANCHOR : *w == '$' ? CUE_PAYER :
				       *w == '%' ? CUE_SETTING : CUE_BLOCK;
				w++;
				len--;
			}
			if (len && yd_ws_add(ws, w, len, kind << 28 | word++) < 0)
				return -1;
		}
		if (yd_ws_build(ws) < 0)
			return -1;
	}
	return 0;
}

/* The article names basic medical insurance itself (not just 报销 or
 * 住院, which commercial insurance shares). */
static bool names_medical(const char *s, size_t n)
{
	static const char *const anchors[] = {
		"医保", "社保", "医疗保障", "新农合", "合疗", "合作医疗", "基本医疗", "居民医疗", "职工医疗",
	};
	size_t i;

	for (i = 0; i < sizeof anchors / sizeof *anchors; i++)
		if (contains(s, n, anchors[i], strlen(anchors[i])))
			return true;
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

/* The length of the body looked at: BODY_SCAN bytes, not cutting a
 * character. */
static size_t body_span(const char *body)
{
	size_t bn = body ? strnlen(body, BODY_SCAN) : 0;

	while (bn > 0 && body && body[bn] && ((unsigned char)body[bn] & 0xC0) == 0x80)
		bn--;
	return bn;
}

/* The node right below the root that id is in (itself at that level). */
static int tree_of(const yd_taxonomy *t, int id)
{
	while (id > 1 && t->topics[id - 1].parent > 1)
		id = t->topics[id - 1].parent;
	return id;
}

/* Cuts the picks p[0, np), best first, to max. The trees below the root
 * say different things of a text (its department, whether it is about
 * 医保): a drug's insert naming five conditions and 医保甲类 is about 医保
 * too. The best pick of each tree is kept before the rest fill the places
 * left, in the order of their scores. */
static size_t keep_each_tree(const yd_taxonomy *t, struct pick *p, size_t np, size_t max)
{
	bool keep[YD_TOPICS_MAX * 8] = { false };
	size_t i, k, nk = 0;

	if (np > sizeof keep / sizeof *keep)
		np = sizeof keep / sizeof *keep;
	for (i = 0; i < np && nk < max; i++) {
		bool seen = false;

		for (k = 0; k < i && !seen; k++)
			seen = keep[k] && tree_of(t, p[k].id) == tree_of(t, p[i].id);
		if (!seen) {
			keep[i] = true;
			nk++;
		}
	}
	for (i = 0; i < np && nk < max; i++)
		if (!keep[i]) {
			keep[i] = true;
			nk++;
		}
	for (i = k = 0; i < np; i++)
		if (keep[i])
			p[k++] = p[i];
	return k;
}

static size_t find_topics(const yd_taxonomy *t, const char *title,
			  const char *body, int *ids, size_t max)
{
	struct hits *h;
	struct pick *p;
	signed char *memo;
	size_t tn = title ? strlen(title) : 0, bn = body_span(body);
	size_t i, j, o, np = 0;
	bool by_title, commercial = false, medical_named;
	int th;

	if (!t || max == 0 || t->n < 2)
		return 0;
	h = calloc(t->n, sizeof *h);
	p = calloc(t->n, sizeof *p);
	memo = malloc(t->n);
	if (!h || !p || !memo) {
		free(h);
		free(p);
		free(memo);
		return 0;
	}
	memset(memo, -1, t->n);
	/* The title decides when it says anything; the body only otherwise. */
	th = count_hits(t, title ? title : "", tn, 0, true, h);
	by_title = th > 0;
	if (!by_title && bn)
		count_hits(t, body, bn, tn, false, h);
	for (i = 1; i < t->n; i++) {
		bool ok = by_title ? h[i].title > 0 : h[i].body >= BODY_MIN;

		if (!ok || !has_any_memo(t, i, title ? title : "", tn, body, bn, memo))
			continue;
		p[np++] = (struct pick){ (int)i + 1, rank(&h[i]), h[i].first };
		if (t->commercial && ((int)i + 1 == t->commercial ||
				      is_below(t, (int)i + 1, t->commercial)))
			commercial = true;
	}
	/* A short body (a question's text) where no node has BODY_MIN hits:
	 * the nodes with the most hits, if only one or two share that count.
	 * A long article mentioning something once or twice is not about it. */
	if (np == 0 && !by_title && bn <= SHORT_BODY) {
		int best = 0, ties = 0;

		for (i = 1; i < t->n; i++)
			if (h[i].body > best &&
			    has_any_memo(t, i, title ? title : "", tn, body, bn, memo)) {
				best = h[i].body;
				ties = 1;
			} else if (best && h[i].body == best &&
				   has_any_memo(t, i, title ? title : "", tn, body, bn, memo)) {
				ties++;
			}
		for (i = 1; best && ties <= 2 && i < t->n; i++)
			if (h[i].body == best &&
			    has_any_memo(t, i, title ? title : "", tn, body, bn, memo))
				p[np++] = (struct pick){ (int)i + 1, rank(&h[i]), h[i].first };
	}
	/* Nothing else: the fallback words (a body needs only one). */
	if (np == 0) {
		if (!by_title && bn == 0)
			by_title = true;
		for (i = 1; i < t->n; i++)
			if (h[i].fallback &&
			    has_any_memo(t, i, title ? title : "", tn, body, bn, memo))
				p[np++] = (struct pick){ (int)i + 1, h[i].fallback, h[i].first };
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
	/* A node chosen takes the place of the siblings it names (`>name`)
	 * when it ranks more than twice as high: a child's stomach ache is
	 * 儿科's, not also 消化's; a node that gives way (`<`) yields to any
	 * sibling ranking more than three times as high. */
	for (o = 0; o < t->nover; o++) {
		int by = -1;

		for (i = 0; i < np; i++)
			if ((t->over[o].by ? p[i].id == t->over[o].by ||
			     is_below(t, p[i].id, t->over[o].by) :
			     /* `<`: any sibling of the node giving way */
			     p[i].id != t->over[o].of && !is_below(t, p[i].id, t->over[o].of) &&
			     is_below(t, p[i].id, t->topics[t->over[o].of - 1].parent)) &&
			    p[i].score > by)
				by = p[i].score;
		if (by < 0)
			continue;
		for (i = j = 0; i < np; i++)
			if ((p[i].id != t->over[o].of && !is_below(t, p[i].id, t->over[o].of)) ||
			    (t->over[o].by ? 2 : 3) * p[i].score >= by)
				p[j++] = p[i];
		np = j;
	}
	qsort(p, np, sizeof *p, cmp_score);
	if (max > YD_TOPICS_MAX)
		max = YD_TOPICS_MAX;
	if (np > max)
		np = keep_each_tree(t, p, np, max);
	qsort(p, np, sizeof *p, cmp_first);
	for (i = 0; i < np; i++)
		ids[i] = p[i].id;
	free(h);
	free(p);
	free(memo);
	return np;
}

/* Title and body with homophone typos of topic words corrected (typo.h):
 * the title always, the body when short (a question's text; long
 * articles are edited text and would cost the most). NULL where nothing
 * changed. */
/* Undoes, in fixed (a corrected copy of orig, same offsets), changes made
 * inside a span of orig that is a topic word as written: typos are looked
 * for only among dictionary words, so a phrase such as 胃寒 must not be
 * taken for a typo of the word 畏寒. */
static void keep_topic_words(const yd_taxonomy *t, const char *orig, char *fixed, size_t n)
{
	size_t a = 0;

	while (a < n) {
		size_t b, p;

		if (orig[a] == fixed[a]) {
			a++;
			continue;
		}
		for (b = a; b < n && orig[b] != fixed[b]; b++)
			;
		for (p = a > 18 ? a - 18 : 0; p <= a; p++) {
			const yd_ws_entry *e[8];
			size_t ne = yd_ws_at(t->scan, orig, n, p, e, 8), i;

			for (i = 0; i < ne && i < 8; i++)
				if (!(e[i]->value & BLOCKER) && p + e[i]->len >= b)
					memcpy(fixed + p, orig + p, e[i]->len);
		}
		a = b;
	}
}

static char *fix_one(const yd_taxonomy *t, const char *s, size_t n)
{
	char *f = yd_typos_fix(t->typos, t->dict, s, n);

	if (f)
		keep_topic_words(t, s, f, n);
	return f;
}

static void fix_typos(const yd_taxonomy *t, const char *title, const char *body,
		      char **ftitle, char **fbody)
{
	size_t bn = body_span(body);

	*ftitle = title ? fix_one(t, title, strlen(title)) : NULL;
	*fbody = body && bn <= SHORT_BODY ? fix_one(t, body, bn) : NULL;
}

size_t yd_find_topics(const yd_taxonomy *t, const char *title,
		      const char *body, int *ids, size_t max)
{
	char *ft, *fb;
	size_t n;

	if (!t || max == 0 || t->n < 2)
		return 0;
	fix_typos(t, title, body, &ft, &fb);
	n = find_topics(t, ft ? ft : title, fb ? fb : body, ids, max);
	free(ft);
	free(fb);
	return n;
}

static size_t topic_hits(const yd_taxonomy *t, const char *title, const char *body,
			 yd_topic_hit *out, size_t max);

struct list_ctx {
	const yd_taxonomy *t;
	yd_topic_hit *out;
	size_t n, max;
	bool title;
	const char *title_s, *body_s;
	size_t tn, bn;
	const yd_condensed *cd; /* hits are in this condensed text (count_one) */
	bool *cov;              /* as in count_ctx */
	bool now;               /* as in count_ctx, for the whole text */
};

static void see_now(void *ctx, const yd_ws_entry *e, size_t pos, int shared)
{
	(void)pos;
	(void)shared;
	*(bool *)ctx |= (e->value & NOW) != 0;
}

static void list_one(void *ctx, const yd_ws_entry *e, size_t pos, int shared)
{
	struct list_ctx *c = ctx;
	int id = (int)(e->value & ID_MASK);
	uint32_t len = e->len;

	(void)shared;
	if ((e->value & NOW) || ((e->value & ONSET) && !c->now))
		return;
	if (c->cd && !yd_condensed_spans(c->cd, pos, pos + e->len))
		return;
	cover(c->cov, c->cd, pos, e->len, e->value);
	if (c->cd) {            /* offsets in the original, adverbs included */
		len = (uint32_t)(c->cd->orig[pos + e->len - 1] + 1 - c->cd->orig[pos]);
		pos = c->cd->orig[pos];
	}
	if (c->n < c->max)
		c->out[c->n] = (yd_topic_hit){ id, (uint32_t)pos, len, c->title,
			!has_any(c->t, (size_t)id - 1, c->title_s, c->tn, c->body_s, c->bn) };
	c->n++;
}

size_t yd_topic_hits(const yd_taxonomy *t, const char *title, const char *body,
		     yd_topic_hit *out, size_t max)
{
	char *ft = NULL, *fb = NULL;
	size_t n;

	if (!t)
		return 0;
	/* the corrected text has the same byte offsets as the original */
	fix_typos(t, title, body, &ft, &fb);
	n = topic_hits(t, ft ? ft : title, fb ? fb : body, out, max);
	free(ft);
	free(fb);
	return n;
}

/* The hits of one text, then those its condensed form adds (as
 * count_hits finds them). */
static void list_text(struct list_ctx *c, const char *s, size_t n)
{
	yd_condensed cd;
	bool question = c->title || n <= SHORT_BODY;

	c->cd = NULL;
	c->cov = question && n ? calloc(n, 1) : NULL;
	c->now = false;
	each_hit(c->t, s, n, see_now, &c->now);
	each_hit(c->t, s, n, list_one, c);
	if (question && yd_condense(c->t->dict, s, n, &cd) > 0) {
		c->cd = &cd;
		each_hit(c->t, cd.s, cd.n, list_one, c);
		c->cd = NULL;
		yd_condensed_free(&cd);
	}
	if (c->cov) {
		bool *cov = c->cov;

		c->cov = NULL;
		each_compound(c->t, s, n, cov, list_one, c);
		free(cov);
	}
}

static size_t topic_hits(const yd_taxonomy *t, const char *title, const char *body,
			 yd_topic_hit *out, size_t max)
{
	struct list_ctx c = { t, out, 0, max, true, title ? title : "", body, 0, 0, NULL, NULL, false };

	c.tn = strlen(c.title_s);
	c.bn = body_span(body);
	list_text(&c, c.title_s, c.tn);
	if (body && c.bn) {
		c.title = false;
		list_text(&c, body, c.bn);
	}
	return c.n;
}

/* Trims spaces and one department suffix from v into buf. */
static size_t trim_category(const char *v, char *buf, size_t cap)
{
	static const char *const suffixes[] = { "科室", "专科", "门诊", "科" };
	size_t n, i;

	while (*v == ' ' || *v == '\t')
		v++;
	n = strlen(v);
	while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
		n--;
	if (n >= cap)
		return 0;
	memcpy(buf, v, n);
	buf[n] = '\0';
	for (i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		size_t k = strlen(suffixes[i]);
		if (n > k && memcmp(buf + n - k, suffixes[i], k) == 0) {
			buf[n - k] = '\0';
			return n - k;
		}
	}
	return n;
}

/* The only node listing word s[0..n) (not as a blocker); NULL if none or
 * several. */
static const yd_topic *by_word(const yd_taxonomy *t, const char *s, size_t n)
{
	const yd_ws_entry *e[16];
	size_t ne = yd_ws_at(t->scan, s, n, 0, e, 16), i;
	const yd_topic *found = NULL;

	for (i = 0; i < ne && i < 16; i++) {
		const yd_topic *tp;

		if (e[i]->len != n || (e[i]->value & BLOCKER))
			continue;
		tp = &t->topics[(e[i]->value & ID_MASK) - 1];
		if (found && found != tp)
			return NULL;
		found = tp;
	}
	return found;
}

const yd_topic *yd_taxonomy_map_category(const yd_taxonomy *t, const char *value)
{
	char buf[256];
	const yd_topic *tp;
	size_t i, n;

	if (!t || !value)
		return NULL;
	if ((tp = yd_taxonomy_by_path(t, value)) != NULL && tp->id > 1)
		return tp;
	n = trim_category(value, buf, sizeof buf);
	if (!n)
		return NULL;
	for (i = 1; i < t->n; i++)
		if (strcmp(t->topics[i].name, buf) == 0)
			return &t->topics[i];
	/* the value as written (心血管内科), then trimmed */
	n = strlen(value);
	if ((tp = by_word(t, value, n)) != NULL)
		return tp;
	return by_word(t, buf, strlen(buf));
}
