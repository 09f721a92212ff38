# complex construction, real/imag, conjugate, repr forms and equality
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), type(z).__name__)
print(complex(1, 2), complex(2.5), complex("1+2j"), complex(" 3-4j "), complex("5j"), complex("-1.5"))
print(repr(1j), repr(2 + 0j), repr(1.5 + 2.25j), repr(complex(1e20, 1e-5)), repr(complex(3, 1e16)))
print(1j * 1j, (1 + 1j) ** 2, 2j + 3, (3 + 4j) == complex(3, 4), (1 + 0j) == 1, 1j != 1)
print(complex(2, 3) == 2 + 3j, hash(2 + 0j) == hash(2), complex() , complex(False, True))
for bad in ("1+2", "j1", "1 + 2j", "", "(1+2j"):
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, repr(bad))
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__)
