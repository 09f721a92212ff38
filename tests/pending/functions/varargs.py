# *args and **kwargs collection, forwarding, and ordering
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, x=3))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
def forward(*a, **k):
    return collect(*a, **k)
print(forward(1, *[2, 3], y=4, **{'z': 5}))
def mixed(a, b=0, *rest, key=None, **extra):
    return a, b, rest, key, extra
print(mixed(1))
print(mixed(1, 2, 3, 4, key='k', other=9))
print(mixed(*range(5), **{'key': 1, 'q': 2}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(start=10), total(*range(101)))
