#!/usr/bin/env python3
"""Writes the HTML evaluation set: pages/NAME.html (in the encoding the
layout uses), truth/NAME.txt (the article's text) and date/NAME.txt. Every
article and layout here was written for yidu's tests. Run from this folder."""
import os

ZH = [
 ("医保电子凭证丢了手机怎么办", "2024-03-12", [
  "不少市民习惯用手机上的医保电子凭证看病买药，一旦手机丢失，很多人担心账户被别人盗用。",
  "市医保中心工作人员介绍，医保电子凭证与本人实名认证绑定，在医院和药店使用时需要刷脸或输入密码，他人拿到手机也很难直接使用。",
  "手机丢失后，可以在新手机上登录国家医保服务平台或相关小程序，重新完成实名认证，原设备上的凭证会自动失效。",
  "工作人员提醒，如果发现账户有异常消费，应及时拨打医保服务热线反映，并到经办窗口查询明细。"]),
 ("职工医保个人账户可以给家人交居民医保", "2024-01-18", [
  "从今年起，本省职工医保个人账户的家庭共济范围进一步扩大，参保职工可以用个人账户余额为近亲属缴纳城乡居民医保的个人缴费部分。",
  "近亲属包括配偶、父母和子女，缴费前需要先在医保服务平台上完成家庭共济绑定。",
  "省医保局相关负责人表示，这一做法可以提高个人账户资金的使用效率，减轻家庭的缴费负担。",
  "需要注意的是，个人账户资金不能用于缴纳职工医保本人的费用，也不能提取现金。"]),
 ("住院押金交多少 出院结算要带什么", "2023-11-02", [
  "住院时需要交的押金金额，一般由医院根据病情和预计费用确定，参保患者在办理入院时出示医保凭证，押金通常会比自费患者少一些。",
  "出院结算时，请带好医保卡或医保电子凭证、押金收据和本人身份证，由家属代办的还要带代办人的身份证。",
  "结算完成后，医院会打印费用清单和结算单，医保报销部分直接扣除，个人只需支付自付金额，多交的押金当场退还。"]),
 ("门诊慢特病新增五个病种", "2024-05-20", [
  "市医疗保障局近日发布通知，自六月一日起，本市门诊慢特病病种由三十五种增加到四十种。",
  "新增的病种包括慢性阻塞性肺疾病、强直性脊柱炎、银屑病、重症肌无力和肺动脉高压。",
  "符合条件的参保人可以向定点医疗机构提出认定申请，认定通过后，相关门诊费用按慢特病政策报销，不设起付线。",
  "医保部门提醒，已经认定的病种不需要重复申请，病情变化需要调整的可以再次提出。"]),
 ("异地急诊没备案能报销吗", "2024-02-27", [
  "春节期间外出旅游，突发疾病在外地医院急诊，事先没有办理备案，费用还能报销吗？这是不少读者关心的问题。",
  "按照现行政策，临时外出期间因急诊抢救就医的，可以视同已经备案，在开通跨省直接结算的定点医院直接刷卡结算。",
  "如果当时没有直接结算，回到参保地后，可以带着发票、费用明细和急诊病历到医保经办机构申请手工报销。",
  "专家建议，外出前最好在手机上提前完成备案，既方便结算，也能避免材料不全带来的麻烦。"]),
 ("新生儿出生后多久要参保", "2023-12-05", [
  "宝宝出生以后，家长要尽早为孩子办理城乡居民医保参保登记。",
  "按照规定，新生儿在出生后九十天内参保缴费的，自出生之日起享受医保待遇，出生时发生的住院费用也能按规定报销。",
  "办理时需要准备出生医学证明和户口簿，部分地区已经实现出生登记和参保一件事联办，在医院就能一次办好。"]),
 ("药店买药刷医保卡要注意什么", "2024-04-08", [
  "在定点零售药店买药，可以使用职工医保个人账户支付，但并不是所有商品都能刷卡。",
  "保健品、化妆品、生活用品以及不属于医保目录的商品，都不能用医保卡支付，药店也不得以任何形式诱导参保人刷卡购买。",
  "参保人发现药店存在串换药品、虚记费用等行为，可以向医保部门举报，查实后有奖励。"]),
 ("长期护理保险试点扩大到全市", "2024-06-28", [
  "记者从市医保局获悉，长期护理保险试点从七月起扩大到全市，覆盖职工医保和城乡居民医保参保人员。",
  "经评估属于重度失能的参保人，可以享受居家护理、机构护理等服务，护理费用由长期护理保险基金按比例支付。",
  "申请人可以本人或由家属向所在街道提出申请，评估结果将在二十个工作日内告知。",
  "医保局表示，下一步将加强护理服务机构管理，确保服务质量。"]),
 ("医保断缴后补缴有什么规定", "2023-10-16", [
  "因为换工作等原因医保断缴，很多人关心能不能补缴、断缴期间看病怎么办。",
  "一般来说，职工医保中断三个月以内补缴的，待遇不受影响；超过三个月的，要设置一定的等待期。",
  "城乡居民医保在集中缴费期之外参保的，同样有等待期，等待期内发生的医疗费用不予报销。",
  "建议参保人及时关注缴费状态，避免因断缴影响报销。"]),
 ("医院开设便民门诊 开药不用排长队", "2024-03-29", [
  "为了方便慢性病患者复诊开药，市第一人民医院近日在门诊楼一层开设便民门诊。",
  "患者病情稳定、只需要按原方案开药的，可以直接到便民门诊就诊，医生核对病历后开具处方，整个过程一般不超过十分钟。",
  "便民门诊开放时间为工作日上午八点到下午五点，可以使用医保正常结算。"]),
 ("怎样查询医保报销进度", "2024-07-03", [
  "提交了手工报销材料以后，想知道报销到哪一步了，可以通过几种方式查询。",
  "登录国家医保服务平台，在办事进度中输入身份证号即可查看；也可以拨打医保服务热线，报上身份证号由工作人员查询。",
  "报销款审核通过后，一般会在十五个工作日内打到参保人登记的银行账户。"]),
 ("夏季老人就医需要注意哪些事", "2024-07-15", [
  "夏季气温高，老年人身体调节能力下降，容易出现中暑、脱水等情况。",
  "医生建议，老人外出就医尽量避开中午高温时段，随身携带水和常用药物，提前在网上预约挂号，减少在医院的等候时间。",
  "有慢性病的老人要按时服药，不要因为天热胃口差就自行停药，身体不适时及时就诊。"]),
]
EN = [
 ("What a deductible really means for your first doctor visit", "2024-02-06", [
  "Many people learn what a deductible is only after their first bill arrives. The deductible is the amount you pay for covered care each year before your plan starts to share the cost.",
  "Preventive visits are usually covered before the deductible is met, so an annual checkup may cost nothing. A visit for a new problem, however, is often billed against the deductible.",
  "If you expect several visits this year, compare the total of the premium and the deductible rather than looking at the premium alone."]),
 ("County expands free blood pressure checks at libraries", "2024-05-14", [
  "The county health department will offer free blood pressure screenings at six public libraries starting next month, officials said Tuesday.",
  "Nurses will be on site two afternoons a week, and no appointment or insurance card is needed. Residents with high readings will get a referral list of nearby clinics.",
  "The program grew out of a pilot at the main library last year, where more than 900 people were screened in four months.",
  "Officials said the checks are meant to catch problems early, since many people with high blood pressure have no symptoms."]),
 ("How to appeal a denied insurance claim", "2023-11-21", [
  "A denied claim is not the final word. Your plan must tell you why it said no and how to appeal, and you usually have 180 days to file.",
  "Start by asking your doctor's office to check the billing codes, since a simple coding error causes many denials.",
  "If the denial stands, write a short letter that explains why the care was needed and attach supporting notes from your doctor. Keep copies of everything you send.",
  "If the internal appeal fails, you can ask for an external review by an independent organization."]),
 ("Hospital opens evening urgent care clinic", "2024-03-04", [
  "Riverside Community Hospital opened an evening urgent care clinic on Monday, aiming to ease crowding in its emergency department.",
  "The clinic is open from 5 p.m. to 11 p.m. every day and treats minor injuries, infections and other conditions that need care the same day but are not emergencies.",
  "Hospital leaders said about a third of emergency visits last year could have been handled in an urgent care setting."]),
 ("Five questions to ask before a planned surgery", "2024-01-30", [
  "Before a planned operation, a few phone calls can save you from surprise bills later.",
  "Ask whether the hospital and the surgeon are in your network, and whether the anesthesiologist and any assistant surgeons are too.",
  "Ask your plan whether the procedure needs prior authorization, and get the reference number in writing.",
  "Finally, ask for a written estimate of your share of the cost, including any facility fee."]),
 ("State sets new limits on ambulance bills", "2024-06-11", [
  "A new state law limits what ground ambulance companies can charge patients who are insured but whose ambulance is out of network.",
  "Under the law, patients pay no more than their in-network cost sharing, and the insurer and the ambulance company settle the rest between themselves.",
  "Consumer groups had pushed for the change for years after reports of bills running into thousands of dollars for short trips."]),
 ("Why your prescription price changed this year", "2024-02-19", [
  "If a drug you take every month suddenly costs more, the reason is often a change in your plan's formulary.",
  "Plans sort drugs into tiers, and moving a drug to a higher tier raises your copay. Your plan must tell you about such changes, but the notice is easy to miss.",
  "Ask your pharmacist whether a lower-tier alternative exists, or ask your doctor to request an exception if no alternative works for you."]),
 ("Community clinic adds walk-in dental hours", "2023-09-26", [
  "The Eastside Community Clinic now offers walk-in dental care on Wednesday mornings for adults with tooth pain or swelling.",
  "Patients without dental coverage pay on a sliding scale based on income. Staff can also help patients apply for public coverage on the spot.",
  "The clinic said demand for emergency dental visits has doubled since the pandemic."]),
 ("Understanding your explanation of benefits", "2024-04-23", [
  "An explanation of benefits is not a bill, but it tells you what your plan paid and what the provider may still charge you.",
  "Compare the amount billed, the allowed amount and the amount the plan paid. The difference between what was allowed and what was paid is usually your share.",
  "If the numbers on your bill do not match the explanation of benefits, call the provider before you pay."]),
 ("Flu shots available at no cost for most insured adults", "2023-10-09", [
  "Most health plans cover the flu vaccine at no cost when you get it from an in-network provider or pharmacy.",
  "Health officials recommend getting vaccinated by the end of October, before the virus usually starts to spread widely.",
  "People without insurance can get a free shot at the county health department on weekdays."]),
]

def P(ps): return ''.join('<p>%s</p>\n' % p for p in ps)

def zh_portal_table(t, d, ps, i):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>%s_健康频道_东湖新闻网</title></head><body>'
     '<table width="960" align="center"><tr><td>东湖新闻网 | 东湖日报 | 手机版</td><td><a href="/login">登录</a> | <a href="/reg">注册</a></td></tr></table>'
     '<table width="960"><tr><td width="660" valign="top"><div class="weizhi">您的位置：<a href="/">首页</a> &gt; <a href="/jk/">健康</a> &gt; 正文</div>'
     '<h1>%s</h1><div class="info">%s 08:30 来源：东湖日报 作者：记者 王林</div>'
     '<div id="text">%s</div><div class="bj">（责任编辑：刘洋）</div>'
     '<div class="xgxw"><h3>相关新闻</h3><ul><li><a href="/jk/1.html">医保缴费期延长</a> 2024-01-02</li><li><a href="/jk/2.html">社区医院开通夜间门诊</a> 2024-01-05</li></ul></div>'
     '</td><td width="280" valign="top" class="right"><div class="box"><h3>热点排行</h3><ol><li><a href="/x1">医保卡丢了怎么补办</a></li><li><a href="/x2">生育津贴怎么领</a></li><li><a href="/x3">体检前要注意什么</a></li></ol></div></td></tr></table>'
     '<div class="foot">关于我们 | 联系我们 | 鄂ICP备0000XXXX号</div></body></html>') % (t, t, d, P(ps)), 'gb18030'

def zh_gov(t, d, ps, i):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s-东湖区医疗保障局</title><meta name="PubDate" content="%s 09:00"></head><body>'
     '<div class="top"><a href="/">无障碍</a> <a href="/">长者模式</a></div><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>'
     '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 工作动态</div>'
     '<div class="article"><h2 class="title">%s</h2><div class="property">发布日期：%s　来源：东湖区医疗保障局　浏览次数：<span>1203</span>　字号：[大 中 小]</div>'
     '<div class="TRS_Editor">%s</div><div class="print">【打印本页】【关闭窗口】</div></div>'
     '<div class="pager"><p>上一篇：<a href="/a/1.html">关于开展医保宣传月活动的通知</a></p><p>下一篇：<a href="/a/2.html">东湖区医保基金运行情况</a></p></div>'
     '<div class="footer">主办单位：东湖区医疗保障局 地址：东湖区中山路1号<br>赣ICP备0000XXXX号 赣公网安备 360000000000XX号</div></body></html>') % (t, d, t, d, P(ps)), 'utf-8'

def zh_blog(t, d, ps, i):
    return ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s | 小陈的健康笔记</title>'
     '<meta property="og:title" content="%s"><meta property="article:published_time" content="%sT20:15:00+08:00"></head><body>'
     '<header class="site-header"><a class="site-title" href="/">小陈的健康笔记</a><nav><a href="/">首页</a><a href="/archives/">归档</a><a href="/about/">关于</a></nav></header>'
     '<main><article class="post"><h1 class="post-title">%s</h1><div class="post-meta">发表于 %s · 分类：医保</div>'
     '<div class="post-content">%s</div><div class="post-tags">标签：<a href="/t/1">医保</a> <a href="/t/2">经验</a></div></article>'
     '<div class="post-nav"><a href="/p/1">上一篇：去年的体检总结</a> <a href="/p/3">下一篇：怎么选商业保险</a></div>'
     '<section id="comments"><h3>3 条评论</h3><div class="comment"><p>写得很清楚，谢谢分享！我也遇到过同样的问题。</p></div><div class="comment"><p>请问在外地也能这样办吗？</p></div></section></main>'
     '<footer><p>© 2024 小陈的健康笔记 · 由静态博客生成器构建</p></footer></body></html>') % (t, t, d, t, d, P(ps)), 'utf-8'

def zh_qa(t, d, ps, i):
    return ('<html><head><meta charset="gbk"><title>%s - 健康问答 - 问医网</title></head><body>'
     '<div class="header"><a href="/">问医网</a> <a href="/ask">我要提问</a> <a href="/doc">找医生</a></div>'
     '<div class="crumbs"><a href="/">问医网</a> &gt; <a href="/yb/">医保问答</a></div><div class="wrap"><div class="main">'
     '<div class="question"><h1>%s</h1><p class="q-desc">%s</p><div class="q-info"><span>网友</span><span>%s</span><span>2个回答</span></div></div>'
     '<div class="answer best"><div class="a-label">最佳答案</div><div class="a-user">医保顾问小李</div><div class="a-content">%s</div><div class="a-info">%s <a>有用(21)</a> <a>没用(1)</a></div></div>'
     '<div class="answers"><h3>其他回答（1）</h3><div class="answer"><div class="a-content"><p>我去年也是这样办的，挺顺利。</p></div><div class="a-info">%s</div></div></div>'
     '<div class="related-q"><h3>相关问题</h3><ul><li><a href="/q/1.html">医保卡密码忘了怎么办</a> 3个回答</li><li><a href="/q/2.html">门诊费用能报多少</a> 5个回答</li></ul></div></div>'
     '<div class="side"><h3>热门问题</h3><ul><li><a href="/q/9">生育津贴怎么算</a></li></ul></div></div><div class="footer">问医网 &copy; 2010-2024</div></body></html>') % (t, t, ps[0], d, P(ps[1:]), d, d), 'gbk'

def zh_nodecl(t, d, ps, i):
    # a GBK page that declares nothing, with a banner date above the title
    return ('<html><head><title>%s</title></head><body><div class="topbar">2024年08月30日 星期五 欢迎访问南山健康网</div>'
     '<div class="menu"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/yb">医保</a> <a href="/jy">就医</a> <a href="/ys">养生</a></div>'
     '<div class="left_content"><div class="art_title">%s</div><div class="art_info">%s 来源：南山健康网</div>'
     '<div id="endText">%s<p class="statement">【版权声明】本网原创作品，未经授权不得转载。</p></div></div>'
     '<div class="cmt"><h3>网友评论</h3><p>说得好，支持一下。</p></div><div class="footer">南山健康网 版权所有</div></body></html>') % (t, t, d, P(ps)), 'gbk'

def zh_hospital(t, d, ps, i):
    return ('<html><head><meta charset="utf-8"><title>%s--东湖区人民医院</title></head><body>'
     '<table width="1000"><tr><td width="220" valign="top"><div class="lm">就医指南</div><ul class="sub"><li><a href="/1">门诊时间</a></li><li><a href="/2">住院须知</a></li><li><a href="/3">医保结算</a></li><li><a href="/4">交通指南</a></li></ul>'
     '<div class="notice"><div class="lm">最新公告</div><a href="/n1">关于国庆节门诊安排的通知</a> 2024-09-25<br><a href="/n2">口腔科开设夜间门诊</a> 2024-08-30</div></td>'
     '<td valign="top"><div class="weizhi">当前位置：首页 &gt;&gt; 就医指南 &gt;&gt; 正文</div><table width="100%%"><tr><td class="bt" align="center"><b>%s</b></td></tr>'
     '<tr><td class="sj" align="center">发布日期：%s 浏览次数：356</td></tr><tr><td class="content">%s</td></tr></table></td></tr></table>'
     '<div class="foot">东湖区人民医院 版权所有 地址：东湖区人民路10号</div></body></html>') % (t, t, d, P(ps)), 'utf-8'

def en_news(t, d, ps, i):
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - Lakeside Daily</title>'
     '<meta property="og:site_name" content="Lakeside Daily"><meta property="og:title" content="%s">'
     '<meta property="article:published_time" content="%sT07:30:00-05:00"></head><body>'
     '<header><a class="logo" href="/">Lakeside Daily</a><nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></nav></header>'
     '<main><article><h1>%s</h1><p class="byline">By Jordan Ellis, Staff Writer</p><time datetime="%s">%s</time>'
     '<figure><img src="/a.jpg"><figcaption>A file photo from the clinic. (Lakeside Daily)</figcaption></figure>'
     '<div class="article-body">%s<aside class="newsletter"><h4>Get our health newsletter</h4><p>Sign up for weekly updates on local health news.</p></aside></div>'
     '<div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div></article>'
     '<section class="related"><h2>Related stories</h2><ul><li><a href="/health/a.html">Clinic hours expand downtown</a></li><li><a href="/health/b.html">What to know about open enrollment</a></li></ul></section></main>'
     '<footer><p>&copy; 2024 Lakeside Daily. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>') % (t, t, d, t, d, d, P(ps)), 'utf-8'

def en_blog(t, d, ps, i):
    return ('<!doctype html><html><head><meta charset="utf-8"><title>%s | Plain Talk About Coverage</title></head><body>'
     '<div id="top"><div class="site-branding"><a href="/">Plain Talk About Coverage</a></div><ul class="menu"><li><a href="/">Home</a></li><li><a href="/start">Start here</a></li><li><a href="/contact">Contact</a></li></ul></div>'
     '<div id="primary" class="content-area"><div class="entry"><h1 class="entry-title">%s</h1><div class="entry-meta">Posted on %s by Sam</div>'
     '<div class="entry-content">%s</div></div>'
     '<div id="comments"><h3>2 Responses</h3><ol><li><p>Thanks, this helped me understand my bill.</p></li><li><p>Great write-up, very clear.</p></li></ol><h3>Leave a Reply</h3></div></div>'
     '<div id="secondary" class="widget-area"><h3>Recent posts</h3><ul><li><a href="/a">Open enrollment checklist</a></li><li><a href="/b">HSA basics</a></li></ul></div>'
     '<div class="site-footer">Proudly powered by a blog engine</div></body></html>') % (t, t, d, P(ps)), 'utf-8'

def en_gov(t, d, ps, i):
    return ('<html><head><meta charset="utf-8"><title>%s | Department of Health</title><meta name="dcterms.date" content="%s"></head><body>'
     '<div class="usa-banner">An official website of the state government</div><nav class="usa-nav"><a href="/">Home</a> <a href="/programs">Programs</a> <a href="/news">Newsroom</a> <a href="/about">About</a></nav>'
     '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">Newsroom</a></li></ol>'
     '<main><p class="release">FOR IMMEDIATE RELEASE</p><h1>%s</h1><div class="field--name-body">%s<p>###</p></div>'
     '<div class="contact-box">Media contact: press@health.state.example</div></main>'
     '<footer class="usa-footer"><a href="/accessibility">Accessibility</a> <a href="/foia">Public records</a></footer></body></html>') % (t, d, t, P(ps)), 'utf-8'

ZL = [zh_portal_table, zh_gov, zh_blog, zh_qa, zh_nodecl, zh_hospital]
EL = [en_news, en_blog, en_gov]

def write(name, html, enc, truth_ps, date):
    for sub in ('pages', 'truth', 'date'):
        os.makedirs(sub, exist_ok=True)
    open('pages/%s.html' % name, 'wb').write(html.encode(enc))
    open('truth/%s.txt' % name, 'w', encoding='utf-8').write('\n\n'.join(truth_ps) + '\n')
    open('date/%s.txt' % name, 'w').write(date + '\n')

for i, (t, d, ps) in enumerate(ZH):
    f = ZL[i % len(ZL)]
    html, enc = f(t, d, ps, i)
    write('zh-%02d-%s' % (i, f.__name__[3:]), html, enc, ps, d)
for i, (t, d, ps) in enumerate(EN):
    f = EL[i % len(EL)]
    html, enc = f(t, d, ps, i)
    write('en-%02d-%s' % (i, f.__name__[3:]), html, enc, ps, d)
