# enumerate(): start values including negative and big ints, over various iterables, and unpacking
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate(range(3), 10 ** 20)))
print(dict(enumerate(["x", "y"])), [i * v for i, v in enumerate([5, 6, 7])])
for idx, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(idx, k, v)
e = enumerate(iter([1, 2]))
print(iter(e) is e, next(e), list(e))
try:
    enumerate(5)
except TypeError as e2:
    print(type(e2).__name__)
try:
    enumerate([], start="0")
except TypeError as e3:
    print(type(e3).__name__)
