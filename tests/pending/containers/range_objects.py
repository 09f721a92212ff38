# range: len, indexing, slicing, negative steps, membership, index/count, equality and repr
r = range(0, 20, 3)
print(r, len(r), list(r), r[0], r[-1], r[2:5], r[::-1], r[::2], list(r[1::2]))
print(10 in r, 9 in r, 9.0 in r, "9" in r, r.index(9), r.count(9), r.count(10))
n = range(10, -10, -4)
print(list(n), len(n), n[-1], n[1:3], 2 in n, -6 in n, n.index(-6))
print(range(5) == range(0, 5, 1), range(0) == range(3, 3), range(0, 3, 2) == range(0, 4, 2), list(range(5, 0)))
print(repr(range(3)), repr(range(1, 10, 2)), range(2, 8)[::-2], range(0, 10 ** 20, 7)[-1], range(10 ** 20)[-1])
for bad in (lambda: range(0, 1, 0), lambda: range(5)[10], lambda: range(5).index(7), lambda: range(1.5)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(r.start, r.stop, r.step, bool(range(0)), reversed(range(3)).__class__.__name__, list(reversed(range(3))))
print(sum(range(101)), max(range(-5, 5)), min(range(3, 30, 4)), sorted(range(3), reverse=True))
