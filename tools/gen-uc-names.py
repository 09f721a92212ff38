#!/usr/bin/env python3
# Generates src/compiler/uc_names.c: the Unicode character names and name
# aliases that "\N{...}" accepts. Run with python3.13 (its unicodedata,
# Unicode 15.1, gives the names); aliases come from NameAliases.txt
# (Debian's unicode-data package: /usr/share/unicode), kept when that
# Python's unicodedata.lookup accepts them.
#
# Layout: names are split into space-separated words; the words live once
# in a blob, most frequent first, and each name is a record of
#   code point delta (varint) | word count | word codes
# where a word code is one byte (< 0x80, the 128 most frequent words) or
# two (0x80 | hi, lo). Names of the form PREFIX-HEX (CJK unified
# ideographs, Tangut ...) are ranges instead; Hangul syllables are
# composed from their jamo as Unicode specifies.
import sys, unicodedata, collections

ALIASES = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/unicode/NameAliases.txt'

names = []          # (cp, name)
ranges = []         # (lo, hi, prefix)
for cp in range(0x110000):
    if 0xAC00 <= cp <= 0xD7A3:
        continue
    try:
        n = unicodedata.name(chr(cp))
    except ValueError:
        continue
    suffix = '%04X' % cp
    if n.endswith('-' + suffix):
        prefix = n[:-len(suffix)]
        if ranges and ranges[-1][2] == prefix and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp, prefix)
        else:
            ranges.append((cp, cp, prefix))
        continue
    names.append((cp, n))

def lookup_ok(name, cp):
    try:
        return unicodedata.lookup(name) == chr(cp)
    except KeyError:
        return False

# unicodedata.name() spells Tangut ideographs algorithmically but lookup()
# (hence "\N{...}") rejects them: keep only the ranges lookup accepts.
ranges = [r for r in ranges
          if lookup_ok(r[2] + '%04X' % r[0], r[0]) and lookup_ok(r[2] + '%04X' % r[1], r[1])]

aliases = []
for line in open(ALIASES):
    line = line.split('#')[0].strip()
    if not line:
        continue
    cp, alias, kind = line.split(';')
    cp = int(cp, 16)
    try:
        ok = unicodedata.lookup(alias) == chr(cp)
    except KeyError:
        ok = False
    if ok:
        aliases.append((cp, alias))

records = names + sorted(aliases)
freq = collections.Counter(w for _, n in records for w in n.split(' '))
words = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]
assert len(words) < 0x8000
index = {w: i for i, w in enumerate(words)}

blob = bytearray()
offsets = []
for w in words:
    offsets.append(len(blob))
    blob += w.encode('ascii')
offsets.append(len(blob))

data = bytearray()
prev = 0
def varint(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return out
nalias_start = None
for i, (cp, n) in enumerate(records):
    if i == len(names):
        nalias_start = len(data)
        prev = 0
    data += varint(cp - prev)
    prev = cp
    ws = n.split(' ')
    assert len(ws) < 256
    data.append(len(ws))
    for w in ws:
        k = index[w]
        if k < 0x80:
            data.append(k)
        else:
            data.append(0x80 | (k >> 8))
            data.append(k & 0xFF)

def cbytes(name, b, per=20):
    out = ['static const unsigned char %s[%d] = {' % (name, len(b))]
    for i in range(0, len(b), per):
        out.append('    ' + ','.join(str(x) for x in b[i:i + per]) + ',')
    out.append('};')
    return '\n'.join(out)

o = []
o.append('/* Unicode character names and aliases for "\\N{...}" (Unicode %s). GENERATED'
         % unicodedata.unidata_version)
o.append(' * by tools/gen-uc-names.py; do not edit. See that script for the layout. */')
o.append('#include "compiler/uc_names.h"')
o.append('')
o.append('#include <string.h>')
o.append('')
o.append('#define UC_NWORDS %d' % len(words))
o.append('#define UC_ALIAS_START %d  /* aliases restart the code point deltas */' % nalias_start)
o.append('static const char uc_words[] =')
for i in range(0, len(blob), 72):
    o.append('    "%s"' % blob[i:i + 72].decode('ascii'))
o.append(';')
o.append('static const unsigned uc_word_off[%d] = {' % len(offsets))
for i in range(0, len(offsets), 12):
    o.append('    ' + ','.join(str(x) for x in offsets[i:i + 12]) + ',')
o.append('};')
o.append(cbytes('uc_data', data))
o.append('typedef struct { unsigned lo, hi; const char *prefix; } UcRange;')
o.append('static const UcRange uc_ranges[] = {')
for lo, hi, p in ranges:
    o.append('    {0x%04X, 0x%04X, "%s"},' % (lo, hi, p))
o.append('};')
o.append(open(__file__.replace('gen-uc-names.py', 'uc_names_lookup.c.in')).read())
sys.stdout.write('\n'.join(o))
