#!/usr/bin/env python3
# Department figures of a tagging set (same format as eval/tagging/*/items.jsonl):
# department node hit, clinical items with no topic, false 医保 topics, and the
# wrong extra departments (departments among the topics that the gold does not
# have, summed over clinical items; departments on non-clinical items apart),
# which eval/tagging/score.py does not count. -v lists misses and extras.
#   python3 tests/eval/score-dept-extras.py eval/tagging/dev/items.jsonl [-v]
import sys, json, subprocess, os
TOP=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
items=[json.loads(l) for l in open(sys.argv[1],encoding='utf-8') if l.strip()]
verbose = '-v' in sys.argv
inp=''.join(it['text'].replace('\n',' ')+'\n' for it in items)
out=subprocess.run([TOP+'/import/yidu-import','--tag','--data',TOP+'/data'],input=inp,capture_output=True,text=True,check=True).stdout.split('\n')
nodes={l.split('\t')[0] for l in open(TOP+'/data/topics.tsv',encoding='utf-8') if l.strip() and not l.startswith('#')}
DEPTS='内分泌 肝病 消化 肾病 感染与传染病 血液 肿瘤 风湿免疫 精神心理 泌尿 康复 中医 急诊 体检 心血管 呼吸 神经 骨科 妇产 儿科 眼科 耳鼻喉 口腔 皮肤 外科 药品与用药'.split()
leaf={}
for n in nodes:
    leaf.setdefault(n.rsplit('/',1)[-1], n)
def depts_of(tops):
    s=set()
    for t in tops:
        for d in DEPTS:
            if d in leaf and (t==leaf[d] or t.startswith(leaf[d]+'/')): s.add(d)
    return s
dh=dn=clin=notopic=ifp=extra=nullext=0
for it,line in zip(items,out):
    cols=line.split('\t')+['','']
    tops=[t for t in cols[1].split(',') if t]
    ds=depts_of(tops); d=it['department']
    if d:
        clin+=1; notopic+= not tops
        if d in leaf:
            dn+=1; h=d in ds; dh+=h
            if verbose and not h: print('MISS',it['id'],d,sorted(ds),it['text'][:50].replace('\n',' '))
        ex=ds-{d}; extra+=len(ex)
        if verbose and ex and h: print('EXTRA',it['id'],d,sorted(ex),it['text'][:50].replace('\n',' '))
    else:
        nullext+=len(ds)
    ins=any(t.startswith('医保') for t in tops)
    if ins and not it['insurance']:
        ifp+=1
        if verbose: print('FALSEINS',it['id'],tops,it['text'][:50].replace('\n',' '))
print(f"{os.path.basename(os.path.dirname(sys.argv[1])) or sys.argv[1]}: dept {dh}/{dn}={dh/max(dn,1):.3f} notopic {notopic}/{clin} false医保 {ifp} wrongextra {extra} (null-items depts {nullext})")
