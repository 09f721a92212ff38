# bin/oct/hex for ints of all signs and sizes, and objects with __index__
for n in (0, 1, -1, 7, 8, 255, -255, 4096, 2 ** 40, -(2 ** 65)):
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-99), 0))
