#!/usr/bin/env python3
"""Packs an HTML set into SETDIR/warc/set.warc.gz the way `wget --warc-file` lays
one out: a warcinfo record, then for each page a request and a response record
(each record its own gzip member), plus a few non-page records that an importer
must skip (robots.txt, a PNG, a 301 redirect, a 404 page with text/html).
The page's URL is url/NAME.txt. The HTTP Content-Type carries the page's
charset for pages that declare none in the HTML (the header is then the only
declaration) and for every third other page; the rest send plain text/html.
SETDIR/warc/index.tsv lists URL<TAB>NAME<TAB>charset-in-header.
usage: make-warc.py SETDIR"""
import gzip, hashlib, io, os, re, sys, uuid

def rec(kind, uri, payload, extra=(), content_type='application/http; msgtype=response', date='2024-09-01T08:00:00Z'):
    rid = uuid.uuid5(uuid.NAMESPACE_URL, kind + uri)
    h = ['WARC/1.0', f'WARC-Type: {kind}', f'WARC-Record-ID: <urn:uuid:{rid}>', f'WARC-Date: {date}']
    if uri:
        h.append(f'WARC-Target-URI: {uri}')
    h += list(extra)
    h += [f'Content-Type: {content_type}', f'Content-Length: {len(payload)}']
    data = ('\r\n'.join(h) + '\r\n\r\n').encode() + payload + b'\r\n\r\n'
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
        g.write(data)
    return buf.getvalue()

def http_response(body, ctype, status='200 OK', more=()):
    h = [f'HTTP/1.1 {status}', 'Server: nginx', f'Content-Type: {ctype}', f'Content-Length: {len(body)}'] + list(more) + ['Connection: close']
    return ('\r\n'.join(h) + '\r\n\r\n').encode() + body

def http_request(uri):
    m = re.match(r'https?://([^/]+)(.*)', uri)
    return f'GET {m.group(2) or "/"} HTTP/1.1\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\nHost: {m.group(1)}\r\nConnection: Keep-Alive\r\n\r\n'.encode()

def true_charset(raw):
    m = re.search(rb'<meta[^>]+charset\s*=\s*["\']?([\w-]+)', raw[:4096], re.I)
    if m:
        return m.group(1).decode().lower(), True
    for c, name in (('utf-8', 'utf-8'), ('gb18030', 'gbk'), ('big5', 'big5')):
        try:
            raw.decode(c); return name, False
        except UnicodeDecodeError:
            pass
    return None, False

def main(setdir):
    out = os.path.join(setdir, 'warc'); os.makedirs(out, exist_ok=True)
    parts = [rec('warcinfo', '', b'software: yidu eval make-warc.py\r\nformat: WARC File Format 1.0\r\n', content_type='application/warc-fields')]
    index = []
    for i, name in enumerate(sorted(os.listdir(os.path.join(setdir, 'pages')))):
        k = name.rsplit('.', 1)[0]
        raw = open(os.path.join(setdir, 'pages', name), 'rb').read()
        uri = open(os.path.join(setdir, 'url', k + '.txt')).read().strip()
        cs, declared = true_charset(raw)
        hdr = cs if (not declared or i % 3 == 0) else None
        ctype = 'text/html' + (f'; charset={hdr.upper() if hdr != "utf-8" else "utf-8"}' if hdr else '')
        parts.append(rec('request', uri, http_request(uri), content_type='application/http; msgtype=request'))
        parts.append(rec('response', uri, http_response(raw, ctype), [f'WARC-Payload-Digest: sha1:{hashlib.sha1(raw).hexdigest()}']))
        index.append(f'{uri}\t{k}\t{hdr or "-"}')
        if i == 2:  # a redirect and a robots.txt in the middle of the crawl
            host = re.match(r'(https?://[^/]+)', uri).group(1)
            parts.append(rec('response', host + '/robots.txt', http_response(b'User-agent: *\nDisallow: /admin/\n', 'text/plain')))
            parts.append(rec('response', host + '/old-link', http_response(b'<html><body>Moved</body></html>', 'text/html', '301 Moved Permanently', [f'Location: {uri}'])))
        if i == 5:
            host = re.match(r'(https?://[^/]+)', uri).group(1)
            png = bytes.fromhex('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a59a0000000049454e44ae426082')
            parts.append(rec('response', host + '/images/logo.png', http_response(png, 'image/png')))
            parts.append(rec('response', host + '/missing.html', http_response('<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><p>页面不存在</p></body></html>'.encode(), 'text/html; charset=utf-8', '404 Not Found')))
    open(os.path.join(out, 'set.warc.gz'), 'wb').write(b''.join(parts))
    open(os.path.join(out, 'index.tsv'), 'w').write('\n'.join(index) + '\n')
    print(out, len(index), 'pages')

main(sys.argv[1])
