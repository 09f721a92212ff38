# bisect: bisect_left/right with lo/hi/key, insort_left/right
import bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 0)
print(b)
r = []
for item in [('x', 2), ('y', 1), ('z', 2)]:
    bisect.insort(r, item, key=lambda t: t[1])
print(r)
bisect.insort_left(r, ('w', 2), key=lambda t: t[1])
print(r)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
