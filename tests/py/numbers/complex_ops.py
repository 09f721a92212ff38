# complex construction, repr, arithmetic, pow, comparisons and hashes.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__)
    else:
        print(label, "->", repr(r))

for s in ("1+2j", " (3-4j) ", "j", "-j", "2.5j", "1e3-1e-3J", "inf+nanj", "1_0+2_0j", "7", "1+j"):
    show("complex(%r)" % s, lambda: complex(s))
for s in ("1+", "(1+2j", "1 + 2j", "", "j2", "1__0"):
    show("complex(%r)" % s, lambda: complex(s))
print(complex(), complex(1), complex(1.5, -2), complex(1j, 1j), complex(1 + 2j, 3 + 4j),
      complex(real=2, imag=3), complex(True, False))
show("two strings", lambda: complex("1", "2"))
show("list", lambda: complex([]))
vals = [1j, 1 + 2j, -1.5 + 0.5j, 3 - 4j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(1e20, 1e-20),
        complex(float("inf"), 1), complex(1, float("nan"))]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v), bool(v), -v)
for a in (1 + 2j, 1 - 3j, 2.5 - 1j):  # no -0.0 parts: 3.14 mixes reals componentwise
    for b in (1j, 2 + 3j, 2, -1.5):
        print(a, b, a + b, a - b, a * b, a / b, b / a, a == b, a != b)
for a, e in ((1j, 2), (1 + 1j, -2), (2 + 0j, 0.5), (1j, 200), (1 + 2j, 1 + 1j), (0j, 0), (4, 0.5j)):
    print(a, e, a ** e)
show("zero to negative", lambda: 0j ** -1)
show("division by zero", lambda: 1j / 0)
show("complex modulo", lambda: pow(1j, 2, 3))
show("complex floordiv", lambda: 1j // 2)
show("complex lt", lambda: 1j < 2j)
show("abs overflow", lambda: abs(complex(1e308, 1e308)))
print(1 + 0j == 1, 1.5 + 0j == 1.5, 2**53 + 1 + 0j == 2**53 + 1, 1j == 1, hash(1 + 0j) == hash(1),
      hash(2j), hash(1 + 2j))
print(format(1 + 2j, ""), format(1 + 2j, ".2f"), format(1 + 2j, ">12"), format(-1j, "+g"),
      f"{3 - 4j:^20.3e}")
