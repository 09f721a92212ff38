# Containers compare elements with identity first, then __eq__ (nan and weird __eq__)
class Never:
    def __eq__(self, o): return False
n = Never()
print(n == n, n in [n], [n] == [n], [n].count(n), [n].index(n))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
print({nan: 1}.get(nan), nan in {nan})
class Loud:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print(f"  compare {self.k} == {o.k}")
        return self.k == o.k
    __hash__ = object.__hash__
a, b = Loud(1), Loud(1)
print([a].index(a))
print(b in [a])
print([Loud(2), a].count(b))
