# float repr, arithmetic, special values, floor division and modulo signs,
# rounding, conversions.
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__)
    else:
        print(label, "->", repr(r))

vals = [0.0, -0.0, 0.1, 1.5, -2.5, 1e16, 1e-7, 123456.789, 1e308, 5e-324, math.pi,
        float("inf"), float("-inf"), float("nan"), 2.0**53, 0.1 + 0.2]
for v in vals:
    print(repr(v), str(v), v.is_integer(), v.hex(), -v, abs(v), bool(v))
for a in (7.5, -7.5, 0.0, -0.0, 1e150):
    for b in (2.0, -2.0, 0.5, 3, -3, float("inf")):
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2)
for a, b in ((2.0, 0.5), (-8.0, 3.0), (2.0, -1.0), (10.0, 300.0), (0.0, 0.0), (1.0, float("nan")),
             (float("nan"), 0.0), (-1.0, float("inf")), (4, 0.5)):
    print(a, b, a ** b)
show("neg base fractional", lambda: (-8.0) ** (1 / 3))
show("overflow", lambda: 10.0 ** 400)
show("zero division", lambda: 1.0 / 0)
show("zero floordiv", lambda: 1.0 // 0.0)
show("zero mod", lambda: 1.0 % 0.0)
show("zero divmod", lambda: divmod(1.0, 0))
show("zero neg pow", lambda: 0.0 ** -1)
for v in (2.5, 3.5, -2.5, 0.5, 1.5, 2.675, 1e22, -0.4, 123.456):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), math.trunc(v), math.floor(v),
          math.ceil(v), int(v))
show("round inf", lambda: round(float("inf")))
show("int nan", lambda: int(float("nan")))
print(round(1.5, None), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
for s in ("1.5", "  -2e3\n", "inf", "-Infinity", "nan", "1_000.5", "0x10", "1e500", ".5", "5."):
    show("float(%r)" % s, lambda: float(s))
print(float(10**20), float(True), float(-7), (2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), (0.1).hex(), 1.0.real, 2.0.imag,
      (3.5).conjugate())
show("ratio inf", lambda: float("inf").as_integer_ratio())
print(hash(1.0) == hash(1), hash(-0.0) == hash(0), hash(0.5), hash(float("inf")), hash(1e100))
print(1e16, 1e15, 1.0e-4, 1.0e-5, 12345678901234567.0, -0.0 == 0.0, 0.1 + 0.2 == 0.3)
print(float.__getformat__("double"))
