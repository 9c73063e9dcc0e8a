#!/usr/bin/env python3
"""Validate tagging item files: python3 validate.py dev/items.jsonl holdout/items.jsonl"""
import json, os, sys
TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))   # the source (and build) tree
REG = os.environ.get('YIDU_REGIONS', os.path.join(TOP, 'data', 'regions.tsv'))
codes = {l.split('\t')[0]: l.split('\t')[3].strip() for l in open(REG, encoding='utf-8').read().splitlines()[1:]}
DEPTS = set("内分泌 肝病 消化 肾病 感染与传染病 血液 肿瘤 风湿免疫 精神心理 泌尿 康复 中医 急诊 体检 心血管 呼吸 神经 骨科 妇产 儿科 眼科 耳鼻喉 口腔 皮肤 外科 药品与用药".split())
def ancestors(c):
    out = []
    while codes.get(c):
        c = codes[c]; out.append(c)
    return out
bad = 0
for path in sys.argv[1:]:
    ids = set(); texts = set(); n = 0
    with open(path, 'rb') as f:
        raw = f.read()
    assert not raw.startswith(b'\xef\xbb\xbf'), 'BOM'
    for ln, line in enumerate(raw.decode('utf-8').split('\n'), 1):
        if not line: continue
        it = json.loads(line); n += 1
        def err(m):
            global bad; bad += 1; print(f'{path}:{ln}: {m}')
        if set(it) - {'id', 'text', 'regions', 'department', 'insurance', 'note'}: err('unknown key')
        if it['id'] in ids: err('dup id')
        ids.add(it['id'])
        if it['text'] in texts: err('dup text')
        texts.add(it['text'])
        if not isinstance(it['regions'], list) or any(c not in codes for c in it['regions']): err(f"bad region {it['regions']}")
        if len(set(it['regions'])) != len(it['regions']): err('dup region')
        for c in it['regions']:
            if set(ancestors(c)) & set(it['regions']): err(f'{c} listed with its ancestor')
        if it['department'] is not None and it['department'] not in DEPTS: err('bad department')
        if not isinstance(it['insurance'], bool): err('insurance not bool')
    print(path, n, 'items')
sys.exit(1 if bad else 0)
