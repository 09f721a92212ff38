#!/usr/bin/env python3
# Generates src/compiler/uc_nfkc.c: the NFKC form of every code point that
# an identifier may contain and that NFKC changes (fullwidth letters,
# ligatures, MICRO SIGN ...), for the parser's identifier normalisation
# (PEP 3131). Run with python3.13 (Unicode 15.1).
import sys, unicodedata

rows = []
blob = bytearray()
for cp in range(0x80, 0x110000):
    c = chr(cp)
    if not ('a' + c).isidentifier():
        continue
    n = unicodedata.normalize('NFKC', c)
    if n == c:
        continue
    b = n.encode('utf-8')
    rows.append((cp, len(blob), len(b)))
    blob += b

o = ['/* Per-character NFKC forms of identifier characters (Unicode %s). GENERATED'
     % unicodedata.unidata_version,
     ' * by tools/gen-uc-nfkc.py; do not edit. */',
     '#include "compiler/uc_names.h"',
     '',
     'typedef struct { unsigned cp; unsigned short off; unsigned char len; } UcNfkc;',
     'static const UcNfkc uc_nfkc_rows[%d] = {' % len(rows)]
for i in range(0, len(rows), 4):
    o.append('    ' + ' '.join('{0x%X, %d, %d},' % r for r in rows[i:i + 4]))
o.append('};')
assert len(blob) < 65536
o.append('static const unsigned char uc_nfkc_blob[%d] = {' % len(blob))
for i in range(0, len(blob), 20):
    o.append('    ' + ','.join(str(x) for x in blob[i:i + 20]) + ',')
o.append('};')
o.append('''
const char *uc_nfkc_char(unsigned cp, size_t *len)
{
    size_t lo = 0, hi = sizeof uc_nfkc_rows / sizeof *uc_nfkc_rows;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uc_nfkc_rows[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == sizeof uc_nfkc_rows / sizeof *uc_nfkc_rows || uc_nfkc_rows[lo].cp != cp)
        return 0;
    *len = uc_nfkc_rows[lo].len;
    return (const char *)uc_nfkc_blob + uc_nfkc_rows[lo].off;
}''')
print('\n'.join(o))
