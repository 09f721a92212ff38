# functools: reduce, partial, cmp_to_key, lru_cache/cache, wraps,
# total_ordering, cached_property, partialmethod, singledispatch.
import functools
import operator


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, [], 1), functools.reduce(lambda a, b: a + b, ['x'], 'y'))
show('reduce empty', functools.reduce, operator.add, [])
show('reduce 1', functools.reduce, 1, 1)


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = functools.partial(f, 1, d=5)
print(p(2), p(2, 3, d=6), p.func is f, p.args, p.keywords)
print(repr(functools.partial(f, 1, 'x', k=[1])).replace(hex(id(f)), 'ADDR').split(' at ')[0])
pp = functools.partial(p, 7)
print(pp(), pp.args, pp.func is f)
show('partial()', functools.partial)
show('partial(1)', functools.partial, 1)
p.attr = 'stored'
print(p.attr, p.__dict__)


class Sub(functools.partial):
    pass


print(Sub(max, 1)(5), type(Sub(max)).__name__)

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
k = functools.cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(4), k(5).obj)

calls = []


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.cache
def kw(a, b=0, **rest):
    return a + b + len(rest)


print(kw(1), kw(1, b=2), kw(1, b=2), kw(1, x=1), kw.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(1), typed.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())
show('lru_cache bad', functools.lru_cache, 'x')


class C:
    @functools.lru_cache
    def m(self, x):
        return x * 2


print(C().m(4), C.m.cache_info().misses)


print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(2) > V(1), V(2) >= V(3), V(1) <= V(1))
show('total_ordering none', functools.total_ordering, type('X', (), {}))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print('computing')
        return self.r * self.r * 3


c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)


cell = Cell()
cell.set_alive()
print(cell._alive)


