# pprint: pprint/pformat with width/indent/depth/compact/sort_dicts, containers, strings, bytes, recursion
import pprint, io
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace
from dataclasses import dataclass, field
data = {'name': 'ftpy', 'numbers': list(range(30)), 'nested': {'z': [1, 2, {'deep': ('a', 'b')}], 'a': None},
        'text': 'the quick brown fox jumps over the lazy dog ' * 3, 'tuple1': (1,), 'set': set(range(25)),
        'fs': frozenset({3, 1, 2}), 'empty': [[], {}, (), set()], 'bytes': bytes(range(40)), 'multi': 'line one\nline two\nline three'}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=3)
pprint.pprint(data, depth=1)
pprint.pprint(data['numbers'], compact=True, width=30)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({'b': 1, 'a': 2}, width=5)
print(pprint.pformat([10 ** 10, 123456789], underscore_numbers=True))
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=30)
dd = defaultdict(list, {k: list(range(k)) for k in range(6)})
pprint.pprint(dd, width=40)
pprint.pprint(Counter('abracadabra simsalabim'), width=30)
pprint.pprint(deque(range(20), maxlen=25), width=30)
pprint.pprint(ChainMap({'a': list(range(10))}, {'b': 'x' * 40}), width=30)
pprint.pprint(SimpleNamespace(alpha=list(range(12)), beta='b' * 50), width=40)
@dataclass
class Pt:
    x: int
    ys: list = field(default_factory=list)
pprint.pprint(Pt(1, list(range(30))), width=40)
pprint.pprint(bytearray(b'0123456789' * 6), width=30)
pprint.pprint(('x' * 20, 'y' * 20, ('z' * 20,)), width=30)
r = [1, 2]
r.append(r)
d = {'self': None}
d['self'] = d
print(pprint.pformat(r).replace(hex(id(r)), 'ID').replace(str(id(r)), 'ID'), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']))
print(pprint.saferepr(d).replace(str(id(d)), 'ID'), pprint.saferepr([1, {2: 3}]), pprint.isreadable(object()))
s = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=20, stream=s)
pp.pprint({'k': list(range(8))})
print(s.getvalue(), end='')
print(pp.pformat('short'), pp.isreadable(3), pp.isrecursive([]))
for kw in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(e)
pprint.pprint({3: 'int key', 'a': 'str key', (1, 2): 'tuple key'}, width=30)
