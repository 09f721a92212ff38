# set/frozenset operators and methods with small ints (printing order of small ints is stable)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3, 8)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 9}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c |= {10}; c &= {1, 2, 10, 11}; c -= {2}; c ^= {1, 12}
print(c)
c.update([20], (21,)); c.intersection_update(range(0, 21)); print(c)
c.difference_update({10}); c.symmetric_difference_update({0, 20}); print(c)
s = {5}
s.add(6); s.add(5); s.discard(99); s.remove(5); print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f.copy() is f, hash(f) == hash(frozenset({1, 2, 3})))
print(set("aab") == {"a", "b"}, sorted({"banana", "apple"}), {1, 2} == frozenset({1, 2}), len(set()))
print(set([1, 1, 2, 2, 3]), set(range(5)), {x % 3 for x in range(10)}, {-1, -2, 0})
