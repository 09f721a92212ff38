# __iter__/__next__ iterators, __getitem__-based iteration, and iterators being single-pass
class Range3:
    def __init__(self, n): self.n = n
    def __iter__(self): return Range3Iter(self.n)
class Range3Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 3
r = Range3(4)
print(list(r), list(r), sum(r), 6 in r)
it = iter(r)
print(next(it), list(it), list(it))
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 10 in Seq())
for a, b in zip(Seq(), "abc"):
    print(a, b)
class KeyErrSeq:
    def __getitem__(self, i):
        if i > 2:
            raise KeyError(i)
        return i
try:
    list(KeyErrSeq())
except KeyError as e:
    print("KeyError propagates:", e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = Range3(3)
print(a, b, c, *Range3(2))
