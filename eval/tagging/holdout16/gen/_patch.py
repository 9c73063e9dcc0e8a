# helper used while writing: replace one dict(...) block in a genre file, located by a text prefix
import sys
def replace_item(fn, prefix, newblock):
    s = open(fn, encoding='utf-8').read()
    key = 'dict(t="' + prefix
    assert s.count(key) == 1, (fn, prefix, s.count(key))
    a = s.index(key)
    b1 = s.find('\ndict(t="', a + 1)
    b2 = s.find('\n]', a + 1)
    b = min(x for x in (b1, b2) if x != -1)
    s = s[:a] + newblock.strip() + s[b:]
    open(fn, 'w', encoding='utf-8').write(s)
