# __contains__, __getitem__/__setitem__/__delitem__ with slices, __missing__ on dict subclasses
class Interval:
    def __init__(self, lo, hi): self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
i = Interval(0, 10)
print(5 in i, 10 in i, -1 not in i)
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        x, y = key
        return self.cells.get((x, y), ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
g = Grid(3, 3)
g[0, 0] = "#"
g[1, 2] = "@"
print(g[0, 0], g[1, 1], g[1, 2], len(g))
del g[0, 0]
print(g[0, 0], len(g))
print(g[1:5], g[::2], g[:])
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Default(a=100)
print(d["a"], d["hello"], d)
print(d.get("zzz"), "zzz" in d)
class NoContains:
    def __iter__(self):
        print("  iterating for 'in'")
        return iter([1, 2, 3])
print(2 in NoContains())
