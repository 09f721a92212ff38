# Keyword argument binding: order independence, mixing positional and keywords, **kwargs ordering preserved
def describe(a, b, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"
print(describe(1, 2, d=4))
print(describe(b=2, a=1, d=4))
print(describe(1, 2, 30, 40, 50, d=4, e=6, z=26, y=25))
print(describe(*[1, 2], **{"d": 4, "x": 1}))
print(describe(1, *[2, 3], 4, d=0, **{"e": 0}))
def only_kw(**kw):
    return list(kw.items())
print(only_kw(z=1, y=2, x=3), only_kw(**dict(b=1, a=2)), only_kw())
