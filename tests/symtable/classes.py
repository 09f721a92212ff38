# Class scopes: names bound in a class do not bind for methods; __class__,
# super(), DEF_FREE_CLASS; private name mangling.
def f():
    x = 1
    y = 2
    class C:
        x = 2
        def g(self):
            return x, y
        def h(self):
            return super().h()
        def k(self):
            return __class__
        def noarg():
            super
        z = [x for _ in ()]
        __priv = 1
        __dunder__ = 2
        def __m(self, __arg):
            import __mod
            return self.__priv, __priv, __arg
    return C
class D:
    global gl
    gl = 1
    def m(self):
        return gl
class _:
    __a = 1
class ___Under:
    __b = 1
class Outer:
    class Inner:
        __c = 1
    __d = Inner
def with_cls():
    __class__ = 1
    class E:
        def m(self):
            return __class__
    return E
class F:
    def m(self):
        def inner():
            return __class__
        return inner
    lam = lambda self: super()
