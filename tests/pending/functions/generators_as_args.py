# Generator expressions passed as sole arguments and with other arguments
print(sum(x * x for x in range(10)))
print(max(len(w) for w in "the quick brown fox".split()))
print(sorted((c for c in "banana"), reverse=True))
print("-".join(str(i) for i in range(5)))
print(list(enumerate((ch for ch in "ab"), 1)))
print(any(n > 3 for n in [1, 2, 5]), all(n > 0 for n in [1, -1]))
print(dict((k, v) for k, v in zip("abc", range(3))))
def consume(it, n):
    return [next(it) for _ in range(n)]
g = (i * 10 for i in range(100))
print(consume(g, 3), consume(g, 2))
print(min((x for x in [3, 1, 2]), default=None), min((x for x in []), default="empty"))
