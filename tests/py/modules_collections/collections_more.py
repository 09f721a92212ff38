# collections and collections.abc: Counter algebra, OrderedDict, ChainMap, User*, ABC mixins and registrations.
import collections, collections.abc as cabc, copy
from collections import *
def show(label, f, *a, **k):
    try: r = f(*a, **k)
    except Exception as e: print(label, type(e).__name__, e)
    else: print(label, repr(r))
c = Counter(a=3, b=1, c=-2)
d = Counter(a=1, b=2, d=4)
print(c + d, c - d, c | d, c & d, d - c, d | c, d & c)
c2 = c.copy(); c2 |= d; print(c2)
c2 = c.copy(); c2 &= d; print(c2)
c2 = c.copy(); c2 -= d; print(c2)
print(c == d, c != d, c <= c + d, c >= d, c > Counter(), Counter() < c, c.total())
print(Counter('abcab').most_common(0), Counter('abcab').most_common(-1), Counter({1: 'x'}) if False else '')
c3 = Counter(); c3.update(Counter(x=2)); c3.update(x=1); c3.subtract('xy'); c3.subtract(Counter(y=2)); print(c3)
print(copy.copy(c), copy.deepcopy(d))
print(repr(Counter({'a': 1, 2: 3})), Counter(a=1.5, b=0.5).total())
show('cmp other', lambda: c < {})
print(c == {'a': 3, 'b': 1, 'c': -2}, dict(c) == c)
od = OrderedDict(zip('abcde', range(5)))
od['b'] = 10; del od['c']; od.move_to_end('a'); od.update(z=1)
print(od, od.popitem(last=False), od.pop('z'), od.setdefault('y', 2), od)
print(list(reversed(od.keys())), list(reversed(od.values())), 'b' in od.keys(), ('b', 10) in od.items())
print(od.keys() & {'b', 'q'}, sorted(od.keys() | {'q'}), sorted(od.keys() - {'b'}))
print(od.copy() == od, copy.deepcopy(od), type(copy.copy(od)).__name__)
rec = OrderedDict(); rec['self'] = rec; print(rec)
o2 = OrderedDict(a=1); o2 |= {'b': 2}; print(o2, {'z': 0} | o2, o2 | OrderedDict(c=3))
print(OrderedDict([(1, 2)]) == {1: 2}, {1: 2} == OrderedDict([(1, 2)]))
show('od bad', OrderedDict, 1, 2)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(len(cm), list(cm), list(cm.items()), cm.get('b'), 'c' in cm, bool(ChainMap({})), bool(cm))
print(cm.new_child(x=1), cm.new_child({'q': 0}, r=1), ChainMap.fromkeys('ab', 0), cm | {'z': 9}, {'z': 9} | cm)
cm2 = cm.copy(); cm2['a'] = 100; print(cm, cm2, cm2.pop('a'), cm2.pop('zz', 'dflt'))
cm3 = ChainMap({}); cm3 |= {'k': 1}; print(cm3, cm3.maps)
cm4 = ChainMap(); cm4['s'] = cm4; print(cm4)
ud = UserDict({'a': 1}, b=2)
print(ud, ud | {'c': 3}, {'c': 3} | ud, ud.copy(), type(ud.copy()).__name__, UserDict.fromkeys('xy', 1), ud.get('zz', 5))
class Miss(UserDict):
    def __missing__(self, k): return k * 2
print(Miss()['ab'], Miss().get('ab'), 'ab' in Miss())
show('ud missing', lambda: UserDict()['nope'])
ul = UserList('abc')
print(ul * 2, 2 * ul, [1] + ul, ul + (1,), ul < ['b'], ul == UserList('abc'), ul[::-1], type(ul[1:]).__name__, ul.index('b'), ul.count('a'))
ul.extend(UserList('de')); ul += 'f'; ul *= 1; ul.insert(0, 'z'); ul.remove('a'); print(ul, ul.pop(), ul.pop(0), ul, copy.copy(ul), ul.copy())
ul.reverse(); ul.sort(key=str.upper, reverse=True); print(ul, 'b' in ul, len(ul)); ul.clear(); print(ul)
us = UserString('Hello World')
print(us.lower(), us.split(), us.find('o'), us.replace('o', '0', 1), us.center(15, '*'), us.startswith('He'), us.count('l'))
print(us * 2, us + UserString('!'), 'x' + us, us % () if '%' not in us else '', UserString('%s!') % 'hi', us[::-1], us == 'Hello World', us < 'Z', hash(us) == hash('Hello World'))
print(int(UserString('12')), float(UserString('1.5')), us.encode(), us.partition(' '), us.join(['1', '2']), us.zfill(14), us.title(), us.isalpha(), us.format(), UserString('{0}').format(5), us.removeprefix('Hello '), us.expandtabs(), UserString('a\tb').expandtabs(4), us.splitlines(), us.casefold(), us.index('W'), UserString(5), us.translate({ord('l'): 'L'}), type(us.strip()).__name__, us.isidentifier())
print(UserString('Hi').__getnewargs__(), copy.copy(us), copy.deepcopy(us), 'World' in us, UserString('W') in us)
regs = [(list, 'MutableSequence'), (tuple, 'Sequence'), (str, 'Sequence'), (bytes, 'Sequence'), (bytearray, 'MutableSequence'), (range, 'Sequence'), (memoryview, 'Sequence'), (dict, 'MutableMapping'), (set, 'MutableSet'), (frozenset, 'Set'), (type({}.keys()), 'KeysView'), (type({}.items()), 'ItemsView'), (type({}.values()), 'ValuesView'), (type(type.__dict__), 'Mapping'), (deque, 'MutableSequence'), (OrderedDict, 'MutableMapping'), (Counter, 'MutableMapping'), (ChainMap, 'MutableMapping'), (UserString, 'Sequence'), (type(iter([])), 'Iterator'), (int, 'Hashable'), (list, 'Hashable'), (dict, 'Reversible'), (type(lambda: 0), 'Callable'), (type, 'Callable'), (str, 'MutableSequence'), (tuple, 'Collection'), (dict, 'Sequence'), (set, 'Sequence'), (bytes, 'Buffer') ]
print([issubclass(t, getattr(cabc, n)) for t, n in regs])
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class NoIt(It):
    __iter__ = None
print(isinstance(It(), cabc.Iterator), isinstance(NoIt(), cabc.Iterable), issubclass(It, cabc.Reversible), issubclass(It, cabc.Collection))
class Sz:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
print(issubclass(Sz, cabc.Collection), issubclass(Sz, cabc.Sized), issubclass(Sz, cabc.Container), issubclass(Sz, cabc.Set), issubclass(Sz, cabc.Sequence))
class MS(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MS([1, 2, 3]); b = MS([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, a < MS([1, 2, 3, 4]), a == MS([3, 2, 1]), a.isdisjoint([7]), list({1, 5} - a) if False else '', list([1, 5] - a) if False else '')
a |= [9]; a -= [1]; a ^= [2, 10]; a &= [3, 9, 10, 11]; print(list(a), a.pop(), list(a)); a.remove(9); show('remove', a.remove, 99); a.clear(); print(list(a))
class MM(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m.update({'a': 1}, b=2); m.update([('c', 3)]); m.setdefault('d', 4); m.setdefault('a', 9)
print(dict(m), m.pop('a'), m.pop('zz', 0), m.popitem(), list(m.items()), 'b' in m, m.get('q'), m == {'b': 2, 'c': 3})
print(('b', 2) in m.items(), 2 in m.values(), m.keys() & {'b'}, m.keys() == {'b', 'c'})
show('pop missing', m.pop, 'zz'); m.clear(); show('popitem empty', m.popitem)
class SQ(cabc.MutableSequence):
    def __init__(self, *a): self.l = list(a)
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
q = SQ(1, 2, 3, 2); q.append(5); q.extend([6]); q.extend(q); q += [7]; q.reverse(); q.remove(2); print(q.l, q.pop(), q.pop(0), q.index(2), q.index(2, 3), q.count(2), 3 in q, list(reversed(q)))
show('index missing', q.index, 99); show('index range', q.index, 1, 0, 1); q.clear(); print(q.l)
show('abstract MM', cabc.MutableMapping)
print(cabc.Sequence.__abstractmethods__ == frozenset({'__getitem__', '__len__'}), sorted(cabc.MutableSet.__abstractmethods__))
print(cabc.Mapping.__module__, cabc.Sequence.__name__, cabc.Iterable[int], cabc.Mapping[str, int], cabc.Callable[..., int].__args__)
print(repr(cabc.KeysView({'a': 1})), repr(cabc.ValuesView({'a': 1})), repr(cabc.ItemsView({'a': 1})))
print(sorted(cabc.__all__) == sorted(collections.abc.__all__))
