#!/usr/bin/env python3
"""Reference scorer for the tagging set, using `yidu-import --tag`.

  python3 score.py dev/items.jsonl [--import PATH] [--data DIR] [-v]

Each item's text (newlines turned into spaces) is one input line; the first
output column is the comma-separated region codes, the second the topic paths.
Regions: micro precision / recall / F1, exact-set share, false-place rate
(items with gold [] that got a region). Department: share of clinical items
whose topics contain a node named after the department (就医/眼科 …), computed
only for departments that have a node in topics.tsv, plus the share of clinical
items with no topic at all. Insurance: a 医保/… topic counts as "insurance";
precision and recall against the gold flag.
"""
import os, argparse, json, subprocess, collections
TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))   # the source (and build) tree
ap = argparse.ArgumentParser()
ap.add_argument('items')
ap.add_argument('--import', dest='imp', default=os.path.join(TOP, 'import', 'yidu-import'))
ap.add_argument('--data', default=os.path.join(TOP, 'data'))
ap.add_argument('-v', '--verbose', action='store_true')
a = ap.parse_args()
items = [json.loads(l) for l in open(a.items, encoding='utf-8') if l.strip()]
inp = ''.join(it['text'].replace('\n', ' ') + '\n' for it in items)
out = subprocess.run([a.imp, '--tag', '--data', a.data], input=inp, capture_output=True, text=True, check=True).stdout.split('\n')
nodes = {l.split('\t')[0] for l in open(f'{a.data}/topics.tsv', encoding='utf-8') if l.strip()}
leaf = {n.rsplit('/', 1)[-1]: n for n in nodes}
tp = fp = fn = exact = empty_gold = false_place = 0
tagged = wrong_tagged = 0
dn = dh = notopic = clin = 0
itp = ifp = ifn = 0
for it, line in zip(items, out):
    cols = line.split('\t') + ['', '']
    regs = {c for c in cols[0].split(',') if c}
    tops = [t for t in cols[1].split(',') if t]
    g = set(it['regions'])
    tp += len(regs & g); fp += len(regs - g); fn += len(g - regs); exact += regs == g
    if regs:
        tagged += 1; wrong_tagged += bool(regs - g)   # the metric: tagged items with a wrong region
    if not g:
        empty_gold += 1; false_place += bool(regs)
    if a.verbose and regs != g:
        print('REGION', it['id'], it['text'][:50].replace('\n', ' '), 'gold', sorted(g), 'got', sorted(regs))
    d = it['department']
    if d:
        clin += 1; notopic += not tops
        if d in leaf:
            dn += 1
            hit = any(t == leaf[d] or t.startswith(leaf[d] + '/') for t in tops)
            dh += hit
            if a.verbose and not hit: print('DEPT', it['id'], d, tops, it['text'][:40])
    ins = any(t.startswith('医保') for t in tops)
    itp += ins and it['insurance']; ifp += ins and not it['insurance']; ifn += (not ins) and it['insurance']
    if a.verbose and ins != it['insurance']: print('INS', it['id'], it['insurance'], tops, it['text'][:40])
P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
print(f'items {len(items)}')
print(f'regions: P={P:.3f} R={R:.3f} F1={2*P*R/(P+R) if P+R else 0:.3f} exact={exact/len(items):.3f} '
      f'false-place rate={false_place}/{empty_gold}={false_place/max(empty_gold,1):.3f}')
print(f'wrong-tagged={wrong_tagged}/{tagged}={wrong_tagged/max(tagged,1):.3f} (tagged items carrying at least one wrong region)')
print(f'department: node hit {dh}/{dn}={dh/max(dn,1):.3f} (departments with a node); clinical with no topic {notopic}/{clin}')
print(f'insurance: P={itp/max(itp+ifp,1):.3f} R={itp/max(itp+ifn,1):.3f} (false 医保 topics: {ifp})')
