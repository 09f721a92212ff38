#!/usr/bin/env python3
# Generates src/runtime/unicode_tables.c, the Unicode character database that
# src/runtime/unicode_db.c reads. Run with python3.13: every property CPython
# exposes is taken from its unicodedata and str methods (Unicode 15.1); only
# name aliases and named sequences come from /usr/share/unicode (Debian's
# unicode-data), which unicodedata can look up but not enumerate.
#   ~/.pyenv/versions/3.13.0/bin/python3.13 tools/gen-unicode-db.py > src/runtime/unicode_tables.c
import re, sys, unicodedata as U
import _sre

MAXCP = 0x110000
CATS = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
        "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
        "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]
BIDIS = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES",
         "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI",
         "FSI", "PDI"]
EAWS = ["N", "Na", "A", "W", "H", "F"]
# Must match the UCD_* flag bits in unicode_db.h.
F = dict(ALPHA=1 << 0, DECIMAL=1 << 1, DIGIT=1 << 2, NUMERIC=1 << 3,
         SPACE=1 << 4, PRINTABLE=1 << 5, XID_START=1 << 6,
         XID_CONTINUE=1 << 7, CASED=1 << 8, CASE_IGNORABLE=1 << 9,
         UPPER=1 << 10, LOWER=1 << 11, TITLE=1 << 12, MIRRORED=1 << 13,
         LINEBREAK=1 << 14, NAMED=1 << 15)
CASE_EXT = 0x01000000   # see ucd_case_map in unicode_db.c
UCD_DIR = "/usr/share/unicode"


def is_cased(c):
    # title() sets "previous is cased" from the Cased property of c.
    return (c + "a").title()[-1] == "a"


def is_case_ignorable(c, cased):
    # Final-sigma rule of str.lower(): probes that expose Case_Ignorable.
    if cased:
        return ("A\u03a3" + c).lower()[1] == "\u03c2"
    return ("A\u03a3" + c + "A").lower()[1] == "\u03c3"


def flags_of(cp):
    c = chr(cp)
    f = 0
    if c.isalpha(): f |= F["ALPHA"]
    if c.isdecimal(): f |= F["DECIMAL"]
    if c.isdigit(): f |= F["DIGIT"]
    if c.isnumeric(): f |= F["NUMERIC"]
    if c.isspace(): f |= F["SPACE"]
    if c.isprintable(): f |= F["PRINTABLE"]
    if (c + "a").isidentifier() and cp != 0x5F: f |= F["XID_START"]
    if ("a" + c).isidentifier(): f |= F["XID_CONTINUE"]
    cased = is_cased(c)
    if cased: f |= F["CASED"]
    if is_case_ignorable(c, cased): f |= F["CASE_IGNORABLE"]
    if c.isupper(): f |= F["UPPER"]
    if c.islower(): f |= F["LOWER"]
    if U.category(c) == "Lt": f |= F["TITLE"]
    if U.mirrored(c): f |= F["MIRRORED"]
    if len(("a" + c + "b").splitlines()) > 1: f |= F["LINEBREAK"]
    return f


case_ext = []
case_ext_index = {}


def case_code(cp, s):
    if len(s) == 1:
        return ord(s) - cp
    key = tuple(ord(x) for x in s)
    if key not in case_ext_index:
        case_ext_index[key] = len(case_ext)
        case_ext.extend(key)
    return CASE_EXT | (len(key) << 16) | case_ext_index[key]


def algorithmic_name(cp, name):
    m = re.match(r"^(.*)-([0-9A-F]{4,6})$", name)
    if m and int(m.group(2), 16) == cp:
        return m.group(1)
    if name.startswith("HANGUL SYLLABLE "):
        return "HANGUL SYLLABLE"
    return None


def split_bins(t, elem_bytes=2):
    """Best two-level split of t: (shift, index1, index2) with the least bytes."""
    best = None
    for shift in range(3, 11):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for i in range(0, len(t), size):
            b = tuple(t[i:i + size])
            if b not in blocks:
                blocks[b] = len(index2) >> shift
                index2.extend(b)
            index1.append(blocks[b])
        cost = (len(index1) + len(index2)) * elem_bytes  # both emitted as uint16_t
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


out = []
emit = out.append


def emit_array(ty, name, values, per_line=16, fmt="%d"):
    # ucd_tab_* arrays are read by unicode_db.c; the rest stay file-local.
    emit("%sconst %s %s[%d] = {" % ("" if name.startswith("ucd_tab_") else "static ", ty, name, len(values)))
    for i in range(0, len(values), per_line):
        emit("    " + ",".join(fmt % v for v in values[i:i + per_line]) + ",")
    emit("};")
    emit("")


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# CPython's one-to-one mappings (Py_UNICODE_TOUPPER/TOLOWER, which re's
# IGNORECASE uses) are the first code point of the full mappings, so
# unicode_db.c derives them; check that assumption here.
def check_first_of_full(cp):
    c = chr(cp)
    lo, up = ord(c.lower()[0]), ord(c.upper()[0])
    assert _sre.unicode_tolower(cp) == lo, hex(cp)
    assert _sre.unicode_iscased(cp) == (lo != cp or up != cp), hex(cp)


# --- Per-code-point records ------------------------------------------------
numerics = [None]
records, record_index = [], {}
rec_of = [0] * MAXCP
names = {}            # cp -> stored (non-algorithmic) name
families = []         # [lo, hi, prefix]
decomp_of = {}        # cp -> (tag, [cps])
for cp in range(MAXCP):
    c = chr(cp)
    name = U.name(c, None)
    fl = flags_of(cp)
    if name is not None:
        fam = algorithmic_name(cp, name)
        if fam is None:
            names[cp] = name
            fl |= F["NAMED"]
        elif fam != "HANGUL SYLLABLE":
            if families and families[-1][2] == fam and families[-1][1] == cp - 1:
                families[-1][1] = cp
            else:
                families.append([cp, cp, fam])
    num = U.numeric(c, None)
    if num is None:
        ni = 0
    else:
        if num not in numerics:
            numerics.append(num)
        ni = numerics.index(num)
    rec = (CATS.index(U.category(c)), BIDIS.index(U.bidirectional(c)),
           U.combining(c), EAWS.index(U.east_asian_width(c)), fl,
           U.decimal(c, -1), U.digit(c, -1), ni,
           case_code(cp, c.upper()), case_code(cp, c.lower()),
           case_code(cp, c.title()), case_code(cp, c.casefold()))
    check_first_of_full(cp)
    if rec not in record_index:
        record_index[rec] = len(records)
        records.append(rec)
    rec_of[cp] = record_index[rec]
    d = U.decomposition(c)
    if d:
        parts = d.split()
        tag = parts[0] if parts[0].startswith("<") else ""
        decomp_of[cp] = (tag, [int(x, 16) for x in parts[1 if tag else 0:]])

emit("/* The Unicode character database (Unicode %s): properties, case mappings," % U.unidata_version)
emit(" * decompositions, compositions and names. GENERATED by tools/gen-unicode-db.py; do not edit. */")
emit('#include "runtime/unicode_db.h"')
emit("")
emit("const char ucd_unicode_version[] = %s;" % c_string(U.unidata_version))
for arr, vals in (("ucd_category_names", CATS), ("ucd_bidi_names", BIDIS),
                  ("ucd_east_asian_names", EAWS)):
    emit("const char *const %s[%d] = {" % (arr, len(vals)))
    for i in range(0, len(vals), 10):
        emit("    " + " ".join(c_string(v) + "," for v in vals[i:i + 10]))
    emit("};")
emit("")
emit("static const UcdRecord ucd_records[%d] = {" % len(records))
for r in records:
    emit("    {%d,%d,%d,%d,0x%04X,%d,%d,%d,%d,%d,%d,%d}," % r)
emit("};")
emit("")
shift, i1, i2 = split_bins(rec_of, 2)
assert max(i1) < 65536 and max(i2) < 65536
emit("#define UCD_REC_SHIFT %d" % shift)
emit_array("uint16_t", "ucd_rec_index1", i1)
emit_array("uint16_t", "ucd_rec_index2", i2)
emit("const UcdRecord *ucd_record(uint32_t cp)")
emit("{")
emit("    if (cp >= 0x110000)")
emit("        cp = 0x%04X; /* an unassigned code point */" % 0x378)
emit("    return &ucd_records[ucd_rec_index2[(ucd_rec_index1[cp >> UCD_REC_SHIFT] << UCD_REC_SHIFT) +")
emit("                                      (cp & ((1u << UCD_REC_SHIFT) - 1))]];")
emit("}")
emit("")
emit("const double ucd_tab_numeric[%d] = {0," % len(numerics))
for v in numerics[1:]:
    emit("    %r," % v)
emit("};")
emit("")
emit_array("uint32_t", "ucd_tab_case_ext", case_ext, 8, "0x%04X")

# --- Decompositions: tag<<8|len then the code points; index 0 means none ---
tags = [""] + sorted({t for t, _ in decomp_of.values() if t})
ddata = [0]
dindex = [0] * MAXCP
for cp, (tag, seq) in sorted(decomp_of.items()):
    dindex[cp] = len(ddata)
    ddata.append(tags.index(tag) << 8 | len(seq))
    ddata.extend(seq)
emit("const char *const ucd_tab_decomp_tags[%d] = {%s};" % (len(tags), ", ".join(c_string(t) for t in tags)))
emit("")
emit_array("uint32_t", "ucd_tab_decomp_data", ddata, 8, "0x%04X")
dshift, d1, d2 = split_bins(dindex, 2)
assert max(d1) < 65536 and max(d2) < 65536
emit("#define UCD_DECOMP_SHIFT %d" % dshift)
emit_array("uint16_t", "ucd_decomp_index1", d1)
emit_array("uint16_t", "ucd_decomp_index2", d2)
emit("uint32_t ucd_tab_decomp_index(uint32_t cp)")
emit("{")
emit("    if (cp >= 0x110000)")
emit("        return 0;")
emit("    return ucd_decomp_index2[(ucd_decomp_index1[cp >> UCD_DECOMP_SHIFT] << UCD_DECOMP_SHIFT) +")
emit("                             (cp & ((1u << UCD_DECOMP_SHIFT) - 1))];")
emit("}")
emit("")

# --- Canonical compositions: primary composites are exactly the characters
# with a two-character canonical decomposition that NFC leaves alone. -------
comps = []
for cp, (tag, seq) in decomp_of.items():
    if not tag and len(seq) == 2 and U.normalize("NFC", chr(cp)) == chr(cp):
        comps.append((seq[0], seq[1], cp))
comps.sort()
emit("const UcdComposition ucd_tab_compositions[%d] = {" % len(comps))
for i in range(0, len(comps), 4):
    emit("    " + " ".join("{0x%04X,0x%04X,0x%04X}," % t for t in comps[i:i + 4]))
emit("};")
emit("const size_t ucd_tab_ncompositions = %d;" % len(comps))
emit("")

# --- Names: a word dictionary (most frequent words get one-byte codes) and,
# per name, a header byte (words shared with the previous name in the same
# block << 4 | words that follow) then word codes. -------------------------
from collections import Counter
wc = Counter()
for n in names.values():
    wc.update(n.split(" "))
words = [w for w, _ in sorted(wc.items(), key=lambda kv: (-kv[1], kv[0]))]
windex = {w: i for i, w in enumerate(words)}
nwords = len(words)
ONE = 0
for t in range(255, 0, -1):
    if (256 - t) * 256 + t >= nwords:
        ONE = t
        break
NAME_SHIFT = 7
phrase = []
name_block = []
for blk in range(MAXCP >> NAME_SHIFT):
    name_block.append(len(phrase))
    prev = []
    for cp in range(blk << NAME_SHIFT, (blk + 1) << NAME_SHIFT):
        if cp not in names:
            continue
        t = names[cp].split(" ")
        k = 0
        while k < len(t) - 1 and k < len(prev) and prev[k] == t[k]:
            k += 1
        assert len(t) - k < 16 and k < 16
        phrase.append(k << 4 | (len(t) - k))
        for w in t[k:]:
            i = windex[w]
            if i < ONE:
                phrase.append(i)
            else:
                i -= ONE
                phrase.append(ONE + (i >> 8))
                phrase.append(i & 255)
        prev = t
name_block.append(len(phrase))
woff, pos = [], 0
for w in words:
    woff.append(pos)
    pos += len(w)
woff.append(pos)
assert NAME_SHIFT == 7  # UCD_NAME_SHIFT in unicode_db.h
emit("const unsigned ucd_tab_one_byte = %d; /* word codes below are one byte */" % ONE)
emit("const size_t ucd_tab_nwords = %d;" % nwords)
emit("const char ucd_tab_words[] =")
line = ""
for w in words:
    line += w
    if len(line) > 72:
        emit("    " + c_string(line))
        line = ""
emit("    " + c_string(line) + ";")
emit("")
emit_array("uint32_t", "ucd_tab_word_offsets", woff, 12)
emit_array("uint8_t", "ucd_tab_phrases", phrase, 24)
emit_array("uint32_t", "ucd_tab_name_blocks", name_block, 12)
emit("const UcdNameFamily ucd_tab_name_families[%d] = {" % len(families))
for lo, hi, p in families:
    emit("    {0x%04X, 0x%04X, %s}," % (lo, hi, c_string(p)))
emit("};")
emit("const size_t ucd_tab_nname_families = %d;" % len(families))
emit("")

# --- Aliases and named sequences (files: Unicode 15.0, checked against
# python3.13's unicodedata.lookup, which knows the 15.1 sets). --------------
aliases, seqs = [], []
for line in open(UCD_DIR + "/NameAliases.txt"):
    line = line.split("#")[0].strip()
    if not line:
        continue
    cp, alias, kind = line.split(";")
    cp = int(cp, 16)
    assert U.lookup(alias) == chr(cp), alias
    aliases.append((alias, cp))
for line in open(UCD_DIR + "/NamedSequences.txt"):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, cps = line.split(";")
    cps = [int(x, 16) for x in cps.split()]
    assert U.lookup(name) == "".join(map(chr, cps)), name
    assert len(cps) <= 4
    seqs.append((name, cps))
emit("const UcdAlias ucd_tab_aliases[%d] = {" % len(aliases))
for a, cp in aliases:
    emit("    {%s, 0x%04X}," % (c_string(a), cp))
emit("};")
emit("const size_t ucd_tab_naliases = %d;" % len(aliases))
emit("")
emit("const UcdSequence ucd_tab_sequences[%d] = {" % len(seqs))
for n, cps in seqs:
    emit("    {%s, %d, {%s}}," % (c_string(n), len(cps), ", ".join("0x%04X" % c for c in cps)))
emit("};")
emit("const size_t ucd_tab_nsequences = %d;" % len(seqs))

sys.stdout.write("\n".join(out) + "\n")
print("records %d, record shift %d, numerics %d, case ext %d, decomp %d, "
      "compositions %d, names %d, words %d (one-byte %d), phrase bytes %d" %
      (len(records), shift, len(numerics), len(case_ext), len(ddata),
       len(comps), len(names), nwords, ONE, len(phrase)), file=sys.stderr)
