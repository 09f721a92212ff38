# Lambda expressions: defaults, closures, immediate calls, sorting keys, __name__
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *r, k=1, **kw: (a + b, r, k, kw)
print(add(1), add(1, 2, 3, k=4, z=5))
print((lambda: "now")())
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda s: s.isupper(), "aBcDE")))
y = 5
f = lambda: y
y = 6
print(f())
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y: x - y)(10, y=3))
