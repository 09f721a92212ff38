# Arithmetic operator dunders including reflected and in-place forms
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    def __rmul__(self, k):
        return V(*(k * a for a in self.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __rpow__(self, base): return V(*(base ** a for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return V(*(+a for a in self.c))
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*reversed(self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __rsub__(self, k): return V(*(k - a for a in self.c))
    def __divmod__(self, k): return (self // k, self % k)
    def __rtruediv__(self, k): return V(*(k / a for a in self.c))
v, w = V(1, 2, 3), V(10, 20, 30)
print(v + w, v + 1, 1 + v, w - v, v * 2, 3 * v)
print(w / 4, w // 4, w % 7, v ** 2, 2 ** v)
print(-v, +v, abs(V(-1, 2, -3)), ~v, v @ w, 10 - v, divmod(w, 7), 6 / V(1, 2, 3))
try:
    v + "s"
except TypeError as e:
    print(e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
acc -= 1
acc *= 3
print(acc.items, acc is ref)
vv = V(1, 1)
orig = vv
vv += V(1, 1)
print(vv, orig, vv is orig)
