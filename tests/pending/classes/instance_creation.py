# __new__ and __init__: call order, returning other types, immutable subclasses
class Traced:
    def __new__(cls, *a):
        print("__new__", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("__init__", a)
        self.a = a
t = Traced(1, 2)
print(t.a)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())
class UpperStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = UpperStr("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, len(p), p == (3, 4))
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5) + 1).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(e)
