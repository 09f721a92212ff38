# Generates tests/numbers/cases.txt (operations on int, bool, float and
# complex values, one per line) and, run by tools/gen-numbers-expected.sh
# under CPython, cases.exp (CPython's answers). Line format: OP ARG...
# with each ARG the repr of an int, bool, float or complex. Answers: the
# repr of the result, or "!Type: message" for an exception.
import math
import sys

INTS = [0, 1, -1, 2, -2, 3, 5, -7, 10, 255, -256, 2**31, 2**53 + 1,
        2**62 - 1, -2**62, 2**62, -2**62 - 1, 2**63, -2**63, 2**64 + 1,
        -(2**100) + 7, 10**30, 12345678901234567890123, -(3**70)]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, 1.0, -1.5, 2.5, 0.1, 3.0, -7.0, 1e16, 2.0**63, 1e308,
          5e-324, 123.456, -2.5e-10, math.inf, -math.inf, math.nan]
COMPLEX = [1j, 1 + 2j, -1.5 + 0.5j, 3 - 4j, 2.5j]

BINOPS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "divmod",
          "lt", "le", "eq", "ne", "gt", "ge"]
INTOPS = ["lshift", "rshift", "and", "or", "xor"]
UNARY = ["neg", "pos", "abs", "invert", "bool", "repr", "hash", "int", "float",
         "round", "trunc", "floor", "ceil", "is_integer", "as_integer_ratio",
         "conjugate", "real", "imag", "complex"]


def fmt(v):
    return repr(v)


def too_big(op, a, b):
    """Operations whose answer would take CPython too long or too much memory."""
    if op == "pow" and isinstance(a, int) and isinstance(b, int):
        return abs(b) > 300 and abs(a) > 1
    if op == "pow" and isinstance(a, int) and abs(a) > 10**20 and isinstance(b, int):
        return b > 20
    if op == "lshift":
        return b > 300
    return False


def mixes_complex_with_special_real(a, b):
    # CPython 3.14 changed complex-with-real arithmetic for signed zeros and
    # infinities (componentwise rules); 3.13 (the oracle) differs there.
    ca, cb = isinstance(a, complex), isinstance(b, complex)
    if ca == cb:
        return False
    r = b if ca else a
    return r == 0 or (isinstance(r, float) and not math.isfinite(r))


INT_TEXTS = ["0", "-0", "+12", " 12 ", "\t-7\n", "1_000", "1__0", "_1", "1_", "0x1f",
             "\u0661\u0662", "\u00a012\u2003", "", " ", "1e5", "1.5", "inf", "-", "+",
             "x" * 300, "9" * 4300, "9" * 4301, "0" * 4301, "-" + "1" * 4301,
             "123456789012345678901234567890", "-9223372036854775808", "12\x00"]
INT_BASE_TEXTS = [("0x1F", 16), ("0x1F", 0), ("1F", 16), ("0b101", 0), ("0B101", 2),
                  ("0o17", 0), ("0O17", 8), ("017", 0), ("000", 0), ("0_0", 0),
                  ("z", 36), ("Z", 36), ("12", 2), ("1_0", 0), ("0x_1f", 0),
                  ("0x__1", 0), ("0x", 16), ("-0x10", 0), ("  +0b1  ", 0), ("10", 1),
                  ("10", 37), ("10", -1), ("f" * 5000, 16), ("7" * 5000, 8), ("9" * 5000, 11)]
FLOAT_TEXTS = ["1.5", " -1.5e3 ", "inf", "-Infinity", "+INF", "nan", "-nan", "NaN",
               "1_000.000_1", "1__0", "1_.5", "1e", ".5", "5.", ".", "e5", "0x1p3",
               "1e500", "-1e500", "1e-400", "\u0661.\u0665", "", "  ", "x" * 300,
               "1e1_0", "4.9e-324", "2.4703282292062328e-324", "0.1", "-0", "infinityx",
               "9007199254740993", "1.7976931348623157e308", "1.7976931348623159e308"]
COMPLEX_TEXTS = ["1+2j", " ( 1+2j ) ", "(1+2j", "1+2j)", "()", "", "j", "-j", "+J",
                 "1-j", "1e5-1e-5J", "inf-infj", "-nan+nanj", "1e", "1 + 2j", "1_0+2_0j",
                 "1__0", "2j", "-2.5", "(3)", "1+2", "1j+2", "infj", "-infinityJ",
                 "1.5e3+.5j", "+1-1j", "j1", "--1j", "1+-1j", "\u0661+2j", "nanj",
                 "(1+2j)(", "1e+10-1e-10j", " 7 "]
HEX_TEXTS = ["0x1.8p1", "0X1P-2", "1.0", "-0x1p-1074", "0x1p-1075", "0x1.fffffffffffff8p1023",
             "0x1p1024", "inf", "-nan", "x", "0x", " 0x1p0 ", "0x1.p0", "0x.8p1",
             "0x1.0000000000000801p0", "0x1p", "0x1p+", "1p4", "0x1_0p0"]


def random_doubles():
    """Seeded doubles for repr (shortest round-trip digits): raw bit patterns
    (subnormals included), short decimals, powers of two."""
    import random
    import struct
    rng = random.Random(1234)
    out = []
    while len(out) < 3000:
        k = rng.random()
        if k < 0.5:
            x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        elif k < 0.7:
            x = rng.getrandbits(52) * 2.0 ** rng.randint(-1126, -1074)
        elif k < 0.9:
            x = round(rng.uniform(-1e6, 1e6), rng.randint(0, 12))
        else:
            x = 2.0 ** rng.randint(-1074, 1023)
        if math.isfinite(x):
            out.append(x)
    return out


def cases():
    nums = INTS + BOOLS + FLOATS
    for i, x in enumerate(random_doubles()):
        yield ("repr", x)
        if i % 3 == 0:
            yield ("roundn", x, i % 17 - 4)
    for t in INT_TEXTS:
        yield ("int_s", t)
    for t, b in INT_BASE_TEXTS:
        yield ("int_sb", t, b)
    for t in FLOAT_TEXTS:
        yield ("float_s", t)
    for t in COMPLEX_TEXTS:
        yield ("complex_s", t)
    for t in HEX_TEXTS:
        yield ("fromhex", t)
    for a in FLOATS + COMPLEX + INTS:
        for b in FLOATS[:8] + INTS[:6] + COMPLEX[:2]:
            yield ("complex2", a, b)
    for op in BINOPS:
        for a in nums:
            for b in nums:
                if not too_big(op, a, b):
                    yield (op, a, b)
        for a in COMPLEX:
            for b in INTS[:12] + BOOLS + FLOATS + COMPLEX:
                if op in ("add", "sub", "mul", "truediv", "pow", "eq", "ne", "lt"):
                    if not mixes_complex_with_special_real(a, b):
                        yield (op, a, b)
                        if not isinstance(b, complex):
                            yield (op, b, a)
    for op in INTOPS:
        for a in INTS + BOOLS:
            for b in INTS + BOOLS + [-1, 64, 100, 200]:
                if not too_big(op, a, b):
                    yield (op, a, b)
    for a in INTS + BOOLS:
        for b in [0, 1, 2, 3, -1, -2, 7, 10, 2**70]:
            for m in [1, 2, 7, -7, 1000000007, 2**65 + 1, 0, 12]:
                yield ("pow3", a, b, m)
    for op in UNARY:
        for a in INTS + BOOLS + FLOATS + COMPLEX:
            yield (op, a)
    for a in INTS + BOOLS:
        for op in ("bit_length", "bit_count"):
            yield (op, a)
        for nd in (-40, -20, -3, -1, 0, 2):
            yield ("roundn", a, nd)
    for a in FLOATS + [2.675, 0.125, 0.375, -0.5, 1.5, 2.5, 1e22, 123456.789]:
        for nd in (-400, -3, -1, 0, 1, 2, 5, 400):
            yield ("roundn", a, nd)
        yield ("hex", a)
    for a in INTS + BOOLS + FLOATS + COMPLEX:
        for spec in ("", "d", "x", "#b", ">10", "+.3f", ".2e", "_", ",", "^12.4g", "%", "n", "010.2f", "s"):
            yield ("format", a, spec)


def run(op, *args):
    a = args[0]
    b = args[1] if len(args) > 1 else None
    f = {
        "add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b,
        "truediv": lambda: a / b, "floordiv": lambda: a // b, "mod": lambda: a % b,
        "pow": lambda: a ** b, "divmod": lambda: divmod(a, b),
        "lt": lambda: a < b, "le": lambda: a <= b, "eq": lambda: a == b,
        "ne": lambda: a != b, "gt": lambda: a > b, "ge": lambda: a >= b,
        "lshift": lambda: a << b, "rshift": lambda: a >> b, "and": lambda: a & b,
        "or": lambda: a | b, "xor": lambda: a ^ b,
        "pow3": lambda: pow(a, b, args[2]),
        "neg": lambda: -a, "pos": lambda: +a, "abs": lambda: abs(a), "invert": lambda: ~a,
        "bool": lambda: bool(a), "repr": lambda: repr(a), "hash": lambda: hash(a),
        "int": lambda: int(a), "float": lambda: float(a), "complex": lambda: complex(a),
        "round": lambda: round(a), "roundn": lambda: round(a, b),
        "trunc": lambda: math.trunc(a), "floor": lambda: math.floor(a), "ceil": lambda: math.ceil(a),
        "is_integer": lambda: a.is_integer(), "as_integer_ratio": lambda: a.as_integer_ratio(),
        "conjugate": lambda: a.conjugate(), "real": lambda: a.real, "imag": lambda: a.imag,
        "bit_length": lambda: a.bit_length(), "bit_count": lambda: a.bit_count(),
        "hex": lambda: a.hex(), "format": lambda: format(a, b),
        "int_s": lambda: int(a), "int_sb": lambda: int(a, b), "float_s": lambda: float(a),
        "complex_s": lambda: complex(a), "fromhex": lambda: float.fromhex(a),
        "complex2": lambda: complex(a, b),
    }[op]
    return f()


# CPython 3.14's wording of messages that 3.13 (the oracle) words otherwise.
MSG_314 = {
    "integer division or modulo by zero": "division by zero",
    "float division by zero": "division by zero",
    "float floor division by zero": "division by zero",
    "float modulo by zero": "division by zero",
    "float divmod()": "division by zero",
    "complex division by zero": "division by zero",
    "0.0 cannot be raised to a negative power": "zero to a negative power",
    "0.0 to a negative or complex power": "zero to a negative or complex power",
}


def answer(case):
    try:
        r = run(*case)
    except Exception as e:
        msg = str(e)
        return "!%s: %s" % (type(e).__name__, MSG_314.get(msg, msg))
    if case[0] == "hash" and isinstance(case[1], float) and math.isnan(case[1]):
        return "<nan hash>"
    try:
        return repr(r)
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)


def text_arg(x):
    if isinstance(x, str) and x.isascii() and x.isprintable() and " " not in x and x:
        return "'" + x + "'"
    return "s:" + x.encode("utf-8", "surrogatepass").hex()  # any other text, as UTF-8 hex


def line(case):
    op, *args = case
    return " ".join([op] + [fmt(x) if not isinstance(x, str) else text_arg(x) for x in args])


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--expected":
        for c in cases():
            print(answer(c))
    else:
        for c in cases():
            print(line(c))
