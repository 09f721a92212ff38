# Rich comparisons: all six operators, reflection, and sorting with __lt__ only
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    __hash__ = None
vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9", "1.2")]
print(sorted(vs), max(vs), min(vs))
a, b = Version("2.0"), Version("2.0.0")
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
print(OnlyLt(5) > OnlyLt(1))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
class Loud:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"eq {self.n} vs {o.n}")
        return self.n == o.n
print(Loud(1) == Loud(1), Loud(1) != Loud(2))
print([Loud(1), Loud(2)] == [Loud(1), Loud(3)])
class Always:
    def __eq__(self, o): return "truthy string"
print(Always() == 1, Always() != 1)
