# json: dumps/loads options, hooks, errors with positions, dump/load, custom encoder
import json, io
from collections import OrderedDict
from fractions import Fraction
data = {'name': 'ftpy', 'ver': [3, 14], 'ok': True, 'none': None, 'pi': 3.14159, 'big': 10 ** 25,
        'nested': {'b': [1, {'c': []}], 'a': {}}, 'uni': 'héllo ☃ 😀', 'esc': 'q"\\/\n\t\x01'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', separators=(',', ' = ')))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data['nested'], separators=(',', ':')))
print(json.dumps({3: 'i', 1.5: 'f', True: 't', None: 'n', 'k': 'v'}))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e16, 1.0, -0.0, 0.1 + 0.2]))
print(json.dumps((1, 2)), json.dumps('s'), json.dumps(None), json.dumps(12), json.dumps([]), json.dumps({}))
print(json.dumps({'z': 1, (1, 2): 3}, skipkeys=True), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
def default(o):
    if isinstance(o, Fraction):
        return {'__fraction__': [o.numerator, o.denominator]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'cannot {type(o).__name__}')
print(json.dumps({'f': Fraction(1, 3), 's': {3, 1, 2}}, default=default))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, frozenset):
            return sorted(o)
        return super().default(o)
print(SetEncoder().encode([frozenset({2, 1})]), json.dumps(frozenset({5}), cls=SetEncoder))
print(list(json.JSONEncoder(indent=1).iterencode({'a': [1, 2]})))
for bad in [object(), {(1, 2): 3}, float('nan')]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {}}'))
print(json.loads(' [ 1 , 2 ] '), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads('NaN'), json.loads('-Infinity'), json.loads('123456789012345678901234567890'))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b'[2]')), json.loads('[1]'.encode('utf-16')), json.loads('"\u00e9"'.encode('utf-32-le')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"__fraction__": [1, 3]}', object_hook=lambda d: Fraction(*d['__fraction__']) if '__fraction__' in d else d))
print(json.loads('[1.10, 2]', parse_float=Fraction, parse_int=lambda s: 'int:' + s), json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
print(json.loads('"a\tb"', strict=False), json.JSONDecoder().raw_decode('{"x": 1} trailing'))
for s in ['', '[', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"a\nb"', 'nul', '[1] x',
          '{"a":}', '-', '01', '\ufeff1', '[\n  1,\n  ?\n]', '{"a": tru}', '"\\ud800"', '[1, 2, 3', '  ']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
from enum import IntEnum
class N(IntEnum):
    ONE = 1
print(json.dumps([N.ONE, {N.ONE: 'one'}]), json.dumps(True), json.dumps({'t': True}))
print(json.dumps('\u2028\ud800'), json.dumps('\u2028\ud800', ensure_ascii=False) == '"\u2028\ud800"')
