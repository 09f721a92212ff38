# collections: deque, defaultdict, namedtuple, Counter, OrderedDict,
# ChainMap, the User* classes and collections.abc.
from collections import (namedtuple, OrderedDict, Counter, ChainMap, deque,
                         defaultdict, UserDict, UserList, UserString)
import collections.abc as cabc


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.extend([5, 6])
d.extendleft('ab')
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(1), d.index(3), 3 in d, 99 in d)
d.insert(2, 'x')
d.remove('x')
d.reverse()
print(d, d.copy(), list(reversed(d)))
d[0] = 'first'
del d[1]
print(d, d == deque(d), d < deque(['g']), d != [1])
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m, deque('ab') + deque('cd'), deque('ab') * 3, deque([1, 2], maxlen=3) * 3)
e = deque([1])
e += [2, 3]
e *= 2
print(e, bool(deque()), bool(e))
for label, fn in [('index missing', lambda: d.index(99)), ('remove missing', lambda: d.remove(99)),
                  ('pop empty', lambda: deque().pop()), ('popleft empty', lambda: deque().popleft()),
                  ('getitem', lambda: d[100]), ('add list', lambda: d + [1]),
                  ('maxlen neg', lambda: deque(maxlen=-1)), ('insert full', lambda: m.insert(0, 1)),
                  ('hash', lambda: hash(d)), ('index str', lambda: d['a']), ('maxlen str', lambda: deque([], 'a'))]:
    show(label, fn)
it = iter(d)
next(it)
d.append('new')
show('mutated', next, it)
r = deque()
r.append(r)
print(r)


class MyDeque(deque):
    pass


print(MyDeque([1, 2]), MyDeque([1], 5), type(MyDeque([1]).copy()).__name__)

# defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, dict(dd), defaultdict(int, {'x': 1})['y'])
print(defaultdict(), defaultdict(None, a=1), dd.copy(), type(dd | {'z': 0}).__name__)
show('defaultdict bad', defaultdict, 1)
show('missing none', lambda: defaultdict()['k'])
nd = defaultdict(lambda: defaultdict(int))
nd['x']['y'] += 1
print(nd['x']['y'], isinstance(dd, dict))

# namedtuple
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, p == (1, 2), P.__doc__)
for label, fn in [('missing', lambda: P(1)), ('extra', lambda: P(1, 2, 3)), ('kw', lambda: P(1, z=2)),
                  ('replace', lambda: p._replace(z=3)), ('ident', lambda: namedtuple('1x', 'a')),
                  ('keyword', lambda: namedtuple('A', 'class')), ('underscore', lambda: namedtuple('A', '_x')),
                  ('dup', lambda: namedtuple('A', 'x x')), ('make', lambda: P._make([1])),
                  ('defaults', lambda: namedtuple('A', 'x', defaults=(1, 2)))]:
    show(label, fn)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
print(Q(1), Q._field_defaults, namedtuple('R', 'a, class, _b, a', rename=True)._fields)
print(P.__new__.__qualname__, P.x.__doc__, P.__match_args__)
x, y = p
print(x, y, type(p).__mro__[1].__name__)

# Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5, b=1))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), -Counter(a=-2, b=1), +Counter(a=-2, b=1))
c.update('zz')
c.subtract({'a': 10})
print(c, Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
del c['nothing']
show('fromkeys', Counter.fromkeys, 'ab')
c2 = Counter(a=1)
c2 += Counter(a=2, b=-1)
print(c2)

# OrderedDict
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
od.move_to_end('c', last=False)
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), od == OrderedDict(b=2))
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), o1 | {'c': 3}, OrderedDict.fromkeys('xy', 0))
show('move missing', o1.move_to_end, 'zz')
show('popitem empty', OrderedDict().popitem)
print(o1.pop('a'), o1.setdefault('q', 9), o1)

# ChainMap
base = {'a': 1, 'b': 2}
cm = ChainMap({'a': 10}, base)
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 'dflt'))
cm['c'] = 3
child = cm.new_child({'a': 100})
print(child['a'], child.parents, cm.maps[0], dict(cm))
show('chain missing', lambda: ChainMap({})['x'])

# User classes
ud = UserDict(a=1)
ud['b'] = 2
print(ud, len(ud), 'a' in ud, ud.data, isinstance(ud, cabc.MutableMapping))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], ul + [5], len(ul), ul == [1, 2, 3, 4])
us = UserString('hello')
print(us.upper(), us[1:3], us + '!', len(us), 'ell' in us, us.split('l'))

# collections.abc
print(isinstance([], cabc.Sequence), isinstance((), cabc.Sequence), isinstance('', cabc.Sequence),
      isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set), isinstance(frozenset(), cabc.MutableSet),
      isinstance(iter([]), cabc.Iterator), isinstance(deque(), cabc.MutableSequence),
      isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable),
      isinstance((x for x in ()), cabc.Generator), isinstance({}.keys(), cabc.KeysView),
      issubclass(dict, cabc.Sized), isinstance(range(3), cabc.Reversible))


class MySeq(cabc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = MySeq(4)
print(list(s), s.index(4), s.count(1), list(reversed(s)))
show('abstract', cabc.Sequence)
