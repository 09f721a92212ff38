# Closures, cells, nonlocal, global, class bodies, __class__ and super()
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(5))
print(c.__closure__[0].cell_contents)
G = 1
def setg():
    global G
    G += 1
setg(); print(G)
def outer():
    x = "outer"
    class Inner:
        x = "class"
        def get(self):
            return x
        y = [x for _ in range(1)]
    return Inner().get(), Inner.y
print(outer())
class Base:
    def hello(self):
        return "base"
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    @classmethod
    def name(cls):
        return __class__.__name__
print(Derived().hello(), Derived.name())
def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    return [f() for f in fs]
print(make())
def late():
    fs = [lambda: j for j in range(3)]
    return [f() for f in fs]
print(late())
def unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
unbound()
def local_unbound():
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 2
local_unbound()
