# Corner cases: classes in comprehensions, nonlocal through a class,
# generic classes with super(), global at module level, del, walrus in
# generator expressions, lambdas in class bodies and defaults.
global at_module
at_module = 1
def f():
    v = 1
    class C:
        def m(self):
            nonlocal v
            v = 2
            return super()
    return [type('K', (), {}) for _ in ()], C
def g():
    x = 1
    del x
    def h():
        return x
    return h
class Gen[T]:
    def m(self):
        return super().m(), __class__
    other = [lambda: T for _ in ()]
def walrus_gen():
    total = 0
    it = ((total := total + i) for i in range(3))
    return it, total
mod_gen = ((w := i) for i in range(3))
class L:
    a = 1
    f = lambda self, d=a: a
    g = (a for _ in range(a))
def cell_param(p):
    def inner():
        return p
    return inner
def comp_uses_cell():
    c = 1
    def inner():
        return c
    return [c for _ in ()], inner
def nested_comps_free():
    n = 1
    return [[lambda: n + i for i in ()] for _ in ()]
def comp_in_comp_iter(a):
    return [x for x in [y for y in a]]
async def async_comp(a):
    return [[z async for z in y] for y in a]
def super_in_comp():
    return [super() for _ in ()]
class Q:
    def m(self):
        return [super() for _ in ()], (super() for _ in ())
def __dunder__(): pass
class M:
    def __init__(self):
        self.__x = [__y for __y in ()]
