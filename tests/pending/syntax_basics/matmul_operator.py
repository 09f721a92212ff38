# The @ and @= operators dispatch to __matmul__/__rmatmul__/__imatmul__; ints do not support @
class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __matmul__(self, o):
        if isinstance(o, Vec):
            return sum(a * b for a, b in zip(self.xs, o.xs))
        return NotImplemented
    def __rmatmul__(self, o):
        return f"rmatmul with {o!r}"
    def __imatmul__(self, o):
        self.xs = [a * b for a, b in zip(self.xs, o.xs)]
        return self
    def __repr__(self): return f"Vec{tuple(self.xs)}"
a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a @ b, 5 @ a)
a @= b
print(a)
try:
    2 @ 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a @ 2
except TypeError as e:
    print(type(e).__name__, e)
