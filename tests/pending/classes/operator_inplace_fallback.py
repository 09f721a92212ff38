# In-place operators fall back to binary operators when __iadd__ etc. are missing or return NotImplemented
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("  __add__")
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __mul__(self, o):
        print("  __mul__")
        return Num(self.v * o)
    def __imul__(self, o):
        print("  __imul__ declines")
        return NotImplemented
    def __isub__(self, o):
        print("  __isub__")
        self.v -= o
        return self
    def __repr__(self): return f"Num({self.v})"
a = Num(5)
orig = a
a += 1
print(a, a is orig)
b = Num(3)
orig_b = b
b *= 4
print(b, b is orig_b)
c = Num(10)
orig_c = c
c -= 4
print(c, c is orig_c)
try:
    c /= 2
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
t = (lst,)
t[0].extend([2])
print(t)
