# Equivalence of comprehensions and explicit loops, including nested conditions and else-expressions
data = [3, -1, 4, -1, 5, -9, 2, 6]
loop = []
for x in data:
    if x > 0:
        if x % 2 == 0:
            loop.append(x * 10)
        else:
            loop.append(-x)
comp = [x * 10 if x % 2 == 0 else -x for x in data if x > 0]
print(loop, comp, loop == comp)
pairs_loop = []
for i in range(4):
    for j in range(i + 1, 4):
        if (i + j) % 2:
            pairs_loop.append((i, j))
print(pairs_loop == [(i, j) for i in range(4) for j in range(i + 1, 4) if (i + j) % 2], pairs_loop)
table = {}
for word in "one two three four five six".split():
    table.setdefault(len(word), []).append(word)
print(table == {n: [w for w in "one two three four five six".split() if len(w) == n] for n in {3, 4, 5}}, table)
