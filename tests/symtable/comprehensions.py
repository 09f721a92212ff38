# PEP 709 inlining (list/set/dict comprehensions) vs generator expressions;
# iteration variables, walrus targets, nested comprehensions, async.
xs = [i for i in range(10) if i]
ys = {i: j for i in range(3) for j in range(i)}
zs = {k for k in xs}
gen = (g for g in xs if g)
def f(a):
    b = [x * a for x in a]
    c = (y for y in a)
    d = [[z for z in w] for w in a]
    e = [lambda: q for q in a]
    h = [(last := v) for v in a]
    return b, c, d, e, h, last
def g():
    t = 1
    return [t for _ in ()], (t for _ in ())
class K:
    cls_attr = 1
    items = [cls_attr for _ in range(3)]
    gens = (cls_attr for _ in range(3))
    m = [i for i in range(3)]
    def meth(self):
        return [__class__ for _ in ()]
    sup = [super() for _ in ()]
async def co(src):
    r = [v async for v in src]
    s = [await v for v in src]
    return r, s
def outer():
    x = 0
    def inner():
        return [x for _ in ()]
    return [y := 1 for _ in ()], inner
def walrus_in_gen():
    return ((n := k) for k in ()), n
res = [(m := i) for i in range(3)]
def nested_walrus():
    return [[(deep := j) for j in range(i)] for i in range(3)], deep
def comp_cell():
    return [lambda: i for i in range(3)]
def comp_shadow(i):
    return [i for i in range(3)], i
def gen_in_comp():
    return [list(k for _ in ()) for k in ()]
