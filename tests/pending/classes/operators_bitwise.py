# Bitwise/shift operator dunders on a custom bitset class, with reflected versions
class Bits:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Bits({self.n:#06b})"
    def __and__(self, o): return Bits(self.n & int(o))
    def __or__(self, o): return Bits(self.n | int(o))
    def __xor__(self, o): return Bits(self.n ^ int(o))
    def __lshift__(self, k): return Bits(self.n << k)
    def __rshift__(self, k): return Bits(self.n >> k)
    def __rand__(self, o): return Bits(int(o) & self.n)
    def __ror__(self, o): return Bits(int(o) | self.n)
    def __rxor__(self, o): return Bits(int(o) ^ self.n)
    def __rlshift__(self, o): return o << self.n
    def __rrshift__(self, o): return o >> self.n
    def __int__(self): return self.n
    def __index__(self): return self.n
    def __ior__(self, o):
        self.n |= int(o)
        return self
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 2)
print(3 & a, 3 | a, 3 ^ a, 1 << Bits(3), 64 >> Bits(2))
x = a
x |= 1
print(x, a, x is a)
print(bin(a), hex(b), [10, 20, 30, 40][Bits(2)], int(a))
