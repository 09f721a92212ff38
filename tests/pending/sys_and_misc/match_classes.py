# match: class patterns with positional (__match_args__) and keyword sub-patterns, builtin types
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=1):
            return f"unit circle at {x},{y}"
        case Circle(_, r) if r > 10:
            return "big circle"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([int(), *_]):
            return "list starting with int"
        case _:
            return "something else"
for o in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 1),
          Circle(Point(0, 0), 20), 7, 2.5, "s", [1, "a"], ["a"], None, True):
    print(where(o))
class Bad:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
try:
    match Bad():
        case Bad(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
