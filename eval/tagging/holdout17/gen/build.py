#!/usr/bin/env python3
"""Check the genre files and write ../items.jsonl (byte for byte reproducible).

    python3 gen/build.py            # check + write items.jsonl, print counts
    python3 gen/build.py --scan     # also list region-name strings found in each
                                    # text that are neither labelled nor decoys
"""
import json, os, sys, importlib
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import regions as R

GENRES = ['g01_realestate', 'g02_reviews', 'g03_hotline', 'g04_records', 'g05_sports',
          'g06_fiction', 'g07_ecommerce', 'g08_antifraud', 'g09_zhihu', 'g10_govreports',
          'g11_lostfound', 'g12_dialogue']
DEPTS = set("内分泌 肝病 消化 肾病 感染与传染病 血液 肿瘤 风湿免疫 精神心理 泌尿 康复 中医 急诊 体检 "
            "心血管 呼吸 神经 骨科 妇产 儿科 眼科 耳鼻喉 口腔 皮肤 外科 药品与用药".split())
PER_GENRE = 25

def fail(msg):
    raise SystemExit('BUILD ERROR: ' + msg)

def build():
    out, stats, seen = [], [], set()
    n = 0
    for g in GENRES:
        mod = importlib.import_module(g)
        items = mod.ITEMS
        if len(items) != PER_GENRE:
            fail(f'{g}: {len(items)} items, expected {PER_GENRE}')
        st = dict(genre=g, name=mod.GENRE, items=0, regions=0, none=0, clinical=0, insurance=0, decoy=0)
        for k, it in enumerate(items, 1):
            n += 1
            iid = f'h17-{n:04d}'
            where = f'{g}#{k} ({iid})'
            t = it['t']
            if not (20 <= len(t) <= 350):
                fail(f'{where}: text length {len(t)}')
            if t in seen:
                fail(f'{where}: duplicate text')
            seen.add(t)
            codes = []
            for spec in it['r']:
                try:
                    codes += R.resolve(spec)
                except ValueError as e:
                    fail(f'{where}: {e}')
            if len(set(codes)) != len(codes):
                fail(f'{where}: duplicate region {codes}')
            for c in codes:
                if set(R.ancestors(c)) & set(codes):
                    fail(f'{where}: {c} listed with its ancestor')
            if it['d'] is not None and it['d'] not in DEPTS:
                fail(f'{where}: bad department {it["d"]}')
            if not isinstance(it['i'], bool):
                fail(f'{where}: insurance not bool')
            for dcy in it['x']:
                if dcy not in t:
                    fail(f'{where}: decoy {dcy!r} not in text')
                dc = R.codes_for_string(dcy)
                if not dc:
                    fail(f'{where}: decoy {dcy!r} is not a region name')
                if set(dc) & set(codes):
                    fail(f'{where}: decoy {dcy!r} is also labelled ({set(dc) & set(codes)})')
            if it['x'] and not it['n']:
                fail(f'{where}: decoy item without a note')
            obj = {'id': iid, 'text': t, 'regions': codes, 'department': it['d'], 'insurance': it['i']}
            if it['n']:
                obj['note'] = it['n']
            out.append((obj, it))
            st['items'] += 1
            st['regions' if codes else 'none'] += 1
            st['clinical'] += it['d'] is not None
            st['insurance'] += it['i']
            st['decoy'] += bool(it['x'])
        stats.append(st)
    return out, stats

def scan(out):
    """Report region-name substrings (2+ chars) not explained by labels or decoys."""
    names = {}
    for c, full in R.NAME.items():
        for s in {full} | R.SHORT[c]:
            if len(s) >= 2:
                names.setdefault(s, set()).add(c)
    for obj, it in out:
        t = obj['text']
        covered = set(obj['regions'])
        for c in obj['regions']:
            covered |= set(R.ancestors(c))
        hits = []
        for s, cs in names.items():
            if s in t and not (cs & covered) and not any(s in d or d in s for d in it['x']):
                hits.append(s)
        # drop hits contained in a longer hit
        hits = [h for h in hits if not any(h != o and h in o for o in hits)]
        if hits:
            print(obj['id'], ' '.join(sorted(hits)), '|', t[:40].replace('\n', ' '))

def main():
    out, stats = build()
    path = os.path.join(HERE, '..', 'items.jsonl')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for obj, _ in out:
            f.write(json.dumps(obj, ensure_ascii=False) + '\n')
    tot = {k: sum(s[k] for s in stats) for k in ('items', 'regions', 'none', 'clinical', 'insurance', 'decoy')}
    print(f"{'genre':16} items regions none clinical insurance decoy")
    for s in stats + [dict(genre='TOTAL', **tot)]:
        print(f"{s['genre']:16} {s['items']:5} {s['regions']:7} {s['none']:4} {s['clinical']:8} {s['insurance']:9} {s['decoy']:5}")
    both = sum(1 for o, _ in out if o['department'] and o['insurance'])
    print('clinical+insurance:', both)
    if '--scan' in sys.argv:
        scan(out)
    if '--decoys' in sys.argv:
        from collections import Counter
        c = Counter(d for _, it in out for d in it['x'])
        print(len(c), 'distinct decoys:', ' '.join(f'{k}×{v}' if v > 1 else k for k, v in c.most_common()))

if __name__ == '__main__':
    main()
