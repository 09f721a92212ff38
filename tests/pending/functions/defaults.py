# Default argument values: evaluation time, overriding, and __defaults__
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(a, b=next_id(), c="x"):
    return a, b, c
print(f(1), f(1, 2), f(1, c="z"), f(1, 5, 6))
print(f.__defaults__)
def g(x=[]):
    x.append(len(x))
    return x
print(g(), g(), g([9]), g())
def h(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(h(), h())
f.__defaults__ = (100, 200)
print(f(0))
def k(a, b=2, *, c, d=4):
    return a + b + c + d
print(k(1, c=3), k.__defaults__, k.__kwdefaults__)
