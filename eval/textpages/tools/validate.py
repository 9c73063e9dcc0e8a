#!/usr/bin/env python3
"""Checks a text-page set: every NAME.txt has NAME.expect.json with the keys
title, date (YYYY-MM-DD or null), first_paragraph, related [{title, date}];
the file decodes (UTF-8 unless "encoding" says otherwise; files listed with
"damaged_bytes" must contain invalid bytes, the others none); title, first
paragraph and related titles occur in the text. usage: validate.py SETDIR"""
import json, os, re, sys
bad = pages = 0; layouts = set()
root = sys.argv[1]
for dp, dn, fn in os.walk(root):
    dn[:] = [d for d in dn if not d.startswith('_')]
    for f in sorted(fn):
        if not f.endswith('.txt'):
            continue
        p = os.path.join(dp, f); pages += 1
        e = json.load(open(p[:-4] + '.expect.json', encoding='utf-8'))
        assert set(e) >= {'title', 'date', 'first_paragraph', 'related'}, p
        raw = open(p, 'rb').read()
        enc = e.get('encoding', 'utf-8')
        try:
            t = raw.decode(enc); damaged = False
        except UnicodeDecodeError:
            t = raw.decode(enc, 'replace'); damaged = True
        if damaged != bool(e.get('damaged_bytes')):
            print('FAIL damage mismatch', p); bad += 1
        if e['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', e['date']):
            print('FAIL date', p); bad += 1
        for what in [e['title'], e['first_paragraph']] + [r['title'] for r in e['related']]:
            if what not in t:
                print('FAIL not in text', p, what[:30]); bad += 1
        for r in e['related']:
            if r['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', r['date']):
                print('FAIL related date', p); bad += 1
        if len(e['first_paragraph']) < 15:
            print('WARN short first paragraph', p)
print(root, 'pages', pages, 'failures', bad)
sys.exit(1 if bad else 0)
