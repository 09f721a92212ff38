# Iterable unpacking: starred targets, nested targets, swaps, and errors
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, (n, *o)], z = [[1, (2, 3, 4)], 5]
print(m, n, o, z)
for i, (c, d) in enumerate([('a', 1), ('b', 2)]):
    print(i, c, d)
k, v = {'only': 1}.popitem()
print(k, v)
a, b, c = "xyz"
print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
