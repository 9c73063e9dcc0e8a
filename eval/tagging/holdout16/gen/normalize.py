#!/usr/bin/env python3
"""Rewrite a genre file from its final ITEMS (folds in any later fix-ups), one dict per item."""
import importlib, json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
def q(s): return json.dumps(s, ensure_ascii=False)
for m in sys.argv[1:]:
    m = m.replace('.py', '')
    mod = importlib.import_module(m)
    head = open(m + '.py', encoding='utf-8').read().split('\n')[0]
    out = [head, f'GENRE = {q(mod.GENRE)}', 'ITEMS = [']
    for it in mod.ITEMS:
        parts = [f"t={q(it['t'])}", f"\n     r=[{', '.join(q(x) for x in it['r'])}]",
                 f"d={q(it['d']) if it.get('d') else 'None'}", f"i={it['i']}"]
        if it.get('x'): parts.append(f"x=[{', '.join(q(x) for x in it['x'])}]")
        if it.get('n'): parts.append(f"n={q(it['n'])}")
        out.append(('dict(' + ', '.join(parts) + '),').replace(', \n', ',\n'))
    out.append(']')
    open(m + '.py', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
