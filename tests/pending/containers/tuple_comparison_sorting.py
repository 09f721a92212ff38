# Tuples as composite sort keys: lexicographic comparison, mixed directions, and None-safe keys
rows = [("b", 2, None), ("a", 2, 5), ("b", 1, 3), ("a", 10, None), ("c", 2, 1)]
print(sorted(rows, key=lambda r: (r[1], r[0])))
print(sorted(rows, key=lambda r: (-r[1], r[0])))
print(sorted(rows, key=lambda r: (r[2] is None, r[2] or 0)))
print((1, 2) < (1, 2, 0), (2,) > (1, 99, 99), ("a", 1) < ("a", 1.5), min(rows)[0], max(rows, key=lambda r: r[1:2]))
try:
    sorted(rows + [("a", 2, None)])
except TypeError as e:
    print(type(e).__name__, e)
