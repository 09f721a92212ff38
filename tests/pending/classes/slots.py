# __slots__: no __dict__, attribute errors, inheritance with and without slots
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)
print(type(P.__dict__["x"]).__name__, P.__slots__)
class Child(P):
    pass
c = Child(1, 2)
c.extra = "ok"
print(c.extra, hasattr(c, "__dict__"))
class SlotChild(P):
    __slots__ = ("z",)
s = SlotChild(1, 2)
s.z = 3
print(s.x, s.y, s.z, hasattr(s, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
class Single:
    __slots__ = "only"
o = Single()
o.only = "str slots"
print(o.only, Single.__slots__)
