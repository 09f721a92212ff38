# abs/divmod/pow/round builtins over ints, floats, bools and custom numeric objects
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 80)), abs(3 - 4j))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(True, 1))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(3, 4, 5), pow(base=2, exp=5), pow(2, 3, mod=3))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7, -1), round(1.23456e5, -3), round(0.5), round(1.5))
class Money:
    def __init__(self, v): self.v = v
    def __abs__(self): return Money(abs(self.v))
    def __round__(self, n=0): return Money(round(self.v, n))
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __pow__(self, e, m=None): return ("pow", self.v, e, m)
    def __repr__(self): return f"Money({self.v})"
m = Money(-12.345)
print(abs(m), round(m, 1), divmod(m, 3), pow(m, 2), pow(m, 2, 7))
for bad in (lambda: abs("x"), lambda: divmod(1, "x"), lambda: round("x"), lambda: pow("a", 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__)
