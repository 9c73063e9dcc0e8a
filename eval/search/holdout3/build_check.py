#!/usr/bin/env python3
"""Build questions.tsv from src.txt (question<TAB>s:slug | q:number) and check it."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
titles = {}
for fn in os.listdir(os.path.join(TOP, 'data', 'sample')):
    if fn.endswith('.md'):
        for line in open(os.path.join(TOP, 'data', 'sample', fn), encoding='utf-8'):
            if line.startswith('title:'):
                titles[fn[:-3]] = line[6:].strip(); break
urls = {}
for line in open(os.path.join(TOP, 'eval', 'search', 'qa-corpus.jsonl'), encoding='utf-8'):
    if line.strip():
        r = json.loads(line); urls[r['url']] = r['title']
out = []
for line in open(os.path.join(HERE, 'src.txt'), encoding='utf-8'):
    q, ref = line.rstrip('\n').split('\t')
    kind, key = ref.split(':', 1)
    if kind == 's': out.append((q, 'sample', titles[key]))
    else: out.append((q, 'qa', 'https://qa.example.org/q/' + key))
with open(os.path.join(HERE, 'questions.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    for row in out: f.write('\t'.join(row) + '\n')
# checks on the written file
bad = 0
sample_titles = set(titles.values())
seen_q, seen_a, n = set(), set(), {'sample': 0, 'qa': 0}
for ln, line in enumerate(open(os.path.join(HERE, 'questions.tsv'), encoding='utf-8'), 1):
    assert line.endswith('\n')
    parts = line.rstrip('\n').split('\t')
    if len(parts) != 3: print(ln, 'fields'); bad += 1; continue
    q, c, a = parts
    if re.search(r'\s', q) or '\u3000' in q: print(ln, 'space'); bad += 1
    if q in seen_q: print(ln, 'dup question'); bad += 1
    if (c, a) in seen_a: print(ln, 'dup answer', a); bad += 1
    seen_q.add(q); seen_a.add((c, a))
    if c == 'sample' and a not in sample_titles: print(ln, 'bad title'); bad += 1
    elif c == 'qa' and a not in urls: print(ln, 'bad url'); bad += 1
    elif c not in ('sample', 'qa'): print(ln, 'corpus'); bad += 1
    n[c] = n.get(c, 0) + 1
print(n, 'errors', bad)
sys.exit(1 if bad else 0)
