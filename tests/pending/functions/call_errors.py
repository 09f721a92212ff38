# TypeError messages for bad calls: arity, missing, unexpected, duplicate arguments
def two(a, b):
    pass
def opt(a, b=1):
    pass
def none():
    pass
class C:
    def m(self, x):
        pass
cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: none(1),
    lambda: none(1, 2),
    lambda: two(1, 2, zzz=3),
    lambda: two(1, a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: opt(b=2),
    lambda: two(b=1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
