# Several closures share one cell; cells created per call; cell rebinding visible to all
def make():
    cell = 0
    def get(): return cell
    def set_(v):
        nonlocal cell
        cell = v
    return get, set_
g1, s1 = make()
g2, s2 = make()
s1(10)
print(g1(), g2())
s2("other")
print(g1(), g2())
print(g1.__closure__[0] is s1.__closure__[0], g1.__closure__[0] is g2.__closure__[0])
def loop_closures():
    out = []
    for i in range(3):
        def f(i=i):
            return i * 10
        out.append(f)
    return [f() for f in out]
print(loop_closures())
def loop_cells():
    out = []
    for i in range(3):
        out.append(lambda: i)
    i = 100
    return [f() for f in out]
print(loop_cells())
def factory():
    fns = []
    for n in range(3):
        def make(n):
            return lambda: n ** 2
        fns.append(make(n))
    return fns
print([f() for f in factory()])
