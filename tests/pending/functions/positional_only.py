# Positional-only parameters (/) and their error messages
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=5, /):
    return a * b
print(h(2), h(2, 3))
try:
    h(a=1)
except TypeError as e:
    print(e)
def pw(base, exp=2, /, mod=None):
    return pow(base, exp, mod)
print(pw(3), pw(3, 4), pw(3, 4, mod=5), pw(3, 4, 5))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
