# Makes the strops test cases and, from CPython, their expected results.
#   gen-cases.py cases            > cases.txt   (a fixed grid + seeded randoms)
#   gen-cases.py expect < cases.txt > cases.exp (run under python3.13)
# tools/gen-strops-expected.sh runs both. Line format: tools/strops-check.c.
import random
import sys

HUGE = 10 ** 30


def enc(s):
    if s is None:
        return "N"
    if s == "":
        return "_"
    return ",".join("%x" % ord(c) for c in s)


def enc_runs(s):
    """enc with runs written hex*count (for long texts)."""
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%x" % ord(s[i]) + ("*%d" % (j - i) if j - i > 1 else ""))
        i = j
    return ",".join(out) if out else "_"


def dec(t):
    if t == "N":
        return None
    if t == "_":
        return ""
    out = []
    for x in t.split(","):
        c, _, k = x.partition("*")
        out.append(chr(int(c, 16)) * (int(k) if k else 1))
    return "".join(out)


def rint(t):
    return None if t == "N" else int(t)


def ival(x):
    """An int argument: beyond int64 it is clamped the way CPython clamps
    slice indices (the tool reads int64 with strtoll saturation)."""
    return "N" if x is None else str(x)


SEARCH_ALPHA = "ab"
WS = " \t\n\x0b\x0c\r\x1c\x1f\x85\xa0\u1680\u2000\u2028\u3000\u200b"
CASE_ALPHA = ("aAzZ \u00df\u0149\u01f0\u0390\u0130\u0131\u03a3\u03c3\u03c2"
              "\u01c4\u01c5\u01c6\u10a0\u10d0\u1c90\u13a0\uab70\ufb01\u1fb3"
              "\u1fbc\u0301'.1\u0345\u1f88\u00b5\u0345\u2160\u24b6\U00010400"
              "\U0001e900")
PRED_ALPHA = ("aA1\u00b2\u00bd\u0663 \t\x1c\x85\xa0\u2028_\u01c5\x00\x7f"
              "\u00e9\u4e2d\U0001d7ce\u00b7\u2118\u309b\u2160\u1f88\u02b0"
              "\u0301\ud800\U000e0001\u0345")
BOUNDS = [None, -HUGE, -10, -3, -2, -1, 0, 1, 2, 3, 4, 6, 10, HUGE]


def rstr(rng, alpha, lo, hi):
    return "".join(rng.choice(alpha) for _ in range(rng.randint(lo, hi)))


def cases():
    rng = random.Random(20261124)
    out = []

    def add(*parts):
        out.append(" ".join(parts))

    # searching: exhaustive-ish grid over a two-letter alphabet
    hays = [""] + [rstr(rng, SEARCH_ALPHA, 1, 6) for _ in range(40)]
    needles = ["", "a", "b", "ab", "ba", "aa", "aba", "bab", "abab", "aaaa"]
    for m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        for _ in range(400):
            add(m, enc(rng.choice(hays)), enc(rng.choice(needles)),
                ival(rng.choice(BOUNDS)), ival(rng.choice(BOUNDS)))
        for h in ("abc", "", "aaaa"):
            for st in BOUNDS:
                add(m, enc(h), enc(""), ival(st), "N")
    # long needles (the skipping search) over a larger text
    for _ in range(300):
        h = rstr(rng, "abc\u0100\U00010000", 20, 120)
        if rng.random() < 0.6:
            i = rng.randint(0, len(h) - 1)
            nd = h[i:i + rng.randint(3, 12)]
        else:
            nd = rstr(rng, "abc\u0100\U00010000", 3, 10)
        for m in ("find", "rfind", "count"):
            add(m, enc(h), enc(nd), ival(rng.choice([None, 0, 5, -30])),
                ival(rng.choice([None, 100, -5])))
    # adversarial texts: Horspool's budget runs out and KMP finishes
    for _ in range(60):
        k = rng.randint(5, 60)
        nd = "a" * k + rng.choice("bc") + "a" * rng.randint(0, k)
        h = "a" * rng.randint(500, 4000)
        for _ in range(rng.randint(0, 2)):
            p = rng.randint(0, len(h))
            h = h[:p] + rng.choice([nd, "b", "c"]) + h[p:]
        if rng.random() < 0.3:
            h = h.replace("a", "\u0161")
            nd = nd.replace("a", "\u0161")
        for m in ("find", "rfind", "count"):
            add(m, enc_runs(h), enc_runs(nd), ival(rng.choice([None, 7, -300])), "N")
    # replace
    for _ in range(800):
        add("replace", enc(rng.choice(hays)), enc(rng.choice(needles)),
            enc(rng.choice(["", "x", "xy", "\u0100\u0101\u0102"])),
            ival(rng.choice([-1, -5, 0, 1, 2, 3, 2 ** 62, -2 ** 62])))
    # split / rsplit
    for m in ("split", "rsplit"):
        for _ in range(700):
            if rng.random() < 0.5:
                s = rstr(rng, "ab" + WS, 0, 10)
                sep = None
            else:
                s = rstr(rng, "ab,", 0, 10)
                sep = rng.choice(["", ",", "a", "ab", ",,", "b,"])
            add(m, enc(s), enc(sep), ival(rng.choice([-1, -9, 0, 1, 2, 3, 2 ** 62])))
    # splitlines
    nl = "ab\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\u000b\x0e"
    for _ in range(600):
        s = rstr(rng, nl, 0, 10)
        add("splitlines", enc(s), str(rng.randint(0, 1)))
    for s in ["\r\n", "\n\r", "a\r\n\r\nb", "\r", "\r\r\n"]:
        for k in (0, 1):
            add("splitlines", enc(s), str(k))
    # partition
    for m in ("partition", "rpartition"):
        for _ in range(400):
            add(m, enc(rstr(rng, "ab,", 0, 8)),
                enc(rng.choice(["", ",", "a", "ab", ",,", "b,", "abc"])))
    # strip
    for m in ("strip", "lstrip", "rstrip"):
        for _ in range(400):
            s = rstr(rng, "ab" + WS, 0, 8)
            chars = rng.choice([None, None, "", "a", "ab", " ", "b\t", "\u3000a"])
            add(m, enc(s), enc(chars))
    # padding and tabs
    for m in ("center", "ljust", "rjust"):
        for _ in range(400):
            add(m, enc(rstr(rng, "ab-+", 0, 6)), ival(rng.choice([-5, 0, 1, 3, 4, 5, 6, 7, 8, 9, 10])),
                enc(rng.choice([" ", "*", "\u00e9", "\U0001f600"])))
    for _ in range(500):
        add("zfill", enc(rstr(rng, "12-+a", 0, 5)), ival(rng.choice([-1, 0, 1, 2, 3, 5, 6, 8])))
    for _ in range(600):
        add("expandtabs", enc(rstr(rng, "ab\t\n\r\x0b\u2028", 0, 12)),
            ival(rng.choice([-3, 0, 1, 2, 3, 4, 8, 9])))
    # case mappings
    for m in ("upper", "lower", "casefold", "title", "capitalize", "swapcase"):
        for c in CASE_ALPHA:
            add(m, enc(c))
        for _ in range(400):
            add(m, enc(rstr(rng, CASE_ALPHA, 0, 7)))
        # the final sigma at word ends, past case-ignorables
        for s in ["\u03a3", "A\u03a3", "A\u03a3B", "A\u03a3 B", "A\u03a3'", "A'\u03a3",
                  "A\u03a3\u0301", "A\u0301\u03a3", ".\u03a3.", "A\u03a3\u03a3",
                  "\u03a3A", "1\u03a3", "A.\u03a3.", "\u0345\u03a3", "A\u03a3\u0345"]:
            add(m, enc(s))
    # predicates
    preds = ("isalpha isdecimal isdigit isnumeric isalnum isspace isprintable "
             "isidentifier isupper islower istitle isascii").split()
    for m in preds:
        for c in PRED_ALPHA + CASE_ALPHA:
            add(m, enc(c))
        add(m, enc(""))
        for _ in range(250):
            add(m, enc(rstr(rng, PRED_ALPHA, 1, 4)))
        for _ in range(250):
            add(m, enc(rstr(rng, CASE_ALPHA, 1, 5)))
    # bytes: ASCII whitespace, \n and \r lines, ASCII case and classes
    BWS = " \t\n\x0b\x0c\r\x1c\x1f\x85\xa0ab"
    for m in ("split", "rsplit"):
        for _ in range(300):
            if rng.random() < 0.6:
                add("b" + m, enc(rstr(rng, BWS, 0, 10)), "N", ival(rng.choice([-1, 0, 1, 2])))
            else:
                add("b" + m, enc(rstr(rng, "ab,", 0, 10)), enc(rng.choice(["", ",", "ab"])),
                    ival(rng.choice([-1, 0, 1, 2])))
    for _ in range(300):
        add("bsplitlines", enc(rstr(rng, "ab\n\r\x0b\x0c\x1c\x1d\x1e\x85", 0, 10)),
            str(rng.randint(0, 1)))
    for m in ("strip", "lstrip", "rstrip"):
        for _ in range(150):
            add("b" + m, enc(rstr(rng, BWS, 0, 8)), enc(rng.choice([None, None, "a", " \x85"])))
    BCASE = "aAzZ09 _'\xdf\xb5\xc0\xe0\xff\t\x85"
    for m in ("upper", "lower", "title", "capitalize", "swapcase", "isalpha", "isdigit",
              "isalnum", "isspace", "isupper", "islower", "istitle", "isascii"):
        add("b" + m, enc(""))
        for _ in range(150):
            add("b" + m, enc(rstr(rng, BCASE, 1, 6)))
    # str.format templates
    ftoks = ["{", "}", "{{", "}}", "{}", "0", "1", "3", "a", "b", "c", "!", "r", "s",
             "x", ":", ">", "5", ".", "[", "]", "\u00e9", " ", "d", "{0}", "{a}",
             "{:", "!r}", "[0]", ".b", "\u0663"]
    fixed = ["", "x", "{", "}", "{{", "}}", "{}", "{0}", "{1}", "{3}", "{a}", "{c}",
             "{}{}", "{0}{}", "{}{0}", "{a}{}", "{}{a}", "{0!r}", "{0!s}", "{0!a}",
             "{0!x}", "{0!}", "{!r", "{0!rx}", "{0[}", "{0[}]}", "{a{}", "{:{",
             "{:{}}}", "{0!r:}", "{0:}", "{0:{1}}", "{0:{1:{2}}}", "{:{}}", "{:{:{}}}",
             "{0.b[1].c}", "{0[a]}", "{0[]}", "{0.}", "{0[0]x}", "{0[0}", "{0..b}",
             "{00}", "{\u0663}", "{99999999999999999999}", "{0[99999999999999999999]}",
             "{0!r:>9}", "{0!s:^7}", "{0!r:d}", "{0:{1}{2}}", "a{{b}}c", "{0:}}",
             "{!\u00e9}", "{0!\x01}", "{a.b}", "{b[x]}", "{0:{}}", "{}:{0}",
             "{!r:{:}}"]
    # well-formed fields with names, conversions and nested specs
    def field(depth):
        name = rng.choice(["", "", "0", "1", "2", "a", "b", "0.x", "a[0]", "1[k].y", "3", "c"])
        conv = rng.choice(["", "", "!r", "!s", "!a", "!x"])
        spec = ""
        if rng.random() < 0.6:
            spec = ":" + rng.choice(["", ">5", "^7", "x", "*<4", "d", ".1"])
            if depth < 3 and rng.random() < 0.4:
                spec += field(depth + 1)
        return "{" + name + conv + spec + "}"
    for _ in range(1200):
        s = ""
        for _ in range(rng.randint(1, 3)):
            s += rng.choice(["", "x", "{{", "}}", " é"]) + field(1)
        fixed.append(s)
    fstrs = fixed + ["".join(rng.choice(ftoks) for _ in range(rng.randint(1, 7)))
                     for _ in range(1500)]
    for s in fstrs:
        add("fmtparse", enc(s))
        add("format", enc(s))
    ntoks = ["0", "1", "a", "b", ".", "[", "]", "x", "\u0663", "..", "[]", "[0]", "[a]"]
    names = ["", "0", "a", "0.b", "0[1]", "a.b[c].d", "0[", "0[]", "0.", "0[0]x",
             "99999999999999999999", "0[99999999999999999999]", "\u0663\u0664", "a]b",
             "0]", "[0]", ".a"]
    names += ["".join(rng.choice(ntoks) for _ in range(rng.randint(1, 6))) for _ in range(600)]
    for s in names:
        add("fieldsplit", enc(s))
    # '%' templates: positional (tuple of N sevens) and keyed (mapping)
    ptoks = ["%", "s", "d", "%%", "(a)", "(b", "-", "+", " ", "#", "0", "5", "*", ".",
             "3", "l", "h", "y", "x", "c", "f", "r", "\u00e9", "\x01", "(", "g", "i",
             "o", "X", "e", "a", "u", "L"]
    pfixed = ["", "%", "%%", "%5%", "%(a)%", "%hhd", "%lLd", "%l", "%y", "%(a", "%(a)",
              "%*d", "%.*f", "%*.*f", "%9999999999999999999d", "%.9999999999999999999d",
              "%-", "%5.", "%s %s", "%%%", "%(a(b)c)s", "% #0+-5.3s", "%5.3.2s", "a%",
              "%\x1f", "%\x7f", "%l ", "%\u0100", "%*", "%.*", "%-*d"]
    pstrs = pfixed + ["".join(rng.choice(ptoks) for _ in range(rng.randint(1, 7)))
                      for _ in range(1500)]
    for s in pstrs:
        # mostly the argument count CPython accepts, else a random one
        n = rng.choice([0, 1, 1, 2, 2, 3])
        if rng.random() < 0.7:
            for k in range(8):
                try:
                    s % ((7,) * k)
                except TypeError as e:
                    if "arguments" in str(e):
                        continue
                except Exception:
                    pass
                n = k
                break
        add("percent", enc(s), str(n))
    for s in pstrs:
        add("pcount", enc(s))
    convs = "sracdiuoxXeEfFgG"
    for _ in range(1200):
        parts = []
        keyed = rng.random() < 0.3
        for _ in range(rng.randint(1, 3)):
            parts.append(rng.choice(["", "x", "\u00e9 "]))
            spec = "%"
            if keyed:
                spec += "(" + rng.choice(["a", "b", "k(j)"]) + ")"
            spec += "".join(rng.sample("-+ #0", rng.randint(0, 2)))
            spec += rng.choice(["", "5", "12", "0"] + ([] if keyed else ["*"]))
            spec += rng.choice(["", ".", ".2", ".0"] + ([] if keyed else [".*"]))
            spec += rng.choice(["", "", "l", "h"])
            spec += rng.choice(convs)
            parts.append(spec)
        s = "".join(parts)
        if keyed:
            add("percent", enc(s), "m")
        else:
            need = s.count("*") + s.count("%") - 0
            add("percent", enc(s), str(max(0, need + rng.choice([0, 0, 0, -1, 1]))))
    return out


class R:
    """The recording object strops-check's format evaluator mirrors."""

    def __init__(self, p):
        self.p = p

    def __getattr__(self, k):
        if k.startswith("__"):
            raise AttributeError(k)
        return R(self.p + "." + k)

    def __getitem__(self, k):
        return R(self.p + "[" + ("i%d" % k if isinstance(k, int) else "s" + k) + "]")

    def __format__(self, spec):
        return "<" + self.p + "|" + spec + ">"

    def __repr__(self):
        return "R" + self.p

    def __str__(self):
        return "S" + self.p


class M(dict):
    def __missing__(self, k):
        return 7


def show(v):
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return enc(v)
    if isinstance(v, bytes):
        return enc(v.decode("latin-1"))
    if isinstance(v, (list, tuple)):
        return "[" + " ".join(show(x) for x in v) + "]"
    raise TypeError(v)


def expect_one(a):
    import _string
    m = a[0]
    s = dec(a[1])
    if m[0] == "b":
        m = m[1:]
        s = s.encode("latin-1")
        if m == "splitlines":
            return s.splitlines(bool(int(a[2])))
        if m in ("split", "rsplit"):
            sep = dec(a[2])
            return getattr(s, m)(None if sep is None else sep.encode("latin-1"), int(a[3]))
        if m.endswith("strip"):
            c = dec(a[2])
            return getattr(s, m)(None if c is None else c.encode("latin-1"))
        return getattr(s, m)()
    if m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        return getattr(s, m)(dec(a[2]), rint(a[3]), rint(a[4]))
    if m == "replace":
        return s.replace(dec(a[2]), dec(a[3]), int(a[4]))
    if m in ("split", "rsplit"):
        return getattr(s, m)(dec(a[2]), int(a[3]))
    if m == "splitlines":
        return s.splitlines(bool(int(a[2])))
    if m in ("partition", "rpartition"):
        return getattr(s, m)(dec(a[2]))
    if m in ("strip", "lstrip", "rstrip"):
        return getattr(s, m)(dec(a[2]))
    if m in ("center", "ljust", "rjust"):
        return getattr(s, m)(int(a[2]), dec(a[3]))
    if m in ("zfill", "expandtabs"):
        return getattr(s, m)(int(a[2]))
    if len(a) == 2 and m.startswith("is") or m in ("upper", "lower", "casefold", "title",
                                                   "capitalize", "swapcase"):
        return getattr(s, m)()
    if m == "fmtparse":
        items = list(_string.formatter_parser(s))
        return "[" + "".join("(%s %s %s %s)" % (enc(l), enc(n), enc(sp),
                                                "N" if c is None else "%x" % ord(c))
                             for l, n, sp, c in items) + "]"
    if m == "fieldsplit":
        first, rest = _string.formatter_field_name_split(s)
        parts = ["i%d" % first if isinstance(first, int) else "s" + enc(first).replace("_", "")]
        for is_attr, k in rest:
            parts.append(("A" if is_attr else "I") +
                         ("i%d" % k if isinstance(k, int) else "s" + enc(k)))
        return " ".join(parts)
    if m == "format":
        return s.format(R("0"), R("1"), R("2"), a=R("a"), b=R("b"))
    if m == "pcount":
        # the argument count CPython accepts; else the template's error
        for k in range(9):
            try:
                s % ((7,) * k)
            except TypeError as e:
                if "arguments" in str(e) and k < 8:
                    continue
                raise
            return "%d False" % k
    if m == "percent":
        if a[2] == "m":
            return s % M()
        return s % ((7,) * int(a[2]))
    raise ValueError("unknown method " + m)


def expect():
    for line in sys.stdin:
        a = line.split()
        try:
            v = expect_one(a)
            if a[0] in ("fmtparse", "fieldsplit", "pcount"):
                print("ok " + v)
            else:
                print("ok " + show(v))
        except Exception as e:
            msg = str(e)
            print("error %s: %s" % (type(e).__name__, msg))


if __name__ == "__main__":
    if sys.argv[1] == "cases":
        print("\n".join(cases()))
    else:
        expect()
