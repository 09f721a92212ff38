# PEP 695 type parameters, type aliases, bounds, defaults (PEP 696).
def f[T, *Ts, **P](a: T, *args: *Ts, **kw: P.kwargs) -> T:
    return a
def g[T: int = str](x=1, *, y=2): pass
def h[T: (int, str)](): pass
class C[T, U: int = bool](Base[T], metaclass=M):
    def m[V](self, v: V) -> T: pass
    type Alias[W] = list[W | T]
    type Plain = int
    attr: T
class D:
    x = int
    type A = x
    def m[T: x](self): pass
    class E[S: x]: pass
type A = int
type B[T] = dict[T, A]
type Rec = list[Rec]
class __Private[__T]:
    __attr = __T
    def m[__U](self, u: __U): pass
def outer():
    y = 1
    type Inner = y
    def generic[T: y](): return T
    return Inner, generic
class F[T]:
    def m(self):
        return T
