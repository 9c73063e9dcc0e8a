/* Is a region's name, at this place in a text, used as a place? The
 * evidence the words around it give (internal to lib/lang/). */
#ifndef YIDU_REGION_CONTEXT_H
#define YIDU_REGION_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include "yidu/lang.h"
#include "segment-impl.h"

enum place_fit {
	FIT_WORD,    /* the segmentation makes it a word (or words) of its own */
	FIT_SUFFIX,  /* one word with a place suffix: 广州人, 大同市区 */
	FIT_INSIDE,  /* part of another word: 久治不愈, 阿莫西林, 很大同时 */
};

struct place_evidence {
	enum place_fit fit;
	size_t word_off, word_len; /* FIT_INSIDE: the word it is part of */
	const char *word_tag;      /* and that word's dictionary tag */
	bool before;     /* 在/去/到/来自/老家 X */
	bool after;      /* X医保, X人, X户籍, X哪家医院, X的医院 … */
	bool site;       /* after: a site of an establishment (X院区, X基地),
	                  * which a quarter's name gives as well */
	bool sight;      /* after: a scenic area or old town (X景区, X古城) */
	bool hospital;   /* starts a hospital's name: X…医院 */
	bool civic;      /* a city's own hospital: X(市)(第一)人民医院, X中医院 */
	bool direct_hospital; /* 医院 right after it: X医院 */
	bool own_name;   /* X医院 directly, or a person: 张X医生 — not the place */
	bool product;    /* names a product: X + food, drink or medicine noun
	                  * (X阿胶, X小吃, X榨菜), or consumed (抽/喝/吃 X) */
	bool consumed;   /* a word after it is eaten or drunk (X当归泡水喝) */
	bool wish;       /* in good wishes: 祝您身体安康 */
	bool person;     /* after a surname: 李永康, 王宁安 */
	bool glued;      /* ends an unknown word: 安罗西平 */
	bool verb_use;   /* used as a verb: X后, X了, X过 (开封后放冰箱) */
	bool split;      /* the segmentation cuts the name into words (高/县) */
	bool noun_head;  /* a common noun of any length glued after it (X厂,
	                  * X战区): the name modifies that noun, so 在/去 before
	                  * it place the noun, not the name */
	bool thing_head; /* noun_head, and the noun is a thing's, not an area's
	                  * (X首饰店, X鞋; not X园区) */
	bool people_after; /* a noun for people after it (X患者): its people */
	bool spot_head;  /* noun_head, and the noun is of a spot one can be at
	                  * (X首饰店, X老街), not of a thing (X脑梗) */
	bool noun_before; /* a common noun glued before it (楼顶天台): the
	                  * name is the head of a compound noun */
	bool counted;    /* after a numeral or measure word (一包X, 二两X,
	                  * 个X): a thing counted, not a place */
	bool era;        /* an era's name: X年间, X皇帝 */
	bool landmark;   /* the name and a landform character make a word of
	                  * the dictionary (武功山): another place named after it */
	bool suffix_word; /* the name and a unit suffix are one dictionary word
	                   * that is no region's name (大城市) */
	bool strong_before; /* a word of residence or origin before it (来自,
	                  * 老家, 家住, 户籍在, 我是X的): not just a word of
	                  * motion or location (去/到/在 X), which an ordinary
	                  * noun takes as well (去温泉, 站在平原上) */
	bool org;        /* an organisation's name: X (and other names or
	                  * nouns) then 公司/集团/地产/银行/队/俱乐部 … */
	bool word_after; /* a content word of 2+ characters glued after it,
	                  * none of what one does at a place (X看病) */
	bool thing_after; /* noun_after, and a product's or a person's noun
	                  * (X烤鸭, X护士) */
	bool verb_after; /* word_after, and a verb: 成都出发, 义乌发货 */
	bool entity;     /* word_after, and the two modify the next word
	                  * (X时代的员工): a named thing, not the place */
	bool sponsor;    /* a word glued after it that is no verb, function
	                  * word or place word (X本钢, X高新): in a text about
	                  * teams or listed companies, the sponsor's or trade
	                  * word of their names */
	bool versus;     /* X对Y, X vs Y, X战胜Y: a side of a match in a text
	                  * about teams */
	bool noun_after; /* a common noun glued after it (no institution's,
	                  * no place word): a product's or brand's name or a
	                  * person with a title; region-match.c decides */
};

/* Gathers the evidence about the mention s[a..b). `weak`: the name is an
 * ordinary word too, so a word it forms with a suffix must itself be a
 * place (东方人 is not 东方市). win: the segmentation kept between calls
 * on one text, scanned left to right. */
/* The length of a word for a scenic area or old town at s[pos] (景区,
 * 古城, 湿地 …), 0 if none. */
size_t yd_place_sight_at(const char *s, size_t n, size_t pos);

void yd_place_evidence(struct yd_seg_window *win, const yd_dict *d, const char *s,
		       size_t n, size_t a, size_t b, bool weak, struct place_evidence *ev);

/* True if only spaces and one list separator (、，, 和 与 及 或 跟 /)
 * separate s[a..b): 北京、上海和大连. */
bool yd_place_listed(const char *s, size_t a, size_t b);
/* True if one mark of a route (-, →, 至) alone lies between s[a] and s[b]. */
bool yd_place_route(const char *s, size_t a, size_t b);
/* True if the name at s[a..b) opens a 【…】 label that ends with a
 * facility's noun (中心, 场, 站): 【徐州转运中心】. */
bool yd_place_facility_label(const char *s, size_t n, size_t a, size_t b);

/* True if a Han character that is no function word (的, 在, 去 …) is
 * right before s[a]: a one-character name there may end another word. */
bool yd_place_glued_before(const char *s, size_t a);

/* True if w[0..len) is a noun for people of two or more characters
 * (患者, 乘客, 同胞): after a name, the place's people. */
bool yd_place_people_noun(const char *w, size_t len);

#endif
