# A reusable iterable class returning fresh iterator objects, plus an iterator that is its own iterable
class Fib:
    def __init__(self, limit): self.limit = limit
    def __iter__(self): return FibIterator(self.limit)
    def __len__(self): return sum(1 for _ in self)
    def __contains__(self, x):
        return any(v == x for v in self)
class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self): return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), len(f), 89 in f, 90 in f, sum(f), max(f))
it = iter(f)
print(next(it), next(it), next(it), list(zip(it, it)))
print(list(it), list(f)[:3], sorted(f, reverse=True)[:3])
