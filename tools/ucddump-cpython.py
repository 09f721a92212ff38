#!/usr/bin/env python3
# The reference side of tools/ucddump.c: prints CPython's view of the Unicode
# database (unicodedata and str methods) in ucddump's line format.
#   ucddump-cpython.py            every code point with something non-default
#   ucddump-cpython.py FILE       the sample items listed in FILE
#   ucddump-cpython.py --lookup FILE   "L name" lines of FILE, looked up
# Line formats (hex is %04X; "=" means the character itself; "-" none):
#   P cp category bidi combining east_asian mirrored flags decimal digit numeric
#   C cp upper lower title casefold simple-lower re-cased
#   N cp name
#   D cp decomposition|NFC|NFD|NFKC|NFKD
#   S seq NFC|NFD|NFKC|NFKD normalized-flags   (a sequence of the sample)
#   L name|lookup|\N{}
import _sre, sys, unicodedata as U

FLAGS = "adgnspSCciULTB"   # order of the letters in the P line


def cased(c):
    return (c + "a").title()[-1] == "a"


def case_ignorable(c):
    if cased(c):
        return ("A\u03a3" + c).lower()[1] == "\u03c2"
    return ("A\u03a3" + c + "A").lower()[1] == "\u03c3"


def flags(c):
    on = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(),
          c.isspace(), c.isprintable(), (c + "a").isidentifier() and c != "_",
          ("a" + c).isidentifier(), cased(c), case_ignorable(c),
          c.isupper(), c.islower(), c.istitle() and not c.isupper(),
          len(("a" + c + "b").splitlines()) > 1]
    return "".join(f if b else "." for f, b in zip(FLAGS, on))


def seq(s, orig):
    if s == orig:
        return "="
    return "+".join("%04X" % ord(x) for x in s) or "-"


def opt(v):
    return "-" if v is None else str(v)


def num(v):
    return "-" if v is None else "%.17g" % v


def p_line(c):
    return "%s %s %d %s %d %s %s %s %s" % (
        U.category(c), U.bidirectional(c) or "-", U.combining(c),
        U.east_asian_width(c), U.mirrored(c), flags(c),
        opt(U.decimal(c, None)), opt(U.digit(c, None)), num(U.numeric(c, None)))


def c_line(c):
    cp = ord(c)
    return "%s %s %s %s %s %d" % (seq(c.upper(), c), seq(c.lower(), c),
                                  seq(c.title(), c), seq(c.casefold(), c),
                                  seq(chr(_sre.unicode_tolower(cp)), c),
                                  _sre.unicode_iscased(cp))


def d_line(c):
    return "%s|%s" % (U.decomposition(c) or "-",
                      "|".join(seq(U.normalize(f, c), c)
                               for f in ("NFC", "NFD", "NFKC", "NFKD")))


def s_line(s):
    forms = ("NFC", "NFD", "NFKC", "NFKD")
    return "%s|%s" % ("|".join(seq(U.normalize(f, s), s) for f in forms),
                      "".join("1" if U.is_normalized(f, s) else "0" for f in forms))


def l_line(name):
    try:
        r = seq(U.lookup(name), None)
    except KeyError:
        r = "KeyError"
    try:
        e = seq(eval('"\\N{%s}"' % name), None)
    except SyntaxError:
        e = "SyntaxError"
    return "L %s|%s|%s" % (name, r, e)


def dump_cp(cp, all_aspects):
    c = chr(cp)
    p = p_line(c)
    if all_aspects or p != DEFAULT_P:
        print("P %04X %s" % (cp, p))
    cl = c_line(c)
    if all_aspects or cl != "= = = = = 0":
        print("C %04X %s" % (cp, cl))
    n = U.name(c, None)
    if n is not None or all_aspects:
        print("N %04X %s" % (cp, n or "-"))
    d = d_line(c)
    if all_aspects or d != "-|=|=|=|=":
        print("D %04X %s" % (cp, d))


DEFAULT_P = p_line("\u0378")

if len(sys.argv) == 1:
    for cp in range(0x110000):
        dump_cp(cp, False)
elif sys.argv[1] == "--lookup":
    for line in open(sys.argv[2], encoding="ascii"):
        if line.startswith("L "):
            print(l_line(line[2:].rstrip("\n").split("|")[0]))
else:
    for line in open(sys.argv[1], encoding="ascii"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("S "):
            s = "".join(chr(int(x, 16)) for x in line[2:].split())
            print("S %s %s" % ("+".join("%04X" % ord(x) for x in s), s_line(s)))
        elif line.startswith("L "):
            print(l_line(line[2:]))
        else:
            dump_cp(int(line, 16), True)
