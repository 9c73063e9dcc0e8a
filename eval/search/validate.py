#!/usr/bin/env python3
"""Check qa-corpus.jsonl and the questions files: python3 validate.py"""
import glob, json, os, re, sys
TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))   # the source (and build) tree
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.environ.get('YIDU_SAMPLE', os.path.join(TOP, 'data', 'sample'))
bad = 0
def err(m):
    global bad; bad += 1; print(m)
urls, titles = {}, set()
KEYS = {'title', 'url', 'date', 'source', 'category', 'author', 'body'}
with open(os.path.join(HERE, 'qa-corpus.jsonl'), 'rb') as f:
    raw = f.read()
if raw.startswith(b'\xef\xbb\xbf'): err('BOM in corpus')
for ln, line in enumerate(raw.decode('utf-8').split('\n'), 1):
    if not line: continue
    r = json.loads(line)
    if set(r) - KEYS: err(f'corpus:{ln}: unknown key')
    if not re.fullmatch(r'https://qa\.example\.org/q/\d+', r['url']): err(f'corpus:{ln}: url')
    if r['url'] in urls: err(f'corpus:{ln}: duplicate url')
    if r['title'] in titles: err(f'corpus:{ln}: duplicate title')
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', r['date']): err(f'corpus:{ln}: date')
    n = len(re.findall(r'[。！？]', r['body']))
    if not 3 <= n <= 10: err(f'corpus:{ln}: {n} sentences')
    if any(ord(c) < 32 and c != '\n' for c in r['body'] + r['title']): err(f'corpus:{ln}: control char')
    urls[r['url']] = r['title']; titles.add(r['title'])
print('qa-corpus.jsonl', len(urls), 'articles')
sample = set()
for p in glob.glob(os.path.join(SAMPLE, '*.md')):
    for line in open(p, encoding='utf-8'):
        if line.startswith('title:'):
            sample.add(line[6:].strip()); break
for split in ('dev', 'holdout'):
    p = os.path.join(HERE, split, 'questions.tsv')
    if not os.path.exists(p): continue
    n = {'qa': 0, 'sample': 0}
    for ln, line in enumerate(open(p, encoding='utf-8'), 1):
        parts = line.rstrip('\n').split('\t')
        if len(parts) != 3: err(f'{split}:{ln}: fields'); continue
        q, corpus, ans = parts
        if ' ' in q or '\u3000' in q: err(f'{split}:{ln}: space in question')
        if corpus == 'qa' and ans not in urls: err(f'{split}:{ln}: unknown url {ans}')
        elif corpus == 'sample' and ans not in sample: err(f'{split}:{ln}: unknown sample title {ans}')
        elif corpus not in ('qa', 'sample'): err(f'{split}:{ln}: corpus {corpus}')
        n[corpus] = n.get(corpus, 0) + 1
    print(split, n)
sys.exit(1 if bad else 0)
