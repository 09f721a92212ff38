# Classes: __qualname__, __module__, properties, class attributes, __init_subclass__, methods, __static_attributes__
class A:
    """doc of A"""
    count = 0
    def __init__(self, v):
        self.v = v
        A.count += 1
    def __repr__(self):
        return f"A({self.v})"
    @property
    def double(self):
        return self.v * 2
    @staticmethod
    def s():
        return "static"
    class Nested:
        def m(self):
            pass
print(A(1), A(2).double, A.count, A.s(), A.__doc__)
print(A.__qualname__, A.Nested.__qualname__, A.Nested.m.__qualname__, A.__module__)
print(A.__static_attributes__, A.__firstlineno__)
class Registry:
    subs = []
    def __init_subclass__(cls, **kw):
        Registry.subs.append(cls.__name__)
class One(Registry): pass
class Two(Registry): pass
print(Registry.subs)
def f(a: int, b: "str" = "x") -> bool:
    "f's doc"
    return True
print(f.__annotations__, f.__doc__, f.__name__, f.__defaults__)
class V:
    x: int = 3
    y: str
print(V.__annotations__, V.x)
m = A(5).__repr__
print(m(), m.__self__, m.__func__.__name__)
