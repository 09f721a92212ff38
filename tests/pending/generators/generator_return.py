# Return statements in generators: values through StopIteration and yield from
def g1():
    yield 1
    return [1, 2]
def g2():
    return "immediate"
    yield
def g3():
    yield 1
def wrapper(gen):
    v = yield from gen
    yield ("returned", v)
print(list(wrapper(g1())))
print(list(wrapper(g2())))
print(list(wrapper(g3())))
it = g2()
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def gen_none():
    yield 1
    return None
x = gen_none()
next(x)
try:
    next(x)
except StopIteration as e:
    print(e.value, e.args)
def returns_tuple():
    yield
    return 1, 2
r = returns_tuple()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
