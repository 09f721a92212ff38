# Sets of tuples and frozensets, set comprehension, removing during iteration errors, sorted string sets
pts = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(sorted(pts), (1, 2) in pts, len(pts))
families = {frozenset({"a", "b"}), frozenset({"b", "a"}), frozenset({"c"})}
print(len(families), sorted(sorted(f) for f in families))
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), sorted(words, key=len), len(words))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print({n for n in range(20) if n % 5 == 0}, {len(w) for w in words})
a, b = set("hello"), set("world")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(set() == frozenset(), {1, 2}.union(), {frozenset(): 1}[frozenset()])
big = set(range(100))
big -= set(range(0, 100, 2))
print(len(big), min(big), max(big), sum(big))
