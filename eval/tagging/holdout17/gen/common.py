"""Shared helper for the genre files: one call per item."""

def item(t, r=(), d=None, i=False, x=(), n=None):
    """t: text; r: region name specs (resolved by regions.py); d: department or None;
    i: insurance flag; x: decoy strings (region names in the text NOT used as places);
    n: note explaining a tricky label."""
    return {'t': t, 'r': list(r), 'd': d, 'i': i, 'x': list(x), 'n': n}
