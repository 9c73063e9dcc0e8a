#!/usr/bin/env python3
"""Score yidu's search on a questions file.

  python3 score.py dev/questions.tsv [--yidu PATH] [--import os, PATH] [--sample-db PATH]

Builds the qa corpus with yidu-import into a temporary file, runs
`yidu --search QUESTION --limit 10 CORPUS` for every question and reports
success@1, success@5 and MRR (over the top 10) per corpus and overall.
The answer is found by the title in the first column after the id
(`id<TAB>title<TAB>snippet`); for the qa corpus titles map to urls.
"""
import argparse, json, os, subprocess, sys, tempfile
TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))   # the source (and build) tree
HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument('questions')
ap.add_argument('--yidu', default=os.path.join(TOP, 'tui', 'yidu'))
ap.add_argument('--import', dest='imp', default=os.path.join(TOP, 'import', 'yidu-import'))
ap.add_argument('--data', default=os.path.join(TOP, 'data'))
ap.add_argument('--sample-db', default=os.path.join(TOP, 'data', 'sample.db'))
ap.add_argument('-v', '--verbose', action='store_true')
a = ap.parse_args()
title2url = {}
for line in open(os.path.join(HERE, 'qa-corpus.jsonl'), encoding='utf-8'):
    r = json.loads(line); title2url[r['title']] = r['url']
tmp = tempfile.mkdtemp()
qa_db = os.path.join(tmp, 'qa.db')
subprocess.run([a.imp, '-q', '-o', qa_db, '--data', a.data, os.path.join(HERE, 'qa-corpus.jsonl')], check=True)
dbs = {'qa': qa_db, 'sample': a.sample_db}
stats = {}
for line in open(a.questions, encoding='utf-8'):
    q, corpus, ans = line.rstrip('\n').split('\t')
    out = subprocess.run([a.yidu, '--search', q, '--limit', '10', dbs[corpus]], capture_output=True, text=True).stdout
    got = []
    for row in out.splitlines():
        f = row.split('\t')
        if len(f) >= 2:
            got.append(title2url.get(f[1], f[1]) if corpus == 'qa' else f[1])
    rank = got.index(ans) + 1 if ans in got else None
    for k in (corpus, 'all'):
        s = stats.setdefault(k, [0, 0, 0, 0.0])
        s[0] += 1; s[1] += rank == 1; s[2] += bool(rank and rank <= 5); s[3] += 1 / rank if rank else 0
    if a.verbose and rank != 1:
        print(f'rank={rank}\t{q}\t{ans}\t{got[:3]}')
for k, (n, s1, s5, mrr) in sorted(stats.items()):
    print(f'{k:7s} n={n:3d}  success@1={s1/n:.3f}  success@5={s5/n:.3f}  MRR={mrr/n:.3f}')
