# Argument binding: defaults, *args, **kwargs, keyword-only, positional-only, and CPython's TypeErrors
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 7, "z": 0}))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, z=3))
def h(): pass
def k(x, y): pass
def kw(*, key): pass
class C:
    def m(self, a): pass
for call in [lambda: k(1), lambda: k(), lambda: k(1, 2, 3), lambda: k(1, y=2, z=3),
             lambda: k(1, x=1), lambda: g(1, y=2, z=3), lambda: kw(), lambda: kw(1),
             lambda: h(1), lambda: C().m(), lambda: f(1), lambda: k(1, 2, **{"x": 1}),
             lambda: f(1, **{1: 2}), lambda: k(*5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print((lambda *a, **k: (a, k))(1, 2, x=3))
