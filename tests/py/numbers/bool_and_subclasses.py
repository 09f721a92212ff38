# bool semantics and subclasses of int, float and complex.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

print(True, False, repr(True), str(False), int(True), float(False), True + True, True * 10,
      True / 2, -True, abs(False), True & False, True | False, True ^ True, True & 3, 5 | True,
      type(True & False).__name__, type(True & 1).__name__, bool(), bool(0), bool([1]), bool(0.0),
      bool(1j), hash(True), True == 1, False == 0.0, isinstance(True, int))
show("subclass bool", lambda: type("B", (bool,), {}))
print(True.real, True.imag, True.numerator, (True).bit_length(), True.to_bytes(1, "big"),
      bool.from_bytes(b"\x01", "big"), format(True, ""), format(True, "d"), f"{False:>6}")

class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)

class MyFloat(float):
    pass

class MyComplex(complex):
    pass

m = MyInt(41)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(+m).__name__,
      type(abs(m)).__name__, m == 41, hash(m) == hash(41), isinstance(m, int), m.real,
      type(m.real).__name__, m.bit_length(), MyInt("ff", 16), MyInt(3.9), int(m), type(int(m)).__name__)
print(MyInt.from_bytes(b"\x01\x02", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
print(MyInt(2**100), MyInt(-5) // 2, divmod(MyInt(7), 2), MyInt(7) ** 2, round(MyInt(1234), -2))
f = MyFloat(2.5)
print(f, repr(f), f * 2, type(f * 2).__name__, type(f.real).__name__, f.hex(), f.is_integer(),
      MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__, float(f), round(f),
      MyFloat("  1.25 "), type(-f).__name__)
c = MyComplex(1, 2)
print(c, repr(c), c + 1, type(c + 1).__name__, c.real, c.conjugate(), complex(c), abs(c))

class WithIndex:
    def __index__(self):
        return 7

class WithInt:
    def __int__(self):
        return 9

class WithFloat:
    def __float__(self):
        return 2.5

class WithComplex:
    def __complex__(self):
        return 1 + 1j

class BadInt:
    def __int__(self):
        return "x"

print(int(WithIndex()), int(WithInt()), float(WithIndex()), float(WithFloat()), complex(WithFloat()),
      complex(WithComplex()), complex(WithIndex(), WithFloat()), bin(WithIndex()),
      [0, 1, 2, 3, 4, 5, 6, 7, 8][WithIndex()], round(2.5, WithIndex()))
show("bad __int__", lambda: int(BadInt()))
show("int(list)", lambda: int([]))
show("float(list)", lambda: float([]))
show("int base non-str", lambda: int(5, 10))
show("int missing string", lambda: int(base=10))
show("int bad base", lambda: int("1", 40))
show("int literal", lambda: int("12a"))
show("int bytes literal", lambda: int(b"1x"))
print(int(b"  42 "), int(bytearray(b"0x1f"), 16), float(b"1.5"), int("0b101", 0), int("٣٤"))
print((5).__sizeof__(), (2**64).__sizeof__(), True.__sizeof__(), (1.5).__sizeof__(), (1j).__sizeof__(),
      MyInt(5).__sizeof__(), MyFloat(1).__sizeof__(), MyComplex(1).__sizeof__())
