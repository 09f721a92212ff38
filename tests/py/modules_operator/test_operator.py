# operator: every function, in-place forms, getters and their reprs.
import operator


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
             'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not']:
    f = getattr(operator, name)
    show(name, f, 7, 3)
    show(name + '(1)', f, 1)
show('truediv0', operator.truediv, 1, 0)
show('add kw', operator.add, 1, b=2)
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    show(name, getattr(operator, name), -5)
show('index(1.5)', operator.index, 1.5)
show('truth()', operator.truth)
show('matmul', operator.matmul, 1, 2)
print(operator.concat([1], [2]), operator.concat('a', 'b'))
show('concat(1,2)', operator.concat, 1, 2)
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
show('indexOf missing', operator.indexOf, [1], 2)
d = {'a': 1}
operator.setitem(d, 'b', 2)
operator.delitem(d, 'a')
print(d, operator.getitem(d, 'b'), operator.getitem('abcdef', slice(1, 4)))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(1, 2), operator.imul('ab', 2), operator.iconcat([1], (2,)))
for name in ['isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor']:
    print(name, getattr(operator, name)(13, 2))
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True))
print(operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(x for x in []), operator.length_hint(object(), 7))
show('length_hint()', operator.length_hint)
show('length_hint default', operator.length_hint, [], 'a')


class Hint:
    def __length_hint__(self):
        return -1


show('length_hint neg', operator.length_hint, Hint())
g = operator.itemgetter(1)
g2 = operator.itemgetter(0, 2, -1)
print(g, g2, g([5, 6]), g2('abcd'), operator.itemgetter('k')({'k': 'v'}))
show('itemgetter()', operator.itemgetter)
show('itemgetter kw', operator.itemgetter, 1, x=2)


class Obj:
    pass


o = Obj()
o.a = Obj()
o.a.b = 'deep'
o.c = 3
ag = operator.attrgetter('a.b')
ag2 = operator.attrgetter('c', 'a.b')
print(ag, ag2, ag(o), ag2(o))
show('attrgetter(1)', operator.attrgetter, 1)
show('attrgetter missing', operator.attrgetter('zz'), o)
mc = operator.methodcaller('split', ',', maxsplit=1)
print(mc, mc('a,b,c'), operator.methodcaller('upper')('x'), operator.methodcaller('upper'))
show('methodcaller()', operator.methodcaller)
show('methodcaller(1)', operator.methodcaller, 1)
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__and__(6, 3))
print(sorted(operator.__all__))
import _operator
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('a', 'b'), hasattr(operator, '_compare_digest'))
