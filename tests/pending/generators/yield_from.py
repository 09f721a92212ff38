# yield from: delegation, return values, send/throw passed through to the subgenerator
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return x + y
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send(10))
print(g.send(32))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in (4, 5)))))
def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "sub handled"
def deleg():
    yield from sub()
d = deleg()
next(d)
print(d.throw(ValueError))
def tree(n):
    if n == 0:
        return 1
    count = 1
    for _ in range(2):
        count += yield from tree(n - 1)
    yield n
    return count
t = tree(3)
vals = []
try:
    while True:
        vals.append(next(t))
except StopIteration as e:
    print(vals, "nodes:", e.value)
