#!/usr/bin/env python3
"""raw-controls.py [--sgr] FILE...: exit 1 (naming file and offset) if a
file holds a byte or character that must never reach a terminal: C0
controls other than newline and tab, DEL, C1 controls, ESC sequences
(with --sgr, ESC [ digits;semicolons m is allowed: yidu's own styles),
bidi overrides, embeddings, isolates and marks, line/paragraph
separators."""
import re, sys

BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f"
                 "\u2028-\u202e\u2066-\u2069]")
SGR = re.compile("\x1b\\[[0-9;]*m")

def main(argv):
    sgr = "--sgr" in argv
    bad = 0
    for path in [a for a in argv if a != "--sgr"]:
        text = open(path, "rb").read().decode("utf-8", "replace")
        if sgr:
            text = SGR.sub("", text)
        m = BAD.search(text)
        if m:
            ctx = text[max(0, m.start() - 20):m.start() + 20]
            print("%s: U+%04X at character %d: %r" % (path, ord(m.group()), m.start(), ctx))
            bad += 1
    return 1 if bad else 0

sys.exit(main(sys.argv[1:]))
