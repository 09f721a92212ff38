# Makes the codecs test cases and, from CPython, their expected results.
#   gen-cases.py cases            > cases.txt   (a fixed grid + seeded randoms)
#   gen-cases.py expect < cases.txt > cases.exp (run under python3.13)
# tools/gen-codecs-expected.sh runs both. Line format: see tools/codecs-check.c.
import codecs
import warnings
import random
import sys

CODECS = ["utf-8", "ascii", "iso8859-1", "utf-16", "utf-16-le", "utf-16-be",
          "utf-32", "utf-32-le", "utf-32-be", "cp1252", "unicode-escape",
          "raw-unicode-escape", "utf-8-sig"]
HANDLERS = ["strict", "ignore", "replace", "backslashreplace",
            "surrogateescape", "surrogatepass", "xmlcharrefreplace",
            "namereplace", "bogus"]
# the handlers that change what a malformed input turns into, for the big grids
MAIN_HANDLERS = ["strict", "replace", "backslashreplace", "surrogateescape",
                 "surrogatepass"]


def esc(s):
    out = []
    for b in s.encode("utf-8", "surrogatepass"):
        if b < 0x20 or b >= 0x7F or b == 0x5C:
            out.append("\\x%02x" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def hx(b):
    return b.hex() if b else "-"


def cps(s):
    return ",".join("%x" % ord(c) for c in s) if s else "-"


# ---- inputs ---------------------------------------------------------------

# one or two code points from every kind of range: ASCII controls, Latin,
# Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, CJK, Hangul, private
# use, specials, astral planes, boundaries of every UTF-8 length
SAMPLES = [0x0, 0x1, 0x7f, 0x80, 0x9f, 0xa0, 0xe9, 0xff, 0x100, 0x17f, 0x391,
           0x3c9, 0x410, 0x44f, 0x5d0, 0x627, 0x7ff, 0x800, 0x905, 0xe01,
           0x1100, 0x20ac, 0x2026, 0x2122, 0x3042, 0x4e00, 0x9fff, 0xac00,
           0xd7a3, 0xd7ff, 0xe000, 0xf8ff, 0xfb01, 0xfeff, 0xfffd, 0xfffe,
           0xffff, 0x10000, 0x1d11e, 0x1f600, 0x20000, 0x2fa1d, 0xe0001,
           0xeffff, 0x10fffd, 0x10ffff, 0x152, 0x160, 0x178, 0x192, 0x2c6,
           0x2dc, 0x2013, 0x201a, 0x2030, 0x2039]
SURR = [0xd800, 0xdbff, 0xdc00, 0xdc7f, 0xdc80, 0xdcff, 0xdd00, 0xdfff]


# for namereplace: unicodedata's private code points for aliases and named
# sequences, Hangul syllables, CJK ideographs, variation selectors
NAMED = ["\U000f0000\U000f0001\U000f01d8\U000f01d9\U000f01ff",
         "\U000f0200\U000f03cc\U000f03cd\U000f0400",
         "\uac00\ud7a3\u4e00\U0002a700\U000e0100\U000e01ef\U000e01f0"]


def texts(rng):
    """Strings for encoding: every sample alone and between ASCII, surrogates
    alone, in runs and mixed, and random mixtures."""
    out = []
    for c in SAMPLES + SURR:
        out.append(chr(c))
        out.append("a" + chr(c) + "b")
    out += ["", "abc", "\u00e9\u00e9", "a\u20ac\u20ac\u00e9z", "\ud800\udc00",
            "\udc80\udcff", "a\udc80\udc81b", "\udc80\u00e9", "\u00e9\udc80",
            "\udc80\ud800\udc81", "\ud800\ud800x\udfff", "\U0001f600\ud83d",
            "\x81\x8d\x8f\x90\x9d", "\u0100\u0101", "x\u0100y\u0101z",
            "\udc80\u0100\udc81", "\u20ac\u0100\u20ac"] + NAMED
    pool = SAMPLES + SURR + [ord(c) for c in "abcXYZ019 ~"]
    for _ in range(25):
        out.append("".join(chr(rng.choice(pool)) for _ in range(rng.randint(1, 6))))
    return out


def utf8_malformed():
    """Every class of malformed UTF-8: lone and misplaced bytes, each lead
    byte against the edges of its second-byte range, bad third and fourth
    bytes, truncations, overlongs, surrogates, past U+10FFFF."""
    out = []
    for b in range(0x80, 0x100):
        out.append(bytes([b]))
        out.append(bytes([0x61, b, 0x62]))
    edges = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xf0, 0xff]
    for lead in [0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef,
                 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfc]:
        for s2 in edges:
            out.append(bytes([lead, s2]))
            out.append(bytes([lead, s2, 0x80]))
            out.append(bytes([lead, s2, 0x80, 0x80]))
        for s3 in edges:
            s2 = {0xe0: 0xa0, 0xf0: 0x90, 0xf4: 0x80}.get(lead, 0x80)
            out.append(bytes([lead, s2, s3]))
            out.append(bytes([lead, s2, 0x80, s3]))
    out += [b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xa0\x80\xed\xb0\x80",
            b"a\xed\xb2\x80b", b"\xed\xa0", b"\xed", b"\xf4\x90\x80\x80",
            b"\xf7\xbf\xbf\xbf", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf",
            b"\xef\xbb\xbfabc", b"\xe2\x82\xac\xe2\x82", b"\xf0\x9f\x98\x80\xf0\x9f"]
    return out


def random_bytes(rng, n, lo=1, hi=8, pool=None):
    out = []
    for _ in range(n):
        k = rng.randint(lo, hi)
        if pool:
            out.append(bytes(rng.choice(pool) for _ in range(k)))
        else:
            out.append(bytes(rng.randrange(256) for _ in range(k)))
    return out


def utf16_inputs(rng):
    out = [b"", b"\xff", b"\xff\xfe", b"\xfe\xff", b"\xff\xfea", b"\xfe\xff\x00",
           b"a\x00", b"\x00a", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\xfe\xffa\x00"]
    units = [0x0061, 0x20ac, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0xfffe, 0xd83d]
    for be in (False, True):
        def u(x):
            return x.to_bytes(2, "big" if be else "little")
        for a in units:
            out.append(u(a))
            out.append(u(a) + b"\x41")
            for j, b in enumerate(units):
                out.append(u(a) + u(b))
                if j % 2:
                    out.append(u(a) + u(b) + b"\x00")
        for _ in range(25):
            seq = b"".join(u(rng.choice(units)) for _ in range(rng.randint(1, 5)))
            if rng.random() < 0.3:
                seq += b"\x42"
            if rng.random() < 0.3:
                seq = u(0xfeff) + seq
            out.append(seq)
    return out


def utf32_inputs(rng):
    out = [b"", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"a\x00\x00",
           b"a\x00\x00\x00", b"\x00\x00\x00a"]
    vals = [0x61, 0xe9, 0x20ac, 0xd800, 0xdfff, 0xdc80, 0xfeff, 0xfffe0000,
            0x10ffff, 0x110000, 0xffffffff, 0x1f600, 0]
    for be in (False, True):
        def u(x):
            return x.to_bytes(4, "big" if be else "little")
        for a in vals:
            out.append(u(a))
            out.append(u(a) + b"\x41\x00")
            for b in vals[::3]:
                out.append(u(a) + u(b))
        for _ in range(30):
            seq = b"".join(u(rng.choice(vals)) for _ in range(rng.randint(1, 4)))
            if rng.random() < 0.3:
                seq += bytes(rng.randint(1, 3))
            if rng.random() < 0.3:
                seq = u(0xfeff) + seq
            out.append(seq)
    return out


def escape_inputs(rng):
    """Every escape, well-formed and cut short or malformed at each point."""
    good = [b"\\\\", b"\\'", b'\\"', b"\\a", b"\\b", b"\\f", b"\\n", b"\\r",
            b"\\t", b"\\v", b"\\\n", b"\\0", b"\\7", b"\\12", b"\\377",
            b"\\400", b"\\777", b"\\1234", b"\\8", b"\\q", b"\\x41", b"\\xe9",
            b"\\xFF", b"\\u20ac", b"\\u20AC", b"\\ud800", b"\\U0001f600",
            b"\\U0010ffff", b"\\U00110000", b"\\Uffffffff", b"\\N{DIGIT ONE}",
            b"\\N{latin small letter e with acute}", b"\\N{LINE FEED}",
            b"\\N{HANGUL SYLLABLE GA}", b"\\N{hangul syllable ga}",
            b"\\N{CJK UNIFIED IDEOGRAPH-4E00}", b"\\N{NO SUCH NAME}",
            b"\\N{}", b"\\N", b"\\Nx", b"\\N{DIGIT ONE", b"\\N{}}",
            b"\\", b"\\\\u0041", b"\\\\\\u0041", b"\\\xe9", b"\xe9\x80",
            b"\\u", b"\\uzzzz", b"\\U", b"\\x", b"\\xg", b"abc", b""]
    out = []
    for g in good:
        out.append(g)
        out.append(b"a" + g + b"z")
        for cut in range(1, len(g)):
            out.append(g[:cut])
            if cut % 3 == 1:
                out.append(g[:cut] + b"!")
    pool = [b"\\", b"x", b"u", b"U", b"N", b"{", b"}", b"4", b"1", b"0", b"f", b"a", b"\xe9"]
    for _ in range(60):
        out.append(b"".join(rng.choice(pool) for _ in range(rng.randint(1, 10))))
    return out


LOOKUP_NAMES = [
    "utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "U8", "u8", "utf", "cp65001",
    "utf8_ucs2", "Utf-8", "utf--8", "utf__8", "-utf-8-", "utf.8", "utf8.",
    "utf\\x208", "\\x20utf8\\x20", "utf\\xc3\\xa98", "utf-8\\xc3\\xa9", "utf-88",
    "ascii", "ASCII", "us-ascii", "US_ASCII", "646", "us", "cp367", "ibm367",
    "iso646-us", "ansi_x3.4-1968", "ANSI_X3.4_1968", "ansi-x3-4-1968",
    "ansi_x3.4_1986", "iso_646.irv:1991", "iso_646.irv_1991", "iso-ir-6",
    "csASCII", "latin-1", "latin1", "latin_1", "LATIN1", "L1", "l1", "latin",
    "iso8859-1", "iso-8859-1", "ISO-8859-1", "iso_8859_1", "iso8859_1",
    "iso8859", "8859", "cp819", "CP819", "ibm819", "iso-ir-100", "csisolatin1",
    "iso_8859-1:1987", "utf-16", "UTF-16", "utf16", "U16", "utf-16-le",
    "UTF-16LE", "utf_16_le", "utf-16le", "utf-16-be", "UTF-16BE", "utf_16be",
    "unicodelittleunmarked", "UnicodeBigUnmarked", "utf-32", "utf32", "U32",
    "utf-32-le", "UTF-32LE", "utf_32le", "utf-32-be", "utf_32be", "cp1252",
    "CP1252", "windows-1252", "Windows_1252", "1252", "cp-1252",
    "bogus", "utf-9", "latin-2x", "u-8", "ut8", "x", "-", "_", ".", "..",
    "utf..8", "ascii.", ".ascii", "l\\x201", "UTF-16_LE", "utf-16--le",
    "utf_16_le_", "aliases", "iso8859.1", "latin.1", "unicode_escape",
    "unicode-escape", "Unicode_Escape", "raw_unicode_escape", "raw-unicode-escape",
    "unicodeescape", "utf-8-sig", "UTF_8_SIG", "utf8-sig", "utf-8sig",
]


def cases():
    rng = random.Random(20251124)
    out = []
    for name in LOOKUP_NAMES:
        out.append("lookup " + name)
    ts = texts(rng)
    # encode: every text with every codec; every handler where it matters
    for enc in CODECS:
        for i, t in enumerate(ts):
            try:
                t.encode(enc)
                hs = ["strict"]
            except UnicodeError:
                # all handlers on the one-character texts, the last fixed
                # ones (names) and every third other; the rest get strict
                # and two in turn
                hs = HANDLERS if len(t) == 1 or i % 3 == 0 or t in NAMED else [
                    "strict", HANDLERS[1 + i % 8], HANDLERS[1 + (i + 3) % 8]]
            for h in hs:
                out.append("encode %s %s %s" % (enc, h, cps(t)))
    # decode: valid text in every codec
    valid = []
    for t in ts:
        valid.append(t)
    for enc in CODECS:
        for t in valid:
            try:
                b = t.encode(enc)
            except UnicodeError:
                continue
            out.append("decode %s strict %s" % (enc, hx(b)))
    # decode: malformed input, with every handler on a part of it
    mal8 = utf8_malformed() + random_bytes(rng, 30) + random_bytes(
        rng, 50, 1, 10, [0x41, 0x80, 0x9f, 0xa0, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xff])
    for i, b in enumerate(mal8):
        # strict everywhere, the other handlers in turn, all on a seventh
        hs = HANDLERS if i % 7 == 0 else ["strict", MAIN_HANDLERS[1 + i % 4]]
        for h in hs:
            out.append("decode utf-8 %s %s" % (h, hx(b)))
    bytes8 = [bytes([b]) for b in range(256)] + [bytes(range(0x70, 0xa0))] + random_bytes(rng, 30)
    for enc in ["ascii", "iso8859-1", "cp1252"]:
        for i, b in enumerate(bytes8):
            for h in (HANDLERS if i % 5 == 0 else ["strict", MAIN_HANDLERS[1 + i % 4]]):
                out.append("decode %s %s %s" % (enc, h, hx(b)))
    for i, b in enumerate(utf16_inputs(rng)):
        for enc in ["utf-16", "utf-16-le", "utf-16-be"]:
            hs = HANDLERS if i % 11 == 0 else ["strict", MAIN_HANDLERS[1 + i % 4]]
            for h in hs:
                out.append("decode %s %s %s" % (enc, h, hx(b)))
    for i, b in enumerate(utf32_inputs(rng)):
        for enc in ["utf-32", "utf-32-le", "utf-32-be"]:
            for h in ["strict", MAIN_HANDLERS[1 + i % 4]]:
                out.append("decode %s %s %s" % (enc, h, hx(b)))
    for i, b in enumerate(escape_inputs(rng)):
        for enc in ["unicode-escape", "raw-unicode-escape"]:
            # raw only reads backslash-u escapes: half the inputs will do
            if enc == "raw-unicode-escape" and i % 2:
                continue
            hs = HANDLERS if i % 9 == 0 else ["strict", MAIN_HANDLERS[1 + i % 4]]
            for h in hs:
                out.append("decode %s %s %s" % (enc, h, hx(b)))
    # utf-8-sig: with and without a BOM, cut and malformed
    for i, b in enumerate(mal8[::12]):
        for pre in (b"", b"\xef\xbb\xbf", b"\xef\xbb", b"\xef\xbb\xbf\xef\xbb\xbf"):
            out.append("decode utf-8-sig %s %s" % (["strict", MAIN_HANDLERS[1 + i % 4]][i % 2], hx(pre + b)))
    # the fast paths, over the UTF-8 inputs and long ASCII runs spoilt at
    # every position (the checks read eight bytes at a time)
    fast = mal8[::6] + [t.encode("utf-8", "surrogatepass") for t in ts]
    for k in range(0, 40, 3):
        for bad in (b"\x80", b"\xc3\xa9", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82"):
            fast.append(b"a" * k + bad + b"b" * (k % 11))
    for b in fast:
        out.append("fast " + hx(b))
    # incremental: inputs cut at every point, and into random pieces
    inc = {
        "utf-8": [b"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z", b"\xed\xa0\x80x",
                  b"\xe2\x82", b"\xf0\x9f\x98", b"\xe0\x80a", b"\xff\xc3"],
        "utf-16": ["a\u20ac\U0001f600".encode("utf-16"), "x".encode("utf-16-be"),
                   b"a\x00b\x00", b"\xfe\xff\xd8\x3d\xde\x00\x00", b"\xff"],
        "utf-16-le": ["a\U0001f600b".encode("utf-16-le"), b"\x00\xd8a\x00", b"\x00\xdc\x00"],
        "utf-16-be": ["a\U0001f600b".encode("utf-16-be"), b"\xd8\x00\x00a\x00"],
        "utf-32": ["a\U0001f600".encode("utf-32"), b"\x00\x00\xfe\xff\x00\x00\x00a",
                   b"a\x00\x00\x00", b"\x00\xd8\x00\x00\x00"],
        "utf-32-le": ["a\U0001f600".encode("utf-32-le") + b"\x00", b"\x00\x00\x11\x00"],
        "utf-32-be": ["a\U0001f600".encode("utf-32-be")],
        "utf-8-sig": [b"\xef\xbb\xbfa\xc3\xa9", b"\xef\xbba", b"\xef", b"\xef\xbb\xbf\xff",
                      b"\xef\xbb\xbf\xef\xbb\xbf", b"ab\xe2\x82"],
        "ascii": [b"ab\xffc"], "iso8859-1": [b"a\xe9"], "cp1252": [b"a\x81\x80"],
    }
    for enc, inputs in inc.items():
        for b in inputs:
            for h in ["strict", "replace", "surrogatepass", "surrogateescape"]:
                for cut in range(len(b) + 1):
                    for fin in ("final", "more"):
                        out.append("idecode %s %s %s|%s %s" % (enc, h, hx(b[:cut]), hx(b[cut:]), fin))
                for _ in range(6):
                    cuts = sorted(rng.randint(0, len(b)) for _ in range(rng.randint(1, 4)))
                    parts = [b[i:j] for i, j in zip([0] + cuts, cuts + [len(b)])]
                    out.append("idecode %s %s %s final" % (enc, h, "|".join(hx(p) for p in parts)))
    return out


# ---- expected results from this CPython --------------------------------------

def unescape_name(s):
    return s.encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8", "surrogateescape")


def err(e):
    s = "error %s: %s" % (type(e).__name__, esc(str(e)))
    if isinstance(e, (UnicodeDecodeError, UnicodeEncodeError)):
        s += " [%d %d]" % (e.start, e.end)
    return s


def unhex(s):
    return b"" if s == "-" else bytes.fromhex(s)


def uncps(s):
    return "" if s == "-" else "".join(chr(int(x, 16)) for x in s.split(","))


def run(line):
    a = line.split(" ")
    try:
        if a[0] == "lookup":
            return "ok " + codecs.lookup(unescape_name(a[1])).name
        if a[0] == "decode":
            return "ok " + cps(unhex(a[3]).decode(a[1], a[2]))
        if a[0] == "encode":
            return "ok " + hx(uncps(a[3]).encode(a[1], a[2]))
        if a[0] == "fast":
            b = unhex(a[1])
            try:
                count = str(len(b.decode("utf-8")))
                valid = 1
            except UnicodeError:
                count, valid = "-", 0
            return "ok valid=%d count=%s ascii=%d" % (valid, count, b.isascii())
        if a[0] == "idecode":
            d = codecs.getincrementaldecoder(a[1])(a[2])
            chunks = a[3].split("|")
            res = []
            for k, c in enumerate(chunks):
                try:
                    res.append(cps(d.decode(unhex(c), a[4] == "final" and k == len(chunks) - 1)))
                except Exception as e:
                    return err(e) + " (chunk %d)" % k
            return "ok " + "|".join(res) + " pending=" + hx(d.getstate()[0])
    except Exception as e:
        return err(e)
    return "bad line"


def main():
    # unicode_escape warns about unknown escapes; the answers are unchanged
    warnings.simplefilter("ignore")
    if sys.argv[1] == "cases":
        for line in cases():
            print(line)
    else:
        for line in sys.stdin:
            print(run(line.rstrip("\n")))


main()
