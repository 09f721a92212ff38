# itertools: every iterator, reprs, argument errors.
import itertools as it
import operator


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, r)


def take(n, iterable):
    return list(it.islice(iterable, n))


print(take(5, it.count()), take(3, it.count(10, -3)), take(3, it.count(0.5, 0.25)), take(3, it.count(2**62, 2**62)))
print(it.count(), it.count(5), it.count(1, 2), it.count(1.5), it.count(1, 1.0), it.count(2**70))
c = it.count(3)
next(c)
print(c)
show('count(str)', it.count, 'a')
show('count(1,2,3)', it.count, 1, 2, 3)
print(take(7, it.cycle('abc')), list(it.cycle([])))
print(list(it.repeat('x', 3)), list(it.repeat(1, -2)), take(2, it.repeat(None)))
print(it.repeat('a'), it.repeat('a', 3), operator.length_hint(it.repeat(1, 5)))
show('repeat()', it.repeat)
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)),
      list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=0)), list(it.accumulate('abc')))
print(list(it.batched('abcdefg', 3)), list(it.batched([], 2)))
show('batched n=0', it.batched, [1], 0)
show('batched strict', lambda: list(it.batched([1, 2, 3], 2, strict=True)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()))
show('chain(1)', lambda: list(it.chain(1)))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(max, ['ab', 'cd'])))
show('dropwhile(1)', it.dropwhile, 1)
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5], key=lambda x: x // 2)])
groups = it.groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 1, None, 2)),
      list(it.islice('abc', None)), list(it.islice(it.count(), 3, 10, 3)))
show('islice stop', it.islice, [], -1)
show('islice idx', it.islice, [], 1, 'a')
show('islice step', it.islice, [], 1, 2, 0)
show('islice()', it.islice)
print(list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
show('zip_longest kw', it.zip_longest, 'a', fill=1)
print(list(it.product('ab', [1, 2])), list(it.product(range(2), repeat=2)), list(it.product()), list(it.product('ab', [])))
show('product repeat', it.product, 'a', repeat=-1)
print(list(it.permutations('abc')), list(it.permutations(range(3), 2)), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 3)), list(it.combinations('abc', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('', 0)))
show('combinations r<0', it.combinations, 'a', -1)
show('permutations r<0', it.permutations, 'a', -1)
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
ts = it.tee(range(100), 3)
print([sum(t) for t in ts], it.tee('a', 0))
show('tee n<0', it.tee, [], -1)
t1, t2 = it.tee('abc')
t3 = t1.__copy__()
print(list(t1), list(t3), list(t2))
print(type(t1).__name__, it.count.__name__, it.count.__module__, isinstance(it.chain(), it.chain))


class MyChain(it.chain):
    pass


print(list(MyChain('ab', 'c')), type(MyChain()).__name__)
