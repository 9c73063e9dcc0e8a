#!/usr/bin/env python3
"""Checks an HTML evaluation set: every page decodes in its declared (or detected)
charset, every page has truth/ and title/, dates are YYYY-MM-DD, and every truth
line and the title occur in the page's visible text. usage: validate.py SETDIR"""
import html, os, re, sys, datetime
from html.parser import HTMLParser

def declared(raw):
    head = raw[:4096].decode('ascii', 'replace')
    m = re.search(r'<meta[^>]+charset\s*=\s*["\']?([\w-]+)', head, re.I)
    return m.group(1).lower() if m else None

def decode(raw):
    cs = declared(raw)
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8(bom)'
    if cs:
        py = {'gb2312': 'gb18030', 'gbk': 'gb18030', 'gb18030': 'gb18030', 'big5': 'big5', 'iso-8859-1': 'cp1252'}.get(cs, cs)
        return raw.decode(py), cs
    for c in ('utf-8', 'gb18030', 'big5'):
        try:
            return raw.decode(c), 'none->' + c
        except UnicodeDecodeError:
            pass
    raise ValueError('undecodable')

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ('script', 'style'): self.skip += 1
    def handle_endtag(self, t):
        if t in ('script', 'style'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def norm(s):
    return re.sub(r'\s+', '', s)

def main(setdir):
    bad = 0; stats = {}
    for name in sorted(os.listdir(os.path.join(setdir, 'pages'))):
        k = name.rsplit('.', 1)[0]
        raw = open(os.path.join(setdir, 'pages', name), 'rb').read()
        try:
            text, cs = decode(raw)
        except Exception as e:
            print('FAIL decode', k, e); bad += 1; continue
        if '\ufffd' in text:
            print('FAIL replacement char', k); bad += 1
        stats[cs] = stats.get(cs, 0) + 1
        p = Text(); p.feed(text); vis = norm(''.join(p.out))
        truth = open(os.path.join(setdir, 'truth', k + '.txt'), encoding='utf-8').read()
        n = len(truth.replace('\n', ''))
        if not (300 <= n <= 3000):
            print('WARN truth length', k, n)
        for line in truth.split('\n'):
            if line.strip() and norm(line) not in vis:
                print('FAIL truth line not in page', k, line[:40]); bad += 1
        tp = os.path.join(setdir, 'title', k + '.txt')
        if not os.path.exists(tp):
            print('FAIL no title', k); bad += 1
        elif norm(open(tp, encoding='utf-8').read()) not in vis:
            print('FAIL title not visible', k); bad += 1
        dp = os.path.join(setdir, 'date', k + '.txt')
        if os.path.exists(dp):
            datetime.date.fromisoformat(open(dp).read().strip())
    print(setdir, 'pages', sum(stats.values()), 'charsets', stats, 'failures', bad)
    return bad

sys.exit(1 if main(sys.argv[1]) else 0)
