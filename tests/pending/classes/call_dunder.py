# __call__ makes instances callable; callable() checks; stateful callables
class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x, *rest, scale=1):
        return [v * self.k * scale for v in (x,) + rest]
m = Multiplier(3)
print(m(2), m(1, 2, 3, scale=10), callable(m), callable(Multiplier), callable(5))
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
print([c() for _ in range(3)], c.calls)
print(list(map(Multiplier(2), [1, 2])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class Switch:
    def __call__(self): return "instance call"
s = Switch()
s.__call__ = lambda: "attribute ignored for implicit call"
print(s(), s.__call__())
