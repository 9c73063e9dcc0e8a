"""Resolve place names to GB/T 2260 codes, reading only ../regions.tsv and
../regions-former.tsv.  No code is typed by hand anywhere in gen/: every
label in the genre files is a *name spec* resolved here.

Spec syntax (used in the genre files):
  "苏州市"              exact full name, must be unique in regions.tsv
  "吴中区"              (or a name without its suffix, e.g. "吴中") must be unique
  "鼓楼区/南京市"        name + parent's full name, to disambiguate
  "~闸北区"             former name from regions-former.tsv (must have exactly
  "~城区/大同市"          one successor code unless the spec ends with '*')
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
# the tables beside the set as its writer had them, else yidu's data/
if not os.path.exists(os.path.join(ROOT, 'regions.tsv')):
    ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'data'))

def _read(name):
    with open(os.path.join(ROOT, name), encoding='utf-8') as f:
        lines = f.read().splitlines()
    return [l.split('\t') for l in lines[1:] if l.strip()]

ROWS = _read('regions.tsv')            # code name level parent
FORMER = _read('regions-former.tsv')   # old_code old_name old_parent retired successors
NAME = {r[0]: r[1] for r in ROWS}
PARENT = {r[0]: r[3].strip() for r in ROWS}
LEVEL = {r[0]: int(r[2]) for r in ROWS}

_SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区',
             '林区', '特区', '新区', '地区', '自治州', '自治县', '自治旗',
             '省', '市', '盟', '区', '县', '旗']
_PEOPLES = sorted("""满 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳
    佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米
    塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(),
    key=len, reverse=True)
_ETHNIC = re.compile(r'^(.+?)((?:(?:%s)族)+)?自治(州|县|旗)$' % '|'.join(_PEOPLES))

def strip(name):
    """The forms of a name without its administrative suffix (one level only);
    several forms when suffixes overlap (清新区 -> 清新, 清)."""
    out = set()
    m = _ETHNIC.match(name)
    if m:                       # 通道侗族自治县 -> 通道, 通道侗族
        if m.group(2):
            out.add(m.group(1))
        out.add(name[:-3])
        return out
    for s in _SUFFIXES:
        if name.endswith(s) and len(name) > len(s):
            out.add(name[:-len(s)])
    out = {o for o in out if not o.endswith('自治')}
    return out or {name}

SHORT = {c: strip(n) for c, n in NAME.items()}

def ancestors(code):
    out = []
    while PARENT.get(code):
        code = PARENT[code]
        out.append(code)
    return out

def codes_for_string(s):
    """All current codes whose full name or suffix-less name equals s."""
    return sorted(c for c in NAME if NAME[c] == s or s in SHORT[c])

def is_region_name(s):
    return bool(codes_for_string(s))

def _match(name, parent=None):
    cands = [c for c in NAME if NAME[c] == name]
    if not cands:
        cands = [c for c in NAME if name in SHORT[c]]
    if parent is not None:
        pc = [c for c in NAME if NAME[c] == parent]
        if len(pc) != 1:
            raise ValueError(f'parent {parent!r} not unique: {pc}')
        cands = [c for c in cands if pc[0] in ancestors(c)]
    return cands

def resolve(spec):
    """Return the list of codes for one spec (normally one code)."""
    if spec.startswith('~'):
        body = spec[1:]
        allow_many = body.endswith('*')
        body = body.rstrip('*')
        name, _, parent = body.partition('/')
        rows = [r for r in FORMER if r[1] == name and (not parent or r[2] == parent)]
        if len(rows) != 1:
            raise ValueError(f'former {spec!r}: {len(rows)} rows')
        succ = rows[0][4].strip().split(';')
        if len(succ) != 1 and not allow_many:
            raise ValueError(f'former {spec!r} has several successors {succ}')
        for c in succ:
            assert c in NAME, (spec, c)
        return succ
    name, _, parent = spec.partition('/')
    cands = _match(name, parent or None)
    if len(cands) != 1:
        raise ValueError(f'spec {spec!r} matches {[(c, NAME[c]) for c in cands]}')
    return cands

if __name__ == '__main__':
    import sys
    for s in sys.argv[1:]:
        try:
            cs = resolve(s)
            print(s, '->', ', '.join(f'{c} {NAME[c]}' for c in cs))
        except ValueError as e:
            print(s, 'ERROR', e, '| string matches:', [(c, NAME[c]) for c in codes_for_string(s.split('/')[0].lstrip('~'))])
