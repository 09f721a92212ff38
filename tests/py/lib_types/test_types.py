# types: type names, SimpleNamespace, new_class, prepare_class, resolve_bases, MappingProxyType
import types, sys
def f(): pass
class C:
    def m(self): pass
def g(): yield 1
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType))
print(isinstance(g(), types.GeneratorType), isinstance(f.__code__, types.CodeType))
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(types.FunctionType, types.MethodType, types.ModuleType, types.GeneratorType)
print(types.MappingProxyType, types.SimpleNamespace, types.CodeType, types.CellType)
print(types.GenericAlias, types.UnionType, types.BuiltinFunctionType)
mp = types.MappingProxyType({'a': 1})
print(mp['a'], len(mp), list(mp))
try:
    mp['b'] = 2
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'))
ns.c = [1]
del ns.a
print(ns, repr(types.SimpleNamespace()))
print(types.SimpleNamespace({'q': 1}, r=2))
class Sub(types.SimpleNamespace): pass
print(Sub(z=3))
m = types.ModuleType('mymod', 'doc here')
print(m.__name__, m.__doc__, repr(m))
def body(ns):
    ns['x'] = 5
    ns['hello'] = lambda self: 'hi'
K = types.new_class('K', (C,), {}, body)
print(K.__name__, K.x, K().hello(), K.__mro__[1] is C)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
meta, ns2, kw = types.prepare_class('Z', (), {'metaclass': Meta, 'flag': True})
print(meta is Meta, ns2, kw)
Z = types.new_class('Z', (), {'metaclass': Meta, 'flag': 1})
print(type(Z) is Meta, Z.from_prepare)
class E:
    def __mro_entries__(self, bases):
        return (C,)
print(types.resolve_bases((E(), int)) == (C, int), types.resolve_bases((int,)))
N = types.new_class('N', (E(),))
print(N.__bases__ == (C,), types.get_original_bases(N)[0].__class__.__name__)
print(types.get_original_bases(int))
