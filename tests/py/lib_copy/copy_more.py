# copy via reduce/copyreg/memo, bisect and heapq edge cases, Template customisation, Formatter hooks.
import copy, copyreg, bisect, heapq, string
def show(label, f, *a, **k):
    try: r = f(*a, **k)
    except Exception as e: print(label, type(e).__name__, e)
    else: print(label, repr(r))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v,), {'extra': [1]})
r = R([1, 2]); r2 = copy.deepcopy(r); r3 = copy.copy(r)
print(r2.v, r2.v is r.v, r2.extra, r3.v is r.v)
class Str:
    def __reduce__(self): return 'Str_global'
s = Str(); print(copy.copy(s) is s, copy.deepcopy(s) is s)
class Slots:
    __slots__ = ('a', '__dict__')
o = Slots(); o.a = [1]; o.b = [2]
o2 = copy.deepcopy(o); print(o2.a, o2.b, o2.a is o.a)
class Bad:
    def __reduce_ex__(self, proto): raise copy.Error('nope')
show('bad', copy.copy, Bad())
class NoRed:
    __reduce_ex__ = None
    __reduce__ = None
show('nored', copy.copy, NoRed())
show('nored deep', copy.deepcopy, NoRed())
class Reg: pass
copyreg.pickle(Reg, lambda o: (Reg, (), {'via': 'copyreg'}))
print(copy.copy(Reg()).via, copy.deepcopy(Reg()).via)
class LI(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 't'
l = LI([[1]]); l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[0] is l[0])
d = {}; d['me'] = d; d2 = copy.deepcopy(d); print(d2['me'] is d2)
t = ([],); t2 = copy.deepcopy(t); print(t2 is t, t2[0] is t[0])
m = {}; x = [1]; y = copy.deepcopy([x, x], m); print(id(x) in m, m[id(x)] is y[0], id(m) in m)
print(copy.deepcopy(range(3)), copy.copy(slice(1, 2)), copy.deepcopy(print) is print, copy.copy({1}), copy.deepcopy(frozenset([(1,)])))
import types
class W:
    def meth(self): return self
w = W(); bm = copy.deepcopy(w.meth); print(bm.__self__ is w, type(bm.__self__).__name__)
show('replace', copy.replace, 3)
print(bisect.bisect([], 1), bisect.bisect_left([1, 1, 1], 1, 1, 2), bisect.bisect_right([1, 1, 1], 1, 1, 2), bisect.bisect([1, 2], 1, 5))
show('bisect hi neg', bisect.bisect, [1, 2, 3], 2, 0, -1)
show('bisect none', bisect.bisect, None, 1)
show('insort tuple', bisect.insort, (1,), 1)
show('bisect kw', bisect.bisect_left, [1, 2], 2, lo=1, hi=None, key=None)
h = [5, 3, 8]; heapq.heapify(h); print(h)
print(heapq.nsmallest(3, [3, 1, 2, 1], key=lambda v: -v), heapq.nlargest(2, [(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0]))
show('heapify bad', heapq.heapify, (1,))
show('merge empty', lambda: list(heapq.merge()))
print(list(heapq.merge([1, 1], [1], key=lambda v: v)), list(heapq.merge('ace', 'bdf')))
t = string.Template('$a ${b} $$ $c')
show('missing', t.substitute, a=1)
print(t.safe_substitute({'a': 1}, c=3), t.safe_substitute(), t.template, string.Template.delimiter, string.Template.idpattern, string.Template.flags == __import__("re").IGNORECASE)
class Pct(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(Pct('%who %%').substitute(who='me'), Pct('%Who').safe_substitute(Who=1))
class Fl(string.Template):
    flags = 0
print(Fl('$A $a').safe_substitute(a=1, A=2))
class Pat(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))'
print(Pat('@x @@ @{y}').substitute(x=1, y=2), Pat('@ x').is_valid())
show('bad value', string.Template('$x').substitute, x=object.__new__(type('Q', (), {'__str__': lambda s: 'Q!'})))
f = string.Formatter()
class Up(string.Formatter):
    def format_field(self, v, spec): return str(v).upper()
    def get_value(self, key, args, kw): return kw.get(key, 'miss') if isinstance(key, str) else args[key]
print(Up().format('{0} {x} {y}', 'ab', x='cd'))
show('unused', f.format, '{0}', 1, 2)
show('missing arg', f.format, '{1}', 1)
show('recursion', f.format, '{0:{1:{2:{3}}}}', 1, 2, 3, 4)
print(f.vformat('{a}{0}', ('z',), {'a': 'y'}), f.convert_field(1, 's'), f.get_field('0.real', (5,), {}))
