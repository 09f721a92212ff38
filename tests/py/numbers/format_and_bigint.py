# format() of numbers and the 4300-digit limit of int <-> str.
import sys

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for v in (0, 42, -42, 255, 2**70, True):
    for spec in ("", "d", "x", "#X", "o", "#b", ">8", "<8", "^8", "+", " ", "_", ",", "08", "c", "e",
                 ".2f", "%", "n", "=+10"):
        show("format(%r, %r)" % (v, spec), lambda: format(v, spec))
for v in (0.0, -0.0, 1.5, -1234.5678, 1e20, 1e-10, float("inf"), float("nan")):
    for spec in ("", "f", ".3f", "e", ".2E", "g", ".10g", "%", ",.2f", "_", "+08.2f", "^12", "z.1f",
                 "#g", "r", "d"):
        show("format(%r, %r)" % (v, spec), lambda: format(v, spec))
print(f"{12345.6789:,.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {255:#06x} {-3:05d} {1e6:g} {1e-5:g}")
big = 7 ** 5000
show("str of big", lambda: str(big))
show("int of long str", lambda: int("9" * 4301))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(big)), str(big)[:20], str(big)[-20:])
print(int("9" * 5000) % 1000003)
sys.set_int_max_str_digits(5000)
print(len(str(7 ** 5000)), sys.get_int_max_str_digits())
show("below threshold", lambda: sys.set_int_max_str_digits(100))
sys.set_int_max_str_digits(4300)
print(hex(big)[:30], oct(2**100), bin(-37), hex(-255))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100), hash(-1), hash(-2))
print(sorted({1: "a", 1.0: "b", True: "c", 2: "d"}.items()))
