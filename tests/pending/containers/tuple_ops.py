# tuple operations: packing, count/index, concatenation, immutability, hashing, single-element form
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), t + (4,), t * 2, t[1:4], t[::-1], len(t), 2 in t)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), (1,) * 3, () + ())
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__)
lt = ([1], 2)
lt[0].append(3)
print(lt)
try:
    lt[0] += [4]
except TypeError as e:
    print(type(e).__name__, lt)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__)
x = 1, 2
y = (1, 2)
print(x == y, type(x).__name__, (1) == 1, (1,) == 1)
a, b = (b := 5), 6
print(a, b)
print(max((3, "c"), (3, "d")), sorted([(1, 2), (1,), ()]))
