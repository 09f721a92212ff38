# next() with and without default; iter() on sequences, dicts, strings, and custom classes
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
d = iter({"b": 1, "a": 2})
print(next(d), next(d))
s = iter("hé")
print(next(s), next(s), next(s, "end"))
class Fib:
    def __init__(self): self.a, self.b = 0, 1
    def __iter__(self): return self
    def __next__(self):
        self.a, self.b = self.b, self.a + self.b
        return self.a
f = Fib()
print([next(f) for _ in range(10)])
print(next(iter(range(5, 10))), next(reversed([1, 2, 3])), next(enumerate("x")), next(zip("a", "b")))
