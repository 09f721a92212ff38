# Star expressions in calls, list/tuple/set/dict displays
def f(*args, **kw):
    return args, sorted(kw.items())
a = [1, 2]
b = (3, 4)
print(f(*a, *b, 5))
print(f(0, *a, x=1, **{'y': 2}, **{'z': 3}))
print([*a, *b, *"xy"])
print((*a, 0, *b))
print({*a, *b, 2})
print({**{'a': 1, 'b': 2}, 'b': 20, **{'c': 3}})
print(*a, *b, sep='-')
print(*range(3), *[], *'')
t = *a, *b
print(t)
nested = [*[*a, *b], *[[*a]]]
print(nested)
print(dict(**{'k': 1}, j=2))
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
