# Miscellaneous int behaviour: int subclass results, comparisons chains, index(), and huge shifts
class MyInt(int):
    pass
m = MyInt(5)
print(type(m + 1).__name__, type(-m).__name__, type(m * m).__name__, type(abs(m)).__name__, m == 5, repr(m))
print(1 < 2 < 3 < 4, 5 > 3 > 3, 10 ** 100 > 10 ** 99 > 0 > -(10 ** 100))
print((1 << 1000) >> 998, (1 << 1000).bit_length(), ((1 << 1000) - 1).bit_count())
print(int.__index__(7), (-7).__abs__(), int("-" + "9" * 30) + 10 ** 30, 10 ** 30 - 1 == int("9" * 30))
print((255).to_bytes(2, "big").hex(), int("0b1111", 0), int("1" * 64, 2) == 2 ** 64 - 1)
