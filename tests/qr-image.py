#!/usr/bin/env python3
"""Turns a QR code drawn in half blocks (yidu --qr, or a tmux capture of
the browser) into a PBM image that zbarimg can read.

Each character cell holds two modules, one above the other: █ both dark,
▀ the upper, ▄ the lower, anything else light. Wide characters (text beside
the code in a capture) count as two light cells, so columns stay true.
Only the box around the half blocks is kept, with a white margin of its
own; stdin to stdout. Standard library only."""
import sys
import unicodedata

SCALE = 4      # pixels a module
MARGIN = 6     # light modules around the symbol

GLYPHS = {"█": (1, 1), "▀": (1, 0), "▄": (0, 1)}


def cells(line):
    out = []
    for ch in line.rstrip("\n"):
        out.append(ch)
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            out.append(" ")
    return out


def main():
    rows = [cells(l) for l in sys.stdin]
    spots = [(y, x) for y, r in enumerate(rows) for x, ch in enumerate(r) if ch in GLYPHS]
    if not spots:
        sys.exit("qr-image: no half blocks in the input")
    y0 = min(y for y, _ in spots)
    y1 = max(y for y, _ in spots)
    x0 = min(x for _, x in spots)
    x1 = max(x for _, x in spots)
    modules = []
    for y in range(y0, y1 + 1):
        top, bottom = [], []
        for x in range(x0, x1 + 1):
            ch = rows[y][x] if x < len(rows[y]) else " "
            t, b = GLYPHS.get(ch, (0, 0))
            top.append(t)
            bottom.append(b)
        modules += [top, bottom]
    w = (x1 - x0 + 1 + 2 * MARGIN) * SCALE
    h = (len(modules) + 2 * MARGIN) * SCALE
    out = ["P1", "%d %d" % (w, h)]
    blank = "0 " * w
    for _ in range(MARGIN * SCALE):
        out.append(blank)
    for m in modules:
        px = [0] * (MARGIN * SCALE)
        for v in m:
            px += [v] * SCALE
        px += [0] * (MARGIN * SCALE)
        line = " ".join(map(str, px))
        out += [line] * SCALE
    for _ in range(MARGIN * SCALE):
        out.append(blank)
    sys.stdout.write("\n".join(out) + "\n")


main()
