/* The real-world input readers one by one: encodings, HTML, CSV, WARC,
 * text pages with a site template, and the JSON lines --extract prints. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <iconv.h>
#include "yidu/encoding.h"
#include "enc-test-util.h"
#include "yidu/parse.h"
#include "parse-test-util.h"
#include "input/html.h"

static bool has(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

static const char zh[] = "参保人员在异地就医时，需要先办理备案手续，然后在定点医院直接结算住院费用。"
			 "医保部门提醒，备案以后可以多次就诊。";
static const char zh_trad[] = "參保人員在異地就醫時，需要先辦理備案手續，然後在定點醫院直接結算住院費用。"
			      "醫保部門提醒，備案以後可以多次就診。";

static void encodings(void **state)
{
	(void)state;
	yd_decoded d;
	yd_error err = { 0 };
	size_t n;
	/* undeclared GBK: detected as GB18030 */
	char *gb = to_enc("GBK", zh, &n);
	assert_int_equal(yd_decode(gb, n, NULL, 0, &d, &err), 0);
	assert_string_equal(d.encoding, "GB18030");
	assert_string_equal(d.text, zh);
	assert_int_equal(d.replaced, 0);
	yd_decoded_free(&d);
	/* declared gb2312 in a <meta>, read as GB18030 */
	char page[1024];
	snprintf(page, sizeof page, "<meta charset=\"gb2312\"><p>%.*s</p>", (int)n, gb);
	assert_int_equal(yd_decode(page, strlen(page), NULL, YD_DECODE_MARKUP, &d, &err), 0);
	assert_string_equal(d.encoding, "GB18030");
	assert_string_equal(d.how, "declared");
	assert_true(has(d.text, zh));
	yd_decoded_free(&d);
	free(gb);
	/* undeclared Big5: detected as Big5, not read as GB18030 */
	char *b5 = to_enc("BIG5", zh_trad, &n);
	assert_int_equal(yd_decode(b5, n, NULL, 0, &d, &err), 0);
	assert_string_equal(d.encoding, "BIG5-HKSCS");
	assert_string_equal(d.text, zh_trad);
	yd_decoded_free(&d);
	/* the HTTP header wins over nothing */
	assert_int_equal(yd_decode(b5, n, "big5", 0, &d, &err), 0);
	assert_string_equal(d.how, "declared");
	yd_decoded_free(&d);
	free(b5);
	/* UTF-8 under a wrong gb2312 declaration stays UTF-8, with a note */
	snprintf(page, sizeof page, "<meta charset=gb2312><p>%s</p>", zh);
	assert_int_equal(yd_decode(page, strlen(page), NULL, YD_DECODE_MARKUP, &d, &err), 0);
	assert_string_equal(d.encoding, "UTF-8");
	assert_true(d.overrode);
	yd_decoded_free(&d);
	/* a stray byte in UTF-8: U+FFFD, counted, its line known */
	snprintf(page, sizeof page, "第一行\n%s\n第三行\xff结束\n", zh);
	assert_int_equal(yd_decode(page, strlen(page), NULL, 0, &d, &err), 0);
	assert_string_equal(d.encoding, "UTF-8");
	assert_int_equal(d.replaced, 1);
	assert_int_equal(d.first_bad_line, 3);
	assert_true(has(d.text, "第三行\xEF\xBF\xBD结束"));
	yd_decoded_free(&d);
	/* UTF-16 with a BOM */
	char *u16 = to_enc("UTF-16", zh, &n);
	assert_int_equal(yd_decode(u16, n, NULL, 0, &d, &err), 0);
	assert_string_equal(d.text, zh);
	yd_decoded_free(&d);
	free(u16);
	/* binary data is refused */
	static const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0";
	assert_int_equal(yd_decode(bin, sizeof bin - 1, NULL, 0, &d, &err), -1);
	assert_int_equal(err.code, YD_EFORMAT);
	/* labels */
	assert_string_equal(yd_charset_canonical("GBK", 3), "GB18030");
	assert_string_equal(yd_charset_canonical("x-gbk", 5), "GB18030");
	assert_string_equal(yd_charset_canonical("Big5", 4), "BIG5-HKSCS");
	assert_string_equal(yd_charset_canonical("ISO-8859-1", 10), "WINDOWS-1252");
	assert_null(yd_charset_canonical("no-such-charset", 15));
	char lab[32];
	assert_true(yd_charset_sniff("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">",
				     66, lab, sizeof lab));
	assert_string_equal(lab, "GBK");
	assert_true(yd_charset_sniff("<?xml version=\"1.0\" encoding=\"gb2312\"?>", 39, lab, sizeof lab));
	assert_string_equal(lab, "gb2312");
}

static void html_article(void **state)
{
	(void)state;
	static const char page[] =
		"<!doctype html><html><head><title>门诊费用怎么报销_医保频道_某某网</title>"
		"<meta property=\"og:site_name\" content=\"某某网\">"
		"<link rel=\"canonical\" href=\"https://www.mm.example/yb/2024/0305/a.html\"></head><body>"
		"<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/yb/\">医保</a> <a href=\"/jk/\">健康</a></div>"
		"<div class=\"main\"><h1>门诊费用怎么报销</h1>"
		"<div class=\"info\">来源：某某网　作者：李四</div>"
		"<div class=\"content\"><p>参保人在定点医院看门诊，费用可以按规定比例报销，具体比例与医院等级有关。</p>"
		"<h2>报销比例</h2><ul><li>一级医院百分之六十。</li><li>三级医院百分之五十。</li></ul>"
		"<table><tr><th>医院</th><th>比例</th></tr><tr><td>一级</td><td>60%</td></tr></table>"
		"<blockquote><p>以当地医保局公布为准。</p></blockquote>"
		"<p>更多问题可以拨打12393医保服务热线，也可以在<a href=\"/yb/faq.html\">常见问题</a>页面查看详细解答。</p></div>"
		"<div class=\"share\">分享到：<a href=\"#\">微信</a></div>"
		"<div class=\"related\"><h3>相关文章</h3><ul>"
		"<li><a href=\"/yb/1.html\">住院费用怎么报销</a> 2024-03-01</li>"
		"<li><a href=\"https://other.example/x.html\">别的网站的文章标题</a> 2024-03-02</li>"
		"</ul></div></div>"
		"<div class=\"footer\">版权所有 某某网 京ICP备00000000号</div>"
		"<script>document.write('不是正文')</script></body></html>";
	yd_article a;
	yd_error err = { 0 };
	assert_int_equal(yd_parse_html(page, sizeof page - 1, "t.html", NULL, &a, &err), 0);
	assert_string_equal(a.title, "门诊费用怎么报销");
	assert_string_equal(a.source, "某某网");
	assert_string_equal(a.author, "李四");
	assert_string_equal(a.url, "https://www.mm.example/yb/2024/0305/a.html");
	assert_string_equal(a.date, "2024-03-05");   /* from the URL */
	assert_true(has(a.body, "参保人在定点医院看门诊"));
	assert_true(has(a.body, "## 报销比例\n"));
	assert_true(has(a.body, "- 一级医院百分之六十。\n- 三级医院"));
	assert_true(has(a.body, "| 医院 | 比例 |\n| --- | --- |\n| 一级 | 60% |"));
	assert_true(has(a.body, "> 以当地医保局公布为准。"));
	assert_true(has(a.body, "[常见问题](https://www.mm.example/yb/faq.html)"));
	assert_false(has(a.body, "首页"));
	assert_false(has(a.body, "分享到"));
	assert_false(has(a.body, "不是正文"));
	assert_false(has(a.body, "ICP"));
	assert_false(has(a.body, "住院费用怎么报销"));
	/* the related list: same site only */
	assert_int_equal(a.nrelated, 1);
	assert_string_equal(a.related[0].title, "住院费用怎么报销");
	assert_string_equal(a.related[0].date, "2024-03-01");
	yd_article_clear(&a);
}

static void html_dates(void **state)
{
	(void)state;
	char out[11];
	assert_true(yd_html_english_date("Published March 5, 2024 by staff", strlen("Published March 5, 2024 by staff"), out));
	assert_string_equal(out, "2024-03-05");
	assert_true(yd_html_english_date("5 Mar. 2024", strlen("5 Mar. 2024"), out));
	assert_string_equal(out, "2024-03-05");
	assert_false(yd_html_english_date("May 40, 2024", strlen("May 40, 2024"), out));
	assert_true(yd_html_url_date("https://x.example/2024/03/05/a.html", out));
	assert_string_equal(out, "2024-03-05");
	assert_true(yd_html_url_date("http://x.example/c/202403/t20240306_1.html", out));
	assert_string_equal(out, "2024-03-06");
	assert_false(yd_html_url_date("https://x.example/a/123456.html", out));
	/* a date in a byline after the title beats the day's date in a
	 * banner above it */
	static const char page[] =
		"<html><body><div>2024年09月01日 星期日</div><h1>某某通知的标题文字</h1>"
		"<div>发布时间：2023-11-20 来源：某局</div><div><p>正文第一段，说明有关事项，请大家知悉并按要求办理。"
		"正文继续，说明有关事项，请大家知悉。</p></div></body></html>";
	yd_article a;
	yd_error err = { 0 };
	assert_int_equal(yd_parse_html(page, sizeof page - 1, "d.html", NULL, &a, &err), 0);
	assert_string_equal(a.date, "2023-11-20");
	yd_article_clear(&a);
}

static int csv_sink(void *ctx, yd_article *a)
{
	yd_article *v = ctx;
	size_t k = 0;
	while (v[k].title)
		k++;
	if (k < 7)
		v[k] = *a;
	else
		yd_article_clear(a);
	return 0;
}

static int bad_rows;
static char bad_msg[600];

static int csv_bad(void *ctx, const char *msg)
{
	(void)ctx;
	bad_rows++;
	snprintf(bad_msg, sizeof bad_msg, "%s", msg);
	return 0;
}

static void csv(void **state)
{
	(void)state;
	static const char text[] =
		"\xEF\xBB\xBF" "Department,Title,Ask,Answer,Date\r\n"
		"内科,\"高血压, 门诊\",\"问题有\"\"引号\"\"\n和换行\",\"* 不是列表\n1. 也不是\",2024-03-05\r\n"
		"外科,少一列,只有三个\r\n"
		"\"儿科\",\"发烧\",,\"多喝水\",\r\n";
	yd_article v[8];
	memset(v, 0, sizeof v);
	yd_error err = { 0 };
	bad_rows = 0;
	assert_int_equal(yd_parse_csv(text, sizeof text - 1, "q.csv", NULL, csv_sink, csv_bad, v, &err), 0);
	assert_int_equal(bad_rows, 1);
	assert_string_equal(bad_msg, "q.csv:5: 3 fields, the header has 5");
	assert_string_equal(v[0].title, "高血压, 门诊");
	assert_string_equal(v[0].category, "内科");
	assert_string_equal(v[0].date, "2024-03-05");
	assert_string_equal(v[0].origin, "q.csv:2");
	/* the question quoted above the answer; the answer's text literal */
	assert_true(has(v[0].body, "> 问题有\"引号\"\\\n> 和换行\n\n"));
	assert_true(has(v[0].body, "\\* 不是列表"));
	assert_true(has(v[0].body, "1\\. 也不是"));
	md_shape sh = md_shape_of(v[0].body);
	assert_int_equal(sh.bullet_lists + sh.ordered_lists, 0);
	assert_int_equal(sh.quotes, 1);
	assert_string_equal(v[1].title, "发烧");
	assert_null(v[1].date);
	for (int k = 0; v[k].title; k++)
		yd_article_clear(&v[k]);
	/* --columns, and TSV */
	static const char tsv[] = "a\tb\tc\n标题甲\t正文甲\t备注\n";
	memset(v, 0, sizeof v);
	assert_int_equal(yd_parse_csv(tsv, sizeof tsv - 1, "t.tsv", "title=a,body=c", csv_sink, csv_bad,
				      v, &err), 0);
	assert_string_equal(v[0].title, "标题甲");
	assert_string_equal(v[0].body, "备注");
	yd_article_clear(&v[0]);
	assert_int_equal(yd_parse_csv(tsv, sizeof tsv - 1, "t.tsv", "body=nosuch", csv_sink, csv_bad,
				      v, &err), -1);
	assert_true(has(err.msg, "no column 'nosuch'"));
	/* no body column at all */
	assert_int_equal(yd_parse_csv("x,y\n1,2\n", 8, "n.csv", NULL, csv_sink, csv_bad, v, &err), -1);
}

typedef struct warc_seen {
	int pages;
	char url[256], charset[32];
} warc_seen;

static int warc_page(void *ctx, const char *url, const char *charset, const char *body, size_t n)
{
	warc_seen *w = ctx;
	w->pages++;
	snprintf(w->url, sizeof w->url, "%s", url);
	snprintf(w->charset, sizeof w->charset, "%s", charset ? charset : "");
	assert_true(n > 0 && body[0] == '<');
	return 0;
}

static void add_record(char *buf, size_t *len, const char *type, const char *uri, const char *block)
{
	*len += (size_t)sprintf(buf + *len, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
				"Content-Length: %zu\r\n\r\n%s\r\n\r\n", type, uri, strlen(block), block);
}

static void warc(void **state)
{
	(void)state;
	char buf[4096];
	size_t n = 0;
	add_record(buf, &n, "warcinfo", "", "software: test\r\n");
	add_record(buf, &n, "request", "<http://a.example/p.html>", "GET /p.html HTTP/1.1\r\n\r\n");
	add_record(buf, &n, "response", "<http://a.example/p.html>",
		   "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=GBK\r\n\r\n<html><p>x</p></html>");
	add_record(buf, &n, "response", "http://a.example/img.png",
		   "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG");
	add_record(buf, &n, "response", "http://a.example/gone.html",
		   "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>");
	warc_seen w = { 0 };
	yd_error err = { 0 };
	assert_int_equal(yd_warc_read_mem(buf, n, "t.warc", warc_page, &w, &err), 0);
	assert_int_equal(w.pages, 1);
	assert_string_equal(w.url, "http://a.example/p.html");
	assert_string_equal(w.charset, "gbk");
	/* not a WARC */
	static const char junk[] = "hello world\n";
	assert_int_equal(yd_warc_read_mem(junk, sizeof junk - 1, "j.warc", warc_page, &w, &err), -1);
	assert_true(has(err.msg, "not a WARC record"));
	/* cut short */
	assert_int_equal(yd_warc_read_mem(buf, n - 40, "c.warc", warc_page, &w, &err), -1);
	assert_true(has(err.msg, "cut short"));
}

static void site_template(void **state)
{
	(void)state;
	static const char p1[] = "某某健康网 首页 新闻 专题\n本站提示：内容仅供参考\n感冒了能不能吃海鲜\n"
				 "2024-01-02 来源：某某健康网\n感冒期间饮食宜清淡，海鲜本身不会加重感冒，但过敏体质的人要注意。\n"
				 "热门文章\n冬季怎么预防流感\n";
	static const char p2[] = "某某健康网 首页 新闻 专题\n本站提示：内容仅供参考\n体检前一天能不能喝水\n"
				 "2024-01-05 来源：某某健康网\n体检前一天晚上八点以后尽量不要进食，少量喝水一般没有影响。\n"
				 "热门文章\n冬季怎么预防流感\n";
	yd_page_template *t = yd_page_template_new();
	yd_page_template_add(t, p1, sizeof p1 - 1);
	yd_page_template_add(t, p2, sizeof p2 - 1);
	assert_int_equal(yd_page_template_pages(t), 2);
	assert_true(yd_page_template_has(t, "本站提示：内容仅供参考", strlen("本站提示：内容仅供参考")));
	assert_false(yd_page_template_has(t, "感冒了能不能吃海鲜", strlen("感冒了能不能吃海鲜")));
	yd_article a;
	yd_error err = { 0 };
	assert_int_equal(yd_parse_page_site(p1, sizeof p1 - 1, "p1.txt", t, &a, &err), 0);
	assert_string_equal(a.title, "感冒了能不能吃海鲜");
	assert_string_equal(a.date, "2024-01-02");
	assert_false(has(a.body, "本站提示"));
	/* the site-wide hot list is not this page's related list */
	assert_int_equal(a.nrelated, 0);
	yd_article_clear(&a);
	/* alone, the same page keeps its list */
	assert_int_equal(yd_parse_page(p1, sizeof p1 - 1, "p1.txt", &a, &err), 0);
	assert_int_equal(a.nrelated, 1);
	yd_article_clear(&a);
	yd_page_template_free(t);
}

static void json_out(void **state)
{
	(void)state;
	yd_article a, b;
	yd_article_init(&a);
	a.title = strdup("标题\"引号\"");
	a.body = strdup("第一行\n\n| 表 |\n");
	a.date = strdup("2024-01-02");
	a.regions = calloc(1, sizeof *a.regions);
	a.regions[0] = strdup("440000");
	a.nregions = 1;
	char *line = yd_article_to_json(&a, NULL);
	assert_null(strchr(line, '\n'));
	yd_error err = { 0 };
	/* what --extract prints reads back as the same article */
	assert_int_equal(yd_parse_json_article(line, strlen(line), "x:1", &b, &err), 0);
	assert_string_equal(b.title, a.title);
	assert_string_equal(b.body, a.body);
	assert_string_equal(b.date, a.date);
	assert_int_equal(b.nregions, 1);
	yd_article_clear(&b);
	free(line);
	/* "body_format": "text" keeps a plain body literally */
	static const char txt[] = "{\"title\": \"t\", \"body\": \"* 星号\\n1. 一\", \"body_format\": \"text\"}";
	assert_int_equal(yd_parse_json_article(txt, sizeof txt - 1, "x:2", &b, &err), 0);
	assert_string_equal(b.body, "\\* 星号\\\n1\\. 一");
	yd_article_clear(&b);
	yd_article_clear(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(encodings),
		cmocka_unit_test(html_article),
		cmocka_unit_test(html_dates),
		cmocka_unit_test(csv),
		cmocka_unit_test(warc),
		cmocka_unit_test(site_template),
		cmocka_unit_test(json_out),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
