# Keyword-only parameters after * and after *args
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(a=1, b=2, c=4))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(*args, flag=False):
    return args, flag
print(g(1, 2, flag=True), g())
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    h(x=1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
