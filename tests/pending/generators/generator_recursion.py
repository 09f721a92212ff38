# Recursive generators: permutations, combinations, tree walks and n-queens solutions via yield from
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail
def queens(n, placed=()):
    if len(placed) == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != len(placed) - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))
print(["".join(p) for p in permutations("abc")])
print(list(combinations([1, 2, 3, 4], 2)), sum(1 for _ in combinations(list(range(10)), 3)))
sols = list(queens(6))
print(len(sols), sols, sum(1 for _ in queens(8)))
