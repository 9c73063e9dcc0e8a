#!/usr/bin/env python3
"""Reads SETDIR/warc/set.warc.gz record by record (one gzip member each), checks
the WARC and HTTP lengths and that every response page equals pages/NAME.html."""
import os, re, sys, zlib
setdir = sys.argv[1]
data = open(os.path.join(setdir, 'warc', 'set.warc.gz'), 'rb').read()
idx = {l.split('\t')[0]: l.split('\t')[1] for l in open(os.path.join(setdir, 'warc', 'index.tsv')) if l.strip()}
pos = n = pages = 0
while pos < len(data):
    d = zlib.decompressobj(31); rec = d.decompress(data[pos:]); pos = len(data) - len(d.unused_data); n += 1
    head, _, rest = rec.partition(b'\r\n\r\n')
    hdr = dict(l.split(': ', 1) for l in head.decode().split('\r\n')[1:])
    block = rest[:int(hdr['Content-Length'])]
    assert rest[len(block):] == b'\r\n\r\n', 'record end'
    if hdr['WARC-Type'] == 'response':
        hh, _, body = block.partition(b'\r\n\r\n')
        m = re.search(rb'Content-Length: (\d+)', hh); assert int(m.group(1)) == len(body)
        uri = hdr['WARC-Target-URI']
        if uri in idx:
            assert body == open(os.path.join(setdir, 'pages', idx[uri] + '.html'), 'rb').read(); pages += 1
print(setdir, 'records', n, 'pages verified', pages, 'of', len(idx))
