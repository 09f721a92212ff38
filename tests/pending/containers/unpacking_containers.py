# Unpacking into containers and from containers: *, **, nested, dict iteration unpacking
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
(a, b), [c, *d] = "xy", range(4)
print(a, b, c, d)
d1 = {"a": 1, "b": 2}
k1, k2 = d1
print(k1, k2)
(ka, va), (kb, vb) = d1.items()
print(ka, va, kb, vb)
print([*d1, *d1.values()], {*d1, "c"} == {"a", "b", "c"}, {**d1, "c": 3})
s1, s2 = {7, 8} if False else sorted({8, 7})
print(s1, s2)
head, *tail = "abc"
print(head, tail, type(tail).__name__)
*_, final = range(100)
print(final)
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
try:
    (p, q), r = [1, 2, 3], 4
except ValueError as e:
    print(type(e).__name__)
matrix = [[1, 2], [3, 4]]
for (m00, m01), in [matrix[:1]]:
    print(m00, m01)
