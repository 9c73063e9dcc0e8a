"""Shared helpers for building the HTML evaluation pages (no article content here).

An article body is a list of blocks:
  "text"                  paragraph (inline: [[anchor|href]] link, **bold**)
  ("h", "text")           sub-heading
  ("ul", [items]) / ("ol", [items])
  ("table", [[cells], ...])   first row is the header
  ("q", "text")           block quote
truth() renders what a reader sees: blocks separated by a blank line, one
list item / table row per line, table cells separated by a space."""
import html, os, re

INLINE = re.compile(r'\[\[([^|\]]+)\|([^\]]*)\]\]|\*\*(.+?)\*\*')

def plain(s):
    return INLINE.sub(lambda m: m.group(1) or m.group(3), s)

def inline(s):
    out, pos = [], 0
    for m in INLINE.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        if m.group(1):
            out.append('<a href="%s">%s</a>' % (html.escape(m.group(2) or '#'), html.escape(m.group(1), quote=False)))
        else:
            out.append('<strong>%s</strong>' % html.escape(m.group(3), quote=False))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return ''.join(out)

def truth(blocks):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(plain(b))
        elif b[0] in ('h', 'q'):
            parts.append(plain(b[1]))
        elif b[0] in ('ul', 'ol'):
            parts.append('\n'.join(plain(i) for i in b[1]))
        elif b[0] == 'table':
            parts.append('\n'.join(' '.join(plain(c) for c in row) for row in b[1]))
    return '\n\n'.join(parts) + '\n'

def render(blocks, style='p', hl='h2'):
    """Body HTML in one of several CMS habits."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            t = inline(b)
            if style == 'p':
                out.append('<p>%s</p>' % t)
            elif style == 'pindent':
                out.append('<p style="text-indent:2em;">%s</p>' % t)
            elif style == 'pfull':
                out.append('<p>\u3000\u3000%s</p>' % t)
            elif style == 'br':
                out.append('&nbsp;&nbsp;&nbsp;&nbsp;%s<br />\n<br />' % t)
            elif style == 'div':
                out.append('<div class="para">%s</div>' % t)
            elif style == 'word':
                out.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span></p>' % t)
            elif style == 'section':
                out.append('<section style="margin-bottom:16px;"><span style="font-size:15px;color:#333;letter-spacing:1px;">%s</span></section>' % t)
            elif style == 'font':
                out.append('<p><font size="3" face="宋体">%s</font></p>' % t)
        elif b[0] == 'h':
            t = inline(b[1])
            if style in ('br',):
                out.append('<b>%s</b><br />\n<br />' % t)
            elif style == 'word':
                out.append('<p class="MsoNormal" style="text-indent:32.0pt"><b><span style="font-size:16.0pt;font-family:黑体">%s</span></b></p>' % t)
            elif style == 'section':
                out.append('<section><strong><span style="font-size:17px;color:#1e6fff;">%s</span></strong></section>' % t)
            elif style == 'font':
                out.append('<p><font size="3" face="宋体"><b>%s</b></font></p>' % t)
            else:
                out.append('<%s>%s</%s>' % (hl, t, hl))
        elif b[0] == 'q':
            out.append('<blockquote><p>%s</p></blockquote>' % inline(b[1]))
        elif b[0] in ('ul', 'ol'):
            if style == 'br':
                out.append(''.join('%s<br />\n' % inline(i) for i in b[1]) + '<br />')
            elif style == 'section':
                out.append(''.join('<section><span>%s</span></section>' % inline(i) for i in b[1]))
            else:
                tag = b[0]
                out.append('<%s>\n%s\n</%s>' % (tag, '\n'.join('  <li>%s</li>' % inline(i) for i in b[1]), tag))
        elif b[0] == 'table':
            rows = []
            for n, row in enumerate(b[1]):
                c = 'th' if n == 0 and style != 'word' else 'td'
                rows.append('<tr>%s</tr>' % ''.join('<%s>%s</%s>' % (c, inline(x), c) for x in row))
            out.append('<table border="1" cellspacing="0" cellpadding="4" class="tbl">\n%s\n</table>' % '\n'.join(rows))
    return '\n'.join(out)

def links(items, fmt='<li><a href="{href}" target="_blank">{t}</a></li>', base='/a/'):
    """items: list of strings or (title, date) tuples."""
    out = []
    for n, it in enumerate(items):
        t, d = (it, '') if isinstance(it, str) else it
        out.append(fmt.format(href='%s%d.html' % (base, 1000 + n * 37), t=html.escape(t), d=d, n=n + 1))
    return '\n'.join(out)

def write(setdir, name, page, encoding, blocks, date=None, title=None, url=None, bom=False):
    for sub in ('pages', 'truth', 'date', 'title', 'url'):
        os.makedirs(os.path.join(setdir, sub), exist_ok=True)
    data = page.encode(encoding)  # strict: a character outside the charset is a bug here
    if bom:
        data = b'\xef\xbb\xbf' + data
    open(os.path.join(setdir, 'pages', name + '.html'), 'wb').write(data)
    open(os.path.join(setdir, 'truth', name + '.txt'), 'w', encoding='utf-8').write(truth(blocks))
    for sub, val in (('date', date), ('title', title), ('url', url)):
        p = os.path.join(setdir, sub, name + '.txt')
        if val:
            open(p, 'w', encoding='utf-8').write(val + '\n')
        elif os.path.exists(p):
            os.remove(p)
