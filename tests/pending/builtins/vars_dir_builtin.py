# vars() on instances/classes/modules-free, dir() with filtering of dunders, and errors
class Point:
    kind = "pt"
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self): return abs(self.x) + abs(self.y)
p = Point(1, -2)
print(vars(p), sorted(k for k in vars(Point) if not k.startswith("__")))
vars(p)["z"] = 9
print(p.z)
print([n for n in dir(p) if not n.startswith("_")])
print([n for n in dir(Point) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    a = 1
    b = 2
    return sorted(vars()), sorted(dir())
print(f())
