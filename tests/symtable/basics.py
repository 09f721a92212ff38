# Module, function, class and lambda scopes; parameters in order.
import os.path
import a.b as ab
from pkg import name as alias, other
x = 1
del x
y += 1
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    local = a
    return local, b, c, args, d, e, kw, os
lam = lambda p, *q, r=1, **s: (p, q, r, s)
class C(object, metaclass=type):
    attr = 1
    def method(self):
        return attr
    def __repr__(self):
        return self.attr
for i, (j, k) in enumerate([]):
    pass
with open('f') as fh, open('g') as (g1, g2):
    pass
try:
    pass
except (E1, E2) as err:
    pass
except* E3:
    pass
finally:
    cleanup()
assert cond, msg
raise Err from cause
print(f"{fmt!r:{width}.{prec}}", t[1:2:3], o.a.b, *st, **kw2)
def top():
    v = 1
    return v
