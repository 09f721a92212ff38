def f(): pass
def f(a): return
def f(a, b=1, *args, c, d=2, **kw): return a
def f(a, /, b): pass
def f(a=1, /, b=2, *, c): pass
def f(*, a, b=1): pass
def f(a: int, *b: str, c: float = 1.0, **d: dict) -> None: pass
def f(*args: *Ts): pass
def f[T](x: T) -> T: return x
def f[T: int, *Ts, **P](): pass
def f[T = int, *Ts = *tuple[int], **P = [int]](): pass
@dec
def f(): pass
@dec.attr
@dec(1, 2)
@(lambda f: f)
@x[0]
def f(): pass
async def f():
    await x
    async for a in b:
        pass
    async with a as b:
        pass
    [x async for x in y]
    return await y
@dec
async def g(): pass
class A: pass
class A(B): pass
class A(B, C, metaclass=M, **kw): pass
class A(): pass
class A[T, *Ts, **P](Base[T]): pass
@dec
class A:
    x = 1
    def m(self): pass
def g():
    yield
    yield x
    yield x, y
    yield from z
    x = yield
    global a, b
    nonlocal c
def h(a, b,): pass
def h(a, *, b,): pass
def h(**kw,): pass
lambda a, b=1,: 0
