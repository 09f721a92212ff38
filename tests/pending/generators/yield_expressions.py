# yield as an expression: in assignments, arithmetic, function arguments, bare yield
def g():
    a = yield
    b = (yield a) + 1
    print("b =", b)
    c = str((yield b * 2))
    print("c =", repr(c))
    yield [a, b, c]
it = g()
print(next(it))
print(it.send("first"))
print(it.send(10))
print(it.send(None))
def lists():
    x = [(yield 1), (yield 2)]
    yield x
l = lists()
print(next(l), l.send("p"), l.send("q"))
def yield_in_call():
    print("printed:", (yield "want value"))
    yield "end"
y = yield_in_call()
print(next(y))
print(y.send(123))
