# match, f-strings, walrus, star-unpacking, comprehensions, decorators, chained comparisons
def describe(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case str() as s if len(s) > 3:
            return "long str " + s
        case Point(x=0, y=yy):
            return f"on axis {yy}"
        case None:
            return "none"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for v in [0, [1, 2, 3, 4], {"k": 1, "z": 2}, "hello", Point(0, 5), None, 3.5, (7, 8)]:
    print(describe(v))
match Point(1, 2):
    case Point(a, b):
        print("positional", a, b)
name, width, prec = "pi", 10, 3
print(f"{name!r:>{width}} {3.14159:.{prec}f} {'x'!a} {name=}")
print(f"{1+1}{{}}{'a' 'b'}")
if (n := len("hello")) > 3:
    print("walrus", n)
a, *b, c = range(6)
print(a, b, c)
first, (second, *_) = 1, [2, 3, 4]
print(first, second)
print([*range(3), *"ab"], {**{"x": 1}, "y": 2}, {*(1, 2), 3})
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)])
def deco(tag):
    def wrap(fn):
        def inner(*a):
            return f"<{tag}>{fn(*a)}</{tag}>"
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(n):
    return "hi " + n
print(hello("x"))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2)
x = 7
print("yes" if x > 5 else "no", not x, -x, ~x, +x)
print(2 ** 10, 7 // 2, -7 // 2, 7 % -3, 1 << 70, 10 / 4)
s = "abcdef"
print(s[1:4], s[::-1], s[-2:], s[::2])
lst = list(range(10))
lst[2:5] = ["x"]
del lst[-1]
print(lst)
print(__debug__, __name__)
t = 1,
print(t, type(t).__name__)
print([[y * x for y in range(x)] for x in range(4)])
class K:
    base = 10
    vals = [v + 1 for v in range(3)]
print(K.vals)
