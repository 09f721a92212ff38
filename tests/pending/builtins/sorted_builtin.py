# sorted() over many iterable types with key and reverse; stability and new-list guarantees
data = [5, 2, 9, 1]
s = sorted(data)
print(s, data, s is not data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1}), sorted(range(3), reverse=True))
print(sorted(x * 2 for x in [3, 1]), sorted([]), sorted(["b", "A", "c"], key=str.lower))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted("Banana", key=lambda c: (c.lower(), c)))
try:
    sorted([1, 2], reversed=True)
except TypeError as e:
    print(type(e).__name__)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
