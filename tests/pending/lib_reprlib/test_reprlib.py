# reprlib: repr limits, Repr attributes, indent, recursive_repr
import reprlib
from collections import deque
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(tuple(range(10))))
print(r(set(range(10))), r(frozenset(range(3))), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'a': [1, [2, [3, [4, [5, [6, [7]]]]]]]}))
print(r('x' * 100), r('short'), r(10 ** 60), r(-10 ** 50))
print(r(deque(range(10))), r([[[[[[[1]]]]]]]), r([[[[[[[]]]]]]]))
class Big:
    def __repr__(self):
        return 'B' * 100
print(r(Big()), r([Big()]))
class Bad:
    def __repr__(self):
        raise ValueError
print(r(Bad()).startswith('<Bad instance at 0x'))
a = reprlib.Repr(maxlist=2, maxstring=10, fillvalue='++')
print(a.repr([1, 2, 3, 4]), a.repr('abcdefghijklmnop'), a.maxdict, a.maxlevel)
a.maxlevel = 1
print(a.repr([1, [2, 3], {'k': 1}, (4,)]))
b = reprlib.Repr(indent=4)
print(b.repr([1, [2, 3], {'a': 1}]))
print(reprlib.Repr(indent='--').repr((1, 2)))
print(b.repr([]), b.repr((1,)))
print(r({3: 1, 'a': 2}))

class MyList(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'
m = MyList([1, 2])
m.append(m)
print(repr(m), MyList.__repr__.__name__, MyList.__repr__.__qualname__)
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.x,)
o = Other(); o.x = [o]
print(repr(o))
