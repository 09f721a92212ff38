# copy: copy/deepcopy of containers, instances, slots, __copy__/__deepcopy__, memo, cycles, replace
import copy

a = [1, [2, 3], {'k': [4]}, (5, [6]), {7}, frozenset({8})]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]['k'] is a[2]['k'], d[3] is a[3])
t = (1, 2, 'x')
print(copy.deepcopy(t) is t, copy.copy(t) is t)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)
p = P(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.y is p.y, p3.y is p.y, type(p3) is P)

class S:
    __slots__ = ('a', 'b')
s1 = S(); s1.a = [1]
s2 = copy.deepcopy(s1)
print(s2.a, s2.a is s1.a, hasattr(s2, 'b'))

class C:
    def __init__(self):
        self.log = []
    def __copy__(self):
        print('__copy__ called')
        return 'copied'
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return 'deepcopied'
print(copy.copy(C()), copy.deepcopy([C()]))

class L(list):
    pass
l = L([1, [2]])
l.attr = 'z'
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.attr, l2[1] is l[1])

class D(dict):
    pass
dd = copy.copy(D(a=1))
print(type(dd).__name__, dd)

class G:
    def __getstate__(self):
        return {'v': 42}
    def __setstate__(self, st):
        print('setstate', st)
        self.v = st['v']
print(copy.copy(G()).v)

shared = [1]
x = [shared, shared]
y = copy.deepcopy(x)
print(y[0] is y[1])
memo = {}
copy.deepcopy(x, memo)
print(len([k for k in memo if memo[k] is not None]) >= 2)

def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int)

import collections
Pt = collections.namedtuple('Pt', 'x y')
print(copy.replace(Pt(1, 2), y=5))
try:
    copy.replace([1])
except TypeError as e:
    print(e)
ba = bytearray(b'ab')
print(copy.copy(ba), copy.copy(ba) is ba)
