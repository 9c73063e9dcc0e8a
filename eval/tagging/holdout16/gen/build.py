#!/usr/bin/env python3
"""Build items.jsonl (beside gen/) from the genre files g01..g12.

Each genre file defines ITEMS, a list of dicts:
  t  text
  r  list of place specs, resolved by regions.R (names, optional '/' path of
     ancestor names) or, with prefix '旧:', by regions.F (former name ->
     successor codes from regions-former.tsv).  No code is typed by hand.
  d  department or None
  i  insurance flag
  n  optional note
  x  optional list of decoy strings (look like region names but are not
     places in context); only used for checks and README statistics.
"""
import importlib, json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from regions import R, F, check, cands, name

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODS = ['g01_wechat', 'g02_court', 'g03_pharmacy', 'g04_live', 'g05_jobs', 'g06_travel',
        'g07_agri', 'g08_exam', 'g09_family', 'g10_health', 'g11_eldercare', 'g12_folk']
DEPTS = set("内分泌 肝病 消化 肾病 感染与传染病 血液 肿瘤 风湿免疫 精神心理 泌尿 康复 中医 急诊 体检 心血管 呼吸 神经 骨科 妇产 儿科 眼科 耳鼻喉 口腔 皮肤 外科 药品与用药".split())

def resolve(spec):
    if spec.startswith('旧:'):
        return F(spec[2:])
    return [R(spec)]

out, stats, problems = [], [], []
n = 0
for m in MODS:
    mod = importlib.import_module(m)
    assert len(mod.ITEMS) == 25, (m, len(mod.ITEMS))
    st = collections.Counter(genre=0)
    for it in mod.ITEMS:
        n += 1
        iid = f'h{n:04d}'
        codes = []
        for s in it['r']:
            try:
                got = resolve(s)
            except KeyError as e:
                problems.append(f'{iid} {m}: {e}'); got = []
            for c in got:
                if c not in codes:
                    codes.append(c)
        try:
            check(codes)
        except AssertionError as e:
            problems.append(f'{iid} {m}: {e}')
        d = it.get('d')
        assert d is None or d in DEPTS, (iid, d)
        assert isinstance(it['i'], bool)
        for x in it.get('x', []):
            if x not in it['t']:
                problems.append(f'{iid}: decoy {x!r} not in text')
            if not cands(x):
                problems.append(f'{iid}: decoy {x!r} is not a region name')
        L = len(it['t'])
        if not 20 <= L <= 350:
            problems.append(f'{iid}: length {L}')
        rec = {'id': iid, 'text': it['t'], 'regions': codes, 'department': d, 'insurance': it['i']}
        if it.get('n'):
            rec['note'] = it['n']
        out.append(rec)
        st['n'] += 1
        st['empty'] += not codes
        st['clinical'] += d is not None
        st['insurance'] += it['i']
        st['decoy'] += bool(it.get('x'))
        st['former'] += any(s.startswith('旧:') for s in it['r'])
        st['chars'] += L
    stats.append((m, mod.GENRE, st))

if problems:
    print('\n'.join(problems)); sys.exit(1)
with open(os.path.join(BASE, 'items.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
tot = collections.Counter()
print('| # | genre | items | regions [] | with regions | clinical | insurance | decoy items | former names | avg chars |')
print('|---|---|---|---|---|---|---|---|---|---|')
for k, (m, g, st) in enumerate(stats, 1):
    tot.update(st)
    print(f"| {k} | {g} | {st['n']} | {st['empty']} | {st['n']-st['empty']} | {st['clinical']} | {st['insurance']} | {st['decoy']} | {st['former']} | {st['chars']//st['n']} |")
print(f"| | total | {tot['n']} | {tot['empty']} | {tot['n']-tot['empty']} | {tot['clinical']} | {tot['insurance']} | {tot['decoy']} | {tot['former']} | {tot['chars']//tot['n']} |")
depts = collections.Counter(r['department'] for r in out)
print(dict(depts))
print('region codes used:', len({c for r in out for c in r['regions']}), 'label slots:', sum(len(r['regions']) for r in out))
