# sum() with start values of different types, floats, generators, and TypeErrors
print(sum([1, 2, 3]), sum((0.5, 0.25)), sum(range(1, 101)), sum([], 5), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1 + 2j, 3], 0), sum([0.1] * 10) == 1.0)
print(sum(x * x for x in range(4)), sum({1: "a", 2: "b"}), sum({1, 2, 3}, start=100))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
print(sum([V(1), V(2), V(3)]).v, sum([V(1)], V(10)).v)
for bad in (lambda: sum(["a"]), lambda: sum([b"a"], b""), lambda: sum([[1]], 0), lambda: sum(5)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__)
print(sum([10 ** 20, 1.0]), sum([1e100, -1e100, 1.0]), sum([2 ** 64] * 4))
