# namedtuple details, functools (wraps, caches, cached_property, partialmethod, singledispatch), types helpers.
import collections, functools, copy, types, sys
from collections import namedtuple
def show(label, f, *a, **k):
    try: r = f(*a, **k)
    except Exception as e: print(label, type(e).__name__, e)
    else: print(label, repr(r))
P = namedtuple('Point', ['x', 'y'])
p = P(3, 4)
print(P.__name__, P.__qualname__, P.__module__, P._fields, P.__slots__, P.__doc__, P.__new__.__doc__, P._make.__doc__ if False else '')
print(p, repr(p), p._asdict(), p.__getnewargs__(), copy.copy(p), copy.deepcopy(p), copy.replace(p, x=9), p._replace(y=0), hash(p) == hash((3, 4)))
print(P._make(range(2)), P(*[1, 2]), P(**{'x': 1, 'y': 2}), P.x, type(P.x).__name__ if False else '', P.y.__doc__, isinstance(p, tuple))
show('make extra', P._make, [1, 2, 3])
show('replace bad', p._replace, x=1, w=2)
show('new kw dup', P, 1, x=2)
show('int field', namedtuple, 'A', ['a', 1])
show('bad type', namedtuple, 'A B', 'x')
show('bad type2', namedtuple, 'def', 'x')
show('str rename', namedtuple, 'A', 'abc def ghi abc', rename=True)
print(namedtuple('A', 'abc def ghi abc _x 1', rename=True)._fields)
E = namedtuple('E', '')
print(E(), E._fields, repr(E()), E._make([]))
One = namedtuple('One', 'a')
print(One(1), One(a=(1, 2)), One._make([5]))
D = namedtuple('D', 'a b c', defaults=(None, 2))
print(D(1), D(1, 2, 3), D.__new__.__defaults__, D._field_defaults)
show('D missing', D)
print(namedtuple('M', 'a', module='mymod').__module__)
class Sub(P):
    __slots__ = ()
    @property
    def hyp(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(Sub(3, 4), Sub(3, 4).hyp, Sub._make([6, 8]).hyp, type(Sub(1, 2)._replace(x=0)).__name__)
match p:
    case P(a, b): print('matched', a, b)
print(functools.WRAPPER_ASSIGNMENTS, sorted(functools.__all__))
def f(a, b=2, *, c=3):
    "doc f"
    return a + b + c
@functools.wraps(f)
def g(*a, **k): return f(*a, **k)
print(g.__name__, g.__doc__, g.__wrapped__ is f, g(1))
@functools.lru_cache(maxsize=3, typed=False)
def sq(x): return x * x
print([sq(i) for i in [1, 2, 3, 1, 4, 1, 2]], sq.cache_info(), sq(1.0), sq.cache_info())
show('cache none', functools.lru_cache(None), 1)
@functools.cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info().misses, fact.cache_parameters())
class T:
    @functools.cached_property
    def v(self):
        print('compute'); return 5
t = T(); print(t.v, t.v); del t.v; print(t.v, T.v.__class__.__name__, T.v.attrname)
class Slotted:
    __slots__ = ('a',)
    @functools.cached_property
    def v(self): return 1
show('slots cp', lambda: Slotted().v)
show('cp twice', lambda: type('X', (), {'a': (cp := functools.cached_property(lambda s: 1)), 'b': cp}))
show('pm bad', functools.partialmethod, 1)
class PM:
    def m(self, a, b, c=0): return (a, b, c)
    m1 = functools.partialmethod(m, 1)
    m2 = functools.partialmethod(m1, 2, c=5)
    cls_m = functools.partialmethod(classmethod(lambda cls, x: (cls.__name__, x)), 'X')
print(PM().m1(2), PM().m2(), PM.cls_m(), PM().cls_m())
@functools.singledispatch
def fn(x): return 'base'
@fn.register(list)
@fn.register(tuple)
def _(x): return 'seq'
print(fn([1]), fn((1,)), fn('s'), fn.dispatch(tuple).__name__, list(fn.registry.keys()) == [object, tuple, list])
show('fn noargs', fn)
show('reg bad', fn.register, 'notatype', lambda x: x)
try:
    fn.register(lambda x: x)
except TypeError as e:
    print('reg noann', str(e).split(' at ')[0])
class A1: pass
class B1(A1): pass
class C1(B1): pass
fn.register(A1, lambda x: 'A1'); fn.register(C1, lambda x: 'C1')
print(fn(B1()), fn(C1()), fn(A1()))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 7))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))
print(types.FunctionType, types.CoroutineType, types.AsyncGeneratorType, types.FrameType, types.TracebackType, types.GetSetDescriptorType, types.MemberDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
show('mro entries bad', types.resolve_bases, (type('Q', (), {'__mro_entries__': lambda s, b: [int]})(),))
show('meta conflict', types.new_class, 'Bad', (type('M1', (type,), {})('a', (), {}), type('M2', (type,), {})('b', (), {})))
print(types.prepare_class('W'), types.prepare_class('W', (int,), {'x': 1})[2] if False else '')
m = types.ModuleType('mm'); print(m.__doc__, m.__spec__, m.__loader__, m.__package__)
for fn_ in [lambda: setattr(p, 'x', 3), lambda: delattr(p, 'x'), lambda: P.x.__get__(None, P), lambda: P.x.__get__(5), lambda: P.x.__get__((1,)), lambda: P.x.__reduce__(), lambda: P.x.__doc__]:
    show('getter', fn_)
