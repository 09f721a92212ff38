# Edge cases of *args/**kwargs: empty unpacking, generators as star args, dict subclasses, repeated calls
def f(*args, **kwargs):
    return args, kwargs
print(f(*(), **{}), f(*[], *"", **dict()), f(*range(3)), f(*(x for x in "ab")))
class OrderedKw(dict):
    pass
print(f(**OrderedKw(b=1, a=2)))
def g(a, b, /, *rest, **kw):
    return a, b, rest, kw
print(g(*"xy"), g(1, *[2, 3], **{"a": "kw named a is fine"}))
args = [1, 2]
print(f(*args, *args, x=1), args)
try:
    g(*[1])
except TypeError as e:
    print(type(e).__name__, e)
