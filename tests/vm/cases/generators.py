# Generators: send, throw, close, yield from, return values, PEP 479, gi_* attributes
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("finally")
    return "done"
g = gen()
print(next(g), g.send("hello"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def delegate():
    r = yield from gen()
    print("delegate got", r)
    yield r
d = delegate()
print(list(d.send(None) if i == 0 else next(d) for i in range(1)))
def inner():
    yield 1
    raise StopIteration("bad")
try:
    list(inner())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
next(c)
c.close()
print(c.gi_frame, c.gi_running)
def running():
    g.send(None)
g = (x * x for x in range(4))
print(sum(g), list(g))
def reenter():
    yield me.send(None)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fg = fib()
print([next(fg) for _ in range(10)])
def cnt():
    yield from range(3)
    return 7
def outer2():
    v = yield from cnt()
    yield v
print(list(outer2()))
print(type(gen()).__name__, gen.__name__, gen().__qualname__)
