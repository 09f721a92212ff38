# __int__, __float__, __index__, __complex__, __round__, __abs__ conversions
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None):
        return f"round({self.v}, {nd})"
    def __abs__(self): return "abs!"
n = Num(3.75)
print(int(n), float(n), complex(n), round(n), round(n, 2), abs(n))
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(int(Idx(7)), range(Idx(3)), [0] * Idx(3), float(Idx(4)))
try:
    [1][Num(0)]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class FloatOnly:
    def __float__(self): return 2.5
print(float(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print(type(e).__name__)
