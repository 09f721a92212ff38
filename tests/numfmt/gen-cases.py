# Makes the numfmt test cases and, from CPython, their expected results.
#   gen-cases.py cases            > cases.txt   (the inputs: a fixed grid + seeded randoms)
#   gen-cases.py expect < cases.txt > cases.exp (run under python3.13)
# tools/gen-numfmt-expected.sh runs both. Line format: see tools/numfmt-check.c.
import math
import random
import sys


def esc(s):
    """A test-line argument: \\xNN for bytes outside '!'..'~' and '\\'."""
    if s == "":
        return "\\E"
    out = []
    for b in s.encode("utf-8", "surrogatepass"):
        if b <= 0x20 or b == 0x7F or b == 0x5C or b >= 0x80:
            out.append("\\x%02x" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def unesc(s):
    if s == "\\E":
        return ""
    b = bytearray()
    i = 0
    while i < len(s):
        if s[i] == "\\" and s[i + 1] == "x":
            b.append(int(s[i + 2:i + 4], 16))
            i += 4
        elif s[i] == "\\" and s[i + 1] == "\\":
            b.append(0x5C)
            i += 2
        else:
            b.extend(s[i].encode())
            i += 1
    return b.decode("utf-8", "surrogatepass")


def fx(x):
    """A double as a test-line argument."""
    if math.isnan(x):
        return "-nan" if math.copysign(1, x) < 0 else "nan"
    return x.hex()


def unfx(s):
    if s in ("nan", "-nan", "inf", "-inf"):
        return float(s)
    return float.fromhex(s)


FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1234.5678,
          -1234.5678, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001234,
          123456789.0, 1e22, 1e100, 1.7976931348623157e308, 5e-324,
          2.2250738585072014e-308, 2.225073858507201e-308, math.inf,
          -math.inf, math.nan, -math.nan, 0.1, 2 / 3, 9.995, 0.0005, 99.5,
          0.05, 1e-7, 12345678901234567890.0, math.pi, 9.9999, 999999.5,
          2.0 ** 53, 2.675, 1.005, 100.0, 10.0, -0.0004, 1e300 * 10]
CORE_FLOATS = [0.0, -0.0, -2.5, 1234.5678, 1e16, 0.0001234,
               1.7976931348623157e308, 5e-324, math.inf, math.nan, 99.5,
               -0.0004]
FLOAT_PRE = ["", "+", " ", "-", "z", "#", "010", "<12", ">12", "^12", "=12",
             "*^15", "+015", ",", "_", "020,", "#012_", "z<10", "x=+14,",
             "0<9", "z#", " 013"]
PRECS = ["", ".0", ".1", ".3", ".17"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
BAD_SPECS = ["x", "d", "s", "c", "b", ".", "10.", ",_", "_,", ",,", "__",
             ",n", "_n", "abc", "99999999999999999999", ".99999999999",
             ".99999999999999999999", "é", ",é", "\x00", "<<<", "++",
             "=", "0=", "z", "#", "٥", ".٣f", "1\u0663", "🎉^10", "\t>5"]

INTS = [0, 1, -1, 7, 65, 255, -255, 1234, -1234567, 10 ** 20, -(2 ** 64),
        2 ** 100, 1114111, 1114112, 2 ** 53 + 1, 2 ** 54 + 3, 10 ** 400,
        -(10 ** 400), 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971,
        10 ** 4299, 10 ** 4300, -(10 ** 4300)]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "E",
             "F", "G", "s"]
INT_PRE = ["", "+", "-", " ", "#", "010", "#010", "<10", "^10", "=10",
           "*>12", ",", "_", "#_", "015,", "0=12_", "z", ".2", "#012_",
           "+#", "08,", "09,", "0<8", "é^9", " 020_"]

COMPLEX = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (1.0, 2.0), (-1.5, -2.5),
           (1e16, 1e-5), (math.inf, math.nan), (0.0, 1.0), (0.0, -1.0),
           (1234.5, -6789.25), (math.nan, 0.0), (-0.0, -0.0),
           (1e300, -1e-300)]
COMPLEX_TYPES = ["", "e", "f", "g", "n", "%", "E", "F", "G", "d"]
COMPLEX_PRE = ["", "+", "-", " ", "#", "<30", ">30", "^30", "*^30", "030",
               "=20", ",", "_", "z", "10", "z+"]

STRS = ["abc", "", "héllo", "日本語", "aaaaaaaaaa", "x y", "😀"]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "010",
             "+", " ", "#", "=10", "z", ",", "_", "d", "x", ".0", "-",
             "😀^9", "٣", ".٢", "é<7.1", "^", "0", "00", "<05", "\x00>4"]

PCT_FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "# ", "-#",
             "+ ", " 0"]
PCT_FLOAT_FLAGS = ["", "-", "+", " ", "#", "0", "+0", "-#0", " 0"]
PARSE_FLOATS = [
    "1", "  1.5  ", "1_000.5", "1__0", "_1", "1_", "1_e5", "1e1_0", "1_.5",
    "1._5", "inf", "-Infinity", "+nan", "NaN", "-nan", "nan(1)", "infinit",
    "infinityy", "0x1p3", "1e500", "-1e-500", "1e-400", ".5", "5.", ".", "e5",
    "1e", "1e+", " \t\n1\r ", "\u00a01\u2003", "١٢٣", "١.٥", "1\x00", "",
    " ", "abc", "it's", '"q"', "1é", "1.5\u200b", "0.1",
    "2.2250738585072011e-308", "123456789012345678901234567890",
    "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "1.7976931348623158e308",
    "1.7976931348623159e308", "\x1c1", "1\x0b", "+-1", "- 1", "1 2",
    "0.000000000000000000000000000000000000001", "1E5", "1e05", "00012",
    "1.", "+.5e-3", "\u0661\u0660e\u0662", "\u20281\u2029", "１２",
    "'", "\\", "a\nb", "𝟙", "1_0_0.0_1e1_0", "1\u3000", "NAN", "iNfInItY",
    "+inf", "- inf", "in f", "1e1.5", "0e0", "-0", "-0.0e-1"]
PARSE_INTS = [
    "0", "00", "010", "0_0", "0_7", "0x1f", "0X1F", "0x_1f", "0x__1f",
    "0b101", "0o17", "0O17", "17", " -17 ", "+17", "1_000", "1__000", "_1",
    "1_", "z", "Z", "zz", "١٢٣", "\u00a012\u3000", "12 3", "", " ", "-",
    "0x", "1e5", "0b", "0b_", "0x1g", "it's1", "+-1", "1.0", "0o", "0_",
    "-0", "0b2", "0o8", "  0x_F  ", "36", "zZ_z", "\t\n 42\x0b", "42\x1c",
    "1\x00", "𝟘", "٠x1", "0\u0661", "0B1_1", "9" * 700, "x" * 300,
    "1" * 4300, "1" * 4301, "1" * 5000 + "x", "f" * 5000]
PARSE_BASES = [0, 2, 8, 10, 16, 36]


def cases():
    out = []
    add = out.append
    rnd = random.Random(20261124)
    # every spec of the grid, each with a rotating half of the values
    k = 0
    for t in FLOAT_TYPES:
        for pre in FLOAT_PRE:
            for p in PRECS:
                k += 5
                for i in range(6):
                    x = CORE_FLOATS[(k + i) % len(CORE_FLOATS)]
                    add("format-float %s %s" % (fx(x), esc(pre + p + t)))
    small = ["", ".3", "10.4", "+,", "z.1", "#.0", "<1", "=+20,.2", "_", "010.1"]
    for t in FLOAT_TYPES:
        for s in small:
            for x in FLOATS:
                add("format-float %s %s" % (fx(x), esc(s + t)))
    for spec in [".400f", ".800e", ".330g", "#.330g", ",.2f", "_f", "030,.3%",
                 ".60", ">1000.3e", "0=40,", "#.0%", ".1000f"]:
        for x in (1e300, 5e-324, -1.7976931348623157e308, 0.1, 2.0 ** 70, -0.0):
            add("format-float %s %s" % (fx(x), esc(spec)))
    # powers of two: the shortest digits where the rounding interval is lopsided
    for e in range(-1074, 1024, 3):
        add("format-float %s %s" % (fx(2.0 ** e), esc(rnd.choice(["", ">1", "+"]))))
    for s in BAD_SPECS:
        for x in (1.5, -0.0):
            add("format-float %s %s" % (fx(x), esc(s)))
    for _ in range(1000):
        x = rnd.choice([rnd.uniform(-1e6, 1e6), rnd.random() * 10 ** rnd.randint(-30, 30),
                        struct_double(rnd), float(rnd.randint(-10**6, 10**6)) / 8])
        spec = (rnd.choice(FLOAT_PRE) + rnd.choice(PRECS + [".%d" % rnd.randint(0, 40)])
                + rnd.choice(FLOAT_TYPES))
        add("format-float %s %s" % (fx(x), esc(spec)))
    k = 0
    for t in INT_TYPES:
        for pre in INT_PRE:
            k += 7
            for i, v in enumerate(INTS):
                big = v >= 10 ** 4299 or v <= -(10 ** 4299)
                if big and (pre not in ("", ",") or t not in ("", "d", "x", "n", "e")):
                    continue
                if not big and (i + k) % 2:
                    continue
                add("format-int %d %s" % (v, esc(pre + t)))
    for s in BAD_SPECS:
        add("format-int 5 %s" % esc(s))
    for _ in range(800):
        v = rnd.choice([rnd.randint(-10 ** 6, 10 ** 6), rnd.randint(-2 ** 200, 2 ** 200),
                        rnd.randint(0, 0x10FFFF)])
        spec = (rnd.choice(INT_PRE) + rnd.choice(["", "1", "25", "40"])
                + rnd.choice(INT_TYPES))
        add("format-int %d %s" % (v, esc(spec)))
    for t in COMPLEX_TYPES:
        for pre in COMPLEX_PRE:
            for p in ["", ".2"]:
                for (re, im) in COMPLEX:
                    add("format-complex %s %s %s" % (fx(re), fx(im), esc(pre + p + t)))
    for s in STRS:
        for spec in STR_SPECS:
            add("format-str %s %s" % (esc(s), esc(spec)))
    for fl in PCT_FLAGS:
        for w in ["", "8"]:
            for p in ["", ".0", ".5"]:
                for c in "diuoxXc":
                    for v in [0, 1, -1, 255, -255, 10 ** 20, 65]:
                        add("percent-int %s %d" % (esc("%" + fl + w + p + c), v))
    for fl in PCT_FLOAT_FLAGS:
        for w in ["", "12"]:
            for p in ["", ".0", ".3"]:
                for c in "eEfFgGrsa":
                    for x in [-0.0, 1.5, -1234.5678, 1e16, 1e-5, -math.inf,
                              math.nan]:
                        add("percent-float %s %s" % (esc("%" + fl + w + p + c), fx(x)))
    for x in ["%.3g", "%.200f", "%.60e", "%#.0f", "%#.0e", "%#g", "%#.3g"]:
        for v in [1234567.0, 0.1, 1e300, 5e-324, 0.0]:
            add("percent-float %s %s" % (esc(x), fx(v)))
    for s in ["0." + "0" * 400 + "1", "1" * 400, "1" * 400 + "e-400",
              "0." + "0" * 330 + "24703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324"]:
        add("parse-float %s" % esc(s))
    for s in PARSE_FLOATS:
        add("parse-float %s" % esc(s))
    for _ in range(600):
        x = struct_double(rnd)
        s = rnd.choice(["%r", "%.17g", "%.25e", "%.3f", "%.40g"]) % x
        add("parse-float %s" % esc(s))
    for s in PARSE_INTS:
        for b in PARSE_BASES:
            add("parse-int %s %d" % (esc(s), b))
    for b in [1, 37, -1, 3, 7]:
        add("parse-int 10 %d" % b)
    add("parse-int %s 10 0" % ("1" * 5000))
    add("parse-int %s 10 5000" % ("1" * 5000))
    add("parse-int %s 10 4999" % ("1" * 5000))
    for v in INTS + [rnd.randint(-2 ** 300, 2 ** 300) for _ in range(40)]:
        for b in [10, 2, 8, 16]:
            add("int-str %d %d" % (v, b))
    add("int-str %d 10 0" % 10 ** 4300)
    add("int-str %d 10 640" % 10 ** 640)
    add("int-str %d 10 640" % 10 ** 639)
    hexvals = FLOATS + [struct_double(rnd) for _ in range(300)]
    for x in hexvals:
        add("hex %s" % fx(x))
    fromhex = ["0x1p0", "0x1.8p1", " 0x1.8p1 ", "-0x1p-1074", "0x1p-1075",
               "0x1.0000000000001p-1075", "0x1.8p-1075", "0x1p1024",
               "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
               "0x1.fffffffffffffp1023", "1.8", "a", "inf", "-infinity",
               "nan", "-nan", "NaN", "0x", "0x.8", ".8", "0x1p", "0x1p+",
               "x1", "0x1.8p1x", "0x1p99999999999999999999999",
               "0x0p99999999999999999999999", "0x1p-99999999999999999999",
               "0x0.0000000000001p-1022", "0x3.ffffffffffffep-1024",
               "0X1P+1", "1p1", "0x1.p1", "0x.p1", ".", "", " ", "-", "+0x0p0",
               "-0x0p0", "0x10000000000000000000000000000001p0",
               "0x1.00000000000008p0", "0x1.00000000000008000000001p0",
               "0x1.00000000000018p0", "0x1_0p0", "0x1p1_0", "\t0x1\n",
               "0x1p-1022", "0x0.fffffffffffffp-1022", "0x0.fffffffffffff8p-1022",
               "0x1.fffffffffffffp-1023", "0x1.0p-1074", "0x0.8p-1073",
               "0x0000000000000000000000000000001p0", "0x.000000000000000001p0",
               "infinity ", " inf", "i nf", "0xg", "0x1.2.3p0", "0x1p1.5"]
    for _ in range(400):
        digs = "".join(rnd.choice("0123456789abcdef") for _ in range(rnd.randint(1, 30)))
        k = rnd.randint(0, len(digs))
        s = "0x" + digs[:k] + "." + digs[k:] + "p%d" % rnd.choice(
            [rnd.randint(-1200, 1100), rnd.randint(-1100, -1000), rnd.randint(1000, 1030)])
        fromhex.append(s)
    for s in fromhex:
        add("fromhex %s" % esc(s))
    rvals = [2.5, 3.5, -2.5, 0.125, 0.375, 2.675, 1.005, 123.456, 1e300,
             1.7976931348623157e308, 5e-324, 0.5, 1.5, -0.5, 0.0, -0.0,
             math.inf, -math.inf, math.nan, 1e16 + 2, 12345.6789, 0.285,
             -123456.5, 5e15 + 0.5, 2.0 ** 52 + 0.5, 4.35, 1e22, 0.045]
    rvals += [struct_double(rnd) for _ in range(60)]
    for x in rvals:
        for nd in ["-400", "-309", "-308", "-307", "-5", "-2", "-1", "0", "1",
                   "2", "3", "5", "10", "15", "17", "20", "323", "324", "400",
                   "none"]:
            add("round %s %s" % (fx(x), nd))
    for x in FLOATS + [struct_double(rnd) for _ in range(30)]:
        add("ratio %s" % fx(x))
    return out


def struct_double(rnd):
    """A random finite double with a uniformly random bit pattern."""
    import struct
    while True:
        x = struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0]
        if math.isfinite(x):
            return x


def run(line):
    a = line.split(" ")
    cmd = a[0]
    if cmd == "format-int":
        sys.set_int_max_str_digits(0)
        v = int(a[1])
        sys.set_int_max_str_digits(int(a[3]) if len(a) > 3 else 4300)
        return format(v, unesc(a[2]))
    sys.set_int_max_str_digits(4300)
    if cmd == "format-float":
        return format(unfx(a[1]), unesc(a[2]))
    if cmd == "format-complex":
        return format(complex(unfx(a[1]), unfx(a[2])), unesc(a[3]))
    if cmd == "format-str":
        return format(unesc(a[1]), unesc(a[2]))
    if cmd == "percent-int":
        return unesc(a[1]) % int(a[2])
    if cmd == "percent-float":
        return unesc(a[1]) % unfx(a[2])
    if cmd == "parse-float":
        return fx(float(unesc(a[1])))
    if cmd == "parse-int":
        sys.set_int_max_str_digits(int(a[3]) if len(a) > 3 else 4300)
        v = int(unesc(a[1]), int(a[2]))
        sys.set_int_max_str_digits(0)
        return str(v)
    if cmd == "int-str":
        sys.set_int_max_str_digits(0)
        v, b = int(a[1]), int(a[2])
        sys.set_int_max_str_digits(int(a[3]) if len(a) > 3 else 4300)
        return {10: str, 2: bin, 8: oct, 16: hex}[b](v)
    if cmd == "hex":
        return unfx(a[1]).hex()
    if cmd == "fromhex":
        return fx(float.fromhex(unesc(a[1])))
    if cmd == "round":
        x = unfx(a[1])
        if a[2] == "none":
            return str(round(x))
        return fx(round(x, int(a[2])))
    if cmd == "ratio":
        n, d = unfx(a[1]).as_integer_ratio()
        return "%d/%d" % (n, d)
    raise SystemExit("unknown test line: " + cmd)


def result_line(line):
    try:
        r = run(line)
        text = "ok " + r
    except (ValueError, OverflowError, TypeError) as e:
        text = "error %s: %s" % (type(e).__name__, e)
    b = text.encode("utf-8", "surrogatepass")
    o = bytearray()
    for c in b:
        if c < 0x20 or c == 0x7F or c == 0x5C:
            o.extend(b"\\x%02x" % c)
        else:
            o.append(c)
    return o.decode("utf-8", "surrogatepass")


def main():
    sys.set_int_max_str_digits(0)
    if sys.argv[1:] == ["cases"]:
        for line in cases():
            print(line)
    elif sys.argv[1:] == ["expect"]:
        for line in sys.stdin:
            print(result_line(line.rstrip("\n")))
    else:
        raise SystemExit(__doc__ or "usage: gen-cases.py cases|expect")


if __name__ == "__main__":
    main()
