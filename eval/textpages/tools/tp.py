"""Helpers for the text-page evaluation sets (no article content here).
A page is written as NAME.txt (UTF-8) with NAME.expect.json beside it."""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'html', 'tools'))
from common import plain

def body(blocks, sep='\n\n', bullet='• ', indent=''):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(indent + plain(b))
        elif b[0] in ('h', 'q'):
            out.append(plain(b[1]))
        elif b[0] == 'ul':
            out.append('\n'.join(indent + bullet + plain(i) for i in b[1]))
        elif b[0] == 'ol':
            out.append('\n'.join('%s%d. %s' % (indent, n + 1, plain(i)) for n, i in enumerate(b[1])))
        elif b[0] == 'table':
            out.append('\n'.join('\t'.join(plain(c) for c in row) for row in b[1]))
    return sep.join(out)

def first_para(blocks):
    for b in blocks:
        if isinstance(b, str):
            return plain(b)
    raise ValueError('no paragraph')

def write(d, name, text, title, date, first, related, summary=None, encoding='utf-8', damage=None):
    os.makedirs(d, exist_ok=True)
    assert title in text and first in text, name
    if date:
        assert re.fullmatch(r'\d{4}-\d\d-\d\d', date)
    for r in related:
        assert r['title'] in text, (name, r['title'])
    data = text.encode(encoding)
    for after, junk in (damage or ()):
        # invalid bytes right after a marker string (damaged input that must not lose the article)
        at = data.index(after.encode(encoding)) + len(after.encode(encoding))
        data = data[:at] + junk + data[at:]
    open(os.path.join(d, name + '.txt'), 'wb').write(data)
    exp = {'title': title, 'date': date, 'first_paragraph': first, 'related': related}
    if summary:
        exp['summary'] = summary
    if encoding != 'utf-8':
        exp['encoding'] = encoding
    if damage:
        exp['damaged_bytes'] = [after for after, junk in damage]
    json.dump(exp, open(os.path.join(d, name + '.expect.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    open(os.path.join(d, name + '.expect.json'), 'a').write('\n')

def R(*pairs):
    return [{'title': t, 'date': d} for t, d in pairs]
