#!/bin/sh
# The HTML evaluation set of tests/data/html-eval (22 pages of nine layouts,
# Chinese in UTF-8, GBK with and without a declaration, and English):
# body F1 over 4-gram shingles of word tokens (each Han character a token),
# as public extraction benchmarks score, and the publication date. Fails
# under F1 0.95 or a wrong date, so a change that loses extraction quality
# shows here.
: "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${YIDU_DATA_DIR:?}"
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
python3 - "$YIDU_IMPORT" "$top_srcdir/tests/data/html-eval" <<'PY'
import json, os, re, subprocess, sys
from collections import Counter
imp, root = sys.argv[1:3]
TOK = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]|[^\W\u3400-\u9fff\uf900-\ufaff]+')
def sh(t):
    t = TOK.findall((t or '').lower())
    return Counter(tuple(t[i:i + 4]) for i in range(max(1, len(t) - 3)) if t[i:i + 4])
def strip_md(md):
    md = re.sub(r'!?\[([^\]]*)\]\([^)]*\)', r'\1', md or '')
    return re.sub(r'[#>*_`|~-]+', ' ', md)
fails = 0
for lang in ('en', 'zh'):
    T = [0, 0, 0]; dates = ok = 0
    for name in sorted(os.listdir(os.path.join(root, 'pages'))):
        if not name.startswith(lang):
            continue
        k = name[:-5]
        truth = open(os.path.join(root, 'truth', k + '.txt'), encoding='utf-8').read()
        date = open(os.path.join(root, 'date', k + '.txt')).read().strip()
        r = subprocess.run([imp, '--extract', '--format', 'html', os.path.join(root, 'pages', name)],
                           capture_output=True)
        line = r.stdout.decode('utf-8', 'replace').split('\n', 1)[0]
        art = json.loads(line) if line.strip() else {}
        a, b = sh(truth), sh(strip_md(art.get('body', '')))
        tp = sum(min(a[x], b[x]) for x in a.keys() & b.keys())
        fp = sum(b.values()) - tp; fn = sum(a.values()) - tp; s = tp + fp + fn
        if s:
            T[0] += tp / s; T[1] += fp / s; T[2] += fn / s
        dates += 1; ok += art.get('date') == date
        if art.get('date') != date:
            print('FAIL: %s: date %r, expected %s' % (k, art.get('date'), date))
    P = T[0] / (T[0] + T[1]) if T[0] + T[1] else 0
    R = T[0] / (T[0] + T[2]) if T[0] + T[2] else 0
    F = 2 * P * R / (P + R) if P + R else 0
    print('%s: P %.3f R %.3f F1 %.3f, dates %d/%d' % (lang, P, R, F, ok, dates))
    if F < 0.95 or ok < dates:
        print('FAIL: %s below F1 0.95 or a date wrong' % lang)
        fails += 1
sys.exit(1 if fails else 0)
PY
