# bisect-like binary searches written by hand: left/right insertion points and sorted insertion
def bisect_left(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x: lo = mid + 1
        else: hi = mid
    return lo
def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]: hi = mid
        else: lo = mid + 1
    return lo
a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 1, 4, 5, 9, 10):
    print(x, bisect_left(a, x), bisect_right(a, x))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    s.insert(bisect_right(s, v), v)
print(s)
def grade(score, cuts=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect_right(list(cuts), score)]
print([grade(s) for s in (33, 60, 77, 89, 90, 100)])
