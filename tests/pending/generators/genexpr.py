# Generator expressions: laziness, single use, scoping of the first iterable
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), list(g))
nums = [1, 2, 3]
g2 = (n for n in nums)
nums = [7, 8, 9]
print(list(g2))
items = [1, 2]
g3 = (a + b for a in items for b in items)
items.append(3)
print(list(g3))
print(type(x for x in []).__name__)
try:
    g4 = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g5 = (i for i in range(3) if i != 1)
print(sum(g5), sum(g5))
print(list((i, j) for i in range(3) for j in range(i)))
