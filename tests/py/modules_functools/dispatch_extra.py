# singledispatch over ABCs and MRO, singledispatchmethod, total_ordering roots.
import functools
import collections.abc as cabc
from collections import OrderedDict, Counter, namedtuple


@functools.singledispatch
def f(x):
    return 'object'


@f.register
def _(x: cabc.Sequence):
    return 'sequence'


@f.register(cabc.Mapping)
def _(x):
    return 'mapping'


@f.register(int | float)
def _(x):
    return 'number'


for v in [1, 2.5, 'a', [1], (1,), {}, OrderedDict(), set(), None, True]:
    print(type(v).__name__, f(v))
print(sorted(k.__name__ for k in f.registry))


class A:
    @functools.singledispatchmethod
    def m(self, arg):
        return 'base'

    @m.register
    def _(self, arg: str):
        return 'str ' + arg


print(A().m(1), A().m('x'))
for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v}
    ns[root] = eval(f'lambda self, o: self.v {dict(__lt__="<", __le__="<=", __gt__=">", __ge__=">=")[root]} o.v')
    K = functools.total_ordering(type('K', (), ns))
    print(root, [(op(K(a), K(b))) for a, b in [(1, 2), (2, 1), (2, 2)]
                 for op in (lambda x, y: x < y, lambda x, y: x <= y,
                            lambda x, y: x > y, lambda x, y: x >= y)])
p = functools.partial(max, 1)
print(repr(functools.partialmethod(max, 1, key=abs)).split(' at ')[0])
try:
    f()
except TypeError as e:
    print(e)
P = namedtuple('P', 'x y', defaults=[0], module='m')
print(P(1), P.__module__, P._field_defaults, P(1, 2)._asdict(), P.__new__.__defaults__)
c = Counter(a=2, b=-1, c=0)
print(+c, -c, c.most_common(1), list(c.elements()), Counter('aab') < Counter('aabc'))
od = OrderedDict.fromkeys('abc')
od.move_to_end('b', last=False)
print(od, od.keys(), list(reversed(od.items())), od == OrderedDict.fromkeys('bac'), od != OrderedDict.fromkeys('abc'))
print(issubclass(OrderedDict, cabc.MutableMapping), isinstance(od.keys(), cabc.KeysView), cabc.Callable[..., str].__origin__, cabc.Iterable[int])
s = {1, 2} 
print(cabc.Set._hash(frozenset([1, 2])) == hash(frozenset([1, 2])))
