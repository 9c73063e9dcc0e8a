"""Resolve place names to GB/T 2260 codes using only regions.tsv and
regions-former.tsv (beside the set as its writer had them, else yidu's data/).  Codes are never typed by hand in the item files:
items give place *names* (optionally a '/'-separated path of ancestor names
to disambiguate), and this module looks them up.

  R("福州/鼓楼")        -> 350102   (path: ancestor names then the unit)
  R("广西/贺州")        -> 451100
  R("湖南")             -> 430000
  F("户县")             -> successor codes of a former name (list)
"""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
# in yidu's tree the tables are the project's (data/), not copies beside the set
if not os.path.exists(os.path.join(BASE, 'regions.tsv')):
    BASE = os.path.join(HERE, '..', '..', '..', '..', 'data')
SUFFIX = r'(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|自治县|自治旗|林区|新区|地区|特区|省|市|县|区|旗|盟)$'
ETH = r'(((各族|蒙古族|藏族|羌族|彝族|回族|满族|苗族|土家族|侗族|瑶族|壮族|布依族|傣族|哈尼族|白族|黎族|傈僳族|纳西族|拉祜族|佤族|景颇族|普米族|独龙族|怒族|布朗族|仫佬族|毛南族|仡佬族|水族|朝鲜族|达斡尔族|锡伯族|哈萨克族?|柯尔克孜|塔吉克|撒拉族|保安族|东乡族|土族|裕固族|畲族|鄂温克族|蒙古))+)$'

ROWS = {}
for line in open(os.path.join(BASE, 'regions.tsv'), encoding='utf-8').read().splitlines()[1:]:
    c, n, lv, p = line.split('\t')
    ROWS[c] = (n, int(lv), p.strip())

SUFFIX2 = SUFFIX.replace('林区|', '')   # 碑林区 -> 碑林, not 碑

def short(n):
    out = {n}
    for suf in (SUFFIX, SUFFIX2):
        s = re.sub(suf, '', n)
        s2 = re.sub(ETH, '', s)
        out |= {s, s2 if len(s2) >= 2 else s}
    return out

NAMES = {c: short(v[0]) for c, v in ROWS.items()}

def ancestors(c):
    out = []
    while ROWS.get(c) and ROWS[c][2]:
        c = ROWS[c][2]; out.append(c)
    return out

def cands(name):
    exact = [c for c, v in ROWS.items() if v[0] == name]
    if exact:
        return exact
    return [c for c, ns in NAMES.items() if name in ns]

def R(spec):
    parts = spec.split('/')
    cs = cands(parts[-1])
    for anc in parts[:-1]:
        acs = set(cands(anc))
        if not acs:
            raise KeyError(f'no unit named {anc!r} in {spec!r}')
        cs = [c for c in cs if acs & set(ancestors(c))]
    if len(cs) > 1:   # "辽宁朝阳": city 朝阳市 and its county 朝阳县 -> the city (the larger unit)
        top = [c for c in cs if not (set(ancestors(c)) & set(cs))]
        if len(top) == 1:
            cs = top
    if len(cs) != 1:
        raise KeyError(f'{spec!r} -> {[(c, ROWS[c][0]) for c in cs]}')
    return cs[0]

FORMER = {}
for line in open(os.path.join(BASE, 'regions-former.tsv'), encoding='utf-8').read().splitlines()[1:]:
    oc, on, op, yr, succ = line.split('\t')
    FORMER.setdefault(on, []).append((op, succ.split(';')))

def F(name, parent=None):
    """successor codes of a former name; parent = old_parent_name to disambiguate"""
    hits = FORMER.get(name) or []
    if parent:
        hits = [h for h in hits if h[0].startswith(parent)]
    if len(hits) != 1:
        raise KeyError(f'former {name!r}: {hits}')
    return hits[0][1]

def name(c):
    return ROWS[c][0]

def check(codes):
    s = set(codes)
    assert len(s) == len(codes), codes
    for c in codes:
        assert c in ROWS, c
        assert not (set(ancestors(c)) & s), f'{c} with ancestor in {codes}'
